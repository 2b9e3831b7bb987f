/**
 * `npm run bench:retention [N] [batch size] [concurrency]`: N due cases (default 20,000) created in bulk SQL on a
 * fresh embedded PostgreSQL, each with a subject, a legal representative, three contributions, an informing task
 * and a phase transition; then the retention job deletes them (batches of 500 by default, ADR 0010: lock, domain
 * rule per case, counters, processing log, deletes, deletion log per batch). Baseline in the same run: the same N
 * cases created again and removed by a bare `DELETE … WHERE id = ANY(…)` (no rule, lock, log or counters).
 * Target: ≥ 50,000 due cases per minute.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { ensureDatabase } from '../db/ensure-database.ts';
import { createDb, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { runRetention } from '../retention/retention.job.ts';
import { buildWorld } from '../test/factories.ts';

const N = Number(process.argv[2] ?? 20_000);
const BATCH_SIZE = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const CONCURRENCY = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const TARGET_PER_MINUTE = 50_000;

/** N scaled-down cases whose deletion date (2025-12-31) has passed, with all their rows; returns their ids. */
async function createDueCases(db: Db, world: Awaited<ReturnType<typeof buildWorld>>, tag: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH s AS (
      INSERT INTO subjects (full_name, birth_date, municipality)
      SELECT 'Bench ' || g, DATE '2010-01-01' + (g % 3000), 'Teststad' FROM generate_series(1, ${N}) g
      RETURNING id
    ), numbered AS (SELECT id, row_number() OVER () AS n FROM s)
    INSERT INTO cases (reference, table_id, process_key, process_version, kind, phase, subject_id, referrer_organisation_id,
      referrer_user_id, direction_organisation_id, registered_on, scale_down_on, inactive_since, last_substantive_change_at)
    SELECT ${tag} || '-' || n, ${world.table.id}, 'zvt', 1, 'individual', '4A', id, ${world.police.id}, ${world.officer.id},
      ${world.police.id}, DATE '2024-11-01', DATE '2024-12-31', DATE '2025-06-30', TIMESTAMPTZ '2024-12-31 10:00+01'
    FROM numbered
    RETURNING id`.execute(db);
  const ids = result.rows.map((r) => r.id);
  await sql`INSERT INTO legal_representatives (case_id, full_name, relation, contact, position)
    SELECT id, 'Ouder', 'parent', '06-1', 0 FROM unnest(${ids}::uuid[]) id`.execute(db);
  await sql`INSERT INTO contributions (case_id, owner_organisation_id, phase, purpose, category, kind, content, created_by)
    SELECT id, ${world.police.id}, '1', 'bench', c, 'criteria-' || c, '{"x":"y"}', ${world.officer.id}
    FROM unnest(${ids}::uuid[]) id CROSS JOIN unnest(ARRAY['care', 'criminal', 'other']) c`.execute(db);
  await sql`INSERT INTO informing_tasks (case_id, phase, responsible_organisation_id)
    SELECT id, '2A', ${world.police.id} FROM unnest(${ids}::uuid[]) id`.execute(db);
  await sql`INSERT INTO phase_transitions (case_id, from_phase, to_phase, outcome)
    SELECT id, '3A', '4A', 'scale-down' FROM unnest(${ids}::uuid[]) id`.execute(db);
  await sql`ANALYZE`.execute(db);
  return ids;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-retention-bench-'));
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir, port: 58_000 + (process.pid % 1000) });
  try {
    await ensureDatabase(cluster.url('postgres'), 'bench');
    const db = createDb(cluster.url('bench'), { max: 10 });
    try {
      await migrateToLatest(db);
      const world = await buildWorld(db);
      const clock = { now: () => new Date('2026-03-01T12:00:00+01:00') };

      // Baseline: bare deletion of the same shape of data.
      const baselineIds = await createDueCases(db, world, 'BASE');
      const b0 = performance.now();
      await db.transaction().execute(async (trx) => {
        await sql`DELETE FROM cases WHERE id = ANY(${baselineIds}::uuid[])`.execute(trx);
        await sql`DELETE FROM subjects s WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_id = s.id)`.execute(trx);
      });
      const baselineMs = performance.now() - b0;

      const ids = await createDueCases(db, world, 'RET');
      const r0 = performance.now();
      const result = await runRetention({ db, clock }, { batchSize: BATCH_SIZE, concurrency: CONCURRENCY });
      const jobMs = performance.now() - r0;
      const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases WHERE id = ANY(${ids}::uuid[])`.execute(db);
      const logRows = await sql<{ n: number; hashes: number }>`SELECT count(*)::int AS n, coalesce(sum(cardinality(subject_hashes)), 0)::int AS hashes
        FROM processing_log WHERE operation_name = 'retention.delete'`.execute(db);

      const perMinute = (count: number, ms: number) => Math.round((count / ms) * 60_000);
      console.log(`Retention benchmark, ${String(N)} due cases (each: subject, representative, 3 contributions, informing task, transition)`);
      console.log(`  baseline bare DELETE … = ANY(…), one transaction: ${baselineMs.toFixed(0)} ms → ${perMinute(N, baselineMs).toLocaleString('en')} cases/min`);
      console.log(
        `  retention job (batches of ${String(BATCH_SIZE ?? 500)}, ${String(CONCURRENCY ?? 1)} at a time: lock, rule, counters, log, deletes, deletion log): ${jobMs.toFixed(0)} ms → ` +
          `${perMinute(result.deleted, jobMs).toLocaleString('en')} cases/min (${(jobMs / baselineMs).toFixed(1)}× baseline)`,
      );
      console.log(
        `  deleted ${String(result.deleted)}, skipped ${String(result.skipped)}, failed ${String(result.failed)}; batches ${String(result.batches)}, ` +
          `fallbacks ${String(result.fallbacks)}; left ${String(left.rows[0]?.n)}; processing-log operations ${String(logRows.rows[0]?.n)} ` +
          `with ${String(logRows.rows[0]?.hashes)} subject hashes`,
      );
      const ok = result.deleted === N && perMinute(result.deleted, jobMs) >= TARGET_PER_MINUTE;
      console.log(`  target ≥ ${TARGET_PER_MINUTE.toLocaleString('en')} cases/min: ${ok ? 'met' : 'NOT met'}`);
      process.exitCode = ok ? 0 : 1;
    } finally {
      await db.destroy();
    }
  } finally {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
