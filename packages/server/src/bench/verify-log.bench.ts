/**
 * `npm run bench:verify-log`: rows/s of `verifyLogChains` (X-1 tamper evidence) over BENCH_LOG_ROWS log
 * rows (default 1,000,000: half processing log, half user audit log, in all chains), next to two
 * baselines measured in the same run on the same rows: the database read floor (the same keyset batches
 * streamed without hashing) and the hashing floor (Node's SHA-256 over the same bytes, no database).
 * Target: ≥ 500,000 rows/s.
 */
import { hash, randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { ensureDatabase } from '../db/ensure-database.ts';
import { createDb, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { GENESIS_HASH, LOG_CHAINS } from '../audit/audit.repository.ts';
import { chainHash, processingLogFields, userAuditFields } from '../audit/log-hash.ts';
import { VERIFY_BATCH, readLogBatch, verifyLogChains } from '../audit/log-verify.ts';

const TOTAL = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const TARGET = 500_000;
const INSERT_BATCH = 10_000;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** Generates valid chains in JS (the same hash as the application) and inserts them with unnest(). */
async function fillLogs(db: Db, operations: number): Promise<{ bytes: string[] }> {
  const processingHeads = Array.from({ length: LOG_CHAINS }, () => GENESIS_HASH);
  const auditHeads = Array.from({ length: LOG_CHAINS }, () => GENESIS_HASH);
  const subjects = Array.from({ length: 1000 }, () => hex(32));
  const users = Array.from({ length: 50 }, (_, i) => ({ id: randomUUID(), name: `Medewerker ${String(i)}`, org: randomUUID() }));
  const sample: string[] = [];
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let start = 0; start < operations; start += INSERT_BATCH) {
    const n = Math.min(INSERT_BATCH, operations - start);
    const p: Record<string, unknown[]> = { chain: [], trace: [], span: [], parent: [], op: [], name: [], started: [], ended: [], status: [], activity: [], subjects: [], count: [], prev: [], hash: [] };
    const a: Record<string, unknown[]> = { chain: [], op: [], at: [], user: [], userName: [], org: [], role: [], action: [], recordType: [], recordId: [], purpose: [], ground: [], outcome: [], prev: [], hash: [] };
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const chain = k % LOG_CHAINS;
      const at = new Date(base + k * 37);
      const user = users[k % users.length] ?? { id: randomUUID(), name: 'x', org: randomUUID() };
      const row = {
        trace_id: hex(16), span_id: hex(8), parent_span_id: hex(8), operation_id: randomUUID(), operation_name: 'case.read',
        started_at: at, ended_at: at, status: 'ok', activity_id: 'zvt-triage',
        subject_hashes: k % 3 === 0 ? [] : [subjects[k % subjects.length] ?? '', subjects[(k * 7) % subjects.length] ?? ''].sort(), subject_count: 0,
      };
      const prev = processingHeads[chain] ?? GENESIS_HASH;
      const rowHash = chainHash(prev, processingLogFields(row));
      processingHeads[chain] = rowHash;
      p.chain?.push(chain); p.trace?.push(row.trace_id); p.span?.push(row.span_id); p.parent?.push(row.parent_span_id); p.op?.push(row.operation_id);
      p.name?.push(row.operation_name); p.started?.push(at.toISOString()); p.ended?.push(at.toISOString()); p.status?.push(row.status);
      p.activity?.push(row.activity_id); p.subjects?.push(`{${row.subject_hashes.join(',')}}`); p.count?.push(0); p.prev?.push(prev); p.hash?.push(rowHash);
      const audit = {
        operation_id: row.operation_id, at, user_id: user.id, user_name: user.name, organisation_id: user.org, role: 'partner-professional',
        action: 'case.read', record_type: 'case', record_id: randomUUID(), purpose: 'Gerichte gegevensuitvraag bij ketenpartners ter voorbereiding van het casusoverleg (ZVT-2A.2).',
        legal_ground: 'AVG art. 6 lid 1 sub e (taak van algemeen belang) jo. Jeugdwet art. 7.4.0', outcome: 'allowed',
      };
      const auditPrev = auditHeads[chain] ?? GENESIS_HASH;
      const auditHash = chainHash(auditPrev, userAuditFields(audit));
      auditHeads[chain] = auditHash;
      a.chain?.push(chain); a.op?.push(audit.operation_id); a.at?.push(at.toISOString()); a.user?.push(audit.user_id); a.userName?.push(audit.user_name);
      a.org?.push(audit.organisation_id); a.role?.push(audit.role); a.action?.push(audit.action); a.recordType?.push(audit.record_type); a.recordId?.push(audit.record_id);
      a.purpose?.push(audit.purpose); a.ground?.push(audit.legal_ground); a.outcome?.push(audit.outcome); a.prev?.push(auditPrev); a.hash?.push(auditHash);
      if (sample.length < 2 && k < 2) sample.push(auditPrev + userAuditFields(audit).join('\u001f'));
    }
    await sql`INSERT INTO processing_log (chain, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subject_hashes, subject_count, prev_hash, row_hash)
      SELECT chain, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subjects::text[], subject_count, prev_hash, row_hash
      FROM unnest(${p.chain}::smallint[], ${p.trace}::text[], ${p.span}::text[], ${p.parent}::text[], ${p.op}::uuid[], ${p.name}::text[], ${p.started}::timestamptz[],
        ${p.ended}::timestamptz[], ${p.status}::text[], ${p.activity}::text[], ${p.subjects}::text[], ${p.count}::int[], ${p.prev}::text[], ${p.hash}::text[])
        AS t(chain, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subjects, subject_count, prev_hash, row_hash)`.execute(db);
    await sql`INSERT INTO user_audit_log (chain, operation_id, at, user_id, user_name, organisation_id, role, action, record_type, record_id, purpose, legal_ground, outcome, prev_hash, row_hash)
      SELECT * FROM unnest(${a.chain}::smallint[], ${a.op}::uuid[], ${a.at}::timestamptz[], ${a.user}::uuid[], ${a.userName}::text[], ${a.org}::uuid[], ${a.role}::text[],
        ${a.action}::text[], ${a.recordType}::text[], ${a.recordId}::text[], ${a.purpose}::text[], ${a.ground}::text[], ${a.outcome}::text[], ${a.prev}::text[], ${a.hash}::text[])`.execute(db);
  }
  return { bytes: sample };
}

