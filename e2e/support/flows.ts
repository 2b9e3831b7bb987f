import { expect } from 'vitest';
import type { APIResponse, Page } from 'playwright-core';
import { ELIGIBILITY_FACT_KEYS, ELIGIBILITY_FACT_LABELS, type EligibilityFactKey } from '@ketentafel/domain';
import type { Browser } from './browser.ts';
import { dataValue, hasText, heading1 } from './assert.ts';
import { expectNoAxeViolations } from './axe.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER } from './context.ts';

/**
 * Arranging through the API (what a spec is not about) and acting through the UI (what it is about).
 * API calls run in the browser context, so they carry its session cookie, and send the session's CSRF
 * token like the web app does.
 */

export type FactAnswer = 'yes' | 'no' | 'unknown';
export type Facts = Record<EligibilityFactKey, FactAnswer>;

/** Facts that meet every criterion for someone under 18: the proposal is "admitted". */
export const ELIGIBLE_FACTS: Facts = {
  adolescentCriminalLaw: 'no',
  youthCareContinuedAfter18: 'no',
  youthCareDecidedBefore18: 'no',
  youthCareResumptionWithinHalfYear: 'no',
  partOfYouthNetwork: 'yes',
  areaSafetyProblem: 'yes',
  careSafetyCooperationNeeded: 'yes',
  planBeyondReferrerNeeded: 'yes',
};

/** Criterion (c) is not met: the proposal is "not admitted". */
export const NOT_ELIGIBLE_FACTS: Facts = { ...ELIGIBLE_FACTS, careSafetyCooperationNeeded: 'no' };

/** Criterion (d) is unknown, nothing is "no": the proposal is "insufficient data". */
export const UNKNOWN_FACTS: Facts = { ...ELIGIBLE_FACTS, planBeyondReferrerNeeded: 'unknown' };

/** Today in the Netherlands, as the server counts it (YYYY-MM-DD). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

/** A birth date that makes someone `years` old today, well away from a birthday (months before today). */
export function birthDateForAge(years: number): string {
  const today = new Date(`${todayIso()}T00:00:00Z`);
  today.setUTCFullYear(today.getUTCFullYear() - years);
  today.setUTCMonth(today.getUTCMonth() - 3);
  return today.toISOString().slice(0, 10);
}

/** "14 maart 2026", as the web app shows a date. */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

async function csrfToken(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/session');
  expect(response.status(), 'er is een sessie').toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** A JSON API change as the web app sends it (session cookie + X-CSRF-Token). */
export async function apiPost(page: Page, path: string, body: unknown): Promise<APIResponse> {
  return page.request.post(`/api/v1${path}`, { data: body, headers: { 'X-CSRF-Token': await csrfToken(page) } });
}

async function okJson<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} mislukte: ${String(response.status())} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface CreatedCase {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
}

/** The id of a table the current user belongs to, by its name. */
export async function tableId(page: Page, name: string): Promise<string> {
  const { tables } = await okJson<{ tables: { id: string; name: string }[] }>(await page.request.get('/api/v1/tables'), 'tafels ophalen');
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`Tafel ${name} niet gevonden tussen ${tables.map((t) => t.name).join(', ')}`);
  return table.id;
}

/** The organisation id of a partner of the table `tableName`, as the current user sees it. */
export async function partnerId(page: Page, tableName: string, organisation: string): Promise<string> {
  const { tables } = await okJson<{ tables: { name: string; partners: { id: string; name: string }[] }[] }>(
    await page.request.get('/api/v1/tables'),
    'tafels ophalen',
  );
  const partner = tables.find((t) => t.name === tableName)?.partners.find((p) => p.name === organisation);
  if (!partner) throw new Error(`Ketenpartner ${organisation} niet gevonden bij ${tableName}`);
  return partner.id;
}

export const HILLEGOM = 'Zorg- en Veiligheidstafel Hillegom';

/** Registers a young person as the police officer (arrange step), at Hillegom. The browser stays logged in as the police officer. */
export async function registerIndividual(
  browser: Browser,
  subject: { fullName: string; birthDate: string },
  facts: Facts = ELIGIBLE_FACTS,
): Promise<CreatedCase> {
  await browser.actAs(POLICE_OFFICER);
  const { page } = browser;
  const created = await okJson<CreatedCase>(
    await apiPost(page, '/cases', {
      kind: 'individual',
      tableId: await tableId(page, HILLEGOM),
      subject: { ...subject, municipality: 'Hillegom' },
      legalRepresentatives: [{ fullName: 'Ouder van Test', relation: 'parent', contact: '06-12345678' }],
      reason: 'Betrokken bij overlast en vernielingen rond het station, in groepsverband.',
      facts,
    }),
    'aanmelden',
  );
  return created;
}

