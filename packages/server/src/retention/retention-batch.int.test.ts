import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../test/database.ts';
import { TestClock } from '../test/harness.ts';
import { buildWorld } from '../test/factories.ts';
import { createRetentionCase, keyedHashes, type RetentionCaseOptions } from '../test/retention-cases.ts';
import type { Db } from '../db/database.ts';
import { runRetention, type RetentionRunOptions } from './retention.job.ts';
import { startRetentionScheduler } from './retention.scheduler.ts';

// The batch path (ADR 0010) on a database of its own, so every count below is exact: nothing else is due here.
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

type Created = Awaited<ReturnType<typeof createRetentionCase>> & { subjectHash: string; representativeHash: string };

async function createCase(options: RetentionCaseOptions): Promise<Created> {
  const created = await createRetentionCase(db, world, options);
  const [subjectHash] = await keyedHashes(db, [created.subjectId]);
  const [representativeHash] = await keyedHashes(db, [created.representativeId]);
  if (subjectHash === undefined || representativeHash === undefined) throw new Error('no keyed hash');
  return { ...created, subjectHash, representativeHash };
}

const clockAt = (date: string) => new TestClock(new Date(`${date}T12:00:00+01:00`));
const run = (date: string, options: RetentionRunOptions = {}) => runRetention({ db, clock: clockAt(date) }, { batchSize: 2, ...options });

const CHILD_TABLES = ['contributions', 'legal_representatives', 'informing_tasks', 'partner_queries', 'admission_decisions', 'phase_transitions', 'retention_exceptions', 'legal_holds'] as const;

