import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildCaseInPhase, buildOrganisation, buildUser, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string };
let youthWorker: { id: string };
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);
const MEETING_DAY = '2026-12-01';
const MOTIVATION = 'Het focusoverleg ziet een gezamenlijke aanpak als zinvol.';

interface Released {
  contributions: { id: string; content: unknown; owner: { name: string } }[];
  concluded: boolean;
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work' });
  await db.insertInto('table_partners').values({ table_id: world.table.id, organisation_id: youthWork.id }).execute();
  youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

/** A case in the focus-meeting phase with a care contribution of the police, on a focus meeting, police and youth work invited. */
async function onFocusMeeting(kind: 'focus' | 'case-meeting' = 'focus', phase = '2A-focus') {
  clock.set('2026-11-23T10:00:00+01:00');
  const c = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase });
  if (phase === '2A') await triageThenDoubt(c.id);
  const contribution = await db
    .insertInto('contributions')
    .values({ case_id: c.id, owner_organisation_id: world.police.id, phase: '2A', purpose: 'triage', category: 'care', kind: 'partner-answer', content: JSON.stringify({ text: 'Bekend bij de wijkagent.' }), created_by: world.officer.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  const director = await as(world.chainDirector.id);
  const series = await api(app, director, 'POST', '/meeting-series', { tableId: world.table.id, kind, startDate: MEETING_DAY, startTime: '09:00', durationMinutes: 60, intervalWeeks: 2, count: 1, location: 'Gemeentehuis' });
  expect(series.statusCode, series.body).toBe(201);
  const meetingId = series.json<{ meetings: { id: string }[] }>().meetings[0]?.id ?? '';
  const item = await api(app, director, 'POST', `/meetings/${meetingId}/agenda-items`, { caseId: c.id, goal: 'Bepalen of een gezamenlijke aanpak zinvol is.' });
  expect(item.statusCode, item.body).toBe(201);
  const itemId = item.json<{ id: string }>().id;
  const invited = await api(app, director, 'PUT', `/meetings/${meetingId}/agenda-items/${itemId}/invitations`, { organisationIds: [world.police.id, youthWork.id] });
  expect(invited.statusCode, invited.body).toBe(200);
  return { caseId: c.id, contributionId: contribution.id, meetingId, itemId };
}

/** The real way into the focus meeting: the triage is recorded in 2A, then "doubt → focus meeting" (ZVT-2A.4). */
async function triageThenDoubt(caseId: string) {
  const director = await as(world.chainDirector.id);
  const record = await api(app, director, 'PUT', `/cases/${caseId}/triage/record`, {
    situationPicture: 'School en wijk maken zich zorgen; beeld nog niet compleet.',
    situationCategory: 'care',
    partners: [],
    goal: 'Eén gezamenlijk plan voor school en vrije tijd.',
    participantOrganisationIds: [world.police.id, youthWork.id],
    subjectParticipation: 'informed-before',
    parentsParticipation: 'invited',
  });
  expect(record.statusCode, record.body).toBe(200);
  const doubt = await api(app, director, 'POST', `/cases/${caseId}/triage/outcome`, { outcome: 'doubt-focus-meeting', motivation: 'Twijfel of een gezamenlijke aanpak zinvol is.' });
  expect(doubt.statusCode, doubt.body).toBe(200);
}

async function release(f: Awaited<ReturnType<typeof onFocusMeeting>>, userId = world.officer.id) {
  return api(app, await as(userId), 'POST', `/cases/${f.caseId}/contributions/${f.contributionId}/meeting-releases`, { agendaItemId: f.itemId });
}

async function seenBy(userId: string, f: Awaited<ReturnType<typeof onFocusMeeting>>) {
  const item = await api(app, await as(userId), 'GET', `/meetings/${f.meetingId}/agenda-items/${f.itemId}/released-contributions`);
  const list = await api(app, await as(userId), 'GET', `/cases/${f.caseId}/contributions`);
  const ids = list.statusCode === 200 ? list.json<{ contributions: { id: string }[] }>().contributions.map((x) => x.id) : [];
  return {
    itemStatus: item.statusCode,
    onItem: item.statusCode === 200 ? item.json<Released>().contributions.map((x) => x.id) : [],
    inCase: ids.includes(f.contributionId),
  };
}

describe('ZVT-2A.4 releases for a focus meeting', () => {
  it('ZVT-2A.4 the owner releases for the meeting; invited partners see it on the meeting day only (day before, day, day after)', async () => {
    const f = await onFocusMeeting();
    const options = await api(app, await as(world.officer.id), 'GET', `/cases/${f.caseId}/focus-releases`);
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json<{ meetings: { agendaItemId: string; startsOn: string }[] }>().meetings).toEqual([expect.objectContaining({ agendaItemId: f.itemId, startsOn: MEETING_DAY })]);

    expect((await release(f)).statusCode).toBe(201);
    expect((await release(f)).statusCode).toBe(409);
    const audit = await db.selectFrom('user_audit_log').select('action').where('record_id', '=', f.contributionId).execute();
    expect(audit.map((a) => a.action)).toContain('contribution.release-for-meeting');

    clock.set('2026-11-30T23:59:00+01:00');
    expect(await seenBy(youthWorker.id, f)).toEqual({ itemStatus: 200, onItem: [], inCase: false });
    clock.set('2026-12-01T00:00:00+01:00');
    expect(await seenBy(youthWorker.id, f)).toEqual({ itemStatus: 200, onItem: [f.contributionId], inCase: true });
    clock.set('2026-12-01T23:59:00+01:00');
    expect(await seenBy(youthWorker.id, f)).toEqual({ itemStatus: 200, onItem: [f.contributionId], inCase: true });
    clock.set('2026-12-02T00:00:00+01:00');
    expect(await seenBy(youthWorker.id, f)).toEqual({ itemStatus: 200, onItem: [], inCase: false });

    // A partner of the table that is not invited to the item sees neither the item nor the contribution.
    clock.set('2026-12-01T10:00:00+01:00');
    expect(await seenBy(world.careWorker.id, f)).toEqual({ itemStatus: 404, onItem: [], inCase: false });
    // The owner keeps seeing it; after the day the owner can no longer release for the meeting.
    expect((await seenBy(world.officer.id, f)).inCase).toBe(true);
    clock.set('2026-12-02T09:00:00+01:00');
    expect((await release(f)).statusCode).toBe(422);
  });

  it('ZVT-2A.4 the owner withdraws at once, also on the meeting day', async () => {
    const f = await onFocusMeeting();
    const created = await release(f);
    clock.set('2026-12-01T09:30:00+01:00');
    expect((await seenBy(youthWorker.id, f)).onItem).toEqual([f.contributionId]);
    const releaseId = created.json<{ id: string }>().id;
    expect((await api(app, await as(world.careWorker.id), 'DELETE', `/cases/${f.caseId}/contributions/${f.contributionId}/meeting-releases/${releaseId}`)).statusCode).toBe(404);
    expect((await api(app, await as(world.officer.id), 'DELETE', `/cases/${f.caseId}/contributions/${f.contributionId}/meeting-releases/${releaseId}`)).statusCode).toBe(204);
    expect(await seenBy(youthWorker.id, f)).toEqual({ itemStatus: 200, onItem: [], inCase: false });
    expect((await api(app, await as(world.officer.id), 'DELETE', `/cases/${f.caseId}/contributions/${f.contributionId}/meeting-releases/${releaseId}`)).statusCode).toBe(404);
    const mine = (await api(app, await as(world.officer.id), 'GET', `/cases/${f.caseId}/focus-releases`)).json<{ releases: { id: string; withdrawnAt: string | null; visibleNow: boolean }[] }>();
    expect(mine.releases).toEqual([expect.objectContaining({ id: releaseId, visibleNow: false, withdrawnAt: expect.any(String) as string })]);
  });

  it('ZVT-2A.4 the focus meeting decides → 3A through the triage outcome; the release then shows nothing', async () => {
    const f = await onFocusMeeting('focus', '2A');
    await release(f);
    clock.set('2026-12-01T09:30:00+01:00');
    expect((await seenBy(youthWorker.id, f)).onItem).toEqual([f.contributionId]);
    const director = await as(world.chainDirector.id);
    const decided = await api(app, director, 'POST', `/cases/${f.caseId}/triage/outcome`, { outcome: 'focus-to-case-meeting', motivation: MOTIVATION });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = await api(app, await as(youthWorker.id), 'GET', `/meetings/${f.meetingId}/agenda-items/${f.itemId}/released-contributions`);
    expect(after.json<Released>()).toMatchObject({ concluded: true, contributions: [] });
    expect((await release(f)).statusCode).toBe(422);
  });

  it('ZVT-2A.4 only the owner releases, only for a focus meeting with this case, only while it is to come', async () => {
    const f = await onFocusMeeting();
    expect((await release(f, world.careWorker.id)).statusCode).toBe(404);
    expect((await release(f, world.otherOfficer.id)).statusCode).toBe(404);
    expect((await api(app, await as(youthWorker.id), 'GET', `/cases/${f.caseId}/focus-releases`)).statusCode).toBe(404);
    expect((await api(app, await as(world.chainDirector.id), 'GET', `/cases/${f.caseId}/focus-releases`)).statusCode).toBe(404);
    const other = await onFocusMeeting('case-meeting', '3A');
    const wrongItem = await api(app, await as(world.officer.id), 'POST', `/cases/${f.caseId}/contributions/${f.contributionId}/meeting-releases`, { agendaItemId: other.itemId });
    expect(wrongItem.statusCode).toBe(400);
    const caseMeeting = await release(other);
    expect(caseMeeting.statusCode).toBe(422);
    expect(caseMeeting.json<{ detail: string }>().detail).toMatch(/focusoverleg/);
    clock.set('2026-12-02T08:00:00+01:00');
    expect((await release(f)).statusCode).toBe(422);
    expect(await db.selectFrom('meeting_releases').select('id').where('contribution_id', '=', f.contributionId).execute()).toEqual([]);
  });

  it('X-4 a release goes with the case when the case is deleted', async () => {
    const f = await onFocusMeeting();
    await release(f);
    await db.deleteFrom('cases').where('id', '=', f.caseId).execute();
    expect(await db.selectFrom('meeting_releases').select('id').where('contribution_id', '=', f.contributionId).execute()).toEqual([]);
  });
});
