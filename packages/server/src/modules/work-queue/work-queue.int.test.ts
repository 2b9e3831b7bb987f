import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildCaseInPhase, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';
import type { TWorkQueue } from './work-queue.schemas.ts';
import { PROCESSING_ACTIVITIES } from '../../audit/processing-activities.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

const inPhase = (phase: string, tableId = world.table.id) => buildCaseInPhase(db, { tableId, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase });

async function queue(userId = world.chainDirector.id): Promise<TWorkQueue> {
  const response = await api(app, await as(userId), 'GET', '/work-queue');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TWorkQueue>();
}

describe('the chain director\'s work queue ("what needs me now")', () => {
  it('ZVT-1.2 registrations to assess: open cases in phase 1 of my tables, with a link to the case', async () => {
    const mine = await inPhase('1');
    const triage = await inPhase('2A');
    const elsewhere = await inPhase('1', world.otherTable.id);
    const q = await queue();
    expect(q.registrationsToAssess.items.map((i) => i.caseId)).toContain(mine.id);
    expect(q.registrationsToAssess.items.map((i) => i.caseId)).not.toContain(triage.id);
    expect(q.registrationsToAssess.items.map((i) => i.caseId)).not.toContain(elsewhere.id);
    expect(q.registrationsToAssess.items.find((i) => i.caseId === mine.id)).toMatchObject({ reference: mine.reference, link: `/casussen/${mine.id}` });
    expect(q.registrationsToAssess.count).toBe(q.registrationsToAssess.items.length);
    expect((await queue(world.otherChainDirector.id)).registrationsToAssess.items.map((i) => i.caseId)).toEqual([elsewhere.id]);
  });

  it('ZVT-2A.2 partner queries past their deadline: the day after the deadline, not on the deadline day, not when answered', async () => {
    const c = await inPhase('2A');
    const query = (deadline: string, answered = false) =>
      db
        .insertInto('partner_queries')
        .values({ case_id: c.id, organisation_id: world.youthCare.id, question: 'Is de jeugdige bij u bekend?', deadline, sent_by: world.chainDirector.id, ...(answered ? { answered_at: new Date(), answered_by: world.careWorker.id, answered_late: false } : {}) })
        .returning('id')
        .executeTakeFirstOrThrow();
    const late = await query('2026-11-22');
    const today = await query('2026-11-23');
    const answered = await query('2026-11-10', true);
    const ids = (await queue()).overduePartnerQueries.items.map((i) => i.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(today.id);
    expect(ids).not.toContain(answered.id);
    expect((await queue()).overduePartnerQueries.items.find((i) => i.id === late.id)).toMatchObject({ organisation: world.youthCare.name, deadline: '2026-11-22', link: `/casussen/${c.id}` });
  });

  it('ZVT-1.4 informing: open tasks are due, deferred ones by their planned date (overdue, today, within the window, not later), done ones never', async () => {
    const task = async (status: 'open' | 'deferred' | 'done', plannedOn: string | null) => {
      const c = await inPhase('2A');
      await db
        .insertInto('informing_tasks')
        .values({
          case_id: c.id,
          phase: '1',
          responsible_organisation_id: world.municipality.id,
          status,
          planned_on: plannedOn,
          ...(status === 'deferred' ? { deferral_ground: 'other', deferral_motivation: 'Informeren zou het onderzoek schaden.' } : {}),
          ...(status === 'done' ? { informed_on: '2026-11-20', recipients: JSON.stringify(['subject']), content_items: JSON.stringify(['purpose']) } : {}),
        })
        .execute();
      return c.id;
    };
    const open = await task('open', null);
    const overdue = await task('deferred', '2026-11-20');
    const due = await task('deferred', '2026-11-23');
    const soon = await task('deferred', '2026-12-07');
    const later = await task('deferred', '2026-12-08');
    const done = await task('done', null);
    const items = (await queue()).informing.items;
    const urgency = (caseId: string) => items.find((i) => i.caseId === caseId)?.urgency;
    expect([urgency(open), urgency(overdue), urgency(due), urgency(soon), urgency(later), urgency(done)]).toEqual(['due', 'overdue', 'due', 'soon', undefined, undefined]);
    expect((await queue()).informing.overdue).toBe(items.filter((i) => i.urgency === 'overdue').length);
  });

  it('ZVT-3A.1 the next meeting of each table, with the number of agenda items and a link', async () => {
    const director = await as(world.chainDirector.id);
    const series = await api(app, director, 'POST', '/meeting-series', { tableId: world.table.id, kind: 'case-meeting', startDate: '2026-12-03', startTime: '10:00', durationMinutes: 60, intervalWeeks: 3, count: 2, location: 'Gemeentehuis' });
    expect(series.statusCode, series.body).toBe(201);
    const first = series.json<{ meetings: { id: string }[] }>().meetings[0]?.id ?? '';
    const c = await inPhase('3A');
    expect((await api(app, director, 'POST', `/meetings/${first}/agenda-items`, { caseId: c.id, goal: 'Plan van aanpak vaststellen.' })).statusCode).toBe(201);
    const q = await queue();
    expect(q.nextMeetings.items).toEqual([expect.objectContaining({ meetingId: first, startsOn: '2026-12-03', agendaItemCount: 1, kind: 'case-meeting', link: `/overleggen/${first}` })]);
    clock.set('2026-12-03T11:00:00+01:00');
    expect((await queue()).nextMeetings.items[0]?.meetingId).not.toBe(first);
    clock.set('2026-11-23T10:00:00+01:00');
    expect((await queue(world.otherChainDirector.id)).nextMeetings.items).toEqual([]);
  });

  it('ZVT-4A.2 retention exceptions to re-assess: the latest per case, when its date has passed or is within the window', async () => {
    const exception = async (reassessOn: string, caseId?: string) => {
      const id = caseId ?? (await inPhase('4A')).id;
      await db.insertInto('retention_exceptions').values({ case_id: id, motivation: 'Lopende zorg, gegevens nodig voor de monitoring.', decided_by_organisation_id: world.police.id, decided_by: world.officer.id, reassess_on: reassessOn }).execute();
      return id;
    };
    const passed = await exception('2026-11-01');
    const soon = await exception('2026-11-30');
    const later = await exception('2027-03-01');
    const renewed = await exception('2026-11-02');
    await exception('2027-04-01', renewed);
    const q = await queue();
    const urgency = (caseId: string) => q.retentionReassessments.items.find((i) => i.caseId === caseId)?.urgency;
    expect([urgency(passed), urgency(soon), urgency(later), urgency(renewed)]).toEqual(['overdue', 'soon', undefined, undefined]);
    expect(q.retentionReassessments.overdue).toBeGreaterThanOrEqual(1);
  });

  it('X-2 only for a chain director: others get 403, and nothing of another table shows', async () => {
    for (const user of [world.officer, world.privacyOfficer, world.admin]) {
      expect((await api(app, await as(user.id), 'GET', '/work-queue')).statusCode).toBe(403);
    }
    const other = await queue(world.otherChainDirector.id);
    expect([other.overduePartnerQueries.count, other.informing.count, other.retentionReassessments.count]).toEqual([0, 0, 0]);
    const audit = await db.selectFrom('user_audit_log').select('action').where('action', '=', 'work-queue.read').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('X-1 reading the work queue is logged under the processing activity of chain direction (AVG art. 30), with the subjects concerned', async () => {
    await queue();
    const row = await db
      .selectFrom('user_audit_log as u')
      .innerJoin('processing_log as p', 'p.operation_id', 'u.operation_id')
      .select(['p.activity_id', 'u.purpose', 'u.user_id', 'p.subject_hashes'])
      .where('u.action', '=', 'work-queue.read')
      .orderBy('p.id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.activity_id).toBe('zvt-chain-direction');
    expect(row.user_id).toBe(world.chainDirector.id);
    expect(row.purpose).toBe(PROCESSING_ACTIVITIES['zvt-chain-direction'].purpose);
    expect(row.subject_hashes.length).toBeGreaterThan(0);
    const activity = PROCESSING_ACTIVITIES['zvt-chain-direction'];
    for (const field of [activity.name, activity.purpose, activity.legalGround, activity.retention]) expect(field.length).toBeGreaterThan(10);
    for (const list of [activity.dataCategories, activity.dataSubjects, activity.recipients]) expect(list.length).toBeGreaterThan(0);
    expect(activity.recipients).toEqual(['ketenregisseur van de tafel']);
  });
});
