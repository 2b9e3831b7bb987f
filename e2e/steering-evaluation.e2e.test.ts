import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER } from './support/context.ts';
import { apiPost, birthDateForAge, tableId, todayIso, type CreatedCase } from './support/flows.ts';

const TEYLINGEN = 'Zorg- en Veiligheidstafel Teylingen';
const SUBJECT = 'Lotte Vermeulen';
const SUMMARY = 'Jeugdhulp en politie zijn het al zes weken niet eens over wie de casusregie neemt; het plan van aanpak ligt daardoor stil.';

/**
 * ZVT-E.1 and ZVT-E.2 / X-5 in the browser: the chain director escalates a stuck procedural matter to the steering
 * group (a name in the summary is refused), records the decision, records a policy signal, and downloads the
 * evaluation as CSV with small counts suppressed. Teylingen is used because no other spec registers there, so its
 * counts stay small. The tests build on each other.
 */
describe('Stuurgroep, signalen en evaluatie (ZVT-E.1, ZVT-E.2, X-5)', () => {
  const current = useBrowser();
  let created: CreatedCase | undefined;

  async function asChainDirector(path: string, title: string): Promise<Page> {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: path }).click();
    await heading1(page, new RegExp(`^${title} `));
    // Choose Teylingen (the chain director has three tables).
    await page.getByLabel('Tafel', { exact: true }).selectOption({ label: TEYLINGEN });
    await page.getByRole('button', { name: 'Tonen' }).click();
    await heading1(page, `${title} ${TEYLINGEN}`);
    return page;
  }

  test('ZVT-E.1: a summary with the young person\'s name is refused; a pseudonymised one is escalated', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const registrations: CreatedCase[] = [];
    for (const fullName of [SUBJECT, 'Daan Kuipers']) {
      const response = await apiPost(browser.page, '/cases', {
        kind: 'individual',
        tableId: await tableId(browser.page, TEYLINGEN),
        subject: { fullName, birthDate: birthDateForAge(15), municipality: 'Teylingen' },
        legalRepresentatives: [{ fullName: 'Ouder van Test', relation: 'parent', contact: '06-12345678' }],
        reason: 'Betrokken bij overlast rond het station, in groepsverband.',
        facts: {
          adolescentCriminalLaw: 'no', youthCareContinuedAfter18: 'no', youthCareDecidedBefore18: 'no', youthCareResumptionWithinHalfYear: 'no',
          partOfYouthNetwork: 'yes', areaSafetyProblem: 'yes', careSafetyCooperationNeeded: 'yes', planBeyondReferrerNeeded: 'yes',
        },
      });
      expect(response.status(), await response.text()).toBe(201);
      registrations.push((await response.json()) as CreatedCase);
    }
    created = registrations[0];
    if (!created) throw new Error('geen casus');

    const page = await asChainDirector('Stuurgroep', 'Stuurgroep');
    await expectNoAxeViolations(page, 'de stuurgroep');
    const form = page.getByRole('form', { name: 'Opschalen' });
    await form.getByLabel('Casus (kenmerk)').selectOption(created.id);
    await form.getByLabel('Gepseudonimiseerde samenvatting').fill(`${SUMMARY} Het gaat om Lotte.`);
    await form.getByLabel('Vraag aan de stuurgroep').fill('Wil de stuurgroep bepalen welke partner de regie neemt?');
    await form.getByRole('button', { name: 'Opschalen naar de stuurgroep' }).click();
    await hasText(page.locator('.kt-problem'), 'gepseudonimiseerd', 'een naam van de jeugdige');
    await expectNoAxeViolations(page, 'de stuurgroep met een foutmelding');

    await form.getByLabel('Gepseudonimiseerde samenvatting').fill(SUMMARY);
    await form.getByRole('button', { name: 'Opschalen naar de stuurgroep' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'opgeschaald' }), `Casus ${created.reference} is opgeschaald naar de stuurgroep.`);
    const item = page.getByRole('article', { name: new RegExp(`^${created.reference} — opgeschaald op`) });
    await hasText(dataValue(item, 'Samenvatting'), SUMMARY);
    await hasText(dataValue(item, 'Besluit'), 'Nog niet genomen');
    await expect.poll(() => page.locator('body').innerText()).not.toContain(SUBJECT);
  });

  test('ZVT-E.1: the chain director records the steering group\'s decision', async () => {
    if (!created) throw new Error('De opschaling van de eerste test ontbreekt.');
    const page = await asChainDirector('Stuurgroep', 'Stuurgroep');
    const item = page.getByRole('article', { name: new RegExp(`^${created.reference} — opgeschaald op`) });
    await item.getByLabel('Datum van het besluit').fill(todayIso());
    await item.getByLabel('Besluit', { exact: true }).selectOption('instruction');
    await item.getByLabel('Toelichting').fill('De jeugdhulpaanbieder neemt de casusregie; de politie levert de informatie aan.');
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await hasText(dataValue(item, 'Besluit'), 'Opdracht gegeven aan ketenpartner(s)');
    await hasText(dataValue(item, 'Toelichting'), 'De jeugdhulpaanbieder neemt de casusregie');
    await expectNoAxeViolations(page, 'de stuurgroep met een besluit');
  });

  test('seed 004: a policy signal without personal data is recorded and listed', async () => {
    const page = await asChainDirector('Signalen', 'Signalen');
    await expectNoAxeViolations(page, 'de signalen');
    const form = page.getByRole('form', { name: 'Signaal vastleggen' });
    await form.getByLabel('Soort signaal').selectOption({ label: 'Lacune in de ketensamenwerking' });
    await form.getByLabel('Gebied', { exact: true }).fill('Stationsgebied');
    await form.getByLabel('Omschrijving').fill('Na 22 uur is er geen jongerenwerk in het stationsgebied, terwijl de overlast dan het grootst is.');
    await form.getByRole('button', { name: 'Signaal vastleggen' }).click();
    await hasText(page.getByRole('table', { name: 'Vastgelegde signalen, nieuwste eerst' }), 'Stationsgebied', 'Lacune in de ketensamenwerking');
    await expectNoAxeViolations(page, 'de signalen met een signaal');
  });

  test('ZVT-E.2 / X-5: the evaluation shows charts with a data table, and the CSV download says "< 5" for a small count', async () => {
    const page = await asChainDirector('Evaluatie', 'Evaluatie');
    await visible(page.getByRole('img', { name: /Aanmeldingen per kwartaal in \d{4}/ }));
    const quarter = `Kwartaal ${String(Math.ceil(Number(todayIso().slice(5, 7)) / 3))}`;
    const data = page.getByRole('table', { name: /Aanmeldingen per kwartaal in \d{4} \(gegevens van de grafiek\)/ });
    const row = data.getByRole('row', { name: new RegExp(`^${quarter}`) });
    await hasText(row, /^Kwartaal \d\s+2\s+< 5$/);
    await expectNoAxeViolations(page, 'de evaluatie');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden (met onderdrukking)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^evaluatie-zorg-en-veiligheidstafel-teylingen-\d{4}\.csv$/);
    const file = await download.path();
    const content = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    expect(content.split('\r\n')[0]).toBe('Onderdeel;Fase;Categorie;Waarde');
    expect(content).toContain(`Aanmeldingen;;${quarter};< 5`);
    expect(content).toContain('Aanmeldingen;;Totaal;< 5');
    expect(content).not.toMatch(/Aanmeldingen;;Totaal;2\r\n/);
  });
});
