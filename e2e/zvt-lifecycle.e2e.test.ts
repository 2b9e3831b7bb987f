import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { retentionSchedule } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { absent, dataValue, escapeRegExp, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL, YOUTH_WORKER } from './support/context.ts';
import {
  addDays,
  answerFacts,
  answerPartnerQuery,
  birthDateForAge,
  caseIdFromUrl,
  dutchDate,
  ELIGIBLE_FACTS,
  HILLEGOM,
  openForAdmission,
  openMeetingsAs,
  todayIso,
  type CreatedCase,
} from './support/flows.ts';

/** A fictional young person and parent, used nowhere else (demo data or other specs). */
const SUBJECT = 'Roos Meijerink';
const PARENT = 'Karin Meijerink';
const POLICE = 'Politie basisteam Bollenstreek';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const YOUTH_WORK = 'Jongerenwerk Bollenstreek';
const TITLE = 'Casusoverleg ZVT Hillegom';
const TRIAGE = 'Triage en voorbereiding casusoverleg';
const YOUTH_CARE_ANSWER = 'Roos is vorig jaar kort aangemeld voor opvoedondersteuning; het traject is gestopt.';
const YOUTH_WORK_ANSWER = 'Roos komt wekelijks in het jongerencentrum en heeft een goede band met een jongerenwerker.';
const GOAL = 'Eén plan voor thuis, school en vrije tijd, zodat de overlast rond het station stopt.';
const PICTURE = 'Roos verzuimt school, hangt rond het station met oudere jongeren en heeft thuis weinig structuur.';
const ACTION = 'Roos begeleiden naar een vaste activiteit in het jongerencentrum';

/**
 * Not dependent on the time of day: the meeting is today at 09:00 Dutch time. A series may start today, also at a
 * time that has passed, its agenda stays open until the end of the meeting day, and its record can be written from
 * the meeting day on (ADR 0023, ZVT-3A.2).
 */
const MEETING = { date: todayIso(), time: '09:00' };

/**
 * The whole ZVT process for one fictional case, through the web UI in Chromium, with axe on every page visited:
 * registration (ZVT-1.1) → admission (1.2, 1.3) → informing by letter (1.4) → partner queries answered by two partners and
 * triage with outcome (2A) → case meeting with two of three partners invited (3A.1) → record, release, minutes
 * (3A.2 – 3A.4) → scale-down (3A.5) → phase 4A with the retention schedule (4A.1). Nothing is arranged through the
 * API: every step has a screen. The tests build on each other.
 */
