import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../test/database.ts';
import { TestClock } from '../test/harness.ts';
import { buildWorld } from '../test/factories.ts';
import { createRetentionCase, keyedHashes, type RetentionCaseOptions } from '../test/retention-cases.ts';
import type { Db } from '../db/database.ts';
import { runRetention } from './retention.job.ts';

let db: Db;
let drop: () => Promise<void>;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
});
afterAll(async () => {
  await drop();
});

const createCase = (options: RetentionCaseOptions) => createRetentionCase(db, world, options);

/** The processing-log operations of the retention job whose subject hashes contain `hash`, with their user-audit rows. */
async function retentionOperationsWith(hash: string) {
  return db
    .selectFrom('processing_log as p')
    .innerJoin('user_audit_log as a', 'a.operation_id', 'p.operation_id')
    .select(['p.operation_name', 'a.user_name', 'a.role', 'a.record_id'])
    .where('p.operation_name', 'like', 'retention.%')
    .where(sql<boolean>`${hash} = ANY(p.subject_hashes)`)
    .orderBy('p.id')
    .execute();
}

async function countRows(table: 'contributions' | 'legal_representatives' | 'informing_tasks' | 'phase_transitions', caseId: string) {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function subjectRow(subjectId: string) {
  return db.selectFrom('subjects').select(['full_name', 'birth_date', 'municipality', 'log_key']).where('id', '=', subjectId).executeTakeFirst();
}

async function statistic(outcome: string, quarter: string) {
  const row = await db.selectFrom('case_statistics').select('count').where('table_id', '=', world.table.id).where('outcome', '=', outcome).where('quarter', '=', quarter).executeTakeFirst();
  return row?.count ?? 0;
}

const clockAt = (date: string) => new TestClock(new Date(`${date}T12:00:00+01:00`));

describe('ZVT-4A.1 retention job: active, inactive, deleted (decision 2026-08-31)', () => {
  it('stage by stage, what must be gone is gone', async () => {
    const { caseId, subjectId, representativeId } = await createCase({});
    const [subjectHash] = await keyedHashes(db, [subjectId]);
    const [representativeHash] = await keyedHashes(db, [representativeId]);

    // The day before going inactive: nothing happens.
    await runRetention({ db, clock: clockAt('2027-02-27') });
    expect(await countRows('contributions', caseId)).toBe(2);

    // 2027-02-28 (month end): inactive. Only the declared administrative set remains.
    const inactive = await runRetention({ db, clock: clockAt('2027-02-28') });
    expect(inactive.madeInactive).toBeGreaterThanOrEqual(1);
    const kase = await db.selectFrom('cases').select(['inactive_since', 'phase', 'reference']).where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(kase.inactive_since).toBe('2027-02-28');
    expect(await countRows('contributions', caseId)).toBe(0);
    expect(await countRows('legal_representatives', caseId)).toBe(0);
    expect(await countRows('informing_tasks', caseId)).toBe(0);
    expect(await countRows('phase_transitions', caseId)).toBe(1); // phaseDates is declared
    const subject = await subjectRow(subjectId);
    expect(subject).toMatchObject({ full_name: expect.stringMatching(/^Jeugdige/) as unknown, birth_date: '2010-05-05', municipality: '' });

    // A second run on the same day changes nothing and does not log again.
    const again = await runRetention({ db, clock: clockAt('2027-02-28') });
    expect(again.madeInactive).toBe(0);

    // 2027-08-30: still inactive. 2027-08-31: deleted.
    await runRetention({ db, clock: clockAt('2027-08-30') });
    expect(await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()).toBeDefined();
    const before = await statistic('scaled-down', '2027-Q3');
    const deletedBefore = await db.selectFrom('deletion_log').select((eb) => eb.fn.countAll<string>().as('n')).where('record_kind', '=', 'case').executeTakeFirstOrThrow();
    const deleted = await runRetention({ db, clock: clockAt('2027-08-31') });
    expect(deleted.deleted).toBeGreaterThanOrEqual(1);
    expect(await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()).toBeUndefined();
    expect(await subjectRow(subjectId)).toBeUndefined(); // with it its log_key
    expect(await countRows('phase_transitions', caseId)).toBe(0);
    expect(await statistic('scaled-down', '2027-Q3')).toBe(before + 1);
    const deletedAfter = await db.selectFrom('deletion_log').select((eb) => eb.fn.countAll<string>().as('n')).where('record_kind', '=', 'case').executeTakeFirstOrThrow();
    expect(Number(deletedAfter.n)).toBe(Number(deletedBefore.n) + 1);
    const logRow = await db.selectFrom('deletion_log').select(['rule', 'count']).where('record_kind', '=', 'subject').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(logRow.rule).toContain('zvt@1 scaled-down');
    expect(logRow.rule).not.toContain('Jeugdige');

    // The processing log keeps the operations (one per batch and kind of action, ADR 0010), written by the system
    // actor, with both people's keyed hashes; no key is left to link them (the subject's went with its row).
    expect(subjectHash).toMatch(/^[0-9a-f]{64}$/);
    const operations = await retentionOperationsWith(subjectHash ?? '');
    expect(operations.map((o) => o.operation_name)).toEqual(['retention.go-inactive', 'retention.delete']);
    expect(operations.every((o) => o.user_name === 'systeem: retention' && o.role === 'system' && o.record_id === null)).toBe(true);
    expect((await retentionOperationsWith(representativeHash ?? '')).map((o) => o.operation_name)).toEqual(['retention.go-inactive']);
    expect(await keyedHashes(db, [subjectId, representativeId])).toEqual([]);
  });

  it('not-admitted-like end states and max inactivity delete; a case with recent activity stays', async () => {
    const ended = await createCase({ phase: '2A', scaleDownOn: null, endState: 'not-to-case-meeting', endedOn: '2027-03-01' });
    const stale = await createCase({ phase: '3A', scaleDownOn: null, lastChange: '2026-03-31' });
    const fresh = await createCase({ phase: '3A', scaleDownOn: null, lastChange: '2026-04-01' });
    await runRetention({ db, clock: clockAt('2027-03-31') });
    const remaining = await db.selectFrom('cases').select('id').where('id', 'in', [ended.caseId, stale.caseId, fresh.caseId]).execute();
    expect(remaining.map((r) => r.id)).toEqual([fresh.caseId]);
    expect(await statistic('max-inactivity', '2027-Q1')).toBeGreaterThanOrEqual(1);
  });
});

describe('ZVT-3A.2 direction history in the job', () => {
  it('going inactive removes the transfer history (its motivations are not declared administrative data) but keeps who holds direction; deletion counts it', async () => {
    const { caseId } = await createCase({ scaleDownOn: '2026-08-31' });
    await db.updateTable('cases').set({ direction_organisation_id: world.youthCare.id }).where('id', '=', caseId).execute();
    await db.insertInto('direction_transfers').values({
      case_id: caseId, from_organisation_id: world.police.id, to_organisation_id: world.youthCare.id, transferred_on: '2026-07-01',
      motivation: 'In het casusoverleg afgesproken, jeugdhulp neemt de regie.', recorded_by: world.chainDirector.id,
    }).execute();
    const transfers = async () => (await db.selectFrom('direction_transfers').select('id').where('case_id', '=', caseId).execute()).length;
    await runRetention({ db, clock: clockAt('2027-02-27') });
    expect(await transfers()).toBe(1);
    await runRetention({ db, clock: clockAt('2027-02-28') });
    expect(await transfers()).toBe(0);
    const kase = await db.selectFrom('cases').select(['direction_organisation_id', 'inactive_since']).where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(kase).toEqual({ direction_organisation_id: world.youthCare.id, inactive_since: '2027-02-28' });
    const logged = await db.selectFrom('deletion_log').select(['count']).where('record_kind', '=', 'direction-transfer').where('rule', 'like', '%scaled-down%').execute();
    expect(logged.map((r) => r.count)).toContain(1);
  });
});

describe('ZVT-4A.2 exceptions and legal holds in the job', () => {
  it('an exception pauses until its re-assessment date; when it passes without renewal the schedule resumes', async () => {
    const { caseId } = await createCase({ scaleDownOn: '2026-09-15' });
    await db.insertInto('retention_exceptions').values({
      case_id: caseId, motivation: 'Lopende hulpverlening, herbeoordeling.', decided_by_organisation_id: world.police.id,
      decided_by: world.officer.id, reassess_on: '2027-09-30',
    }).execute();
    await runRetention({ db, clock: clockAt('2027-09-30') }); // past deleteOn 2027-09-15, still under exception
    expect((await db.selectFrom('cases').select('inactive_since').where('id', '=', caseId).executeTakeFirstOrThrow()).inactive_since).toBeNull();
    expect(await countRows('contributions', caseId)).toBe(2);
    await runRetention({ db, clock: clockAt('2027-10-01') });
    expect(await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()).toBeUndefined();
  });

  it('a legal hold pauses deletion entirely until it is lifted', async () => {
    const { caseId, subjectId } = await createCase({ scaleDownOn: '2026-06-30' });
    const hold = await db.insertInto('legal_holds').values({ case_id: caseId, motivation: 'Klachtprocedure loopt nog.', placed_by: world.chainDirector.id })
      .returning('id').executeTakeFirstOrThrow();
    await runRetention({ db, clock: clockAt('2029-01-01') });
    expect(await countRows('contributions', caseId)).toBe(2);
    expect(await subjectRow(subjectId)).toBeDefined();
    await db.updateTable('legal_holds').set({ lifted_at: new Date(), lifted_by: world.chainDirector.id }).where('id', '=', hold.id).execute();
    await runRetention({ db, clock: clockAt('2029-01-01') });
    expect(await subjectRow(subjectId)).toBeUndefined();
    expect(await db.selectFrom('legal_holds').select('id').where('case_id', '=', caseId).executeTakeFirst()).toBeUndefined();
  });
});

describe('X-4 several runs at once (several app nodes)', () => {
  it('two concurrent runs never handle a case twice (FOR UPDATE SKIP LOCKED)', async () => {
    const created = await Promise.all(Array.from({ length: 40 }, () => createCase({ scaleDownOn: '2025-01-31', phase: '4A' })));
    const ids = created.map((c) => c.caseId);
    const before = await statistic('scaled-down', '2030-Q1');
    const hashes = (await Promise.all(created.map((c) => keyedHashes(db, [c.subjectId])))).flat();
    const [a, b] = await Promise.all([
      runRetention({ db, clock: clockAt('2030-01-02') }, { batchSize: 7 }),
      runRetention({ db, clock: clockAt('2030-01-02') }, { batchSize: 7 }),
    ]);
    expect(a.failed + b.failed + a.fallbacks + b.fallbacks).toBe(0);
    expect(await db.selectFrom('cases').select('id').where('id', 'in', ids).execute()).toEqual([]);
    expect(await statistic('scaled-down', '2030-Q1')).toBe(before + 40);
    // Each subject is in exactly one deletion operation of the processing log.
    const logged = await db.selectFrom('processing_log').select('subject_hashes').where('operation_name', '=', 'retention.delete').execute();
    const occurrences = logged.flatMap((r) => r.subject_hashes).filter((h) => hashes.includes(h));
    expect(occurrences.sort()).toEqual([...hashes].sort());
    expect(a.deleted + b.deleted).toBe(40);
  });

  it('the candidate query uses the retention indexes', async () => {
    await sql`SET enable_seqscan = off`.execute(db);
    const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM cases c
      WHERE c.process_key = 'zvt' AND c.process_version = 1 AND c.scale_down_on IS NOT NULL AND c.scale_down_on <= '2027-01-01'`.execute(db);
    await sql`RESET enable_seqscan`.execute(db);
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/cases_retention_(scale_down|to_inactivate)_idx/);
  });
});
