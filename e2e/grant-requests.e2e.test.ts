import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DATA_CATEGORY_LABELS, ELIGIBILITY_FACT_LABELS, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { absent, dataValue, hasText, heading1, visible } from './support/assert.ts';
import { POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL } from './support/context.ts';
import { apiPost, birthDateForAge, HILLEGOM, partnerId, registerIndividual, type CreatedCase } from './support/flows.ts';

const POLICE = 'Politie basisteam Bollenstreek';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const SUBJECT = 'Lotte de Wit';
const OTHER = 'Criteriafeiten (overig)';
const CARE = 'Criteriafeiten (zorg)';
const CRIMINAL = 'Criteriafeiten (strafrechtelijk)';
const ACTIVITY = 'Jeugdhulp: gezinsgesprek plannen met de jeugdige en de ouders';
const MOTIVATION = 'Voor het gezinsgesprek moeten we weten of er al jeugdhulp is ingezet.';
const REFUSAL = 'Strafrechtelijke gegevens zijn voor een gezinsgesprek niet nodig.';
const PANEL = 'Gegevens opvragen bij de eigenaar';

/**
 * Seed 000 footnote 4 / ZVT-2A.3 / ZVT-3A.3 / X-2: a partner involved in the case (youth care, which received one
 * release) asks the owner (the police) for another contribution; the police grants; youth care sees it on the case
 * page; the police withdraws and youth care loses it at once; a refused request shows the owner's reason. The tests
 * build on each other.
 */