/** Baseline 1: the same keyset batches read from the database (both logs at once), without hashing. */
async function readOnly(db: Db): Promise<number> {
  const counts = await Promise.all(
    (['processing_log', 'user_audit_log'] as const).map(async (table) => {
      let rows = 0;
      let after = '0';
      for (;;) {
        const batch = await readLogBatch(db, table, after);
        rows += batch.length;
        const last = batch.at(-1);
        if (last === undefined || batch.length < VERIFY_BATCH) return rows;
        after = last.id;
      }
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Baseline 2: Node's SHA-256 alone over the same bytes (a sample of real rows, repeated to `rows`). */
async function hashOnly(db: Db, rows: number): Promise<number> {
  const sample = [...(await readLogBatch(db, 'processing_log', '0', 5_000)), ...(await readLogBatch(db, 'user_audit_log', '0', 5_000))];
  const messages = sample.map((row) => row.prev + row.fields.map((f) => `\u001f${f === null ? '\u0000' : String(f)}`).join(''));
  const started = performance.now();
  let sink = 0;
  for (let i = 0; i < rows; i++) sink ^= hash('sha256', messages[i % messages.length] ?? '', 'buffer')[0] ?? 0;
  const seconds = (performance.now() - started) / 1000;
  if (sink === -1) console.log(sink);
  return seconds;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
}

const rate = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString('nl-NL');

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-verify-bench-'));
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir, port: 55_000 + (process.pid % 1000) });
  await ensureDatabase(cluster.url('postgres'), 'bench');
  const db = createDb(cluster.url('bench'), { max: 4 });
  let ok = false;
  try {
    await migrateToLatest(db);
    const [, fillSeconds] = await timed(() => fillLogs(db, Math.ceil(TOTAL / 2)));
    await sql`VACUUM ANALYZE processing_log`.execute(db);
    await sql`VACUUM ANALYZE user_audit_log`.execute(db);
    console.log(`Gevuld: ${TOTAL.toLocaleString('nl-NL')} logregels in ${fillSeconds.toFixed(1)} s.`);

    await readOnly(db); // warm the cache, so every run below reads the same pages from memory
    const [readRows, readSeconds] = await timed(() => readOnly(db));
    const hashSeconds = await hashOnly(db, readRows);
    const [result, verifySeconds] = await timed(() => verifyLogChains(db));
    if (result.firstBreak || result.rows !== readRows) throw new Error(`onverwachte uitkomst: ${JSON.stringify(result)}`);

    const verifyRate = result.rows / verifySeconds;
    console.log(`verifyLogChains:            ${rate(result.rows, verifySeconds)} rijen/s (${verifySeconds.toFixed(2)} s)`);
    console.log(`basis: alleen lezen (SQL):  ${rate(readRows, readSeconds)} rijen/s (${readSeconds.toFixed(2)} s)`);
    console.log(`basis: alleen SHA-256:      ${rate(readRows, hashSeconds)} rijen/s (${hashSeconds.toFixed(2)} s)`);
    console.log(`lezen + hashen samen (som): ${rate(readRows, readSeconds + hashSeconds)} rijen/s`);
    ok = verifyRate >= TARGET;
    console.log(`Doel ≥ ${TARGET.toLocaleString('nl-NL')} rijen/s: ${ok ? 'gehaald' : 'NIET gehaald'}.`);
  } finally {
    await db.destroy();
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

await main();
