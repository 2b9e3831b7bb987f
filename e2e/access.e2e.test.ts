import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { ADMINISTRATOR, CHAIN_DIRECTOR, POLICE_OFFICER, PRIVACY_OFFICER, YOUTH_CARE_PROFESSIONAL } from './support/context.ts';
import { birthDateForAge, registerIndividual, type CreatedCase } from './support/flows.ts';

/** Names of young people in this run's cases; none may appear where the user has no access. */
const SEEDED_SUBJECTS = ['Jesse van Dalen', 'Noa Willems', 'Daan Kuipers', 'Lotte Vermeulen'];

/**
 * access follows role, table and involvement; no role sees everything; administrators and
 * privacy officers see no case content; a denial looks exactly like a record that does not exist.
 */
describe('Toegang (X-2)', () => {
  const current = useBrowser();
  let policeCase: CreatedCase | undefined;

  async function theCase(): Promise<CreatedCase> {
    policeCase ??= await registerIndividual(current(), { fullName: 'Ruben Bos', birthDate: birthDateForAge(16) });
    return policeCase;
  }

  async function expectNotFoundPage(page: Page, path: string): Promise<void> {
    await page.goto(path);
    await heading1(page, 'Niet gevonden');
    await hasText(page.getByRole('main'), 'Deze pagina bestaat niet, of u hebt er geen toegang toe.');
    expect(await page.title()).toMatch(/Niet gevonden/);
  }

  async function expectNoCaseContent(page: Page, names: readonly string[]): Promise<void> {
    const text = await page.locator('body').innerText();
    for (const name of names) expect(text, `geen casusinhoud (${name}) op ${page.url()}`).not.toContain(name);
  }

  test('X-2 another professional (youth care) cannot open the police officer\'s case: the direct URL shows the not-found page', async () => {
    const created = await theCase();
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    await expectNotFoundPage(page, `/casussen/${created.id}`);
    await expectNoCaseContent(page, [created.title, created.reference]);
    await expectNoAxeViolations(page, 'niet-gevonden-pagina (geen toegang, professional)');

    // The denial is indistinguishable from a case that does not exist.
    const denied = await page.request.get(`/api/v1/cases/${created.id}`);
    const unknown = await page.request.get(`/api/v1/cases/${randomUUID()}`);
    expect(denied.status()).toBe(404);
    expect(unknown.status()).toBe(404);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip((await denied.json()) as Record<string, unknown>)).toEqual(strip((await unknown.json()) as Record<string, unknown>));

    // Not in her own list either.
    await page.goto('/casussen');
    await heading1(page, 'Mijn aanmeldingen');
    await visible(page.getByRole('cell', { name: 'Noa Willems', exact: true }));
    await expectNoCaseContent(page, [created.title, 'Jesse van Dalen']);
  });

  test('X-2 an unknown address and a malformed case id show the not-found page', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await expectNotFoundPage(page, '/bestaat-niet');
    await expectNoAxeViolations(page, 'niet-gevonden-pagina (onbekend adres)');
    await expectNotFoundPage(page, '/casussen/geen-id');
    await expectNotFoundPage(page, `/casussen/${randomUUID()}`);
  });

  test('X-2 the administrator manages organisations, tables and users and sees no case content', async () => {
    const created = await theCase();
    const browser = current();
    await browser.actAs(ADMINISTRATOR);
    const { page } = browser;
    const hidden = [created.title, created.reference, ...SEEDED_SUBJECTS];

    await page.goto('/');
    await heading1(page, 'Beheer');
    await expectNoCaseContent(page, hidden);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
    await heading1(page, 'Organisaties');
    await visible(page.getByRole('table', { name: 'Ketenpartners en gemeenten' }).getByRole('cell', { name: 'Politie basisteam Bollenstreek' }));
    await expectNoCaseContent(page, hidden);
    await expectNoAxeViolations(page, 'beheer: organisaties');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tafels' }).click();
    await heading1(page, 'Tafels');
    await visible(page.getByText('Zorg- en Veiligheidstafel Hillegom').first());
    await expectNoCaseContent(page, hidden);
    await expectNoAxeViolations(page, 'beheer: tafels');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
    await heading1(page, 'Gebruikers');
    await visible(page.getByRole('cell', { name: 'Mehmet Aydın', exact: true }));
    await expectNoCaseContent(page, hidden);
    await expectNoAxeViolations(page, 'beheer: gebruikers');

    // Case pages and the case API give nothing away.
    await expectNotFoundPage(page, `/casussen/${created.id}`);
    await expectNoCaseContent(page, hidden);
    expect((await page.request.get(`/api/v1/cases/${created.id}`)).status()).toBe(404);
    const list = await page.request.get('/api/v1/cases');
    if (list.ok()) expect(((await list.json()) as { cases: unknown[] }).cases).toEqual([]);
    else expect(list.status()).toBe(403);
  });

  test('X-2 the privacy officer cannot open a case', async () => {
    const created = await theCase();
    const browser = current();
    await browser.actAs(PRIVACY_OFFICER);
    const { page } = browser;
    await expectNotFoundPage(page, `/casussen/${created.id}`);
    await expectNoCaseContent(page, [created.title, created.reference]);
    expect((await page.request.get(`/api/v1/cases/${created.id}`)).status()).toBe(404);
    await page.goto('/');
    await heading1(page, 'Register van verwerkingsactiviteiten');
    await expectNoCaseContent(page, [created.title, created.reference, ...SEEDED_SUBJECTS]);
  });

  test('X-2 a partner professional cannot open the management pages', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/beheer/gebruikers');
    await heading1(page, 'Geen toegang');
    await hasText(page.getByRole('main'), 'Alleen de applicatiebeheerder kan dit.');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByText('Ingrid Holleman').count()).toBe(0);
    await expectNoAxeViolations(page, 'beheerpagina zonder toegang (professional)');
    expect((await page.request.get('/api/v1/admin/users')).status()).toBe(403);
  });

  test('X-2 the chain director\'s case list shows the cases of the tables and filters by table', async () => {
    const created = await theCase();
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
    await heading1(page, 'Casussen');
    const table = page.getByRole('table', { name: 'Casussen' });
    await visible(table.getByRole('link', { name: created.reference, exact: true }));
    await visible(table.getByRole('cell', { name: 'Noa Willems', exact: true }));
    await expectNoAxeViolations(page, 'casuslijst ketenregisseur');

    await page.getByLabel('Tafel').selectOption({ label: 'Zorg- en Veiligheidstafel Lisse' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL((url) => url.searchParams.has('tafel'));
    await hasText(page.getByRole('main').getByRole('status').filter({ hasText: 'gevonden met deze filters' }), /^\d+ casus(sen)? gevonden met deze filters\.$/);
    await visible(table.getByRole('cell', { name: 'Noa Willems', exact: true }));
    expect(await table.getByRole('link', { name: created.reference, exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuslijst ketenregisseur met filter');

    await page.getByRole('link', { name: 'Filters wissen' }).click();
    await visible(table.getByRole('link', { name: created.reference, exact: true }));
  });
});
