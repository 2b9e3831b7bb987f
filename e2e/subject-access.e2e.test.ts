import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { accessRequestDeadline, accessRequestExtendedDeadline } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, PRIVACY_OFFICER } from './support/context.ts';
import { birthDateForAge, dutchDate, registerIndividual, todayIso } from './support/flows.ts';

const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;

async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
}

async function listedId(page: Page, reference: string): Promise<string | undefined> {
  const list = (await (await page.request.get('/api/v1/subject-access-requests')).json()) as { subjectAccessRequests: { id: string; reference: string }[] };
  return list.subjectAccessRequests.find((r) => r.reference === reference)?.id;
}

/** the privacy officer answers an access request with a sealed file, without seeing the content. */
describe('Inzageverzoeken (X-3, AVG art. 15)', () => {
  const current = useBrowser();

  test('X-3 the privacy officer records a request, produces the sealed file, sees the code once and downloads it; no content on screen', async () => {
    const subject = { fullName: 'Lotte van Inzage', birthDate: birthDateForAge(14) };
    const created = await registerIndividual(current(), subject);
    const browser = current();
    await browser.actAs(PRIVACY_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzageverzoeken' }).click();
    await heading1(page, 'Inzageverzoeken');
    await expectNoAxeViolations(page, 'inzageverzoeken (privacy officer)');

    // The error summary names what is missing and links to it.
    await page.getByLabel('Ontvangen op').fill('');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    const summary = await visible(page.locator('.kt-problem').filter({ hasText: 'Naam van de jeugdige' }));
    await hasText(summary, 'Geboortedatum van de jeugdige', 'Wie doet het verzoek');
    await expectNoAxeViolations(page, 'inzageverzoek met foutmeldingen');
    await summary.getByRole('link', { name: /Naam van de jeugdige/ }).click();
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute('name')`)).toBe('subjectName');

    await page.getByLabel('Naam van de jeugdige').fill(subject.fullName);
    await page.getByLabel('Geboortedatum van de jeugdige').fill(subject.birthDate);
    await page.getByLabel('Ontvangen op').fill(todayIso());
    await page.getByLabel('Hoe kwam het verzoek binnen').selectOption('letter');
    await page.getByLabel('Een wettelijk vertegenwoordiger').check();
    await page.getByLabel(/^Kenmerk of omschrijving/).fill('brief e2e');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    const saved = await visible(page.getByRole('status').filter({ hasText: 'vastgelegd' }));
    const reference = /INZ-\d{4}-[A-Z2-9]{6}/.exec(await saved.innerText())?.[0] ?? '';
    expect(reference).not.toBe('');

    const table = await visible(page.getByRole('table', { name: 'Inzageverzoeken, nieuwste eerst' }));
    const row = table.getByRole('row').filter({ hasText: reference });
    await hasText(row, subject.fullName, 'Ontvangen');
    // One calendar month after receipt (art. 12(3)), as the domain rule computes it.
    await hasText(row, dutchDate(accessRequestDeadline(todayIso())));

    // Art. 12(3): the period is extended by two months, motivated, with the day the requester was informed.
    await row.getByRole('button', { name: `Termijn verlengen voor ${reference}` }).click();
    const extension = await visible(page.getByRole('region', { name: `Termijn verlengen voor ${reference}` }));
    await expectNoAxeViolations(page, 'termijn verlengen');
    await extension.getByRole('button', { name: 'Termijn verlengen' }).click();
    const extensionProblems = await visible(page.locator('.kt-problem').filter({ hasText: 'Verlengen met' }));
    await hasText(extensionProblems, 'Reden van de verlenging');
    await expectNoAxeViolations(page, 'termijn verlengen met foutmeldingen');
    const extendedOn = accessRequestExtendedDeadline(todayIso(), 2);
    await extension.getByLabel(`Twee maanden: beantwoorden uiterlijk op ${dutchDate(extendedOn)}`).check();
    await extension.getByLabel('Reden van de verlenging').fill('Het verzoek betreft meerdere tafels; uitzoeken kost meer tijd.');
    await extension.getByLabel('Verzoeker geïnformeerd op').fill(todayIso());
    await extension.getByRole('button', { name: 'Termijn verlengen' }).click();
    await visible(page.getByRole('status').filter({ hasText: `Termijn van ${reference} verlengd tot ${dutchDate(extendedOn)}` }));
    const extendedRow = page.getByRole('table', { name: 'Inzageverzoeken, nieuwste eerst' }).getByRole('row').filter({ hasText: reference });
    await hasText(extendedRow, dutchDate(extendedOn), 'verlengd met 2 maanden', `oorspronkelijk ${dutchDate(accessRequestDeadline(todayIso()))}`);
    expect(await extendedRow.getByRole('button', { name: `Termijn verlengen voor ${reference}` }).count()).toBe(0);

    await row.getByRole('button', { name: `Exportbestand maken voor ${reference}` }).click();
    const panel = await visible(page.getByRole('region', { name: `Exportbestand voor ${reference} gemaakt` }));
    const code = (await panel.locator('code').innerText()).trim();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){4}$/);
    await hasText(panel, 'Noteer de code nu', 'via een ander kanaal');
    await expectNoAxeViolations(page, 'eenmalige code van het exportbestand');

    // Nothing of the case on screen: no reason, representatives or case reference.
    const shown = await page.getByRole('main').innerText();
    for (const content of ['overlast', 'Ouder van Test', '06-12345678', created.reference]) expect(shown).not.toContain(content);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: `Versleuteld exportbestand ${reference} downloaden` }).click()]);
    expect(download.suggestedFilename()).toBe(`inzage-${reference}.pdf`);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes('/Encrypt')).toBe(true);
    expect(bytes.includes('overlast')).toBe(false);
    if (POPPLER) {
      const text = execFileSync('pdftotext', ['-upw', code, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(created.reference);
      expect(text).toContain('Betrokken bij overlast en vernielingen rond het station');
      expect(text).toContain('Termijn verlengd');
    }

    // Once closed, the code is gone from the page for good; the list offers the download.
    await panel.getByRole('button', { name: 'Ik heb de code genoteerd' }).click();
    expect(await page.getByText(code).count()).toBe(0);
    await page.reload();
    await hasText(page.getByRole('table', { name: 'Inzageverzoeken, nieuwste eerst' }).getByRole('row').filter({ hasText: reference }), 'Exportbestand klaar', 'laatst gedownload');
    expect(await page.getByText(code).count()).toBe(0);
  });

  test('X-3 namesakes with the same birth date: the export is blocked until the handler confirms which match is the requester\'s; a parent asks for their own data', async () => {
    const subject = { fullName: 'Noor Naamgenoot', birthDate: birthDateForAge(13) };
    const first = await registerIndividual(current(), subject);
    const second = await registerIndividual(current(), subject);
    const browser = current();
    await browser.actAs(PRIVACY_OFFICER);
    const { page } = browser;
    await page.goto('/inzageverzoeken');
    await heading1(page, 'Inzageverzoeken');
    await page.getByLabel('Naam van de jeugdige').fill(subject.fullName);
    await page.getByLabel('Geboortedatum van de jeugdige').fill(subject.birthDate);
    await page.getByLabel('Hoe kwam het verzoek binnen').selectOption('email');
    await page.getByLabel('De jeugdige zelf').check();
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    const saved = await visible(page.getByRole('status').filter({ hasText: 'passen bij 2 personen of casussen' }));
    const reference = /INZ-\d{4}-[A-Z2-9]{6}/.exec(await saved.innerText())?.[0] ?? '';
    const row = page.getByRole('table', { name: 'Inzageverzoeken, nieuwste eerst' }).getByRole('row').filter({ hasText: reference });
    await hasText(row, '2 treffers: eerst vaststellen');
    expect(await row.getByRole('button', { name: `Exportbestand maken voor ${reference}` }).count()).toBe(0);
    // The API refuses too (problem+json, Dutch), not only the screen.
    const refused = await browser.page.request.post(`/api/v1/subject-access-requests/${(await listedId(page, reference)) ?? ''}/export`, { headers: { 'x-csrf-token': await csrf(page) } });
    expect(refused.status()).toBe(422);

    await row.getByRole('button', { name: `Treffers vaststellen voor ${reference}` }).click();
    const matches = await visible(page.getByRole('region', { name: `Treffers vaststellen voor ${reference}` }));
    await hasText(matches, 'Treffer 1: casus bij', 'Treffer 2: casus bij', 'woonplaats jeugdige Hillegom');
    await expectNoAxeViolations(page, 'treffers vaststellen');
    const shown = await page.getByRole('main').innerText();
    for (const content of [first.reference, second.reference, 'overlast', 'Ouder van Test']) expect(shown).not.toContain(content);
    await matches.getByRole('group', { name: /^Treffer 1/ }).getByLabel('Van de verzoeker', { exact: true }).check();
    await matches.getByRole('group', { name: /^Treffer 2/ }).getByLabel('Niet van de verzoeker').check();
    await matches.getByLabel('Waarmee vastgesteld').fill('Aanmeldmaand en tafel per e-mail bij de verzoeker nagevraagd.');
    await matches.getByRole('button', { name: 'Treffers vastleggen' }).click();
    await visible(page.getByRole('status').filter({ hasText: `Treffers van ${reference} vastgelegd` }));
    await hasText(row, 'treffers vastgesteld op');

    await row.getByRole('button', { name: `Exportbestand maken voor ${reference}` }).click();
    const panel = await visible(page.getByRole('region', { name: `Exportbestand voor ${reference} gemaakt` }));
    const code = (await panel.locator('code').innerText()).trim();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: `Versleuteld exportbestand ${reference} downloaden` }).click()]);
    if (POPPLER) {
      const text = execFileSync('pdftotext', ['-upw', code, await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      // Exactly one of the two namesakes' cases.
      expect([text.includes(first.reference), text.includes(second.reference)].filter(Boolean)).toHaveLength(1);
    }
    await panel.getByRole('button', { name: 'Ik heb de code genoteerd' }).click();

    // A parent asks for their own data: identified through the young person they represent.
    await page.getByLabel('De eigen gegevens van de ouder of voogd').check();
    await page.getByLabel('Naam van de wettelijk vertegenwoordiger').fill('Ouder van Test');
    await page.getByLabel('Naam van de jeugdige').fill(subject.fullName);
    await page.getByLabel('Geboortedatum van de jeugdige').fill(subject.birthDate);
    await page.getByLabel('Hoe kwam het verzoek binnen').selectOption('letter');
    await page.getByLabel('De jeugdige zelf').check();
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    const parentSaved = await visible(page.getByRole('status').filter({ hasText: 'vastgelegd' }));
    const parentReference = /INZ-\d{4}-[A-Z2-9]{6}/.exec(await parentSaved.innerText())?.[0] ?? '';
    const parentRow = page.getByRole('table', { name: 'Inzageverzoeken, nieuwste eerst' }).getByRole('row').filter({ hasText: parentReference });
    await hasText(parentRow, 'Ouder van Test', `eigen gegevens als wettelijk vertegenwoordiger van ${subject.fullName}`, '2 treffers: eerst vaststellen');
    await expectNoAxeViolations(page, 'inzageverzoek van een ouder over de eigen gegevens');
  });

  test('X-3 the chain director has the screen too; a partner professional has no menu entry and gets a 403', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    await browser.page.goto('/');
    await browser.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzageverzoeken' }).click();
    await heading1(browser.page, 'Inzageverzoeken');
    await hasText(browser.page.getByRole('main'), 'tafels waarvan u ketenregisseur bent');
    await expectNoAxeViolations(browser.page, 'inzageverzoeken (ketenregisseur)');

    await browser.actAs(POLICE_OFFICER);
    await browser.page.goto('/');
    expect(await browser.page.getByRole('link', { name: 'Inzageverzoeken' }).count()).toBe(0);
    expect((await browser.page.request.get('/api/v1/subject-access-requests')).status()).toBe(403);
  });
});