describe('De hele ZVT-levensloop van één casus (ZVT-1 t/m ZVT-4A)', () => {
  const current = useBrowser();
  let created: CreatedCase | undefined;
  let meetingPath = '';

  function theCase(): CreatedCase {
    if (!created) throw new Error('De aanmelding (eerste test van dit bestand) is niet gelopen.');
    return created;
  }

  async function openCase(as: string): Promise<Page> {
    const browser = current();
    await browser.actAs(as);
    const { page } = browser;
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, SUBJECT);
    return page;
  }

  test('ZVT-1.1 the police officer registers the young person through the registration form', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    await heading1(page, 'Nieuwe aanmelding');
    await page.getByLabel('Tafel').selectOption({ label: HILLEGOM });
    const subject = page.getByRole('region', { name: 'De jeugdige' });
    await subject.getByLabel('Naam', { exact: true }).fill(SUBJECT);
    // 14 years: both the young person and the parents are informed (ZVT-1.4).
    await subject.getByLabel('Geboortedatum').fill(birthDateForAge(14));
    await subject.getByLabel('Woonplaats').fill('Hillegom');
    await page.getByRole('button', { name: 'Wettelijk vertegenwoordiger toevoegen' }).click();
    const parent = page.getByRole('group', { name: 'Wettelijk vertegenwoordiger 1' });
    await parent.getByLabel('Naam', { exact: true }).fill(PARENT);
    await parent.getByLabel('Relatie tot de jeugdige').selectOption({ label: 'ouder' });
    await parent.getByLabel('Contactgegevens').fill('06-98765432');
    await page.getByLabel('Reden van aanmelding').fill('Betrokken bij vernielingen en overlast rond het station, samen met oudere jongeren.');
    await answerFacts(page, ELIGIBLE_FACTS);
    await expectNoAxeViolations(page, 'aanmeldformulier ingevuld');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    await heading1(page, SUBJECT);
    await hasText(dataValue(page, 'Fase'), 'Aanmelding');
    const reference = (await dataValue(page, 'Kenmerk').innerText()).trim();
    expect(reference).toMatch(/^HIL-/);
    created = { id: caseIdFromUrl(page.url()), reference, title: SUBJECT };
    await expectNoAxeViolations(page, 'casuspagina fase 1 (aanmelder)');
  });

  test('ZVT-1.2, ZVT-1.3 the chain director admits the registration as proposed: phase 2A with an informing task', async () => {
    const page = await openForAdmission(current(), theCase());
    await hasText(page.getByRole('region', { name: 'Toetsing (voorstel)' }), 'Uitkomst: Voldoet aan de criteria.');
    await expectNoAxeViolations(page, 'casuspagina fase 1 (ketenregisseur, toetsing)');
    const form = page.getByRole('region', { name: 'Besluit over toelating' }).filter({ has: page.getByRole('button') });
    await form.getByRole('group', { name: 'Besluit' }).getByRole('radio', { name: 'Toelaten → triage (2A) (voorstel)' }).check();
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Besluit vastgelegd' }), 'Besluit vastgelegd');
    await hasText(dataValue(page, 'Fase'), TRIAGE);
    await hasText(dataValue(page, 'Informeren'), 'Nog informeren');
    await expectNoAxeViolations(page, 'casuspagina 2A na toelaten (ketenregisseur)');
  });

  test('ZVT-1.4 the referrer downloads the informing letter (PDF to the young person and the parent) and records it as sent, which completes informing', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.getByRole('region', { name: 'Informeren: te doen' }).getByRole('link', { name: theCase().reference, exact: true }).click();
    await heading1(page, SUBJECT);
    const informing = await visible(page.getByRole('region', { name: 'Informeren van betrokkenen' }));
    await hasText(dataValue(informing, 'Vandaag te informeren'), 'jeugdige', 'wettelijk vertegenwoordiger');
    await expectNoAxeViolations(page, 'casuspagina 2A, informeertaak (aanmelder)');
    const letters = await visible(page.getByRole('region', { name: 'Brieven' }));
    const item = letters.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: /Informeren vóór de triage/ }) });
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Informeren vóór de triage (fase 1 → 2A): brief downloaden (PDF)' }).click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Aan: ${SUBJECT} en ${PARENT}`);
    expect(text).toContain(`${POLICE} heeft ${SUBJECT} aangemeld`);
    expect(text).toContain('Autoriteit Persoonsgegevens');
    await item.getByRole('group', { name: 'Hoe is de brief verstuurd?' }).getByRole('radio', { name: 'Per post' }).check();
    for (const checkbox of await item.getByRole('group', { name: 'Wat staat er in de brief?' }).getByRole('checkbox').all()) await checkbox.check();
    await item.getByRole('checkbox', { name: 'Er is om toestemming gevraagd' }).check();
    await item.getByRole('group', { name: 'Is toestemming gegeven?' }).getByRole('radio', { name: 'Ja' }).check();
    await item.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Verzending vastgelegd' }), 'Het informeren is afgerond.');
    await hasText(dataValue(informing, 'Stand'), 'Geïnformeerd');
    await hasText(dataValue(informing, 'Geïnformeerd'), 'jeugdige', 'wettelijk vertegenwoordiger');
    await hasText(dataValue(page.getByRole('region', { name: 'Brieven' }), 'Verstuurd'), 'per post');
    await absent(page.getByRole('button', { name: 'Informeren vastleggen' }));
    await absent(page.getByRole('button', { name: 'Verzending vastleggen' }));
    await expectNoAxeViolations(page, 'casuspagina 2A, geïnformeerd met de brief (aanmelder)');
  });

  test('ZVT-2A.2 the chain director sends partner queries to youth care and youth work; both answer in their inbox', async () => {
    const page = await openCase(CHAIN_DIRECTOR);
    const queries = await visible(page.getByRole('region', { name: 'Partnervragen' }));
    const deadline = addDays(todayIso(), 10);
    for (const partner of [YOUTH_CARE, YOUTH_WORK]) {
      await queries.getByLabel('Ketenpartner').selectOption({ label: partner });
      await queries.getByLabel('Vraag').fill('Kent u deze jeugdige, en heeft u informatie die u wilt delen voor een integrale aanpak?');
      await queries.getByLabel('Antwoord graag vóór').fill(deadline);
      await queries.getByRole('button', { name: 'Partnervraag versturen' }).click();
      await hasText(page.getByRole('status').filter({ hasText: 'Partnervraag verstuurd' }), `Partnervraag verstuurd aan ${partner}.`);
    }
    await hasText(queries.getByRole('table', { name: 'Verstuurde partnervragen' }), YOUTH_CARE, YOUTH_WORK);
    await expectNoAxeViolations(page, 'casuspagina 2A met twee verstuurde partnervragen');

    await answerPartnerQuery(current(), YOUTH_CARE_PROFESSIONAL, theCase(), YOUTH_CARE_ANSWER);
    await answerPartnerQuery(current(), YOUTH_WORKER, theCase(), YOUTH_WORK_ANSWER);
  }, 120_000);

  test('ZVT-2A.3, ZVT-2A.4 the chain director sees both answers, records the triage and decides → case meeting (3A)', async () => {
    const page = await openCase(CHAIN_DIRECTOR);
    const section = await visible(page.getByRole('region', { name: TRIAGE }));
    const answers = section.getByRole('table', { name: 'Antwoorden op de partnervragen' });
    await hasText(answers.getByRole('row').filter({ hasText: YOUTH_CARE }), YOUTH_CARE_ANSWER, 'Beantwoord');
    await hasText(answers.getByRole('row').filter({ hasText: YOUTH_WORK }), YOUTH_WORK_ANSWER, 'Beantwoord');
    await expectNoAxeViolations(page, 'casuspagina 2A met twee antwoorden (ketenregisseur)');

    const record = section.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Triage vastleggen' }) });
    await record.getByLabel('Toestandsbeeld', { exact: true }).fill('Schoolverzuim en overlast rond het station; jongerenwerk heeft contact, opvoedondersteuning is gestopt.');
    await record.getByLabel('Soort gegevens in het toestandsbeeld').selectOption({ label: 'Zorggegevens' });
    await record.getByRole('group', { name: 'Partners die betrokken zijn of nodig zijn' }).getByRole('checkbox', { name: YOUTH_WORK }).check();
    await record.getByRole('group', { name: `Betrokkenheid van ${YOUTH_WORK}` }).getByRole('radio', { name: 'Al betrokken' }).check();
    await record.getByLabel(`Mogelijke bijdrage van ${YOUTH_WORK}`).fill('Vaste activiteit en een vertrouwde jongerenwerker');
    await record.getByLabel('Doel van het casusoverleg').fill(GOAL);
    const participants = record.getByRole('group', { name: 'Deelnemers aan het casusoverleg' });
    await participants.getByRole('checkbox', { name: POLICE }).check();
    await participants.getByRole('checkbox', { name: YOUTH_WORK }).check();
    await record.getByRole('group', { name: 'Hoe wordt de jeugdige betrokken?' }).getByRole('radio', { name: 'Vooraf geïnformeerd' }).check();
    await record.getByRole('group', { name: 'Hoe worden de ouders of verzorgers betrokken?' }).getByRole('radio', { name: 'Vooraf geïnformeerd' }).check();
    await expectNoAxeViolations(page, 'triageformulier ingevuld');
    await record.getByRole('button', { name: 'Triage vastleggen' }).click();
    await hasText(section.getByRole('status').filter({ hasText: 'Triage vastgelegd' }), 'Triage vastgelegd.');
    await hasText(dataValue(section, 'Deelnemers'), POLICE, YOUTH_WORK);

    const outcome = section.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Uitkomst', exact: true }) });
    await outcome.getByRole('radio', { name: 'Door naar het casusoverleg', exact: true }).check();
    await outcome.getByLabel('Motivering', { exact: true }).fill('Veiligheid en vrije tijd moeten samen een plan maken; dat lukt niet binnen één organisatie.');
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await hasText(section.getByRole('status').filter({ hasText: 'Uitkomst vastgelegd' }), 'Door naar het casusoverleg');
    await hasText(dataValue(page, 'Fase'), 'Casusoverleg');
    await expectNoAxeViolations(page, 'casuspagina na uitkomst → casusoverleg');
  }, 120_000);

  test('ZVT-3A.1 the chain director plans a case meeting, puts the case on the agenda and invites police and youth work, not youth care', async () => {
    const page = await openMeetingsAs(current(), CHAIN_DIRECTOR);
    await expectNoAxeViolations(page, 'overleggen (ketenregisseur)');
    const form = page.getByRole('region', { name: 'Nieuwe overlegreeks' });
    await form.getByLabel('Tafel', { exact: true }).selectOption({ label: HILLEGOM });
    await form.getByRole('radio', { name: /^Casusoverleg/ }).check();
    await form.getByLabel('Datum van het eerste overleg').fill(MEETING.date);
    await form.getByLabel('Begintijd').fill(MEETING.time);
    await form.getByLabel('Aantal overleggen').fill('1');
    await form.getByLabel('Locatie', { exact: true }).fill('Gemeentehuis Hillegom, zaal 4');
    await form.getByRole('button', { name: 'Overlegreeks plannen' }).click();
    await heading1(page, TITLE);
    await hasText(page.getByRole('status').filter({ hasText: 'gepland' }), `het eerste op ${dutchDate(MEETING.date)}`);
    await expectNoAxeViolations(page, 'overlegreeks met één overleg');
    await page.getByRole('table', { name: 'Overleggen van deze reeks' }).getByRole('link', { name: dutchDate(MEETING.date), exact: true }).click();
    const agenda = await visible(page.getByRole('region', { name: 'Agenda' }));
    meetingPath = new URL(page.url()).pathname;

    const option = (await agenda.getByLabel('Casus', { exact: true }).locator('option').allInnerTexts()).find((o) => o.startsWith(SUBJECT));
    expect(option, 'de casus in 3A staat tussen de keuzes').toBeDefined();
    await agenda.getByLabel('Casus', { exact: true }).selectOption({ label: option ?? '' });
    await agenda.getByLabel('Doel van de bespreking').fill(GOAL);
    await agenda.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'staat op de agenda' }), `${SUBJECT} staat op de agenda.`);

    const item = agenda.getByRole('region', { name: SUBJECT });
    const invite = item.getByRole('group', { name: `Uitnodigen voor ${SUBJECT}` });
    // A partner may be marked "(voorgesteld)" (the referrer and every queried partner are); only checked ones are invited.
    const partner = (name: string) => invite.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}( \\(voorgesteld\\))?$`) });
    await partner(POLICE).check();
    await partner(YOUTH_WORK).check();
    expect(await partner(YOUTH_CARE).isChecked()).toBe(false);
    await item.getByRole('button', { name: `Uitnodigingen opslaan: ${SUBJECT}` }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Uitgenodigd voor' }), `Uitgenodigd voor ${SUBJECT}:`, POLICE, YOUTH_WORK);
    await hasText(item, GOAL, POLICE, YOUTH_WORK);
    await expectNoAxeViolations(page, 'overleg met agendapunt en twee uitnodigingen (ketenregisseur)');
  }, 120_000);

  test('ZVT-3A.1 youth care, not invited, sees nothing of the case or the agenda item', async () => {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    await page.goto(meetingPath);
    await heading1(page, TITLE);
    await hasText(page.getByRole('region', { name: 'Agenda' }), 'Uw organisatie is voor geen enkel agendapunt van dit overleg uitgenodigd.');
    const text = await page.locator('body').innerText();
    for (const hidden of [SUBJECT, 'Meijerink', theCase().reference, GOAL]) expect(text).not.toContain(hidden);
    await expectNoAxeViolations(page, 'overleg (niet uitgenodigde jeugdhulp)');

    // Answering a partner query gave youth care no access to the case itself.
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, 'Niet gevonden');
    expect(await page.getByText(SUBJECT).count()).toBe(0);
    expect((await page.request.get(`/api/v1/cases/${theCase().id}`)).status()).toBe(404);
    await expectNoAxeViolations(page, 'niet gevonden (jeugdhulp, casuspagina)');
  });

  test('ZVT-3A.2 on the meeting day the chain director records the situation picture, a plan action for youth work with the data it needs, and the case director', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto(meetingPath);
    await heading1(page, TITLE);
    await page.getByRole('link', { name: `Verslag vastleggen: ${SUBJECT}` }).click();
    await heading1(page, SUBJECT);
    await expectNoAxeViolations(page, 'verslag agendapunt, leeg (ketenregisseur)');

    const picture = page.getByRole('region', { name: 'Toestandsbeeld en casusregisseur' });
    await picture.getByLabel('Gezamenlijk toestandsbeeld').fill(PICTURE);
    await picture.getByLabel('Casusregisseur').selectOption({ label: `${YOUTH_WORKER} (${YOUTH_WORK})` });
    await picture.getByRole('button', { name: 'Toestandsbeeld en casusregisseur opslaan' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'vastgelegd' }), 'Toestandsbeeld en casusregisseur vastgelegd.');

    const plan = page.getByRole('region', { name: 'Plan van aanpak' });
    const owners = await plan.getByLabel('Wie (uitgenodigde ketenpartner)').locator('option').allInnerTexts();
    expect(owners).not.toContain(YOUTH_CARE);
    await plan.getByLabel('Wie (uitgenodigde ketenpartner)').selectOption({ label: YOUTH_WORK });
    await plan.getByLabel('Wat').fill(ACTION);
    await plan.getByLabel('Uiterlijk').fill(addDays(MEETING.date, 14));
    await plan.getByRole('checkbox', { name: `Reden van aanmelding van ${POLICE}`, exact: false }).check();
    await plan.getByRole('button', { name: 'Actie toevoegen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Actie toegevoegd' }), 'Actie toegevoegd aan het plan van aanpak.');
    await hasText(plan.getByRole('table', { name: 'Acties van het plan van aanpak' }), YOUTH_WORK, ACTION, 'besluit eigenaar open');
    await expectNoAxeViolations(page, 'verslag met toestandsbeeld en actie (ketenregisseur)');
  }, 120_000);

  test('ZVT-3A.3 the police, owner of the registration, releases the requested data for the action', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto(`${meetingPath}/verslag`);
    await heading1(page, TITLE);
    const item = await visible(page.getByRole('region', { name: `Casus ${theCase().reference}` }));
    await hasText(item, 'Gevraagde gegevens van uw organisatie', ACTION);
    expect(await page.locator('main').innerText()).not.toContain(PICTURE);
    await expectNoAxeViolations(page, 'verslag (politie, eigenaar van gevraagde gegevens)');
    await item.getByRole('button', { name: 'Vrijgeven voor deze actie' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Vrijgegeven' }), `Vrijgegeven aan ${YOUTH_WORK} voor deze actie.`);
    await hasText(page.getByRole('region', { name: `Casus ${theCase().reference}` }), 'vrijgegeven');
    await expectNoAxeViolations(page, 'verslag na vrijgeven (politie)');
  });

  test('ZVT-3A.4 youth work sees its part of the minutes and downloads the PDF; youth care sees nothing', async () => {
    const browser = current();
    await browser.actAs(YOUTH_WORKER);
    const { page } = browser;
    await page.goto(meetingPath);
    await heading1(page, TITLE);
    await expectNoAxeViolations(page, 'overleg (uitgenodigd jongerenwerk)');
    await page.getByRole('link', { name: 'Verslag van dit overleg (actiegerichte afspraken)' }).click();
    await heading1(page, TITLE);
    const item = await visible(page.getByRole('region', { name: `${SUBJECT} (${theCase().reference})` }));
    await hasText(item, ACTION, YOUTH_WORKER);
    expect(await page.locator('main').innerText()).not.toContain(PICTURE);
    const link = await visible(page.getByRole('link', { name: 'Verslag downloaden (PDF)' }));
    await expectNoAxeViolations(page, 'verslag (uitgenodigd jongerenwerk met actie)');
    const pdf = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    await page.goto(`${meetingPath}/verslag`);
    await heading1(page, TITLE);
    await hasText(page.locator('main'), 'Er is geen verslag voor uw organisatie');
    const text = await page.locator('body').innerText();
    for (const hidden of [SUBJECT, 'Meijerink', theCase().reference, ACTION, PICTURE]) expect(text).not.toContain(hidden);
    expect(await page.getByRole('link', { name: 'Verslag downloaden (PDF)' }).count()).toBe(0);
    expect((await page.request.get(`/api/v1/meetings/${meetingPath.split('/').at(-1) ?? ''}/minutes-pdf`)).status()).toBe(404);
    await expectNoAxeViolations(page, 'verslag (niet uitgenodigde jeugdhulp)');
  });

  test('ZVT-3A.5, ZVT-4A.1 the chain director records scale-down; the case is in 4A with the retention schedule', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto(meetingPath);
    await heading1(page, TITLE);
    await page.getByRole('link', { name: `Verslag vastleggen: ${SUBJECT}` }).click();
    await heading1(page, SUBJECT);
    const outcome = page.getByRole('region', { name: 'Uitkomst van het casusoverleg' });
    await outcome.getByRole('radio', { name: 'Besluit tot afschaling' }).check();
    await outcome.getByLabel('Motivering').fill('Het jongerenwerk begeleidt Roos; de tafel is niet meer nodig.');
    await expectNoAxeViolations(page, 'verslag met gekozen uitkomst (ketenregisseur)');
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Afschaling' }), 'Afschaling vastgelegd: de casus is in fase 4A.');
    await expectNoAxeViolations(page, 'verslag na afschaling (ketenregisseur)');

    // Scale-down is dated on the meeting day (ZVT-4A.1): 6 months active, deleted at 12.
    const schedule = retentionSchedule(MEETING.date);
    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, SUBJECT);
    await hasText(dataValue(page, 'Fase'), 'Afschaling');
    await hasText(page.getByRole('region', { name: 'Plan van aanpak' }), ACTION, YOUTH_WORKER, 'Besluit tot afschaling');
    const retention = await visible(page.getByRole('region', { name: 'Bewaartermijn' }));
    await hasText(dataValue(retention, 'Besluit tot afschaling'), dutchDate(MEETING.date));
    await hasText(dataValue(retention, 'Inactief vanaf'), dutchDate(schedule.inactiveFrom));
    await hasText(dataValue(retention, 'Verwijderd op'), dutchDate(schedule.deleteOn));
    await expectNoAxeViolations(page, 'casuspagina fase 4A met bewaartermijn (ketenregisseur)');
  });
});
