import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addCalendarMonths } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { absent, dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, PRIVACY_OFFICER, YOUTH_CARE_PROFESSIONAL } from './support/context.ts';
import { addDays, dutchDate, todayIso } from './support/flows.ts';

const POLICE = 'Politie basisteam Bollenstreek';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const MUNICIPALITY = 'HLTsamen';
/** Demo cases (packages/server/src/seed/demo-data.ts, DEMO_CASE_PROGRESS), both registered by the police officer. */
const IN_CASE_MEETING = 'Daan Kuipers';
const SCALED_DOWN = 'Lotte Vermeulen';
const TRANSFER_MOTIVATION = 'In het casusoverleg afgesproken: jeugdhulp begeleidt het gezin en neemt de regie over.';
const EXCEPTION_MOTIVATION = 'Lopende klachtprocedure over de hulpverlening; het dossier is nodig voor de afhandeling.';
const HOLD_MOTIVATION = 'Klacht ingediend bij de gemeente over de afhandeling van deze casus.';

/**
 * ZVT-3A.2: the case always shows which partner holds direction; the chain director records a transfer agreed in
 * the case meeting. ZVT-4A.2: the partner holding direction (not the referrer after a transfer) deviates from the
 * retention schedule with a motivation and a re-assessment at most six months ahead. A legal hold pauses deletion
 * and is visible to the privacy officer without case content. The tests build on each other.
 */
