import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildCaseInPhase, buildOrganisation, buildUser, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';
import { runRetention } from '../../retention/retention.job.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string; name: string };
let director: TestSession;
let officer: TestSession;
let careWorker: TestSession;
let otherDirector: TestSession;
let privacy: TestSession;
let admin: TestSession;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const NAME = 'Kiki Oosterbeek';

interface Meeting {
  id: string;
  startsOn: string;
  startTime: string;
  startsAt: string;
  status: string;
  moved: boolean;
  publicHoliday: string | null;
  agendaItemCount: number;
  abilities: { manage: boolean; manageAgenda: boolean };
  agenda: { id: string; case: { id: string; title: string; reference: string }; invitations: { id: string }[]; suggestedOrganisationIds: string[] }[];
}
interface Series {
  id: string;
  meetings: Meeting[];
}

const seriesBody = (overrides: Record<string, unknown> = {}) => ({
  tableId: world.table.id,
  kind: 'case-meeting',
  startDate: '2026-12-01',
  startTime: '10:00',
  durationMinutes: 120,
  intervalWeeks: 3,
  count: 8,
  location: 'Gemeentehuis, zaal 2',
  ...overrides,
});

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work' });
  await db.insertInto('table_partners').values({ table_id: world.table.id, organisation_id: youthWork.id }).execute();
  app = await buildTestApp(db, clock);
  director = await login(app, world.chainDirector.id);
  officer = await login(app, world.officer.id);
  careWorker = await login(app, world.careWorker.id);
  otherDirector = await login(app, world.otherChainDirector.id);
  privacy = await login(app, world.privacyOfficer.id);
  admin = await login(app, world.admin.id);
});
afterAll(async () => {
  await app.close();
  await drop();
});

