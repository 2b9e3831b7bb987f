import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMISSION_DECISION_LABELS, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { absent, dataValue, hasText, heading1, visible } from './support/assert.ts';
import { POLICE_OFFICER } from './support/context.ts';
import { birthDateForAge, NOT_ELIGIBLE_FACTS, openForAdmission, registerGroupScan, registerIndividual, UNKNOWN_FACTS, type CreatedCase } from './support/flows.ts';

const TRIAGE = 'Triage en voorbereiding casusoverleg';
const GROUP_APPROACH = 'Triage via focusoverleg kerngroep (groepsaanpak)';

/** ZVT-1.2 (assessment as a proposal) and ZVT-1.3 (the chain director's decision and its outcomes). */
describe('Toetsen en besluiten door de ketenregisseur (ZVT-1.2, ZVT-1.3)', () => {
  const current = useBrowser();

  const openAsChainDirector = (created: CreatedCase): Promise<Page> => openForAdmission(current(), created);

  function decisionForm(page: Page) {
    return page.getByRole('region', { name: 'Besluit over toelating' }).filter({ has: page.getByRole('button') });
  }

  async function choose(page: Page, option: string | RegExp): Promise<void> {
    await decisionForm(page).getByRole('group', { name: 'Besluit' }).getByRole('radio', { name: option }).check();
  }

  test('ZVT-1.2 the assessment is shown as a proposal with each criterion and its reason', async () => {
    const created = await registerIndividual(current(), { fullName: 'Bram Hendriks', birthDate: birthDateForAge(15) });
    const page = await openAsChainDirector(created);
    const assessment = await visible(page.getByRole('region', { name: 'Toetsing (voorstel)' }));
    await hasText(assessment, 'Uitkomst: Voldoet aan de criteria.');
    const criteria = assessment.getByRole('table', { name: 'Uitkomst per criterium' });
    expect(await criteria.getByRole('row').count()).toBe(5); // header + (a)–(d)
    for (const id of ['a', 'b', 'c', 'd']) {
      const row = criteria.getByRole('row', { name: new RegExp(`^\\(${id}\\)`) });
      await hasText(row, 'ja');
      const reason = (await row.getByRole('cell').last().innerText()).trim();
      expect(reason.length, `criterium (${id}) heeft een toelichting`).toBeGreaterThan(10);
    }
    // Criterion (a) follows from the age: 15 years is under 18.
    await hasText(criteria.getByRole('row', { name: /^\(a\)/ }), /18/);
    await hasText(assessment, `Voorstel: ${ADMISSION_DECISION_LABELS.admitted}`, 'Dit is een voorstel; u besluit.');
    // The proposal is marked among the choices.
    await visible(decisionForm(page).getByRole('radio', { name: 'Toelaten → triage (2A) (voorstel)' }));
    await expectNoAxeViolations(page, 'casuspagina fase 1 (ketenregisseur, toetsing)');
  });

  test('ZVT-1.3 admitted: the case moves to 2A triage with an informing task', async () => {
    const created = await registerIndividual(current(), { fullName: 'Sara Jansen', birthDate: birthDateForAge(14) });
    const page = await openAsChainDirector(created);
    await choose(page, 'Toelaten → triage (2A) (voorstel)');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Besluit vastgelegd' }), `Besluit vastgelegd: ${ADMISSION_DECISION_LABELS.admitted}.`);
    await hasText(dataValue(page, 'Fase'), TRIAGE);
    await hasText(dataValue(page, 'Informeren'), 'Nog informeren');
    await absent(page.getByRole('button', { name: 'Besluit vastleggen' }));
    const decision = page.getByRole('region', { name: 'Besluit over toelating' });
    await hasText(dataValue(decision, 'Besluit'), ADMISSION_DECISION_LABELS.admitted);
    await hasText(dataValue(decision, 'Voorstel'), ADMISSION_DECISION_LABELS.admitted);
    await hasText(page.getByRole('region', { name: 'Verloop' }), `van Aanmelding naar ${TRIAGE}`);
    // Age 14: both the young person and the legal representatives are to be informed (ZVT-1.4).
    await hasText(dataValue(page.getByRole('region', { name: 'Informeren van betrokkenen' }), 'Vandaag te informeren'), 'jeugdige', 'wettelijk vertegenwoordiger');
    await expectNoAxeViolations(page, 'casuspagina 2A na toelaten (ketenregisseur)');
  });

  test('ZVT-1.3 insufficient data: the case moves to 2A with the targeted data request recorded', async () => {
    const created = await registerIndividual(current(), { fullName: 'Luuk Visser', birthDate: birthDateForAge(16) }, UNKNOWN_FACTS);
    const page = await openAsChainDirector(created);
    await hasText(page.getByRole('region', { name: 'Toetsing (voorstel)' }), 'Uitkomst: Onvoldoende gegevens om te beoordelen.');
    await choose(page, /^Onvoldoende gegevens → triage \(2A\) met gerichte uitvraag \(voorstel\)$/);
    // Without the data request the decision is refused in Dutch.
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    await hasText(page.locator('.kt-problem'), 'Beschrijf welke gegevens gericht worden uitgevraagd.');
    await hasText(dataValue(page, 'Fase'), 'Aanmelding');
    await decisionForm(page).getByLabel('Gerichte gegevensuitvraag').fill('Graag van Jeugdhulp: is er een plan van aanpak nodig buiten de reguliere hulp?');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    await hasText(dataValue(page, 'Fase'), TRIAGE);
    const decision = page.getByRole('region', { name: 'Besluit over toelating' });
    await hasText(dataValue(decision, 'Besluit'), ADMISSION_DECISION_LABELS['insufficient-data']);
    await hasText(dataValue(decision, 'Gerichte uitvraag'), 'is er een plan van aanpak nodig buiten de reguliere hulp?');
    await expectNoAxeViolations(page, 'casuspagina 2A met gerichte uitvraag');
  });

  test('ZVT-1.3 not admitted deletes the personal data: confirmation with the reference, and the case no longer opens', async () => {
    const browser = current();
    const created = await registerIndividual(browser, { fullName: 'Finn Mulder', birthDate: birthDateForAge(15) }, NOT_ELIGIBLE_FACTS);
    const page = await openAsChainDirector(created);
    const caseUrl = page.url();
    await hasText(page.getByRole('region', { name: 'Toetsing (voorstel)' }), `Voorstel: ${ADMISSION_DECISION_LABELS['not-admitted']}`);
    await choose(page, 'Niet in behandeling nemen (voorstel)');
    await hasText(decisionForm(page), 'Niet in behandeling nemen verwijdert de persoonsgegevens van deze aanmelding direct.');
    await expectNoAxeViolations(page, 'besluitformulier niet in behandeling nemen (waarschuwing)');

    // The advice outlives the deleted registration: with the young person's name in it, it is refused.
    await decisionForm(page).getByLabel('Advies aan de aanmelder').fill('Bespreek Finn in het reguliere wijkoverleg.');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen en gegevens verwijderen' }).click();
    await hasText(page.locator('.kt-problem'), 'Het advies bevat persoonsgegevens');
    expect(await decisionForm(page).getByLabel('Advies aan de aanmelder').getAttribute('aria-invalid')).toBe('true');
    expect((await page.request.get(`/api/v1/cases/${created.id}`)).status()).toBe(200);

    await decisionForm(page).getByLabel('Advies aan de aanmelder').fill('Bespreek de situatie in het reguliere wijkoverleg.');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen en gegevens verwijderen' }).click();

    await page.waitForURL((url) => url.pathname === '/aanmelding-verwijderd');
    expect(new URL(page.url()).searchParams.get('kenmerk')).toBe(created.reference);
    await heading1(page, 'Niet in behandeling genomen');
    await hasText(page.getByRole('status').filter({ hasText: 'verwijderd' }), 'Niet in behandeling genomen; de gegevens zijn verwijderd.', `Kenmerk: ${created.reference}.`);
    expect(await page.getByText('Finn Mulder').count()).toBe(0);
    await expectNoAxeViolations(page, 'bevestiging niet in behandeling genomen');

    // The case is gone: its page is the not-found page, and the API says 404.
    await page.goto(caseUrl);
    await heading1(page, 'Niet gevonden');
    await hasText(page.getByRole('main'), 'Deze pagina bestaat niet, of u hebt er geen toegang toe.');
    expect(await page.getByText('Finn Mulder').count()).toBe(0);
    expect((await page.request.get(`/api/v1/cases/${created.id}`)).status()).toBe(404);
    await expectNoAxeViolations(page, 'niet-gevonden-pagina na verwijderen');
    await page.goto('/casussen');
    await heading1(page, 'Casussen');
    expect(await page.getByText('Finn Mulder').count()).toBe(0);

    // The referrer gets the decision and the advice under the reference only, without personal data.
    await browser.actAs(POLICE_OFFICER);
    await page.goto('/');
    await heading1(page, 'Start');
    const notices = page.getByRole('region', { name: 'Berichten' });
    await hasText(notices, created.reference, 'is niet in behandeling genomen', 'Bespreek de situatie in het reguliere wijkoverleg.');
    expect(await page.getByText('Finn Mulder').count()).toBe(0);
    await expectNoAxeViolations(page, 'startpagina aanmelder met bericht over niet in behandeling genomen');
  });

  test('ZVT-1.3 a police group scan goes to the group approach (2B)', async () => {
    const created = await registerGroupScan(current(), { name: 'Groep Vosselaan', area: 'Vosselaan en het park' });
    const page = await openAsChainDirector(created);
    await hasText(page.getByRole('region', { name: 'Toetsing (voorstel)' }), 'Een groepsscan wordt niet aan de individuele criteria getoetst.');
    // A group scan has only "not admitted" and "group approach" as choices.
    const radios = decisionForm(page).getByRole('radio');
    expect(await radios.count()).toBe(2);
    await choose(page, 'Groepsscan → groepsaanpak (2B) (voorstel)');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    // After admission the group is worked on at its group page only (ZVT-2B): the case page leads there.
    await page.waitForURL(new RegExp(`/groepen/${created.id}$`));
    await heading1(page, 'Groep Vosselaan');
    await hasText(dataValue(page, 'Stand'), GROUP_APPROACH);
    await expectNoAxeViolations(page, 'groep in 2B na het toelatingsbesluit');
  });

  test('ZVT-1.3 X-6 the reason hint states the minimum length the server requires', async () => {
    const created = await registerIndividual(current(), { fullName: 'Jens Prins', birthDate: birthDateForAge(15) });
    const page = await openAsChainDirector(created);
    await choose(page, /^Onvoldoende gegevens → triage \(2A\) met gerichte uitvraag$/);
    await hasText(decisionForm(page), 'Verplicht: uw besluit wijkt af van het voorstel.');
    expect(await decisionForm(page).innerText()).toContain(`minstens ${String(MIN_MOTIVATION_LENGTH)} tekens`);
  });

  test('ZVT-1.3 a decision that deviates from the proposal without a reason is refused in Dutch; with a reason it is recorded', async () => {
    const created = await registerIndividual(current(), { fullName: 'Nina Smit', birthDate: birthDateForAge(13) });
    const page = await openAsChainDirector(created);
    await choose(page, /^Onvoldoende gegevens → triage \(2A\) met gerichte uitvraag$/);
    await hasText(decisionForm(page), 'Verplicht: uw besluit wijkt af van het voorstel.');
    await decisionForm(page).getByLabel('Gerichte gegevensuitvraag').fill('Graag van school: hoe vaak was er verzuim dit schooljaar?');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen' }).click();

    const problem = page.locator('.kt-problem');
    await hasText(
      problem,
      `Het besluit wijkt af van het voorstel: leg de reden vast (minstens ${String(MIN_MOTIVATION_LENGTH)} tekens).`,
      'Leg vast waarom u afwijkt van het voorstel.',
    );
    const reason = decisionForm(page).getByLabel(/^Reden van het besluit/);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await hasText(dataValue(page, 'Fase'), 'Aanmelding');
    expect(await page.getByRole('region', { name: 'Verloop' }).getByText(TRIAGE).count()).toBe(0);
    await expectNoAxeViolations(page, 'besluitformulier met fout (afwijking zonder reden)');

    await reason.fill('Schoolverzuim is onbekend; eerst gericht uitvragen.');
    await decisionForm(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    await hasText(dataValue(page, 'Fase'), TRIAGE);
    const decision = page.getByRole('region', { name: 'Besluit over toelating' });
    await hasText(dataValue(decision, 'Besluit'), ADMISSION_DECISION_LABELS['insufficient-data']);
    await hasText(dataValue(decision, 'Voorstel'), ADMISSION_DECISION_LABELS.admitted);
    await hasText(dataValue(decision, 'Reden'), 'Schoolverzuim is onbekend; eerst gericht uitvragen.');
  });
});