describe('Regie en bewaartermijn (ZVT-3A.2, ZVT-4A.2)', () => {
  const current = useBrowser();
  const ids = new Map<string, { id: string; reference: string }>();

  async function demoCase(page: Page, title: string): Promise<{ id: string; reference: string }> {
    const known = ids.get(title);
    if (known) return known;
    const response = await page.request.get('/api/v1/cases');
    const { cases } = (await response.json()) as { cases: { id: string; reference: string; title: string }[] };
    const found = cases.find((c) => c.title === title);
    if (!found) throw new Error(`Democasus ${title} niet gevonden`);
    ids.set(title, found);
    return found;
  }

  async function openCase(as: string, title: string): Promise<Page> {
    const browser = current();
    await browser.actAs(as);
    const { page } = browser;
    await page.goto('/');
    const { id } = await demoCase(page, title);
    await page.goto(`/casussen/${id}`);
    await heading1(page, title);
    return page;
  }

  const direction = (page: Page): Locator => page.getByRole('region', { name: 'Regie' });
  const retention = (page: Page): Locator => page.getByRole('region', { name: 'Bewaartermijn' });

  test('ZVT-3A.2 the chain director transfers direction to youth care, never to the municipality; the case shows the new holder and the history', async () => {
    const page = await openCase(CHAIN_DIRECTOR, IN_CASE_MEETING);
    const section = await visible(direction(page));
    await hasText(dataValue(section, 'Regie bij'), POLICE);
    await hasText(section, 'De regie is niet overgedragen');
    const options = await section.getByLabel('Ketenpartner die de regie overneemt').locator('option').allInnerTexts();
    expect(options).toContain(YOUTH_CARE);
    expect(options).not.toContain(MUNICIPALITY);
    expect(options).not.toContain(POLICE);
    await expectNoAxeViolations(page, 'casuspagina met regie (ketenregisseur, casusoverleg)');

    // Without a motivation: a Dutch error summary that links to the field.
    await section.getByRole('button', { name: 'Regie overdragen' }).click();
    await hasText(section.locator('.kt-problem'), 'Kies de ketenpartner die de regie overneemt.', 'Motivering is verplicht.');
    expect(await section.getByLabel('Motivering').getAttribute('aria-invalid')).toBe('true');

    await section.getByLabel('Ketenpartner die de regie overneemt').selectOption({ label: YOUTH_CARE });
    await section.getByLabel('Motivering').fill(TRANSFER_MOTIVATION);
    await section.getByRole('button', { name: 'Regie overdragen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'overgedragen' }), `De regie is overgedragen aan ${YOUTH_CARE}.`);
    await hasText(dataValue(direction(page), 'Regie bij'), YOUTH_CARE);
    const history = direction(page).getByRole('table', { name: 'Overdrachten van de regie' });
    await hasText(history, POLICE, YOUTH_CARE, TRANSFER_MOTIVATION, dutchDate(todayIso()));
    await expectNoAxeViolations(page, 'casuspagina na overdracht van de regie');
  });

  test('ZVT-3A.2 the new holder\'s professional now sees the case and who holds direction, without the transfer form', async () => {
    const page = await openCase(YOUTH_CARE_PROFESSIONAL, IN_CASE_MEETING);
    await hasText(dataValue(direction(page), 'Regie bij'), YOUTH_CARE);
    expect(await direction(page).getByRole('button', { name: 'Regie overdragen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuspagina (nieuwe regiehouder)');
  });

  test('ZVT-4A.2 the partner holding direction records an exception; a re-assessment more than six months ahead gives a Dutch error', async () => {
    const page = await openCase(YOUTH_CARE_PROFESSIONAL, SCALED_DOWN);
    const section = await visible(retention(page));
    await hasText(dataValue(section, 'Verwijderd op'), dutchDate(addCalendarMonths(addCalendarMonths(todayIso(), -1), 12)));
    await hasText(section, 'Er is niet afgeweken van de bewaartermijn.');
    await expectNoAxeViolations(page, 'casuspagina met bewaartermijn (partner met regie)');

    const latest = addCalendarMonths(todayIso(), 6);
    await section.getByLabel('Motivering').fill(EXCEPTION_MOTIVATION);
    await section.getByLabel('Datum van herbeoordeling').fill(addDays(latest, 1));
    await section.getByRole('button', { name: 'Afwijking vastleggen' }).click();
    await hasText(section.locator('.kt-problem'), `De datum van herbeoordeling ligt na vandaag en uiterlijk op ${latest}`);
    expect(await section.getByLabel('Datum van herbeoordeling').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'afwijking bewaartermijn met foutmelding');

    await section.getByLabel('Datum van herbeoordeling').fill(latest);
    await section.getByRole('button', { name: 'Afwijking vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Afwijking vastgelegd' }), `namens ${YOUTH_CARE}`, dutchDate(latest));
    const exceptions = retention(page).getByRole('table', { name: 'Afwijkingen van de bewaartermijn' });
    await hasText(exceptions, EXCEPTION_MOTIVATION, dutchDate(latest), 'Loopt');
    await hasText(retention(page), 'gepauzeerd door een afwijking');
    await expectNoAxeViolations(page, 'casuspagina na afwijking');
  });

  test('ZVT-4A.2 the referrer no longer holds direction: sees the exception, cannot record one', async () => {
    const page = await openCase(POLICE_OFFICER, SCALED_DOWN);
    await hasText(dataValue(direction(page), 'Regie bij'), YOUTH_CARE);
    await hasText(retention(page).getByRole('table', { name: 'Afwijkingen van de bewaartermijn' }), EXCEPTION_MOTIVATION);
    expect(await retention(page).getByRole('button', { name: 'Afwijking vastleggen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuspagina met bewaartermijn (aanmelder zonder regie)');
  });

  test('ZVT-4A.2 the chain director places a legal hold; the privacy officer sees it by reference, without case content; then it is lifted', async () => {
    let page = await openCase(CHAIN_DIRECTOR, SCALED_DOWN);
    const section = await visible(retention(page));
    const holdForm = section.locator('.kt-subsection').filter({ has: page.getByRole('heading', { level: 3, name: 'Juridische blokkade plaatsen' }) });
    await holdForm.getByLabel('Motivering').fill(HOLD_MOTIVATION);
    await holdForm.getByRole('button', { name: 'Blokkade plaatsen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Juridische blokkade geplaatst' }), 'niet verwijderd');
    await hasText(retention(page).getByRole('table', { name: 'Juridische blokkades' }), HOLD_MOTIVATION);
    await hasText(retention(page), 'gepauzeerd door een juridische blokkade');
    await absent(retention(page).getByRole('button', { name: 'Blokkade plaatsen' }));
    await expectNoAxeViolations(page, 'casuspagina met juridische blokkade');
    const { reference } = await demoCase(page, SCALED_DOWN);

    const browser = current();
    await browser.actAs(PRIVACY_OFFICER);
    page = browser.page;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Juridische blokkades' }).click();
    await heading1(page, 'Juridische blokkades');
    const row = page.getByRole('row').filter({ hasText: reference });
    await hasText(row, 'Zorg- en Veiligheidstafel Hillegom', HOLD_MOTIVATION, 'Actief');
    expect(await page.locator('body').innerText()).not.toContain(SCALED_DOWN);
    await expectNoAxeViolations(page, 'juridische blokkades (privacy officer)');

    page = await openCase(CHAIN_DIRECTOR, SCALED_DOWN);
    await retention(page).getByRole('button', { name: 'Blokkade beëindigen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'beëindigd' }), 'De juridische blokkade is beëindigd');
    await hasText(retention(page).getByRole('table', { name: 'Juridische blokkades' }), 'Beëindigd op');

    await browser.actAs(PRIVACY_OFFICER);
    await page.goto('/privacy/juridische-blokkades');
    await heading1(page, 'Juridische blokkades');
    await hasText(page.getByRole('row').filter({ hasText: reference }), 'Beëindigd op');
  });
});