async function rowsOf(caseId: string) {
  const counts: Record<string, number> = {};
  for (const table of CHILD_TABLES) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

async function caseRow(caseId: string) {
  return db.selectFrom('cases').select(['inactive_since', 'group_name']).where('id', '=', caseId).executeTakeFirst();
}

async function subjectRow(subjectId: string) {
  return db.selectFrom('subjects').select(['full_name', 'birth_date', 'municipality']).where('id', '=', subjectId).executeTakeFirst();
}

/** Every row of the aggregate counters: never more than one per (table, version, phase, outcome, quarter). */
async function statistics() {
  return db.selectFrom('case_statistics').selectAll().orderBy('quarter').orderBy('outcome').execute();
}

/** The retention operations in the processing log whose subject hashes contain `hash`. */
async function operationsWith(hash: string) {
  return db
    .selectFrom('processing_log as p')
    .innerJoin('user_audit_log as a', 'a.operation_id', 'p.operation_id')
    .select(['p.operation_name', 'a.record_id', 'a.role'])
    .where(sql<boolean>`${hash} = ANY(p.subject_hashes)`)
    .orderBy('p.id')
    .execute();
}

/** What must be true of a case that was made inactive today. */
async function expectInactive(c: Created, today: string) {
  expect(await caseRow(c.caseId)).toEqual({ inactive_since: today, group_name: null });
  expect(await rowsOf(c.caseId)).toMatchObject({ contributions: 0, legal_representatives: 0, informing_tasks: 0, phase_transitions: 1 });
  expect(await subjectRow(c.subjectId)).toMatchObject({ full_name: expect.stringMatching(/^Jeugdige/) as unknown, birth_date: '2010-05-05', municipality: '' });
  // The representative's key went with the row; the subject's stays while its name and birth date do.
  expect(await keyedHashes(db, [c.representativeId])).toEqual([]);
  expect(await keyedHashes(db, [c.subjectId])).toEqual([c.subjectHash]);
}

/** What must be true of a case that was deleted: nothing of it is left, and no key to link its log records. */
async function expectDeleted(c: Created) {
  expect(await caseRow(c.caseId)).toBeUndefined();
  expect(Object.values(await rowsOf(c.caseId)).every((n) => n === 0)).toBe(true);
  expect(await subjectRow(c.subjectId)).toBeUndefined();
  expect(await keyedHashes(db, [c.subjectId, c.representativeId])).toEqual([]);
  const operations = await operationsWith(c.subjectHash);
  expect(operations.map((o) => o.operation_name)).toEqual(['retention.go-inactive', 'retention.delete']);
  expect(operations.every((o) => o.record_id === null && o.role === 'system')).toBe(true);
}

async function expectActive(c: Created) {
  expect(await caseRow(c.caseId)).toEqual({ inactive_since: null, group_name: null });
  expect(await rowsOf(c.caseId)).toMatchObject({ contributions: 2, legal_representatives: 1, informing_tasks: 1 });
  expect(await keyedHashes(db, [c.subjectId, c.representativeId])).toHaveLength(2);
}

describe('ZVT-4A.1 / X-4 batch path: exactly on the deadline, month end, leap year (batches of 2)', () => {
  it('stage by stage, what must be gone is gone, with a counter and no per-case statistics row', async () => {
    // Inactive after 6 months, deleted after 12, calendar months clamped to the month end.
    const a = await createCase({ scaleDownOn: '2026-08-31' }); // inactive 2027-02-28, deleted 2027-08-31
    const b = await createCase({ scaleDownOn: '2026-08-28' }); // inactive 2027-02-28, deleted 2027-08-28
    const c = await createCase({ scaleDownOn: '2026-08-27' }); // inactive 2027-02-27, deleted 2027-08-27
    const d = await createCase({ scaleDownOn: '2027-08-31' }); // inactive 2028-02-29 (leap day), deleted 2028-08-31
    const e = await createCase({ scaleDownOn: '2028-02-29' }); // inactive 2028-08-29, deleted 2029-02-28

    expect(await run('2027-02-26')).toMatchObject({ madeInactive: 0, deleted: 0, failed: 0, fallbacks: 0 });
    for (const x of [a, b, c, d, e]) await expectActive(x);

    expect(await run('2027-02-27')).toMatchObject({ madeInactive: 1, deleted: 0 });
    await expectInactive(c, '2027-02-27');
    await expectActive(a);
    await expectActive(b);

    // Month end: both 08-28 and 08-31 land on 02-28; one batch of two.
    expect(await run('2027-02-28')).toMatchObject({ madeInactive: 2, deleted: 0, batches: 1 });
    await expectInactive(a, '2027-02-28');
    await expectInactive(b, '2027-02-28');
    // One go-inactive operation for the batch, with both subjects and both representatives.
    const [inactivation] = await operationsWith(a.subjectHash);
    expect(inactivation).toMatchObject({ operation_name: 'retention.go-inactive', record_id: null });
    const batchLog = await db.selectFrom('processing_log').select('subject_hashes').where('operation_name', '=', 'retention.go-inactive')
      .where(sql<boolean>`${a.subjectHash} = ANY(subject_hashes)`).executeTakeFirstOrThrow();
    expect([...batchLog.subject_hashes].sort()).toEqual([a.subjectHash, a.representativeHash, b.subjectHash, b.representativeHash].sort());
    expect(await run('2027-02-28')).toMatchObject({ madeInactive: 0, deleted: 0 }); // a second run the same day: nothing

    expect(await statistics()).toEqual([]);
    expect(await run('2027-08-26')).toMatchObject({ deleted: 0 });
    expect(await run('2027-08-27')).toMatchObject({ deleted: 1 });
    await expectDeleted(c);
    await expectInactive(b, '2027-02-28');
    expect(await run('2027-08-28')).toMatchObject({ deleted: 1 });
    await expectDeleted(b);
    expect(await run('2027-08-30')).toMatchObject({ deleted: 0 });
    expect(await caseRow(a.caseId)).toBeDefined();
    expect(await run('2027-08-31')).toMatchObject({ deleted: 1 });
    await expectDeleted(a);
    // Three deletions, one counter row (X-4: aggregate only).
    expect(await statistics()).toEqual([
      { table_id: world.table.id, process_key: 'zvt', process_version: 1, phase_reached: '4A', outcome: 'scaled-down', quarter: '2027-Q3', count: 3 },
    ]);

    // Leap year: 2027-08-31 + 6 months is 2028-02-29.
    expect(await run('2028-02-28')).toMatchObject({ madeInactive: 0 });
    await expectActive(d);
    expect(await run('2028-02-29')).toMatchObject({ madeInactive: 1 });
    await expectInactive(d, '2028-02-29');
    expect(await run('2028-08-28')).toMatchObject({ madeInactive: 0, deleted: 0 });
    await expectActive(e);
    expect(await run('2028-08-29')).toMatchObject({ madeInactive: 1, deleted: 0 });
    await expectInactive(e, '2028-08-29');
    expect(await run('2028-08-30')).toMatchObject({ deleted: 0 });
    expect(await run('2028-08-31')).toMatchObject({ deleted: 1 });
    await expectDeleted(d);
    // 2028-02-29 + 12 months: 2029-02-28 (no leap day that year).
    expect(await run('2029-02-27')).toMatchObject({ deleted: 0 });
    expect(await caseRow(e.caseId)).toBeDefined();
    expect(await run('2029-02-28')).toMatchObject({ deleted: 1 });
    await expectDeleted(e);

    const counters = await statistics();
    expect(counters.map((r) => [r.quarter, r.count])).toEqual([['2027-Q3', 3], ['2028-Q3', 1], ['2029-Q1', 1]]);
    expect(counters.reduce((n, r) => n + r.count, 0)).toBe(5);

    // The deletion log: per kind of record and rule a count, no personal data.
    const log = await db.selectFrom('deletion_log').select(['record_kind', 'count', 'rule']).execute();
    const total = (kind: string) => log.filter((r) => r.record_kind === kind).reduce((n, r) => n + r.count, 0);
    expect([total('case'), total('subject'), total('contribution'), total('legal-representative'), total('informing-task'), total('phase-transition')]).toEqual([5, 5, 10, 5, 5, 5]);
    expect(log.find((r) => r.record_kind === 'case' && r.rule.includes('vervallen op 2028-08-31'))?.rule).toContain('zvt@1 scaled-down');
    expect(log.some((r) => /Jeugdige|Ouder|Teststad/.test(r.rule))).toBe(false);
  });
});

describe('ADR 0010 a failing batch falls back to one transaction per case', () => {
  it('a case that cannot be deleted (a foreign key without cascade) fails alone; the others are handled; fixed, it goes', async () => {
    const cases = await Promise.all(Array.from({ length: 5 }, () => createCase({ scaleDownOn: '2031-01-15' })));
    const bad = cases[2];
    if (bad === undefined) throw new Error('no case');
    // A table someone added without ON DELETE CASCADE (ADR 0007): the delete of this one contribution must fail.
    await sql`CREATE TABLE test_contribution_blocker (contribution_id uuid NOT NULL REFERENCES contributions (id))`.execute(db);
    await sql`INSERT INTO test_contribution_blocker SELECT id FROM contributions WHERE case_id = ${bad.caseId} LIMIT 1`.execute(db);
    const fallbackErrors: unknown[] = [];
    const caseErrors: unknown[] = [];
    try {
      const result = await run('2032-01-15', {
        batchSize: 10,
        onBatchFallback: (error) => fallbackErrors.push(error),
        onError: (error) => caseErrors.push(error),
      });
      expect(result).toMatchObject({ madeInactive: 0, deleted: 4, failed: 1, fallbacks: 1 });
      expect(String(fallbackErrors[0])).toMatch(/test_contribution_blocker/);
      expect(caseErrors).toHaveLength(1);
      expect(String(caseErrors[0])).toMatch(/test_contribution_blocker/);
      // The bad case is untouched (its transaction rolled back), with its keys.
      expect(await rowsOf(bad.caseId)).toMatchObject({ contributions: 2, legal_representatives: 1, informing_tasks: 1, phase_transitions: 1 });
      expect(await keyedHashes(db, [bad.subjectId])).toEqual([bad.subjectHash]);
      for (const ok of cases.filter((c) => c !== bad)) {
        expect(await caseRow(ok.caseId)).toBeUndefined();
        expect(await subjectRow(ok.subjectId)).toBeUndefined();
        // The fallback logs per case, as before batches.
        expect((await operationsWith(ok.subjectHash)).map((o) => [o.operation_name, o.record_id])).toEqual([['retention.delete', ok.caseId]]);
      }
      expect((await statistics()).find((r) => r.quarter === '2032-Q1')?.count).toBe(4);
    } finally {
      await sql`DROP TABLE test_contribution_blocker`.execute(db);
    }
    // Fixed: the next run deletes it in a batch.
    expect(await run('2032-01-16', { batchSize: 10 })).toMatchObject({ deleted: 1, failed: 0, fallbacks: 0 });
    expect(await caseRow(bad.caseId)).toBeUndefined();
    expect((await statistics()).find((r) => r.quarter === '2032-Q1')?.count).toBe(5);
  });
});

describe('X-4 several runs and schedulers at once (several app nodes)', () => {
  async function expectEachHandledOnce(created: readonly Created[], outcome: string, quarter: string, before: number) {
    expect(await db.selectFrom('cases').select('id').where('id', 'in', created.map((c) => c.caseId)).execute()).toEqual([]);
    expect((await statistics()).find((r) => r.outcome === outcome && r.quarter === quarter)?.count ?? 0).toBe(before + created.length);
    // Each subject is in exactly one deletion operation.
    const hashes = created.map((c) => c.subjectHash);
    const logged = await db.selectFrom('processing_log').select('subject_hashes').where('operation_name', '=', 'retention.delete').execute();
    expect(logged.flatMap((r) => r.subject_hashes).filter((h) => hashes.includes(h)).sort()).toEqual([...hashes].sort());
  }

  it('two runs with two batch workers each never handle a case twice', async () => {
    const toDelete = await Promise.all(Array.from({ length: 60 }, () => createCase({ scaleDownOn: '2033-01-10' })));
    const toInactivate = await Promise.all(Array.from({ length: 30 }, () => createCase({ scaleDownOn: '2033-06-10' })));
    const options = { batchSize: 4, concurrency: 2 };
    const [x, y] = await Promise.all([run('2034-01-10', options), run('2034-01-10', options)]);
    expect(x.failed + y.failed + x.fallbacks + y.fallbacks).toBe(0);
    expect(x.deleted + y.deleted).toBe(60);
    expect(x.madeInactive + y.madeInactive).toBe(30);
    await expectEachHandledOnce(toDelete, 'scaled-down', '2034-Q1', 0);
    const inactivations = await db.selectFrom('processing_log').select('subject_hashes').where('operation_name', '=', 'retention.go-inactive').execute();
    const inactiveHashes = toInactivate.map((c) => c.subjectHash);
    expect(inactivations.flatMap((r) => r.subject_hashes).filter((h) => inactiveHashes.includes(h)).sort()).toEqual([...inactiveHashes].sort());
    const counts = await db.selectFrom('deletion_log').select((eb) => eb.fn.sum<string>('count').as('n'))
      .where('record_kind', '=', 'contribution').where((eb) => eb.or([eb('rule', 'like', '%vervallen op 2034-01-10%'), eb('rule', 'like', '%vervallen op 2033-12-10%')]))
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(60 * 2 + 30 * 2);
    // Their deletion date: the inactive ones go too.
    const later = await Promise.all([run('2034-06-10', options), run('2034-06-10', options)]);
    expect(later.reduce((n, r) => n + r.deleted, 0)).toBe(30);
    await expectEachHandledOnce(toInactivate, 'scaled-down', '2034-Q2', 0);
  });

  it('two schedulers (two nodes) share the queue: the due cases are handled, each once', async () => {
    const created = await Promise.all(Array.from({ length: 30 }, () => createCase({ scaleDownOn: '2035-02-10' })));
    const errors: unknown[] = [];
    const log = { info: () => undefined, error: (error: unknown) => errors.push(error) };
    const ctx = { db, clock: clockAt('2036-02-10') };
    const settings = { intervalMinutes: 1 / 60, firstRunAfterMs: 0, pollingIntervalSeconds: 0.5, log, run: { batchSize: 8 } };
    const nodes = [await startRetentionScheduler(ctx, settings), await startRetentionScheduler(ctx, settings)];
    try {
      // Wait (at most 25 s) until the queue has run the job; no timing is asserted.
      for (let i = 0; i < 100; i++) {
        const left = await db.selectFrom('cases').select('id').where('id', 'in', created.map((c) => c.caseId)).execute();
        if (left.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await Promise.all(nodes.map((node) => node.stop()));
    }
    expect(errors).toEqual([]);
    await expectEachHandledOnce(created, 'scaled-down', '2036-Q1', 0);
  }, 60_000);
});