async function createSeries(overrides: Record<string, unknown> = {}): Promise<Series> {
  const response = await api(app, director, 'POST', '/meeting-series', seriesBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Series>();
}

function firstMeeting(series: Series): Meeting {
  const meeting = series.meetings[0];
  if (!meeting) throw new Error('no meetings');
  return meeting;
}

describe('ZVT-3A.1 / ZVT-2A.4 meeting series', () => {
  it('ZVT-3A.1 the chain director creates a case-meeting series every three weeks; dates cross the year end and the spring DST change at 10:00 local time', async () => {
    const series = await createSeries();
    expect(series.meetings.map((m) => m.startsOn)).toEqual(['2026-12-01', '2026-12-22', '2027-01-12', '2027-02-02', '2027-02-23', '2027-03-16', '2027-04-06', '2027-04-27']);
    expect(series.meetings[5]?.startsAt).toBe('2027-03-16T09:00:00.000Z');
    expect(series.meetings[6]?.startsAt).toBe('2027-04-06T08:00:00.000Z');
    expect(series.meetings.every((m) => m.startTime === '10:00' && m.status === 'planned' && m.abilities.manage)).toBe(true);
  });

  it('ZVT-3A.1 a generated date on a Dutch public holiday is named, so the chain director can move it (ADR 0024)', async () => {
    const series = await createSeries({ startDate: '2026-12-25', intervalWeeks: 1, count: 2 });
    expect(series.meetings.map((m) => [m.startsOn, m.publicHoliday])).toEqual([['2026-12-25', 'Eerste Kerstdag'], ['2027-01-01', 'Nieuwjaarsdag']]);
    const moved = await api(app, director, 'PATCH', `/meetings/${firstMeeting(series).id}`, { startsOn: '2026-12-24' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Meeting>().publicHoliday).toBeNull();
    // The ordinary series above: only King's Day 2027 is a holiday.
    const ordinary = await createSeries();
    expect(ordinary.meetings.filter((m) => m.publicHoliday !== null).map((m) => [m.startsOn, m.publicHoliday])).toEqual([['2027-04-27', 'Koningsdag']]);
  });

  it('only the chain director of the table plans; a partner gets 403, another table is refused', async () => {
    expect((await api(app, officer, 'POST', '/meeting-series', seriesBody())).statusCode).toBe(403);
    const refused = await api(app, otherDirector, 'POST', '/meeting-series', seriesBody());
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.tableId');
  });

  it('ZVT-2A.4 a focus meeting needs police, youth care (Voor Ieder 1) and youth work at the table', async () => {
    const refused = await api(app, otherDirector, 'POST', '/meeting-series', seriesBody({ tableId: world.otherTable.id, kind: 'focus', intervalWeeks: 2 }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('jongerenwerk');
    const focus = await createSeries({ kind: 'focus', intervalWeeks: 2, count: 3 });
    expect(focus.meetings.map((m) => m.startsOn)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });

  it('refuses a series in the past, beyond the table term, or with both count and until', async () => {
    expect((await api(app, director, 'POST', '/meeting-series', seriesBody({ startDate: '2026-11-01' }))).statusCode).toBe(400);
    expect((await api(app, director, 'POST', '/meeting-series', seriesBody({ count: 52 }))).statusCode).toBe(422);
    expect((await api(app, director, 'POST', '/meeting-series', seriesBody({ until: '2027-01-01' }))).statusCode).toBe(400);
  });

  it('moving one meeting keeps the others; a cancelled meeting can no longer change; a partner cannot change it', async () => {
    const series = await createSeries({ count: 3 });
    const [first, second] = series.meetings;
    if (!first || !second) throw new Error('no meetings');
    const moved = await api(app, director, 'PATCH', `/meetings/${first.id}`, { startsOn: '2026-12-02', startTime: '13:30' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Meeting>()).toMatchObject({ startsOn: '2026-12-02', startTime: '13:30', startsAt: '2026-12-02T12:30:00.000Z', moved: true });
    expect((await api(app, director, 'PATCH', `/meetings/${first.id}`, { startsOn: '2026-11-20' })).statusCode).toBe(422);
    expect((await api(app, officer, 'PATCH', `/meetings/${first.id}`, { status: 'cancelled' })).statusCode).toBe(403);
    const cancelled = await api(app, director, 'PATCH', `/meetings/${second.id}`, { status: 'cancelled' });
    expect(cancelled.json<Meeting>().status).toBe('cancelled');
    expect((await api(app, director, 'PATCH', `/meetings/${second.id}`, { startTime: '11:00' })).statusCode).toBe(422);
    const after = await api(app, director, 'GET', `/meeting-series/${series.id}`);
    expect(after.json<Series>().meetings.map((m) => [m.startsOn, m.status])).toEqual([
      ['2026-12-02', 'planned'],
      ['2026-12-22', 'cancelled'],
      ['2027-01-12', 'planned'],
    ]);
  });
});

describe('ZVT-3A.1 agenda: only admitted cases, invitations per item', () => {
  it('ZVT-3A.1 a case in 3A goes on the case meeting; one in triage is refused with the reason in Dutch; twice is a conflict', async () => {
    const meeting = firstMeeting(await createSeries({ count: 1 }));
    const admitted = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A', fullName: NAME });
    const triage = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '2A' });
    const candidates = await api(app, director, 'GET', `/meetings/${meeting.id}/agenda-candidates`);
    const ids = candidates.json<{ candidates: { id: string }[] }>().candidates.map((c) => c.id);
    expect(ids).toContain(admitted.id);
    expect(ids).not.toContain(triage.id);

    const goal = 'Gezamenlijk toestandsbeeld en plan van aanpak';
    const refused = await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: triage.id, goal });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toBe(
      'Volgens de procedure komt een casus in fase 2A (Triage en voorbereiding casusoverleg) op geen enkel overleg in aanmerking, niet op een casusoverleg (ZVT-3A.1).',
    );
    const added = await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: admitted.id, goal });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<Meeting['agenda'][number]>().case.title).toBe(NAME);
    // Suggested: the referrer (police) from triage.
    expect(added.json<Meeting['agenda'][number]>().suggestedOrganisationIds).toContain(world.police.id);
    expect((await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: admitted.id, goal })).statusCode).toBe(409);
    expect((await api(app, officer, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: admitted.id, goal })).statusCode).toBe(403);
  });

  it('ZVT-3A.1 suggested invitations: the partners queried until the triage record names the participants, then those', async () => {
    const meeting = firstMeeting(await createSeries({ count: 1 }));
    const c = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    await db.insertInto('partner_queries').values({ case_id: c.id, organisation_id: world.youthCare.id, question: 'Kent u deze jeugdige?', deadline: '2026-12-01', sent_by: world.chainDirector.id, sent_at: new Date() }).execute();
    const added = await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: c.id, goal: 'Plan van aanpak maken' });
    expect(added.json<Meeting['agenda'][number]>().suggestedOrganisationIds.sort()).toEqual([world.police.id, world.youthCare.id].sort());
    await db
      .insertInto('contributions')
      .values({ case_id: c.id, owner_organisation_id: world.municipality.id, phase: '2A', purpose: 'triage', category: 'other', kind: 'triage-record', content: JSON.stringify({ participantOrganisationIds: [world.police.id] }), created_by: world.chainDirector.id })
      .execute();
    const seen = (await api(app, director, 'GET', `/meetings/${meeting.id}`)).json<Meeting>();
    expect(seen.agenda.find((i) => i.case.id === c.id)?.suggestedOrganisationIds).toEqual([world.police.id]);
  });

  it('ZVT-3A.1 a case of a table the chain director does not direct is not found; a case of another of their tables is refused', async () => {
    const meeting = firstMeeting(await createSeries({ count: 1 }));
    const elsewhere = await buildCaseInPhase(db, { tableId: world.otherTable.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    expect((await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: elsewhere.id, goal: 'Plan van aanpak maken' })).statusCode).toBe(404);
    const both = await buildUser(db, { organisationId: world.municipality.id, role: 'chain-director', tableIds: [world.table.id, world.otherTable.id] });
    const refused = await api(app, await login(app, both.id), 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: elsewhere.id, goal: 'Plan van aanpak maken' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('andere tafel');
  });

  it('invitations are partners of the table only', async () => {
    const meeting = firstMeeting(await createSeries({ count: 1 }));
    const theCase = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    const item = (await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: theCase.id, goal: 'Plan van aanpak maken' })).json<{ id: string }>();
    const refused = await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${item.id}/invitations`, { organisationIds: [world.outsider.id] });
    expect(refused.statusCode).toBe(400);
    const ok = await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${item.id}/invitations`, { organisationIds: [world.police.id, youthWork.id] });
    expect(ok.json<Meeting['agenda'][number]>().invitations.map((i) => i.id).sort()).toEqual([world.police.id, youthWork.id].sort());
    const narrowed = await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${item.id}/invitations`, { organisationIds: [youthWork.id] });
    expect(narrowed.json<Meeting['agenda'][number]>().invitations.map((i) => i.id)).toEqual([youthWork.id]);
  });
});

describe('ZVT-3A.1 / ZVT-2A.4 planning and preparing on the day itself (ADR 0023)', () => {
  // The clock reads 10:00 Amsterdam on Monday 23 November 2026.
  async function withClock<T>(iso: string, run: () => Promise<T>): Promise<T> {
    clock.set(iso);
    try {
      return await run();
    } finally {
      clock.set('2026-11-23T10:00:00+01:00');
    }
  }

  it('ZVT-3A.1 a series may start today, also at a time that has passed; yesterday is refused', async () => {
    const today = firstMeeting(await createSeries({ startDate: '2026-11-23', startTime: '09:00', count: 1 }));
    expect(today).toMatchObject({ startsOn: '2026-11-23', startsAt: '2026-11-23T08:00:00.000Z', abilities: { manage: false, manageAgenda: true } });
    const yesterday = await api(app, director, 'POST', '/meeting-series', seriesBody({ startDate: '2026-11-22', startTime: '23:59', count: 1 }));
    expect(yesterday.statusCode).toBe(400);
    expect(yesterday.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.startDate');
    // Just after midnight Amsterdam (still the 22nd in UTC) the 23rd at 00:00 is today.
    const atMidnight = await withClock('2026-11-23T00:00:00+01:00', () => api(app, director, 'POST', '/meeting-series', seriesBody({ startDate: '2026-11-23', startTime: '00:00', count: 1 })));
    expect(atMidnight.statusCode, atMidnight.body).toBe(201);
    const lateForYesterday = await withClock('2026-11-23T00:00:00+01:00', () => api(app, director, 'POST', '/meeting-series', seriesBody({ startDate: '2026-11-22', startTime: '23:59', count: 1 })));
    expect(lateForYesterday.statusCode).toBe(400);
  });

  it('ZVT-3A.1 the chain director adds an urgent item during the meeting and until 23:59 Amsterdam; the next day the agenda is closed', async () => {
    const meeting = firstMeeting(await createSeries({ startDate: '2026-11-23', startTime: '09:00', count: 1 }));
    const urgent = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    const late = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    const goal = 'Spoedeisend: plan van aanpak voor vandaag';
    // 10:00, the meeting started at 09:00.
    const candidates = await api(app, director, 'GET', `/meetings/${meeting.id}/agenda-candidates`);
    expect(candidates.statusCode, candidates.body).toBe(200);
    const added = await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: urgent.id, goal });
    expect(added.statusCode, added.body).toBe(201);
    const itemId = added.json<{ id: string }>().id;
    expect((await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${itemId}/invitations`, { organisationIds: [world.police.id] })).statusCode).toBe(200);
    // Moving or cancelling a meeting that has started is still refused.
    expect((await api(app, director, 'PATCH', `/meetings/${meeting.id}`, { status: 'cancelled' })).statusCode).toBe(422);
    await withClock('2026-11-23T23:59:00+01:00', async () => {
      const lateItem = await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: late.id, goal });
      expect(lateItem.statusCode, lateItem.body).toBe(201);
      expect((await api(app, director, 'DELETE', `/meetings/${meeting.id}/agenda-items/${lateItem.json<{ id: string }>().id}`)).statusCode).toBe(204);
      expect((await api(app, director, 'GET', `/meetings/${meeting.id}`)).json<Meeting>().abilities).toEqual({ manage: false, manageAgenda: true });
    });
    await withClock('2026-11-24T00:00:00+01:00', async () => {
      const closed = await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: late.id, goal });
      expect(closed.statusCode).toBe(422);
      expect(closed.json<{ detail: string }>().detail).toContain('vergaderdag is voorbij');
      expect((await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${itemId}/invitations`, { organisationIds: [] })).statusCode).toBe(422);
      expect((await api(app, director, 'DELETE', `/meetings/${meeting.id}/agenda-items/${itemId}`)).statusCode).toBe(422);
      expect((await api(app, director, 'GET', `/meetings/${meeting.id}`)).json<Meeting>().abilities).toEqual({ manage: false, manageAgenda: false });
    });
  });

  it('ZVT-3A.1 a meeting that has not started may be moved to today, also to a time that has passed; not to yesterday', async () => {
    const meeting = firstMeeting(await createSeries({ startDate: '2026-11-23', startTime: '16:00', count: 1 }));
    expect(meeting.abilities).toEqual({ manage: true, manageAgenda: true });
    expect((await api(app, director, 'PATCH', `/meetings/${meeting.id}`, { startsOn: '2026-11-22' })).statusCode).toBe(422);
    const moved = await api(app, director, 'PATCH', `/meetings/${meeting.id}`, { startTime: '08:30' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Meeting>()).toMatchObject({ startsOn: '2026-11-23', startTime: '08:30', abilities: { manage: false, manageAgenda: true } });
  });
});

describe('ZVT-3A.1 / X-2 who sees what of a meeting', () => {
  let meeting: Meeting;
  let caseId: string;
  let reference: string;

  beforeAll(async () => {
    meeting = firstMeeting(await createSeries({ count: 1, startDate: '2026-12-08' }));
    const theCase = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.otherOfficer.id, referrerOrganisationId: world.police.id, phase: '3A', fullName: NAME });
    caseId = theCase.id;
    reference = theCase.reference;
    // A second item nobody from police or youth care is invited to.
    const hidden = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.otherOfficer.id, referrerOrganisationId: world.police.id, phase: '3A', fullName: 'Verborgen Persoon' });
    const goal = 'Gezamenlijk toestandsbeeld en plan van aanpak';
    const item = (await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId, goal })).json<{ id: string }>();
    await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${item.id}/invitations`, { organisationIds: [world.police.id] });
    const other = (await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: hidden.id, goal })).json<{ id: string }>();
    await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${other.id}/invitations`, { organisationIds: [youthWork.id] });
    // Identifying data and care data contributed by youth care in 3A.
    await db
      .insertInto('contributions')
      .values([
        { case_id: caseId, owner_organisation_id: world.youthCare.id, phase: '3A', purpose: 'Casusoverleg', category: 'identifying', kind: 'meeting-identity', content: JSON.stringify({ school: 'Testschool' }), created_by: world.careWorker.id },
        { case_id: caseId, owner_organisation_id: world.youthCare.id, phase: '3A', purpose: 'Casusoverleg', category: 'care', kind: 'meeting-care', content: JSON.stringify({ note: 'Hulpverlening loopt' }), created_by: world.careWorker.id },
      ])
      .execute();
  });

  it('ZVT-3A.1 the chain director sees the whole agenda', async () => {
    const response = await api(app, director, 'GET', `/meetings/${meeting.id}`);
    expect(response.json<Meeting>().agenda.map((i) => i.case.title).sort()).toEqual([NAME, 'Verborgen Persoon'].sort());
  });

  it('ZVT-3A.1 the invited partner sees its item with the name; the other item is not returned, not even counted', async () => {
    const response = await api(app, officer, 'GET', `/meetings/${meeting.id}`);
    expect(response.statusCode).toBe(200);
    const seen = response.json<Meeting>();
    expect(seen.agenda.map((i) => i.case.title)).toEqual([NAME]);
    expect(seen.agendaItemCount).toBe(1);
    expect(seen.agenda[0]?.suggestedOrganisationIds).toEqual([]);
    expect(response.body).not.toContain('Verborgen');
    expect(seen.abilities.manage).toBe(false);
  });

  it('ZVT-3A.1 a partner not invited sees the meeting, no item, and not the name', async () => {
    const response = await api(app, careWorker, 'GET', `/meetings/${meeting.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<Meeting>().agenda).toEqual([]);
    expect(response.json<Meeting>().agendaItemCount).toBe(0);
    expect(response.body).not.toContain(NAME);
    expect(response.body).not.toContain(reference);
    const list = await api(app, careWorker, 'GET', '/meetings');
    expect(list.json<{ meetings: Meeting[] }>().meetings.find((m) => m.id === meeting.id)?.agendaItemCount).toBe(0);
  });

  it('X-2 the privacy officer, the administrator and someone from another table get not-found', async () => {
    for (const session of [privacy, admin, otherDirector]) {
      expect((await api(app, session, 'GET', `/meetings/${meeting.id}`)).statusCode).toBe(404);
    }
  });

  it('X-1 reading a meeting is logged with the subjects whose names were shown, and only those', async () => {
    const rows = await db
      .selectFrom('user_audit_log as u')
      .innerJoin('processing_log as p', 'p.operation_id', 'u.operation_id')
      .select(['u.user_id', 'p.subject_hashes', 'p.activity_id'])
      .where('u.action', '=', 'meeting.read')
      .where('u.record_id', '=', meeting.id)
      .execute();
    const byUser = (id: string) => rows.filter((r) => r.user_id === id);
    expect(byUser(world.officer.id)[0]?.subject_hashes).toHaveLength(1);
    expect(byUser(world.careWorker.id)[0]?.subject_hashes).toHaveLength(0);
    expect(byUser(world.chainDirector.id)[0]?.subject_hashes).toHaveLength(2);
    expect(rows.every((r) => r.activity_id === 'zvt-meetings')).toBe(true);
  });

  it('ZVT-3A.3 the invitee sees the identifying contribution for the meeting only, and no care data unless released', async () => {
    const during = await api(app, officer, 'GET', `/cases/${caseId}/contributions`);
    expect(during.statusCode, during.body).toBe(200);
    expect(during.json<{ contributions: { kind: string }[] }>().contributions.map((c) => c.kind)).toEqual(['meeting-identity']);
    // Youth work is invited to the other item only: nothing of this case.
    const youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
    expect((await api(app, await login(app, youthWorker.id), 'GET', `/cases/${caseId}/contributions`)).statusCode).toBe(404);
    clock.set('2026-12-09T08:00:00+01:00');
    try {
      expect((await api(app, officer, 'GET', `/cases/${caseId}/contributions`)).statusCode).toBe(404);
    } finally {
      clock.set('2026-11-23T10:00:00+01:00');
    }
  });

  it('X-6 the calendar export carries no name and no case reference', async () => {
    for (const session of [director, officer, careWorker]) {
      const response = await api(app, session, 'GET', `/meetings/${meeting.id}/icalendar`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="overleg-2026-12-08\.ics"$/);
      expect(response.body).toContain('SUMMARY:Casusoverleg ZVT Teststad');
      expect(response.body).toContain(`UID:${meeting.id}@`);
      expect(response.body).toContain('DTSTART;TZID=Europe/Amsterdam:20261208T100000');
      for (const forbidden of [NAME, 'Kiki', 'Oosterbeek', 'Verborgen', reference, 'TST-', 'Gezamenlijk toestandsbeeld']) expect(response.body).not.toContain(forbidden);
    }
    const seriesId = (await api(app, director, 'GET', `/meetings/${meeting.id}`)).json<{ seriesId: string }>().seriesId;
    const series = await api(app, director, 'GET', `/meeting-series/${seriesId}/icalendar`);
    expect(series.statusCode).toBe(200);
    expect(series.body).toContain('BEGIN:VEVENT');
    expect(series.body).not.toContain(NAME);
    expect((await api(app, privacy, 'GET', `/meetings/${meeting.id}/icalendar`)).statusCode).toBe(404);
  });
});

