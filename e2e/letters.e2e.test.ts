import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, YOUTH_WORKER } from './support/context.ts';
import { addDays, birthDateForAge, decideAdmission, registerIndividual, todayIso, type CreatedCase } from './support/flows.ts';

const OWN_LINE = 'Vragen over deze brief? Bel de ketenregisseur op werkdagen tussen 9 en 12 uur.';

/**
 * X-6 / ZVT-1.4: the chain director edits the informing letter of the table (an unknown placeholder is refused),
 * downloads the letter of a case as PDF, records it as sent, and the informing task is done. A partner that is not
 * involved gets no letter.
 */
describe('Brieven: sjabloon bewerken, brief downloaden, verzending vastleggen (X-6, ZVT-1.4)', () => {
  const current = useBrowser();
  let created: CreatedCase;

  test('X-6 the chain director edits the informing letter; an unknown placeholder is refused with its name', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('link', { name: 'Brieven', exact: true }).click();
    await heading1(page, 'Brieven');
    const section = await visible(page.getByRole('region', { name: 'Informeren vóór de triage (fase 1 → 2A)' }));
    await expectNoAxeViolations(page, 'briefsjablonen (ketenregisseur)');
    const body = section.getByLabel('Brieftekst');
    const original = await body.inputValue();
    await body.fill(`${original}\n{{bsn}}`);
    await section.getByRole('button', { name: 'Brieftekst opslaan' }).click();
    await hasText(section.locator('.kt-problem'), 'onbekende plaatshouders: {{bsn}}', 'Onbekende plaatshouder: {{bsn}}');
    await expectNoAxeViolations(page, 'briefsjabloon met onbekende plaatshouder');
    await body.fill(`${original}\n${OWN_LINE}`);
    await section.getByRole('button', { name: 'Brieftekst opslaan' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Brieftekst opgeslagen' }), 'Informeren vóór de triage');
    await hasText(page.getByRole('region', { name: 'Informeren vóór de triage (fase 1 → 2A)' }), 'aangepast');
  }, 60_000);

  test('ZVT-1.4 the chain director downloads the informing letter as PDF and records it as sent; informing is done', async () => {
    const browser = current();
    created = await registerIndividual(browser, { fullName: 'Lotte Brouwer', birthDate: birthDateForAge(14) });
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await decideAdmission(page, created.id, { decision: 'admitted' });
    await page.goto(`/casussen/${created.id}`);
    await heading1(page, created.title);
    const letters = await visible(page.getByRole('region', { name: 'Brieven' }));
    await expectNoAxeViolations(page, 'casuspagina met brieven (ketenregisseur)');

    const [download] = await Promise.all([page.waitForEvent('download'), letters.getByRole('button', { name: 'Informeren vóór de triage (fase 1 → 2A): brief downloaden (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`brief-informeren-aanmelding-${created.reference.replace(/[^A-Za-z0-9-]/g, '')}.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Aan: Lotte Brouwer en Ouder van Test');
    expect(text).toContain(OWN_LINE);
    expect(text).toContain('Autoriteit Persoonsgegevens');

    const item = letters.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: /Informeren vóór de triage/ }) });
    // A letter date beyond two weeks ahead is refused in Dutch, next to the field, and nothing is downloaded.
    await item.getByLabel('Datum van de brief').fill('2099-01-01');
    await item.getByRole('button', { name: 'Informeren vóór de triage (fase 1 → 2A): brief downloaden (PDF)' }).click();
    await hasText(item.locator('.kt-problem'), 'De briefdatum moet tussen de aanmelding en 14 dagen na vandaag liggen.');
    await expectNoAxeViolations(page, 'brief met ongeldige briefdatum');
    await item.getByLabel('Datum van de brief').fill(todayIso());
    await item.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await hasText(item.locator('.kt-problem').filter({ hasText: 'Kies hoe de brief is verstuurd' }), 'Ongeldige invoer');
    await expectNoAxeViolations(page, 'verzending vastleggen met fouten');
    await item.getByRole('group', { name: 'Hoe is de brief verstuurd?' }).getByRole('radio', { name: 'Per post' }).check();
    for (const checkbox of await item.getByRole('group', { name: 'Wat staat er in de brief?' }).getByRole('checkbox').all()) await checkbox.check();
    await item.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Verzending vastgelegd' }), 'Het informeren is afgerond.');

    const informing = await visible(page.getByRole('region', { name: 'Informeren van betrokkenen' }));
    await hasText(dataValue(informing, 'Stand'), 'Geïnformeerd');
    await hasText(dataValue(page.getByRole('region', { name: 'Brieven' }), 'Verstuurd'), 'per post', 'de ketenregisseur, namens de aanmelder');
    await expectNoAxeViolations(page, 'casuspagina na verzending brief');
  }, 120_000);

  test('ZVT-2A.5 "not to case meeting": the chain director makes the letter in the outcome form and records its sending with the outcome; the case is deleted', async () => {
    const browser = current();
    const closed = await registerIndividual(browser, { fullName: 'Sem Veldkamp', birthDate: birthDateForAge(14) });
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await decideAdmission(page, closed.id, { decision: 'admitted' });
    await page.goto(`/casussen/${closed.id}`);
    await heading1(page, closed.title);
    const outcome = page.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Uitkomst', exact: true }) });
    await outcome.getByRole('radio', { name: /^Niet door naar het casusoverleg/ }).check();
    await outcome.getByLabel('Motivering', { exact: true }).fill('Geen gezamenlijke aanpak nodig; de school pakt het zelf op.');
    const letter = await visible(outcome.getByRole('group', { name: 'Brief over deze uitkomst (ZVT-2A.5)' }));
    await expectNoAxeViolations(page, 'uitkomst niet naar casusoverleg met brief (ketenregisseur)');
    // Without the sending the outcome is refused, and nothing is deleted.
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen en gegevens verwijderen' }).click();
    await hasText(outcome.locator('.kt-problem').first(), 'Kies hoe de brief wordt verstuurd');
    await expectNoAxeViolations(page, 'uitkomst met brief, zonder kanaal');
    const [download] = await Promise.all([page.waitForEvent('download'), letter.getByRole('button', { name: 'Brief over deze uitkomst downloaden (PDF)' }).click()]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Aan: Sem Veldkamp en Ouder van Test');
    expect(text).toContain('De aanmelding gaat niet door naar het casusoverleg');
    expect(text).toContain('Autoriteit Persoonsgegevens');
    await letter.getByLabel('Verstuurd op, of te versturen op').fill(addDays(todayIso(), 2));
    await letter.getByRole('group', { name: 'Hoe wordt de brief verstuurd?' }).getByRole('radio', { name: 'Per post' }).check();
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen en gegevens verwijderen' }).click();
    await heading1(page, 'Niet in behandeling genomen');
    await expectNoAxeViolations(page, 'na uitkomst niet naar casusoverleg (ketenregisseur)');
    expect((await page.request.get(`/api/v1/cases/${closed.id}`)).status()).toBe(404);
  }, 120_000);

  test('X-2 a partner that is not involved cannot make the letter: 404', async () => {
    const browser = current();
    await browser.actAs(YOUTH_WORKER);
    const { page } = browser;
    expect((await page.request.get(`/api/v1/cases/${created.id}/letters/informing/pdf`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/cases/${created.id}/letters`)).status()).toBe(404);
  });
});
