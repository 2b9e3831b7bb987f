import { describe, expect, test } from 'vitest';
import type { APIResponse, Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL, YOUTH_WORKER } from './support/context.ts';
import { addDays, apiPost, birthDateForAge, decideAdmission, HILLEGOM, partnerId, registerIndividual, tableId, todayIso, type CreatedCase } from './support/flows.ts';

const SUBJECT = 'Sem Verslaghuis';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const POLICE = 'Politie basisteam Bollenstreek';
const PICTURE = 'Sem spijbelt veel en hangt rond het station met een groep oudere jongeren; thuis is er veel spanning.';
const ACTION = 'Gezinsbegeleiding starten en school betrekken';
const TITLE = 'Casusoverleg ZVT Hillegom';

async function ok(response: APIResponse, what: string): Promise<unknown> {
  if (!response.ok()) throw new Error(`${what} mislukte: ${String(response.status())} ${await response.text()}`);
  return response.json();
}

async function apiPut(page: Page, path: string, body: unknown): Promise<APIResponse> {
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  return page.request.put(`/api/v1${path}`, { data: body, headers: { 'X-CSRF-Token': session.csrfToken } });
}

/**
 * ZVT-3A.2 – ZVT-3A.5: on the day of a case meeting the chain director records the situation picture, a plan with an
 * action for an invited partner, the case director and scale-down; the invited partner sees its part of the minutes,
 * the owner releases its data for the action, and a partner not invited sees nothing. The tests build on each other.
 */
