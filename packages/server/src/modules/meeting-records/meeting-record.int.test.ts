import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildCaseInPhase, buildOrganisation, buildUser, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';

/** poppler-utils reads the PDF independently of pdfkit; `.ci/run` installs it. */
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string };
let attendance: { id: string };
let youthWorker: { id: string };
let attendanceOfficer: { id: string };
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);
const workDir = mkdtempSync(path.join(tmpdir(), 'kt-minutes-'));

const NAME = 'Mila Testbeeld';
const PICTURE = 'Mila verzuimt veel, thuis is er veel spanning en zij zoekt aansluiting bij een groep oudere jongeren.';
const CARE_ACTION = 'Gezinsbegeleiding starten en school betrekken';
const POLICE_ACTION = 'Wijkagent voert een stopgesprek met de groep';
const MOTIVATION = 'Alle partners zijn het eens over het plan; monitoring over drie weken.';

interface RecordView {
  situationPicture: { text: string } | null;
  caseDirector: { userId: string } | null;
  actions: { id: string; owner: { id: string }; description: string; data: { contributionId: string; status: string }[] }[];
  options: { contributions: { id: string; kind: string }[]; caseDirectorCandidates: { userId: string }[] };
  refusal: string | null;
  abilities: { record: boolean };
}
interface MinutesItem {
  agendaItemId: string;
  case: { reference: string; title: string | null };
  situationPicture: { text: string } | null;
  caseDirector: { name: string } | null;
  actions: { description: string }[];
  releaseRequests: { actionId: string; data: { contributionId: string; abilities: { decide: boolean } } }[];
  outcome: { outcome: string; motivation: string | null; monitoringOn: string | null } | null;
}
interface Minutes {
  items: MinutesItem[];
}

let meetingId: string;
const cases: Record<'plan' | 'scale' | 'other', { id: string; reference: string; itemId: string }> = {} as never;
let policeContribution: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work' });
  attendance = await buildOrganisation(db, { kind: 'school-attendance' });
  await db.insertInto('table_partners').values([{ table_id: world.table.id, organisation_id: youthWork.id }, { table_id: world.table.id, organisation_id: attendance.id }]).execute();
  youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
  attendanceOfficer = await buildUser(db, { organisationId: attendance.id, role: 'partner-professional', tableIds: [world.table.id] });
  app = await buildTestApp(db, clock);
  const director = await as(world.chainDirector.id);
  const series = await api(app, director, 'POST', '/meeting-series', {
    tableId: world.table.id,
    kind: 'case-meeting',
    startDate: '2026-12-01',
    startTime: '10:00',
    durationMinutes: 120,
    intervalWeeks: 3,
    count: 2,
    location: 'Gemeentehuis, zaal 2',
  });
  expect(series.statusCode, series.body).toBe(201);
  meetingId = series.json<{ meetings: { id: string }[] }>().meetings[0]?.id ?? '';
  for (const key of ['plan', 'scale', 'other'] as const) {
    const kase = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A', fullName: key === 'plan' ? NAME : undefined });
    const item = await api(app, director, 'POST', `/meetings/${meetingId}/agenda-items`, { caseId: kase.id, goal: 'Plan van aanpak maken met de partners' });
    expect(item.statusCode, item.body).toBe(201);
    const itemId = item.json<{ id: string }>().id;
    const invited = await api(app, director, 'PUT', `/meetings/${meetingId}/agenda-items/${itemId}/invitations`, { organisationIds: [world.police.id, world.youthCare.id, youthWork.id] });
    expect(invited.statusCode, invited.body).toBe(200);
    cases[key] = { id: kase.id, reference: kase.reference, itemId };
  }
  const contribution = await db
    .insertInto('contributions')
    .values({ case_id: cases.plan.id, owner_organisation_id: world.police.id, phase: '2A', purpose: 'Triage', category: 'criminal', kind: 'partner-query-answer', content: JSON.stringify({ text: 'Twee registraties bij de politie.' }), created_by: world.officer.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  policeContribution = contribution.id;
});
afterAll(async () => {
  await app.close();
  await drop();
});

