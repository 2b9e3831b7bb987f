import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildCaseInPhase, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';
import type { TEvaluation } from './evaluation.schemas.ts';

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

async function evaluation(year = 2026): Promise<TEvaluation> {
  const response = await api(app, await as(world.chainDirector.id), 'GET', `/tables/${world.table.id}/evaluations/${String(year)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TEvaluation>();
}

const held = (e: TEvaluation, kind: string) => e.meetingsHeld.kinds.find((k) => k.kind === kind)?.count.value;

describe('ZVT-E.2 meetings held per table, year and kind', () => {
  it('ZVT-E.2 counts a meeting once its day has passed, when it was not cancelled and had an agenda item; a case deleted later does not undo it', async () => {
    const director = await as(world.chainDirector.id);
    const series = await api(app, director, 'POST', '/meeting-series', { tableId: world.table.id, kind: 'case-meeting', startDate: '2026-12-01', startTime: '10:00', durationMinutes: 60, intervalWeeks: 1, count: 4, location: 'Gemeentehuis' });
    expect(series.statusCode, series.body).toBe(201);
    const [withItem, empty, cancelled, removed] = series.json<{ meetings: { id: string }[] }>().meetings.map((m) => m.id);
    const agenda = async (meetingId: string | undefined) => {
      const c = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '3A' });
      const item = await api(app, director, 'POST', `/meetings/${meetingId ?? ''}/agenda-items`, { caseId: c.id, goal: 'Plan van aanpak bespreken.' });
      expect(item.statusCode, item.body).toBe(201);
      return { caseId: c.id, itemId: item.json<{ id: string }>().id };
    };
    const first = await agenda(withItem);
    const third = await agenda(cancelled);
    expect((await api(app, director, 'PATCH', `/meetings/${cancelled ?? ''}`, { status: 'cancelled' })).statusCode).toBe(200);
    const fourth = await agenda(removed);
    expect((await api(app, director, 'DELETE', `/meetings/${removed ?? ''}/agenda-items/${fourth.itemId}`)).statusCode).toBe(204);
    expect(empty).toBeDefined();
    expect(third.caseId).toBeDefined();

    // The meeting day itself: not yet held. The day after: held.
    clock.set('2026-12-01T23:00:00+01:00');
    expect(held(await evaluation(), 'case-meeting')).toBe(0);
    clock.set('2026-12-02T08:00:00+01:00');
    expect(held(await evaluation(), 'case-meeting')).toBe(1);

    // All four dates passed: only the first counts. Its case is deleted afterwards; it still counts.
    clock.set('2027-01-05T10:00:00+01:00');
    await db.deleteFrom('cases').where('id', '=', first.caseId).execute();
    const e = await evaluation();
    expect([held(e, 'case-meeting'), held(e, 'focus'), held(e, 'core-group-focus'), e.meetingsHeld.total.value]).toEqual([1, 0, 0, 1]);
    expect(e.meetingsHeld.kinds.find((k) => k.kind === 'case-meeting')?.count.suppressedOnExport).toBe('small-count');
    expect((await evaluation(2027)).meetingsHeld.total.value).toBe(0);
  });

  it('X-5 the CSV export suppresses small numbers of meetings like every other count', async () => {
    const response = await api(app, await as(world.chainDirector.id), 'GET', `/tables/${world.table.id}/evaluations/2026/csv-export`);
    expect(response.statusCode).toBe(200);
    const { content } = response.json<{ content: string }>();
    expect(content).toContain('Overleggen gehouden;;Casusoverleg;< 5');
    expect(content).toContain('Overleggen gehouden;;Focusoverleg;0');
    expect(content).toMatch(/Overleggen gehouden;;Totaal;< 5/);
  });
});
