import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DATA_CATEGORY_LABELS, ELIGIBILITY_FACT_LABELS } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { absent, dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL } from './support/context.ts';
import { birthDateForAge, registerIndividual, type CreatedCase } from './support/flows.ts';

const ZEGGENSCHAP = 'Alleen de partner die de gegevens inbracht, beslist wie ze voor welke activiteit mag gebruiken.';
const POLICE = 'Politie basisteam Bollenstreek';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const ACTIVITY = 'Jeugdhulp: gezinsgesprek plannen met de jeugdige en de ouders';
const CARE = 'Criteriafeiten (zorg)';
const SUBJECT = 'Sem Jansen';
const REASON = 'Betrokken bij overlast en vernielingen rond het station';

/**
 * ZVT-2A.3 / ZVT-3A.3: the partner who brought data in decides who may use it for which activity of the
 * plan; a release can be withdrawn and takes effect at once. X-2: a partner sees exactly what was
 * released to it, nothing more. The tests build on each other: register → release → read → withdraw.
 */
describe('Bijdragen en vrijgaven (ZVT-2A.3, ZVT-3A.3, X-2)', () => {
  const current = useBrowser();
  let created: CreatedCase | undefined;

  function theCase(): CreatedCase {
    if (!created) throw new Error('De casus is niet aangemeld: de eerste test van dit bestand is niet gelopen.');
    return created;
  }

  async function openCase(as: string): Promise<Page> {
    const browser = current();
    await browser.actAs(as);
    const { page } = browser;
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, theCase().title);
    return page;
  }

  function contributions(page: Page): Locator {
    return page.getByRole('region', { name: 'Bijdragen en vrijgaven' });
  }

  /** One contribution on the case page: the subsection under its heading (h3). */
  function contribution(page: Page, kind: string): Locator {
    return contributions(page)
      .locator('.kt-subsection')
      .filter({ has: page.getByRole('heading', { level: 3, name: kind, exact: true }) });
  }

  async function openReleasesToMe(): Promise<Page> {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aan mij vrijgegeven' }).click();
    await heading1(page, 'Aan mij vrijgegeven');
    return page;
  }

  test('ZVT-3A.3 the police officer sees his contributions and who decides about them, and releases "Criteriafeiten (zorg)" to youth care for an activity', async () => {
    created = await registerIndividual(current(), { fullName: SUBJECT, birthDate: birthDateForAge(15) });
    const page = await openCase(POLICE_OFFICER);
    const section = await visible(contributions(page));
    await hasText(section, ZEGGENSCHAP);
    for (const kind of ['Reden van aanmelding', 'Criteriafeiten (strafrechtelijk)', CARE, 'Criteriafeiten (overig)']) {
      await visible(section.getByRole('heading', { level: 3, name: kind, exact: true }));
    }
    const care = contribution(page, CARE);
    await hasText(dataValue(care, 'Soort gegevens'), DATA_CATEGORY_LABELS.care);
    await hasText(dataValue(care, 'Ingebracht door'), POLICE);
    await hasText(care, 'Nog niet vrijgegeven aan een andere ketenpartner.');
    // The owner's own organisation is no choice: it has the data already.
    const options = await care.getByLabel('Ketenpartner').locator('option').allInnerTexts();
    expect(options).toContain(YOUTH_CARE);
    expect(options).not.toContain(POLICE);
    await expectNoAxeViolations(page, 'casuspagina met bijdragen (eigenaar)');

    // Without partner and activity the release is refused in Dutch, at the fields.
    await care.getByRole('button', { name: `Vrijgeven: ${CARE}` }).click();
    await hasText(care.locator('.kt-problem'), 'Kies een ketenpartner.');
    expect(await care.getByLabel('Ketenpartner').getAttribute('aria-invalid')).toBe('true');
    expect(await care.getByLabel('Voor welke activiteit uit het plan van aanpak?').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'vrijgaveformulier met fouten');

    await care.getByLabel('Ketenpartner').selectOption({ label: YOUTH_CARE });
    await care.getByLabel('Voor welke activiteit uit het plan van aanpak?').fill(ACTIVITY);
    await care.getByRole('button', { name: `Vrijgeven: ${CARE}` }).click();

    await hasText(page.getByRole('status').filter({ hasText: 'vrijgegeven aan' }), `${CARE} vrijgegeven aan ${YOUTH_CARE} voor: ${ACTIVITY}.`);
    const grants = care.getByRole('table', { name: `Vrijgaven van ${CARE}` });
    await hasText(grants.getByRole('row').filter({ hasText: YOUTH_CARE }), ACTIVITY);
    await visible(care.getByRole('button', { name: `Intrekken: vrijgave van ${CARE} aan ${YOUTH_CARE} voor ${ACTIVITY}` }));
    await expectNoAxeViolations(page, 'casuspagina met een vrijgave (eigenaar)');
  });

  test('ZVT-2A.3 the youth care professional finds the release under "Aan mij vrijgegeven" and reads the released data', async () => {
    const page = await openReleasesToMe();
    const row = page.getByRole('row').filter({ hasText: theCase().reference });
    await hasText(row, 'Zorg- en Veiligheidstafel Hillegom', CARE, POLICE, ACTIVITY);
    expect(await page.locator('body').innerText()).not.toContain(SUBJECT);
    await expectNoAxeViolations(page, 'aan mij vrijgegeven (met een vrijgave)');

    await row.getByRole('link', { name: theCase().reference, exact: true }).click();
    await heading1(page, 'Vrijgegeven gegevens');
    const care = await visible(page.getByRole('region', { name: CARE, exact: true }));
    await hasText(dataValue(care, 'Eigenaar'), POLICE);
    await hasText(dataValue(care, 'Vrijgegeven voor'), ACTIVITY);
    // ELIGIBLE_FACTS answers the care questions with "no".
    await hasText(dataValue(care, ELIGIBILITY_FACT_LABELS.youthCareDecidedBefore18), 'Nee');
    await hasText(dataValue(care, ELIGIBILITY_FACT_LABELS.youthCareContinuedAfter18), 'Nee');
    await expectNoAxeViolations(page, 'vrijgegeven gegevens van een casus');
  });

  test('X-2 the youth care professional sees only the released contribution, not the case or the other data; the chain director cannot release', async () => {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    await page.goto(`/casussen/${theCase().id}/bijdragen`);
    await heading1(page, 'Vrijgegeven gegevens');
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([CARE]);
    const text = await page.locator('body').innerText();
    for (const hidden of [SUBJECT, REASON, 'Reden van aanmelding', ELIGIBILITY_FACT_LABELS.adolescentCriminalLaw]) expect(text).not.toContain(hidden);
    // The case page shows the reference and the released data, nothing of the registration.
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, `Casus ${theCase().reference}`);
    const caseText = await page.locator('body').innerText();
    for (const hidden of [SUBJECT, REASON, ELIGIBILITY_FACT_LABELS.adolescentCriminalLaw]) expect(caseText).not.toContain(hidden);
    await visible(page.getByRole('region', { name: CARE, exact: true }));

    // The chain director sees the contributions, but only the owner decides about them.
    const director = await openCase(CHAIN_DIRECTOR);
    const section = await visible(contributions(director));
    await visible(contribution(director, CARE));
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(director, 'casuspagina met bijdragen (ketenregisseur)');
  });

  test('ZVT-3A.3 the police officer withdraws the release; at once the youth care professional no longer sees it', async () => {
    const page = await openCase(POLICE_OFFICER);
    const care = contribution(page, CARE);
    await care.getByRole('button', { name: `Intrekken: vrijgave van ${CARE} aan ${YOUTH_CARE} voor ${ACTIVITY}` }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Vrijgave ingetrokken' }), `Vrijgave ingetrokken: ${YOUTH_CARE} ziet ${CARE} niet meer.`);
    await absent(care.getByRole('button', { name: /^Intrekken/ }));
    await hasText(care.getByRole('row').filter({ hasText: YOUTH_CARE }), ACTIVITY, 'Ingetrokken op');
    await expectNoAxeViolations(page, 'casuspagina met een ingetrokken vrijgave (eigenaar)');

    const mine = await openReleasesToMe();
    await hasText(mine.getByRole('main'), 'Er zijn op dit moment geen gegevens aan uw organisatie vrijgegeven.');
    expect(await mine.getByRole('link', { name: theCase().reference }).count()).toBe(0);
    await expectNoAxeViolations(mine, 'aan mij vrijgegeven (leeg)');

    await mine.goto(`/casussen/${theCase().id}`);
    await heading1(mine, 'Niet gevonden');
    await mine.goto(`/casussen/${theCase().id}/bijdragen`);
    await heading1(mine, 'Niet gevonden');
    const text = await mine.locator('body').innerText();
    expect(text).not.toContain(ACTIVITY);
    expect(text).not.toContain(theCase().reference);
    await expectNoAxeViolations(mine, 'vrijgegeven gegevens na intrekken (niet gevonden)');
  });
});
