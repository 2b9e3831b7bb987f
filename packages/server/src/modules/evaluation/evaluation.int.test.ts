import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';
import { runRetention } from '../../retention/retention.job.ts';
import type { TEvaluation } from './evaluation.schemas.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let officer: TestSession;
let director: TestSession;
const clock = new TestClock(new Date('2026-02-10T10:00:00+01:00'));
const reason = 'De toetsing geeft een ander beeld dan de ketenregisseur heeft na overleg.';

async function register(onDate: string): Promise<string> {
  clock.set(`${onDate}T10:00:00+01:00`);
  const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-01-01'));
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string }>().id;
}

async function decide(caseId: string, decision: 'admitted' | 'not-admitted') {
  const response = await api(app, director, 'POST', `/cases/${caseId}/admission-decision`, decision === 'admitted' ? { decision } : { decision, reason });
  expect(response.statusCode, response.body).toBe(200);
}

const evaluation = async (year: number) => {
  const response = await api(app, director, 'GET', `/tables/${world.table.id}/evaluations/${String(year)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TEvaluation>();
};

/**
 * A seeded year 2026 at one table: 6 registrations in Q1, 2 in Q2, 5 in Q3; of Q1, 4 admitted and 2 not admitted
 * (deleted at once); one admitted case later ends "not to the case meeting" and is deleted by the retention job;
 * one reaches the case meeting and is scaled down. Deletions: the job's, plus log rows of the shape the job writes.
 */
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
  officer = await login(app, world.officer.id);
  director = await login(app, world.chainDirector.id);

  const q1 = [];
  for (let i = 0; i < 6; i++) q1.push(await register(`2026-02-${String(10 + i)}`));
  for (const d of ['2026-05-04', '2026-05-05']) await register(d);
  for (let i = 0; i < 5; i++) await register(`2026-08-${String(10 + i)}`);

  clock.set('2026-03-02T10:00:00+01:00');
  const [a, b, c, d, e, f] = q1 as [string, string, string, string, string, string];
  for (const id of [a, b, c, d]) await decide(id, 'admitted');
  for (const id of [e, f]) await decide(id, 'not-admitted');
  // The time spent in phase 1: registration to decision, set on the transitions (their `at` is the database clock).
  for (const [i, id] of [a, b, c, d].entries()) {
    await db.updateTable('phase_transitions').set({ at: `2026-02-${String(10 + i)}T09:00:00+01:00` }).where('case_id', '=', id).where('from_phase', 'is', null).execute();
    await db.updateTable('phase_transitions').set({ at: `2026-03-${String(2 + 2 * i)}T09:00:00+01:00` }).where('case_id', '=', id).where('from_phase', '=', '1').execute();
  }
  // Case a: 2A → 3A, then scaled down in Q3 (the outcome is a phase transition; scale_down_on starts retention).
  await db.insertInto('phase_transitions').values({ case_id: a, from_phase: '2A', to_phase: '3A', outcome: 'to-case-meeting', at: '2026-04-01T09:00:00+02:00' }).execute();
  await db.insertInto('phase_transitions').values({ case_id: a, from_phase: '3A', to_phase: '4A', outcome: 'scale-down', at: '2026-09-01T09:00:00+02:00' }).execute();
  await db.updateTable('cases').set({ phase: '4A', scale_down_on: '2026-09-01' }).where('id', '=', a).execute();
  // Case b ends in 2A without a case meeting; the retention job deletes it (delete-immediately end state).
  await db.updateTable('cases').set({ end_state: 'not-to-case-meeting', ended_on: '2026-11-20' }).where('id', '=', b).execute();
  // Case c: the same outcome recorded as a transition, its case not yet deleted: not counted twice (ADR 0015).
  await db.insertInto('phase_transitions').values({ case_id: c, from_phase: '2A', to_phase: 'not-to-case-meeting', outcome: 'not-to-case-meeting', at: '2026-11-21T09:00:00+01:00' }).execute();
  clock.set('2026-11-23T10:00:00+01:00');
  const run = await runRetention({ db, clock });
  expect(run.deleted).toBe(1);
  // Deletion-log rows of the shape the retention job writes (table and due date, ADR 0015), at chosen moments.
  await db.insertInto('deletion_log').values([
    { record_kind: 'case', count: 1, rule: 'zvt@1 scaled-down', table_id: world.table.id, due_on: '2026-06-30', at: '2026-06-30T23:30:00+02:00' },
    { record_kind: 'case', count: 1, rule: 'zvt@1 scaled-down', table_id: world.table.id, due_on: '2026-06-30', at: '2026-07-01T00:30:00+02:00' },
    { record_kind: 'case', count: 1, rule: 'zvt@1 other table', table_id: world.otherTable.id, due_on: '2026-06-30', at: '2026-06-30T10:00:00+02:00' },
    { record_kind: 'contribution', count: 7, rule: 'zvt@1 scaled-down', table_id: world.table.id, due_on: '2026-06-30', at: '2026-06-30T10:00:00+02:00' },
  ]).execute();
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('ZVT-E.2 evaluation of a table over a year', () => {
  it('ZVT-E.2: registrations per quarter from the counters, including the deleted registrations', async () => {
    const result = await evaluation(2026);
    expect(result.registrations.quarters.map((q) => q.count.value)).toEqual([6, 2, 5, 0]);
    expect(result.registrations.total.value).toBe(13);
    // Inside the table every value is shown; the mark says what an export hides.
    expect(result.registrations.quarters.map((q) => q.count.suppressedOnExport)).toEqual([null, 'small-count', 'derivable', null]);
  });

  it('ZVT-E.2: outcomes per phase count the deleted cases too (counters), not the retention reason', async () => {
    const result = await evaluation(2026);
    const outcomes = Object.fromEntries(result.outcomes.phases.flatMap((p) => p.outcomes.map((o) => [`${p.phase}:${o.outcome}`, o.count.value])));
    expect(outcomes).toEqual({
      '1:admitted': 4, // case b's transition is gone with the case; its count stayed
      '1:not-admitted': 2, // deleted at the decision: counted from case_statistics
      '2A:not-to-case-meeting': 1, // case b, deleted by the retention job: counted from case_statistics only
      '2A:to-case-meeting': 1,
      '3A:scale-down': 1,
    });
    expect(result.outcomes.total.value).toBe(9);
    expect(result.outcomes.phases.map((p) => p.phase)).toEqual(['1', '2A', '3A']);
    expect(result.outcomes.phases[0]?.phaseName).toBe('Aanmelding');
  });

  it('ZVT-E.2: cases scaled down, median time per phase, and deletions on time per table', async () => {
    const result = await evaluation(2026);
    expect(result.scaledDown.value).toBe(1);
    const phase1 = result.phaseDurations.find((d) => d.phase === '1');
    // Stays in phase 1 of the three remaining admitted cases a, c, d: 20, 22 and 23 days → median 22.
    expect(phase1?.cases.value).toBe(3);
    expect(phase1?.medianDays).toBe(22);
    const phase3A = result.phaseDurations.find((d) => d.phase === '3A');
    expect(phase3A?.cases.value).toBe(1);
    // On time: the two not-admitted cases (deleted at the decision, X-4) and the fixture row at 23:30 on its due
    // day. Late: the fixture row at 00:30 the day after (Dutch time), and case b, due on 2026-11-20 and deleted by
    // the job's run on 2026-11-23. The other table's row and non-case rows do not count.
    expect(result.deletions.onTime.value).toBe(3);
    expect(result.deletions.late.value).toBe(2);
  });

  it('ZVT-E.2: another year has its own figures', async () => {
    const result = await evaluation(2025);
    expect(result.registrations.total.value).toBe(0);
    expect(result.outcomes.phases).toEqual([]);
    expect(result.deletions.total.value).toBe(0);
  });

  it('X-5: the CSV export always suppresses: "< 5" for small counts and their complements, totals kept where safe', async () => {
    const response = await api(app, director, 'GET', `/tables/${world.table.id}/evaluations/2026/csv-export`);
    expect(response.statusCode, response.body).toBe(200);
    const file = response.json<{ fileName: string; mediaType: string; content: string }>();
    expect(file.mediaType).toBe('text/csv');
    expect(file.fileName).toMatch(/^evaluatie-tafel-.*-2026\.csv$/);
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe('Onderdeel;Fase;Categorie;Waarde');
    expect(lines).toContain('Aanmeldingen;;Kwartaal 1;6');
    expect(lines).toContain('Aanmeldingen;;Kwartaal 2;< 5');
    expect(lines).toContain('Aanmeldingen;;Kwartaal 3;< 5');
    expect(lines).toContain('Aanmeldingen;;Kwartaal 4;0');
    expect(lines).toContain('Aanmeldingen;;Totaal;13');
    // The label contains a semicolon, so it is quoted.
    expect(lines.find((l) => l.startsWith('Uitkomsten;1 Aanmelding;"Niet in behandeling genomen'))).toMatch(/";< 5$/);
    expect(lines).toContain('Doorlooptijd;1 Aanmelding;Mediaan (dagen);onderdrukt');
    expect(lines).toContain('Verwijderd;;Op tijd;< 5');
    // No small count appears as a number anywhere in the export.
    for (const line of lines.slice(1, -2)) expect(line, line).not.toMatch(/;[1-4]$/);
  });

  it('ZVT-E.2: only the chain director of the table; reading and exporting are logged', async () => {
    expect((await api(app, officer, 'GET', `/tables/${world.table.id}/evaluations/2026`)).statusCode).toBe(403);
    const other = await login(app, world.otherChainDirector.id);
    expect((await api(app, other, 'GET', `/tables/${world.table.id}/evaluations/2026`)).statusCode).toBe(404);
    expect((await api(app, director, 'GET', `/tables/${world.table.id}/evaluations/1999`)).statusCode).toBe(400);
    const logged = await db.selectFrom('user_audit_log').select('action').where('action', 'in', ['evaluation.read', 'evaluation.export']).execute();
    expect(new Set(logged.map((l) => l.action))).toEqual(new Set(['evaluation.read', 'evaluation.export']));
  });
});
