import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { absent, dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER } from './support/context.ts';
import { addDays, apiPost, birthDateForAge, decideAdmission, dutchDate, HILLEGOM, partnerId, registerIndividual, todayIso, type CreatedCase } from './support/flows.ts';

const BLOCKED = 'Partnervragen kunnen pas worden verstuurd na informeren of gemotiveerd uitstel (ZVT-1.4).';

/**
 * ZVT-1.4: before triage the subject and/or legal representatives are informed, or informing is
 * deferred with a motivation and a planned date; partner queries of 2A only after one of those.
 */
describe('Informeren vóór de triage (ZVT-1.4)', () => {
  const current = useBrowser();

  /** Registers (as the police officer) and admits (as the chain director) a case: it is in 2A with informing open. */
  async function admittedCase(fullName: string, age: number): Promise<CreatedCase> {
    const browser = current();
    const created = await registerIndividual(browser, { fullName, birthDate: birthDateForAge(age) });
    await browser.actAs(CHAIN_DIRECTOR);
    await decideAdmission(browser.page, created.id, { decision: 'admitted' });
    return created;
  }

  async function openCase(as: string, created: CreatedCase): Promise<Page> {
    const browser = current();
    await browser.actAs(as);
    const { page } = browser;
    await page.goto(`/casussen/${created.id}`);
    await heading1(page, created.title);
    return page;
  }

  test('ZVT-1.4 before informing, the chain director sees why partner queries are blocked and no query form', async () => {
    const created = await admittedCase('Julia Peters', 16);
    const page = await openCase(CHAIN_DIRECTOR, created);
    const queries = await visible(page.getByRole('region', { name: 'Partnervragen' }));
    await hasText(queries, BLOCKED, 'Er zijn nog geen partnervragen verstuurd.');
    expect(await page.getByRole('heading', { name: 'Partnervraag versturen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Partnervraag versturen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuspagina 2A, informeren open (ketenregisseur)');

    // Not only hidden: the API refuses the query too, in Dutch, and nothing is sent.
    const refused = await apiPost(page, `/cases/${created.id}/partner-queries`, {
      organisationId: await partnerId(page, HILLEGOM, 'Jeugdhulp Duin- en Bollenstreek'),
      question: 'Kent u deze jeugdige en wilt u informatie delen?',
      deadline: addDays(todayIso(), 10),
    });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/^Eerst informeren: /);
    await page.reload();
    await hasText(page.getByRole('region', { name: 'Partnervragen' }), 'Er zijn nog geen partnervragen verstuurd.');
  });

  test('ZVT-1.4 the referrer defers informing with a motivation and a planned date; then the chain director can send a partner query', async () => {
    const created = await admittedCase('Daan Kok', 16);
    const browser = current();

    // The referrer sees the task on the start page.
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    const todo = page.getByRole('region', { name: 'Informeren: te doen' });
    await todo.getByRole('link', { name: created.reference, exact: true }).click();
    await heading1(page, created.title);

    const informing = await visible(page.getByRole('region', { name: 'Informeren van betrokkenen' }));
    await hasText(dataValue(informing, 'Stand'), 'Nog informeren');
    await hasText(dataValue(informing, 'Verantwoordelijk'), 'Politie basisteam Bollenstreek (aanmelder)');
    // 16 years: the young person is informed (ZVT-1.4).
    await hasText(dataValue(informing, 'Vandaag te informeren'), 'jeugdige');
    await expectNoAxeViolations(page, 'casuspagina 2A, informeertaak (aanmelder)');

    // Deferral without ground, motivation or date is refused in Dutch.
    const deferral = page.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Informeren uitstellen' }) });
    await deferral.getByRole('button', { name: 'Uitstel vastleggen' }).click();
    await hasText(deferral.locator('.kt-problem'), 'Ongeldige invoer', 'Kies een grond voor uitstel.');
    expect(await deferral.getByLabel('Grond voor uitstel').getAttribute('aria-invalid')).toBe('true');
    expect(await deferral.getByLabel('Gepland moment van informeren').getAttribute('aria-invalid')).toBe('true');
    await hasText(dataValue(informing, 'Stand'), 'Nog informeren');
    await expectNoAxeViolations(page, 'uitstelformulier met fouten');

    const planned = addDays(todayIso(), 21);
    await deferral.getByLabel('Grond voor uitstel').selectOption({ label: 'Bescherming van gerechtvaardigde belangen van derden' });
    await deferral.getByLabel('Motivering').fill('Informeren nu zou de melder in gevaar brengen; eerst veiligheidsafspraken maken.');
    await deferral.getByLabel('Gepland moment van informeren').fill(planned);
    await deferral.getByRole('button', { name: 'Uitstel vastleggen' }).click();

    await hasText(page.getByRole('status').filter({ hasText: 'Uitstel vastgelegd' }), `Uitstel vastgelegd; informeren is gepland op ${dutchDate(planned)}.`);
    await hasText(dataValue(informing, 'Stand'), `Uitgesteld tot ${dutchDate(planned)}`);
    await hasText(dataValue(informing, 'Grond voor uitstel'), 'Bescherming van gerechtvaardigde belangen van derden');
    await hasText(dataValue(informing, 'Motivering'), 'eerst veiligheidsafspraken maken');
    await hasText(dataValue(informing, 'Gepland op'), dutchDate(planned));
    // The referrer sends no partner queries; the chain director does (ZVT-2A.2).
    expect(await page.getByRole('button', { name: 'Partnervraag versturen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuspagina 2A, informeren uitgesteld (aanmelder)');

    // Now the chain director can send a partner query.
    const director = await openCase(CHAIN_DIRECTOR, created);
    const queries = await visible(director.getByRole('region', { name: 'Partnervragen' }));
    await visible(queries.getByRole('heading', { name: 'Partnervraag versturen' }));
    expect(await queries.getByText(BLOCKED).count()).toBe(0);
    await expectNoAxeViolations(director, 'casuspagina 2A, partnervraag beschikbaar (ketenregisseur)');

    const deadline = addDays(todayIso(), 10);
    await queries.getByLabel('Ketenpartner').selectOption({ label: 'Jeugdhulp Duin- en Bollenstreek' });
    await queries.getByLabel('Vraag').fill('Kent u deze jeugdige, en heeft u informatie die u wilt delen voor een integrale aanpak?');
    await queries.getByLabel('Antwoord graag vóór').fill(deadline);
    await queries.getByRole('button', { name: 'Partnervraag versturen' }).click();

    await hasText(director.getByRole('status').filter({ hasText: 'Partnervraag verstuurd' }), 'Partnervraag verstuurd aan Jeugdhulp Duin- en Bollenstreek.');
    const sent = queries.getByRole('table', { name: 'Verstuurde partnervragen' });
    const row = sent.getByRole('row').filter({ hasText: 'Jeugdhulp Duin- en Bollenstreek' });
    await hasText(row, 'Kent u deze jeugdige', dutchDate(deadline));
    await expectNoAxeViolations(director, 'casuspagina 2A met verstuurde partnervraag');
  });

  test('ZVT-1.4 a deferral with too short a motivation is refused in Dutch and nothing changes', async () => {
    const created = await admittedCase('Emma Dekker', 17);
    const page = await openCase(POLICE_OFFICER, created);
    const deferral = page.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Informeren uitstellen' }) });
    await deferral.getByLabel('Grond voor uitstel').selectOption({ label: 'In het belang van de betrokkene zelf' });
    await deferral.getByLabel('Motivering').fill('Later.');
    await deferral.getByLabel('Gepland moment van informeren').fill(addDays(todayIso(), 7));
    await deferral.getByRole('button', { name: 'Uitstel vastleggen' }).click();
    await hasText(deferral.locator('.kt-problem'), /motivering/i, /20 tekens/);
    await hasText(dataValue(page.getByRole('region', { name: 'Informeren van betrokkenen' }), 'Stand'), 'Nog informeren');
  });

  test('ZVT-1.4 recording that a 13-year-old and the parents were informed stores the date, the recipients and the content', async () => {
    const created = await admittedCase('Mila de Vries', 13);
    const page = await openCase(POLICE_OFFICER, created);
    const informing = page.getByRole('region', { name: 'Informeren van betrokkenen' });
    // 12 to 15: both the young person and the legal representatives.
    await hasText(dataValue(informing, 'Vandaag te informeren'), 'jeugdige', 'wettelijk vertegenwoordiger');
    const completion = page.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Informeren vastleggen' }) });
    const content = completion.getByRole('group', { name: 'Wat bevatte de informatie?' });
    const items = content.getByRole('checkbox');
    const count = await items.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i += 1) await items.nth(i).check();
    await completion.getByRole('checkbox', { name: 'Er is om toestemming gevraagd' }).check();
    await completion.getByRole('group', { name: 'Is toestemming gegeven?' }).getByRole('radio', { name: 'Ja' }).check();
    await expectNoAxeViolations(page, 'formulier informeren vastleggen (ingevuld)');
    await completion.getByRole('button', { name: 'Informeren vastleggen' }).click();

    await hasText(page.getByRole('status').filter({ hasText: 'Vastgelegd' }), 'geïnformeerd op', dutchDate(todayIso()));
    await hasText(dataValue(informing, 'Stand'), 'Geïnformeerd');
    await hasText(dataValue(informing, 'Geïnformeerd op'), dutchDate(todayIso()));
    await hasText(dataValue(informing, 'Geïnformeerd'), 'jeugdige', 'wettelijk vertegenwoordiger');
    await hasText(dataValue(informing, 'Toestemming gegeven'), 'ja');
    // Done: the forms are gone.
    await absent(page.getByRole('button', { name: 'Informeren vastleggen' }));
    await expectNoAxeViolations(page, 'casuspagina 2A, geïnformeerd (aanmelder)');

    const director = await openCase(CHAIN_DIRECTOR, created);
    await visible(director.getByRole('region', { name: 'Partnervragen' }).getByRole('heading', { name: 'Partnervraag versturen' }));
  });
});