describe('Verslag van het casusoverleg (ZVT-3A.2 – ZVT-3A.5)', () => {
  const current = useBrowser();
  let created: CreatedCase | undefined;
  let meetingId = '';

  function theCase(): CreatedCase {
    if (!created) throw new Error('De eerste test van dit bestand is niet gelopen.');
    return created;
  }

  test('arrange: a case in 3A on the agenda of a case meeting today, with youth care and police invited', async () => {
    const browser = current();
    created = await registerIndividual(browser, { fullName: SUBJECT, birthDate: birthDateForAge(15) });
    await browser.actAs(CHAIN_DIRECTOR);
    await decideAdmission(browser.page, created.id, { decision: 'admitted' });
    await browser.actAs(POLICE_OFFICER);
    const { INFORMING_CONTENT_ITEMS } = await import('@ketentafel/domain');
    await ok(
      await apiPost(browser.page, `/cases/${created.id}/informing-task/completion`, { informedOn: todayIso(), contentItems: INFORMING_CONTENT_ITEMS.map((i) => i.id), consentAsked: false, consentGiven: 'not-applicable' }),
      'informeren',
    );
    await browser.actAs(CHAIN_DIRECTOR);
    const page = browser.page;
    const youthCare = await partnerId(page, HILLEGOM, YOUTH_CARE);
    const police = await partnerId(page, HILLEGOM, POLICE);
    await ok(
      await apiPut(page, `/cases/${created.id}/triage/record`, {
        situationPicture: 'Spijbelen en overlast rond het station, in groepsverband.',
        situationCategory: 'care',
        partners: [{ organisationId: youthCare, involvement: 'needed', possibleContribution: 'Gezinsbegeleiding', informationToBring: '' }],
        goal: 'Een plan van aanpak voor school en thuis.',
        participantOrganisationIds: [youthCare, police],
        subjectParticipation: 'informed-before',
        parentsParticipation: 'informed-before',
      }),
      'triage vastleggen',
    );
    await ok(await apiPost(page, `/cases/${created.id}/triage/outcome`, { outcome: 'to-case-meeting', motivation: 'Zorg en veiligheid moeten samen een plan maken.' }), 'triage-uitkomst');
    // A meeting today at 09:00, whatever the time now: the agenda stays open until the end of the meeting day (ADR 0023).
    const series = (await ok(
      await apiPost(page, '/meeting-series', { tableId: await tableId(page, HILLEGOM), kind: 'case-meeting', startDate: todayIso(), startTime: '09:00', durationMinutes: 15, intervalWeeks: 3, count: 1, location: 'Gemeentehuis Hillegom, zaal 3' }),
      'overleg plannen',
    )) as { meetings: { id: string }[] };
    meetingId = series.meetings[0]?.id ?? '';
    const item = (await ok(await apiPost(page, `/meetings/${meetingId}/agenda-items`, { caseId: created.id, goal: 'Plan van aanpak voor school en thuis.' }), 'agenderen')) as { id: string };
    await ok(await apiPut(page, `/meetings/${meetingId}/agenda-items/${item.id}/invitations`, { organisationIds: [youthCare, police] }), 'uitnodigen');
  });

  test('ZVT-3A.2, ZVT-3A.5 the chain director records situation picture, case director, a plan action and scale-down', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto(`/overleggen/${meetingId}`);
    await heading1(page, TITLE);
    await expectNoAxeViolations(page, 'overleg met verslaglinks (ketenregisseur)');
    await page.getByRole('link', { name: `Verslag vastleggen: ${SUBJECT}` }).click();
    await heading1(page, SUBJECT);
    await expectNoAxeViolations(page, 'verslag agendapunt, leeg (ketenregisseur)');

    const picture = page.getByRole('region', { name: 'Toestandsbeeld en casusregisseur' });
    await picture.getByLabel('Gezamenlijk toestandsbeeld').fill(PICTURE);
    await picture.getByLabel('Casusregisseur').selectOption({ label: `${YOUTH_CARE_PROFESSIONAL} (${YOUTH_CARE})` });
    await picture.getByRole('button', { name: 'Toestandsbeeld en casusregisseur opslaan' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'vastgelegd' }), 'Toestandsbeeld en casusregisseur vastgelegd.');

    const plan = page.getByRole('region', { name: 'Plan van aanpak' });
    await plan.getByRole('button', { name: 'Actie toevoegen' }).click();
    await hasText(plan.locator('.kt-problem'), 'ketenpartner');
    await expectNoAxeViolations(page, 'actie met fouten');
    await plan.getByLabel('Wie (uitgenodigde ketenpartner)').selectOption({ label: YOUTH_CARE });
    await plan.getByLabel('Wat').fill(ACTION);
    await plan.getByLabel('Uiterlijk').fill(addDays(todayIso(), 14));
    await plan.getByRole('checkbox', { name: `Reden van aanmelding van ${POLICE}`, exact: false }).check();
    await plan.getByRole('button', { name: 'Actie toevoegen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Actie toegevoegd' }), 'Actie toegevoegd aan het plan van aanpak.');
    await hasText(plan.getByRole('table', { name: 'Acties van het plan van aanpak' }), YOUTH_CARE, ACTION, 'besluit eigenaar open');
    await expectNoAxeViolations(page, 'verslag met toestandsbeeld en actie');

    const outcome = page.getByRole('region', { name: 'Uitkomst van het casusoverleg' });
    await outcome.getByRole('radio', { name: 'Besluit tot afschaling' }).check();
    await outcome.getByLabel('Motivering').fill('De aanpak loopt via jeugdhulp; de tafel is niet meer nodig.');
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Afschaling' }), 'Afschaling vastgelegd: de casus is in fase 4A.');
    await hasText(page.locator('main'), 'Besluit tot afschaling', 'De uitkomst van dit agendapunt is al vastgelegd');
    await expectNoAxeViolations(page, 'verslag na afschaling');

    await page.goto(`/casussen/${theCase().id}`);
    await heading1(page, SUBJECT);
    await hasText(page.getByRole('region', { name: 'Plan van aanpak' }), YOUTH_CARE_PROFESSIONAL, ACTION);
    await expectNoAxeViolations(page, 'casuspagina met plan van aanpak');

    await page.goto('/');
    await visible(page.getByRole('heading', { name: 'Monitoring-afspraken' }));
    await expectNoAxeViolations(page, 'start ketenregisseur met monitoring-afspraken');
  });

  test('ZVT-3A.4 the invited partner with an action sees its action and the name, not the situation picture', async () => {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    await page.goto(`/overleggen/${meetingId}`);
    await page.getByRole('link', { name: 'Verslag van dit overleg (actiegerichte afspraken)' }).click();
    await heading1(page, TITLE);
    const item = await visible(page.getByRole('region', { name: `${SUBJECT} (${theCase().reference})` }));
    await hasText(item, ACTION, 'Besluit tot afschaling', YOUTH_CARE_PROFESSIONAL);
    expect(await page.locator('main').innerText()).not.toContain(PICTURE);
    await visible(page.getByRole('link', { name: 'Verslag downloaden (PDF)' }));
    await expectNoAxeViolations(page, 'verslag (uitgenodigde partner met actie)');
  });

  test('ZVT-3A.3 the police, owner of the registration, releases it for the action', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto(`/overleggen/${meetingId}/verslag`);
    await heading1(page, TITLE);
    const item = await visible(page.getByRole('region', { name: `Casus ${theCase().reference}` }));
    await hasText(item, 'Gevraagde gegevens van uw organisatie', ACTION);
    expect(await page.locator('main').innerText()).not.toContain(PICTURE);
    await expectNoAxeViolations(page, 'verslag (eigenaar van gevraagde gegevens)');
    await item.getByRole('button', { name: 'Vrijgeven voor deze actie' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Vrijgegeven' }), `Vrijgegeven aan ${YOUTH_CARE} voor deze actie.`);
    await hasText(page.getByRole('region', { name: `Casus ${theCase().reference}` }), 'vrijgegeven');

    // The release is an ordinary release for the action as its activity; the owner can withdraw it (and does, so
    // that later specs start without it).
    const { contributions } = (await ok(await page.request.get(`/api/v1/cases/${theCase().id}/contributions`), 'bijdragen ophalen')) as {
      contributions: { id: string; grants: { id: string; activity: string; withdrawnAt: string | null }[] }[];
    };
    const released = contributions.flatMap((c) => c.grants.filter((g) => g.withdrawnAt === null && g.activity.endsWith(ACTION)).map((g) => ({ contributionId: c.id, grantId: g.id })));
    expect(released).toHaveLength(1);
    const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
    for (const r of released) {
      const withdrawn = await page.request.delete(`/api/v1/cases/${theCase().id}/contributions/${r.contributionId}/releases/${r.grantId}`, { headers: { 'X-CSRF-Token': session.csrfToken } });
      expect(withdrawn.status(), await withdrawn.text()).toBe(204);
    }
    await page.reload();
    await hasText(page.getByRole('region', { name: `Casus ${theCase().reference}` }), 'vrijgave ingetrokken');
  });

  test('ZVT-3A.4 a partner not invited (youth work) gets no minutes and no name', async () => {
    const browser = current();
    await browser.actAs(YOUTH_WORKER);
    const { page } = browser;
    await page.goto(`/overleggen/${meetingId}/verslag`);
    await heading1(page, TITLE);
    await hasText(page.locator('main'), 'Er is geen verslag voor uw organisatie');
    const text = await page.locator('body').innerText();
    for (const hidden of [SUBJECT, theCase().reference, ACTION, PICTURE]) expect(text).not.toContain(hidden);
    expect(await page.getByRole('link', { name: 'Verslag downloaden (PDF)' }).count()).toBe(0);
    expect((await page.request.get(`/api/v1/meetings/${meetingId}/minutes-pdf`)).status()).toBe(404);
    await expectNoAxeViolations(page, 'verslag (niet uitgenodigde partner)');
  });

  test('demo: the scaled-down demo case shows the plan of its recorded case meeting to the case director (youth care)', async () => {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    const { page } = browser;
    const { cases } = (await ok(await page.request.get('/api/v1/cases'), 'casussen ophalen')) as { cases: { id: string; title: string }[] };
    const lotte = cases.find((c) => c.title === 'Lotte Vermeulen');
    expect(lotte, 'demo-casus Lotte Vermeulen').toBeDefined();
    await page.goto(`/casussen/${lotte?.id ?? ''}`);
    await heading1(page, 'Lotte Vermeulen');
    await hasText(page.getByRole('region', { name: 'Plan van aanpak' }), YOUTH_CARE_PROFESSIONAL, 'Gezinsbegeleiding voortzetten', 'Besluit tot afschaling');
    await expectNoAxeViolations(page, 'casuspagina met plan uit het demo-casusoverleg (casusregisseur)');
  });
});