describe('Verzoeken om gegevens (voetnoot 4, ZVT-2A.3, ZVT-3A.3, X-2)', () => {
  const current = useBrowser();
  let created: CreatedCase | undefined;

  function theCase(): CreatedCase {
    if (!created) throw new Error('De casus is niet aangemeld: de eerste test van dit bestand is niet gelopen.');
    return created;
  }

  async function openAsYouthCare(): Promise<Page> {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, `Casus ${theCase().reference}`);
    return page;
  }

  function panel(page: Page): Locator {
    return page.getByRole('region', { name: PANEL });
  }

  async function openInbox(): Promise<Page> {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await hasText(page.getByRole('region', { name: 'Verzoeken om gegevens' }), /Er wacht(en)? \d+ verzo/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verzoeken om gegevens' }).click();
    await heading1(page, 'Verzoeken om gegevens');
    return page;
  }

  test('X-2 a partner with one release opens the case page: only the reference, the released data and what it may ask for', async () => {
    created = await registerIndividual(current(), { fullName: SUBJECT, birthDate: birthDateForAge(14) });
    const police = current().page;
    const { contributions } = (await (await police.request.get(`/api/v1/cases/${theCase().id}/contributions`)).json()) as { contributions: { id: string; kind: string }[] };
    const other = contributions.find((c) => c.kind === 'criteria-other');
    const release = await apiPost(police, `/cases/${theCase().id}/contributions/${other?.id ?? ''}/releases`, {
      organisationId: await partnerId(police, HILLEGOM, YOUTH_CARE),
      activity: 'Jeugdhulp: intake met het gezin',
    });
    expect(release.status()).toBe(201);

    const page = await openAsYouthCare();
    await hasText(dataValue(page, 'Tafel'), HILLEGOM);
    await visible(page.getByRole('region', { name: OTHER, exact: true }));
    const text = await page.locator('body').innerText();
    for (const hidden of [SUBJECT, 'Betrokken bij overlast', 'Ouder van Test', ELIGIBILITY_FACT_LABELS.adolescentCriminalLaw]) expect(text).not.toContain(hidden);
    const section = await visible(panel(page));
    const options = await section.getByLabel('Welke gegevens?').locator('option').allInnerTexts();
    expect(options.some((o) => o.startsWith(`${CARE} van ${POLICE}`))).toBe(true);
    // What it already has may be asked for another activity (purpose binding), and says so.
    expect(options.filter((o) => o.startsWith(`${OTHER} van`))).toEqual([`${OTHER} van ${POLICE} (${DATA_CATEGORY_LABELS.other}), al aan u vrijgegeven voor een andere activiteit`]);
    await expectNoAxeViolations(page, 'casuspagina van een partner met een vrijgave');
  });

  test('seed 000 fn. 4 youth care asks the police for "Criteriafeiten (zorg)" with an activity and a motivation', async () => {
    const page = await openAsYouthCare();
    const section = panel(page);
    await section.getByRole('button', { name: 'Gegevens opvragen' }).click();
    await hasText(section.locator('.kt-problem'), 'Kies de gegevens die u wilt opvragen.');
    await section.getByLabel('Welke gegevens?').selectOption({ label: `${CARE} van ${POLICE} (${DATA_CATEGORY_LABELS.care})` });
    await section.getByLabel('Voor welke activiteit uit het plan van aanpak?').fill(ACTIVITY);
    await section.getByLabel('Waarom heeft u deze gegevens nodig?').fill('graag');
    await section.getByRole('button', { name: 'Gegevens opvragen' }).click();
    await hasText(section.locator('.kt-problem'), `minstens ${String(MIN_MOTIVATION_LENGTH)} tekens`);
    expect(await section.getByLabel('Waarom heeft u deze gegevens nodig?').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'verzoek om gegevens met fouten');

    await section.getByLabel('Waarom heeft u deze gegevens nodig?').fill(MOTIVATION);
    await section.getByRole('button', { name: 'Gegevens opvragen' }).click();
    await hasText(section.getByRole('status'), `Verzoek verstuurd aan ${POLICE}: ${CARE} voor ${ACTIVITY}.`);
    await hasText(section.getByRole('table', { name: 'Verzoeken van uw organisatie in deze casus' }).getByRole('row').filter({ hasText: ACTIVITY }), 'Wacht op besluit van de eigenaar');
    // One open request per contribution: it is no longer offered.
    const options = await section.getByLabel('Welke gegevens?').locator('option').allInnerTexts();
    expect(options.some((o) => o.startsWith(`${CARE} van`))).toBe(false);
    await expectNoAxeViolations(page, 'verzoek om gegevens verstuurd');
  });

  test('ZVT-2A.3 the police sees the request in "Verzoeken om gegevens" and grants it; youth care sees the data at once', async () => {
    const inbox = await openInbox();
    const request = inbox.locator('.kt-subsection').filter({ has: inbox.getByRole('heading', { level: 3, name: `${CARE} voor ${YOUTH_CARE}` }) }).filter({ hasText: theCase().reference });
    await hasText(dataValue(request, 'Motivering'), MOTIVATION);
    await hasText(dataValue(request, 'Activiteit'), ACTIVITY);
    await expectNoAxeViolations(inbox, 'verzoeken om gegevens (eigenaar, open verzoek)');
    await request.getByRole('button', { name: `Vrijgeven: ${CARE} aan ${YOUTH_CARE}` }).click();
    await hasText(inbox.getByRole('status').filter({ hasText: 'Vrijgegeven:' }), `Vrijgegeven: ${CARE} aan ${YOUTH_CARE} voor ${ACTIVITY}.`);

    const page = await openAsYouthCare();
    const care = await visible(page.getByRole('region', { name: CARE, exact: true }));
    await hasText(dataValue(care, 'Vrijgegeven voor'), ACTIVITY);
    await hasText(dataValue(care, ELIGIBILITY_FACT_LABELS.youthCareDecidedBefore18), 'Nee');
    await hasText(panel(page).getByRole('row').filter({ hasText: ACTIVITY }), 'Vrijgegeven op');
    await expectNoAxeViolations(page, 'casuspagina na inwilligen van het verzoek');
  });

  test('ZVT-3A.3 the police withdraws the release; at once youth care no longer sees the data', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const police = browser.page;
    await police.goto(`/casussen/${theCase().id}`);
    await heading1(police, SUBJECT);
    const care = police.getByRole('region', { name: 'Bijdragen en vrijgaven' }).locator('.kt-subsection').filter({ has: police.getByRole('heading', { level: 3, name: CARE, exact: true }) });
    await care.getByRole('button', { name: `Intrekken: vrijgave van ${CARE} aan ${YOUTH_CARE} voor ${ACTIVITY}` }).click();
    await hasText(police.getByRole('status').filter({ hasText: 'Vrijgave ingetrokken' }), `Vrijgave ingetrokken: ${YOUTH_CARE} ziet ${CARE} niet meer.`);

    const page = await openAsYouthCare();
    await absent(page.getByRole('region', { name: CARE, exact: true }));
    await visible(page.getByRole('region', { name: OTHER, exact: true }));
    await hasText(panel(page).getByRole('row').filter({ hasText: ACTIVITY }), 'Vrijgegeven en daarna ingetrokken');
    await expectNoAxeViolations(page, 'casuspagina na intrekken');
  });

  test('ZVT-3A.3 a refused request shows the owner’s reason to the requester', async () => {
    const page = await openAsYouthCare();
    const section = panel(page);
    await section.getByLabel('Welke gegevens?').selectOption({ label: `${CRIMINAL} van ${POLICE} (${DATA_CATEGORY_LABELS.criminal})` });
    await section.getByLabel('Voor welke activiteit uit het plan van aanpak?').fill('Jeugdhulp: veiligheidsplan opstellen');
    await section.getByLabel('Waarom heeft u deze gegevens nodig?').fill('Om het veiligheidsplan af te stemmen op eerdere incidenten.');
    await section.getByRole('button', { name: 'Gegevens opvragen' }).click();
    await hasText(section.getByRole('status'), 'Verzoek verstuurd');

    const inbox = await openInbox();
    const request = inbox.locator('.kt-subsection').filter({ has: inbox.getByRole('heading', { level: 3, name: `${CRIMINAL} voor ${YOUTH_CARE}` }) }).filter({ hasText: theCase().reference });
    await request.getByRole('button', { name: `Weigeren: ${CRIMINAL} aan ${YOUTH_CARE}` }).click();
    await hasText(request.locator('.kt-problem'), `minstens ${String(MIN_MOTIVATION_LENGTH)} tekens`);
    expect(await request.getByLabel('Reden van weigering').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(inbox, 'weigeren zonder reden');
    await request.getByLabel('Reden van weigering').fill(REFUSAL);
    await request.getByRole('button', { name: `Weigeren: ${CRIMINAL} aan ${YOUTH_CARE}` }).click();
    await hasText(inbox.getByRole('status').filter({ hasText: 'Geweigerd:' }), `Geweigerd: ${CRIMINAL} aan ${YOUTH_CARE}`);
    await hasText(inbox.getByRole('table', { name: 'Verzoeken waarover is beslist' }), REFUSAL);

    const mine = await openAsYouthCare();
    await hasText(panel(mine).getByRole('row').filter({ hasText: 'veiligheidsplan' }), `Geweigerd: ${REFUSAL}`);
    await absent(mine.getByRole('region', { name: CRIMINAL, exact: true }));
    await mine.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verzoeken om gegevens' }).click();
    await heading1(mine, 'Verzoeken om gegevens');
    await hasText(mine.getByRole('table', { name: 'Verzoeken van uw organisatie aan andere ketenpartners' }).getByRole('row').filter({ hasText: 'veiligheidsplan' }), REFUSAL);
    await expectNoAxeViolations(mine, 'verzoeken om gegevens (vrager)');
  });

  test('X-2 once the last release is withdrawn, the case is not found for youth care, as if it did not exist', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const police = browser.page;
    await police.goto(`/casussen/${theCase().id}`);
    await heading1(police, SUBJECT);
    const other = police.getByRole('region', { name: 'Bijdragen en vrijgaven' }).locator('.kt-subsection').filter({ has: police.getByRole('heading', { level: 3, name: OTHER, exact: true }) });
    await other.getByRole('button', { name: `Intrekken: vrijgave van ${OTHER} aan ${YOUTH_CARE} voor Jeugdhulp: intake met het gezin` }).click();
    await hasText(police.getByRole('status').filter({ hasText: 'Vrijgave ingetrokken' }), `Vrijgave ingetrokken: ${YOUTH_CARE} ziet ${OTHER} niet meer.`);

    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const page = browser.page;
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, 'Niet gevonden');
    expect(await page.locator('body').innerText()).not.toContain(theCase().reference);
    await expectNoAxeViolations(page, 'casus na intrekken van de laatste vrijgave (niet gevonden)');
  });
});