describe('X-4 agenda items go with the case', () => {
  it('deleting a case removes its agenda items and invitations', async () => {
    const meeting = firstMeeting(await createSeries({ count: 1 }));
    const theCase = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    const item = (await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: theCase.id, goal: 'Plan van aanpak maken' })).json<{ id: string }>();
    await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${item.id}/invitations`, { organisationIds: [world.police.id] });
    await db.deleteFrom('cases').where('id', '=', theCase.id).execute();
    expect(await db.selectFrom('agenda_items').select('id').where('id', '=', item.id).execute()).toEqual([]);
    expect(await db.selectFrom('agenda_invitations').select('organisation_id').where('agenda_item_id', '=', item.id).execute()).toEqual([]);
  });
});

describe('X-4 / ZVT-4A.1 an inactive file keeps no agenda items', () => {
  it('the retention job removes agenda items and invitations when the file goes inactive; the case row stays', async () => {
    const meeting = firstMeeting(await createSeries({ count: 1 }));
    const theCase = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
    const item = (await api(app, director, 'POST', `/meetings/${meeting.id}/agenda-items`, { caseId: theCase.id, goal: 'Plan van aanpak maken' })).json<{ id: string }>();
    await api(app, director, 'PUT', `/meetings/${meeting.id}/agenda-items/${item.id}/invitations`, { organisationIds: [world.police.id] });
    // Scaled down more than six months ago: due to go inactive (ZVT-4A.1).
    await db.updateTable('cases').set({ phase: '4A', scale_down_on: '2026-05-01' }).where('id', '=', theCase.id).execute();
    await runRetention({ db, clock });
    expect(await db.selectFrom('cases').select('inactive_since').where('id', '=', theCase.id).executeTakeFirst()).toEqual({ inactive_since: '2026-11-23' });
    expect(await db.selectFrom('agenda_items').select('id').where('case_id', '=', theCase.id).execute()).toEqual([]);
    expect(await db.selectFrom('agenda_invitations').select('organisation_id').where('agenda_item_id', '=', item.id).execute()).toEqual([]);
  });
});