/** Registers a police group (one member and a small PDF scan) as the police officer through /groups (arrange step), at Hillegom. */
export async function registerGroupScan(browser: Browser, group: { name: string; area: string }): Promise<CreatedCase> {
  await browser.actAs(POLICE_OFFICER);
  const { page } = browser;
  const created = await okJson<{ id: string; reference: string }>(
    await apiPost(page, '/groups', {
      tableId: await tableId(page, HILLEGOM),
      name: group.name,
      area: group.area,
      reason: 'Groepsscan: overlast en intimidatie van omwonenden, mogelijk criminele activiteiten.',
      members: [{ fullName: 'Bram Testlid', birthDate: '2010-04-04' }],
      scanDocument: { fileName: 'groepsscan.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
    }),
    'groep registreren',
  );
  return { id: created.id, reference: created.reference, title: group.name };
}

/** Records an admission decision through the API as the current user (arrange step). */
export async function decideAdmission(page: Page, caseId: string, body: { decision: string; reason?: string; dataRequest?: string }): Promise<void> {
  await okJson(await apiPost(page, `/cases/${caseId}/admission-decision`, body), 'besluiten');
}

/** Answers the eight criteria questions of the registration form, by their visible question text. */
export async function answerFacts(page: Page, facts: Facts): Promise<void> {
  const label = { yes: 'Ja', no: 'Nee', unknown: 'Onbekend' } as const;
  for (const key of ELIGIBILITY_FACT_KEYS) {
    await page.getByRole('group', { name: ELIGIBILITY_FACT_LABELS[key], exact: true }).getByRole('radio', { name: label[facts[key]], exact: true }).check();
  }
}

/** The case id from a /casussen/:id URL. */
export function caseIdFromUrl(url: string): string {
  const match = /\/casussen\/([0-9a-f-]{36})$/.exec(new URL(url).pathname);
  if (!match?.[1]) throw new Error(`Geen casuspagina: ${url}`);
  return match[1];
}

/** The number of cases the current user can see, through the API. */
export async function caseCount(page: Page): Promise<number> {
  const { cases } = await okJson<{ cases: unknown[] }>(await page.request.get('/api/v1/cases'), 'casussen ophalen');
  return cases.length;
}

/** Opens a registration as the chain director, from the start page's "Te toetsen aanmeldingen" list (still in phase 1). */
export async function openForAdmission(browser: Browser, created: CreatedCase): Promise<Page> {
  await browser.actAs(CHAIN_DIRECTOR);
  const { page } = browser;
  await page.goto('/');
  await heading1(page, 'Start');
  await page.getByRole('region', { name: 'Te toetsen aanmeldingen' }).getByRole('link', { name: created.reference, exact: true }).click();
  await heading1(page, created.title);
  await hasText(dataValue(page, 'Fase'), 'Aanmelding');
  return page;
}

/** Opens "Overleggen" as `displayName`, from the start page through the main menu. */
export async function openMeetingsAs(browser: Browser, displayName: string): Promise<Page> {
  await browser.actAs(displayName);
  const { page } = browser;
  await page.goto('/');
  await heading1(page, 'Start');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
  await heading1(page, 'Overleggen');
  return page;
}

/**
 * Answers the partner query about `created` in the inbox ("Uitvragen") as `displayName`: known, has relevant data,
 * willing to share, with `shared` as the content. Runs axe on the inbox and on the answered query.
 */
export async function answerPartnerQuery(browser: Browser, displayName: string, created: CreatedCase, shared: string, category = 'Zorggegevens'): Promise<Page> {
  await browser.actAs(displayName);
  const { page } = browser;
  await page.goto('/');
  await page.getByRole('link', { name: 'Uitvragen', exact: true }).click();
  await heading1(page, 'Uitvragen');
  const row = page.getByRole('table', { name: 'Partnervragen aan uw organisatie' }).getByRole('row').filter({ hasText: created.reference });
  await hasText(row, created.title, 'Open');
  await expectNoAxeViolations(page, `uitvragen (${displayName})`);
  await row.getByRole('link', { name: `Beantwoorden: partnervraag ${created.reference}` }).click();
  await heading1(page, `Partnervraag ${created.reference}`);
  const form = page.getByRole('region', { name: 'Beantwoorden' });
  await form.getByRole('group', { name: 'Kent uw organisatie de jeugdige?' }).getByRole('radio', { name: 'Ja' }).check();
  await form.getByRole('group', { name: 'Heeft uw organisatie gegevens die relevant zijn voor deze casus?' }).getByRole('radio', { name: 'Ja' }).check();
  await form.getByRole('group', { name: 'Bent u bereid die gegevens te delen voor een integrale aanpak?' }).getByRole('radio', { name: 'Ja' }).check();
  await form.getByLabel('Soort gegevens').selectOption({ label: category });
  await form.getByLabel('Wat u deelt').fill(shared);
  await form.getByRole('button', { name: 'Antwoord versturen' }).click();
  await hasText(page.getByRole('status').filter({ hasText: 'Uw antwoord is vastgelegd' }), 'Uw antwoord is vastgelegd.');
  await hasText(page.getByRole('region', { name: 'Uw antwoord' }), shared);
  await hasText(dataValue(page, 'Status'), 'Beantwoord');
  await expectNoAxeViolations(page, `partnervraag beantwoord (${displayName})`);
  return page;
}