const recordUrl = (key: keyof typeof cases) => `/meetings/${meetingId}/agenda-items/${cases[key].itemId}/record`;

async function minutesOf(userId: string): Promise<Minutes> {
  const response = await api(app, await as(userId), 'GET', `/meetings/${meetingId}/minutes`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Minutes>();
}

function pdfText(body: Buffer): string {
  const file = path.join(workDir, `${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, body);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('ZVT-3A.2 recording the case meeting', () => {
  it('ZVT-3A.2 before the meeting day nothing can be recorded; a partner gets not-found', async () => {
    const director = await as(world.chainDirector.id);
    const view = await api(app, director, 'GET', recordUrl('plan'));
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<RecordView>()).toMatchObject({ abilities: { record: false }, refusal: expect.stringMatching(/vanaf de vergaderdag/) as string });
    expect((await api(app, director, 'PUT', recordUrl('plan'), { situationPicture: { text: PICTURE, category: 'care' } })).statusCode).toBe(422);
    expect((await api(app, await as(world.careWorker.id), 'GET', recordUrl('plan'))).statusCode).toBe(404);
    expect((await api(app, await as(world.otherChainDirector.id), 'GET', recordUrl('plan'))).statusCode).toBe(404);
  });

  it('ZVT-3A.2 on the meeting day: situation picture (a chain-direction contribution) and case director of an invited partner', async () => {
    clock.set('2026-12-01T11:00:00+01:00');
    const director = await as(world.chainDirector.id);
    const notInvited = await api(app, director, 'PUT', recordUrl('plan'), { caseDirectorUserId: attendanceOfficer.id });
    expect(notInvited.statusCode).toBe(400);
    expect(notInvited.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.caseDirectorUserId');
    expect((await api(app, director, 'PUT', recordUrl('plan'), { caseDirectorUserId: world.chainDirector.id })).statusCode).toBe(400);
    const saved = await api(app, director, 'PUT', recordUrl('plan'), { situationPicture: { text: PICTURE, category: 'care' }, caseDirectorUserId: world.careWorker.id });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json<RecordView>();
    expect(view.situationPicture?.text).toBe(PICTURE);
    expect(view.caseDirector?.userId).toBe(world.careWorker.id);
    expect(view.options.caseDirectorCandidates.map((c) => c.userId)).not.toContain(attendanceOfficer.id);
    const picture = await db.selectFrom('contributions').select(['owner_organisation_id', 'phase', 'kind', 'category']).where('case_id', '=', cases.plan.id).where('kind', '=', 'situation-picture').executeTakeFirstOrThrow();
    expect(picture).toEqual({ owner_organisation_id: world.municipality.id, phase: '3A', kind: 'situation-picture', category: 'care' });
    const row = await db.selectFrom('cases').select('case_director_user_id').where('id', '=', cases.plan.id).executeTakeFirstOrThrow();
    expect(row.case_director_user_id).toBe(world.careWorker.id);
  });

  it('ZVT-3A.2 plan actions: owner must be invited, due date not before the meeting; the data are requested, not released', async () => {
    const director = await as(world.chainDirector.id);
    const view = (await api(app, director, 'GET', recordUrl('plan'))).json<RecordView>();
    const pictureId = view.options.contributions.find((c) => c.kind === 'situation-picture')?.id ?? '';
    const action = { ownerOrganisationId: world.youthCare.id, description: CARE_ACTION, dueOn: '2026-12-15', contributionIds: [policeContribution, pictureId] };
    expect((await api(app, director, 'POST', `${recordUrl('plan')}/actions`, { ...action, ownerOrganisationId: attendance.id })).statusCode).toBe(400);
    expect((await api(app, director, 'POST', `${recordUrl('plan')}/actions`, { ...action, dueOn: '2026-11-30' })).statusCode).toBe(400);
    const added = await api(app, director, 'POST', `${recordUrl('plan')}/actions`, action);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<RecordView>().actions[0]?.data.map((d) => d.status)).toEqual(['pending', 'pending']);
    const police = await api(app, director, 'POST', `${recordUrl('plan')}/actions`, { ownerOrganisationId: world.police.id, description: POLICE_ACTION, dueOn: '2026-12-08', contributionIds: [policeContribution] });
    expect(police.statusCode, police.body).toBe(201);
    // The police own the contribution already: no release is asked of itself.
    expect(police.json<RecordView>().actions[1]?.data).toEqual([]);
    // A partner cannot write the record.
    expect((await api(app, await as(world.officer.id), 'POST', `${recordUrl('plan')}/actions`, action)).statusCode).toBe(404);
    // Nothing is released yet: youth care sees none of the police's data.
    expect((await api(app, await as(world.careWorker.id), 'GET', `/cases/${cases.plan.id}/contributions`)).json<{ contributions: { id: string }[] }>().contributions.map((c) => c.id)).not.toContain(policeContribution);
  });
});

describe('ZVT-3A.3 / ZVT-3A.4 releases per action and the minutes', () => {
  it('ZVT-3A.4 a partner not invited gets nothing: no items, and the PDF is not-found; another table not-found', async () => {
    expect((await minutesOf(attendanceOfficer.id)).items).toEqual([]);
    expect((await api(app, await as(attendanceOfficer.id), 'GET', `/meetings/${meetingId}/minutes-pdf`)).statusCode).toBe(404);
    expect((await api(app, await as(world.otherChainDirector.id), 'GET', `/meetings/${meetingId}/minutes`)).statusCode).toBe(404);
    expect((await api(app, await as(world.privacyOfficer.id), 'GET', `/meetings/${meetingId}/minutes`)).statusCode).toBe(404);
  });

  it('ZVT-3A.3 an invited partner without a role in the plan sees the item without name, picture or actions', async () => {
    const item = (await minutesOf(youthWorker.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    expect(item).toMatchObject({ case: { reference: cases.plan.reference, title: null }, situationPicture: null, actions: [] });
    expect(JSON.stringify(item)).not.toContain(NAME);
  });

  it('ZVT-3A.3 only the owner decides per action; a release goes to the action partner for that activity', async () => {
    const careItem = (await minutesOf(world.careWorker.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    expect(careItem?.actions.map((a) => a.description)).toEqual([CARE_ACTION]);
    expect(careItem?.situationPicture).toBeNull();
    expect(careItem?.releaseRequests).toEqual([]);
    const policeItem = (await minutesOf(world.officer.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    expect(policeItem?.actions.map((a) => a.description)).toEqual([POLICE_ACTION]);
    const request = policeItem?.releaseRequests.find((r) => r.data.contributionId === policeContribution);
    expect(request?.data.abilities.decide).toBe(true);
    const url = `/plan-actions/${request?.actionId ?? ''}/data/${policeContribution}/decision`;
    expect((await api(app, await as(world.careWorker.id), 'POST', url, { decision: 'release' })).statusCode).toBe(404);
    expect((await api(app, await as(world.officer.id), 'POST', url, { decision: 'refuse', reason: 'kort' })).statusCode).toBe(400);
    const released = await api(app, await as(world.officer.id), 'POST', url, { decision: 'release' });
    expect(released.statusCode, released.body).toBe(201);
    expect((await api(app, await as(world.officer.id), 'POST', url, { decision: 'release' })).statusCode).toBe(409);
    const grant = await db.selectFrom('contribution_grants').select(['grantee_organisation_id', 'activity']).where('contribution_id', '=', policeContribution).executeTakeFirstOrThrow();
    expect(grant).toEqual({ grantee_organisation_id: world.youthCare.id, activity: `Plan van aanpak ${cases.plan.reference}: ${CARE_ACTION}` });
    expect((await api(app, await as(world.careWorker.id), 'GET', `/cases/${cases.plan.id}/contributions`)).json<{ contributions: { id: string }[] }>().contributions.map((c) => c.id)).toContain(policeContribution);
    // The chain director decides for the chain direction's own situation picture: refused for this action.
    const directorItem = (await minutesOf(world.chainDirector.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    const picture = directorItem?.releaseRequests[0];
    expect(picture).toBeDefined();
    const refused = await api(app, await as(world.chainDirector.id), 'POST', `/plan-actions/${picture?.actionId ?? ''}/data/${picture?.data.contributionId ?? ''}/decision`, { decision: 'refuse', reason: 'Niet nodig voor deze actie.' });
    expect(refused.statusCode, refused.body).toBe(201);
    expect((await minutesOf(world.careWorker.id)).items.find((i) => i.agendaItemId === cases.plan.itemId)?.situationPicture).toBeNull();
  });

  it('ZVT-3A.4 once the owner releases the situation picture to a partner, that partner sees it in the minutes', async () => {
    const picture = await db.selectFrom('contributions').select('id').where('case_id', '=', cases.plan.id).where('kind', '=', 'situation-picture').executeTakeFirstOrThrow();
    await db.insertInto('contribution_grants').values({ contribution_id: picture.id, grantee_organisation_id: world.youthCare.id, activity: 'Uitvoering plan van aanpak', granted_by: world.chainDirector.id }).execute();
    const item = (await minutesOf(world.careWorker.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    expect(item?.situationPicture?.text).toBe(PICTURE);
    expect(item?.case.title).toBe(NAME);
    expect((await minutesOf(world.officer.id)).items.find((i) => i.agendaItemId === cases.plan.itemId)?.situationPicture).toBeNull();
  });

  it.runIf(POPPLER)('ZVT-3A.4 the PDF holds exactly what the reader may see', async () => {
    const care = await api(app, await as(world.careWorker.id), 'GET', `/meetings/${meetingId}/minutes-pdf`);
    expect(care.statusCode).toBe(200);
    expect(care.headers['content-type']).toContain('application/pdf');
    const careText = pdfText(care.rawPayload);
    expect(careText).toContain(CARE_ACTION);
    expect(careText).toContain(PICTURE);
    expect(careText).not.toContain(POLICE_ACTION);
    const youth = pdfText((await api(app, await as(youthWorker.id), 'GET', `/meetings/${meetingId}/minutes-pdf`)).rawPayload);
    expect(youth).toContain(cases.plan.reference);
    for (const hidden of [NAME, PICTURE, CARE_ACTION, POLICE_ACTION]) expect(youth).not.toContain(hidden);
    const full = pdfText((await api(app, await as(world.chainDirector.id), 'GET', `/meetings/${meetingId}/minutes-pdf`)).rawPayload);
    for (const shown of [NAME, PICTURE, CARE_ACTION, POLICE_ACTION]) expect(full).toContain(shown);
  });
});

describe('ZVT-3A.3 withdrawing a release for an action', () => {
  it('ZVT-3A.3 the owner withdraws the release; at once the action shows it as withdrawn and the partner no longer sees the data', async () => {
    const grant = await db.selectFrom('contribution_grants').select('id').where('contribution_id', '=', policeContribution).where('withdrawn_at', 'is', null).executeTakeFirstOrThrow();
    const withdrawn = await api(app, await as(world.officer.id), 'DELETE', `/cases/${cases.plan.id}/contributions/${policeContribution}/releases/${grant.id}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    const item = (await minutesOf(world.careWorker.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    expect(JSON.stringify(item?.actions)).toContain('"status":"withdrawn"');
    expect((await api(app, await as(world.careWorker.id), 'GET', `/cases/${cases.plan.id}/contributions`)).json<{ contributions: { id: string }[] }>().contributions.map((c) => c.id)).not.toContain(policeContribution);
  });
});

describe('ZVT-3A.5 outcomes', () => {
  it('ZVT-3A.5 plan with monitoring: the date must be after the meeting; then the record closes and the appointment is due', async () => {
    const director = await as(world.chainDirector.id);
    const body = { outcome: 'plan-with-monitoring', motivation: MOTIVATION, monitoringOn: '2026-12-01', monitoringWithOrganisationIds: [world.youthCare.id] };
    expect((await api(app, director, 'POST', `${recordUrl('plan')}/outcome`, body)).statusCode).toBe(400);
    expect((await api(app, director, 'POST', `${recordUrl('plan')}/outcome`, { ...body, monitoringOn: '2026-12-10', motivation: 'te kort' })).statusCode).toBe(400);
    const decided = await api(app, director, 'POST', `${recordUrl('plan')}/outcome`, { ...body, monitoringOn: '2026-12-10' });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ phase: string; deleted: boolean }>()).toMatchObject({ phase: '3A', deleted: false });
    expect((await api(app, director, 'PUT', recordUrl('plan'), { caseDirectorUserId: world.officer.id })).statusCode).toBe(422);
    const appointments = (await api(app, director, 'GET', '/monitoring-appointments')).json<{ appointments: { caseId: string; monitoringOn: string; status: string; with: string[] }[] }>().appointments;
    expect(appointments.find((a) => a.caseId === cases.plan.id)).toMatchObject({ monitoringOn: '2026-12-10', status: 'due' });
    expect((await api(app, await as(world.careWorker.id), 'GET', '/monitoring-appointments')).json<{ appointments: unknown[] }>().appointments).toEqual([]);
    const careItem = (await minutesOf(world.careWorker.id)).items.find((i) => i.agendaItemId === cases.plan.itemId);
    expect(careItem?.outcome).toMatchObject({ outcome: 'plan-with-monitoring', monitoringOn: '2026-12-10', motivation: null });
  });

  it('ZVT-3A.2 the case director sees the case and its plan on the case page', async () => {
    const plan = await api(app, await as(world.careWorker.id), 'GET', `/cases/${cases.plan.id}/plan`);
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json<{ caseDirector: { name: string }; latest: { item: MinutesItem } }>().latest.item.actions.map((a) => a.description)).toEqual([CARE_ACTION]);
    expect((await api(app, await as(world.careWorker.id), 'GET', `/cases/${cases.plan.id}`)).statusCode).toBe(200);
    expect((await api(app, await as(attendanceOfficer.id), 'GET', `/cases/${cases.plan.id}/plan`)).statusCode).toBe(404);
  });

  it('ZVT-3A.5, ZVT-4A.1 scale down: phase 4A with scale_down_on the meeting day, which starts the retention schedule', async () => {
    const director = await as(world.chainDirector.id);
    const decided = await api(app, director, 'POST', `${recordUrl('scale')}/outcome`, { outcome: 'scale-down', motivation: 'De aanpak loopt via de reguliere hulpverlening; de tafel is niet meer nodig.' });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ phase: string; scaleDownOn: string }>()).toMatchObject({ phase: '4A', scaleDownOn: '2026-12-01' });
    const row = await db.selectFrom('cases').select(['phase', 'scale_down_on']).where('id', '=', cases.scale.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ phase: '4A', scale_down_on: '2026-12-01' });
    const retention = await api(app, director, 'GET', `/cases/${cases.scale.id}/retention`);
    expect(retention.statusCode, retention.body).toBe(200);
    expect(JSON.stringify(retention.json())).toContain('2027-06-01');
  });

  it('ZVT-3A.5 other table: the case data are deleted at once and the referrer gets a notice by reference', async () => {
    const director = await as(world.chainDirector.id);
    const decided = await api(app, director, 'POST', `${recordUrl('other')}/outcome`, { outcome: 'other-table', motivation: 'Past beter bij het overleg van het Veiligheidshuis.' });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ deleted: boolean }>().deleted).toBe(true);
    expect(await db.selectFrom('cases').select('id').where('id', '=', cases.other.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('meeting_records').select('id').where('case_id', '=', cases.other.id).executeTakeFirst()).toBeUndefined();
    const notice = await db.selectFrom('notices').select('message').where('reference', '=', cases.other.reference).executeTakeFirstOrThrow();
    expect(notice.message).toContain('andere overlegtafel');
  });
});
