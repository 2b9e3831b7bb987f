/**
 * `npm run bench:verify-log`: rows/s of `verifyLogChains` (X-1 tamper evidence, ADR 0009) over BENCH_LOG_ROWS log rows
 * (default 1,000,000: half processing log, half user audit log, in all chains; the first BENCH_LOG_V1_SHARE of them,
 * default 2 %, in hash version 1 as written before migration 2026-11-23T0810), next to baselines measured in the same
 * run on the same rows: the database read floor (both tables scanned in parallel, reading the hashed columns, no
 * hashing), PostgreSQL's sha256 alone over the stored records (no chain checks), Node's SHA-256 alone over the same
 * bytes (no database), and the previous verifier (commit 1d41e1a: one window query per log that formats every field).
 * Target: ≥ 500,000 rows/s.
 */
import { hash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { ensureDatabase } from '../db/ensure-database.ts';
import { createDb, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { GENESIS_HASH, LOG_CHAINS } from '../audit/audit.repository.ts';
import { chainHash, processingLogFields, processingLogRecord, recordHash, userAuditFields, userAuditRecord } from '../audit/log-hash.ts';
import { LOG_TABLES, V1_INPUT, verifyLogChains } from '../audit/log-verify.ts';

const TOTAL = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const V1_SHARE = Number(process.env.BENCH_LOG_V1_SHARE ?? 0.02);
const TARGET = 500_000;
const INSERT_BATCH = 10_000;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** Generates valid chains in JS (the same hashes as the application writes) and inserts them with unnest(). */
async function fillLogs(db: Db, operations: number): Promise<void> {
  const processingHeads = Array.from({ length: LOG_CHAINS }, () => GENESIS_HASH);
  const auditHeads = Array.from({ length: LOG_CHAINS }, () => GENESIS_HASH);
  const subjects = Array.from({ length: 1000 }, () => hex(32));
  const users = Array.from({ length: 50 }, (_, i) => ({ id: randomUUID(), name: `Medewerker ${String(i)}`, org: randomUUID() }));
  const version1 = Math.floor(operations * V1_SHARE);
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let start = 0; start < operations; start += INSERT_BATCH) {
    const n = Math.min(INSERT_BATCH, operations - start);
    const p: Record<string, unknown[]> = { chain: [], version: [], trace: [], span: [], parent: [], op: [], name: [], started: [], ended: [], status: [], activity: [], subjects: [], count: [], prev: [], hash: [] };
    const a: Record<string, unknown[]> = { chain: [], version: [], op: [], at: [], user: [], userName: [], org: [], role: [], action: [], recordType: [], recordId: [], purpose: [], ground: [], outcome: [], prev: [], hash: [] };
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const chain = k % LOG_CHAINS;
      const version = k < version1 ? 1 : 2;
      const at = new Date(base + k * 37);
      const user = users[k % users.length] ?? { id: randomUUID(), name: 'x', org: randomUUID() };
      const row = {
        chain, trace_id: hex(16), span_id: hex(8), parent_span_id: hex(8), operation_id: randomUUID(), operation_name: 'case.read',
        started_at: at, ended_at: at, status: 'ok', activity_id: 'zvt-triage',
        subject_hashes: k % 3 === 0 ? [] : [subjects[k % subjects.length] ?? '', subjects[(k * 7) % subjects.length] ?? ''].sort(), subject_count: 0,
      };
      const prev = processingHeads[chain] ?? GENESIS_HASH;
      const rowHash = version === 1 ? chainHash(prev, processingLogFields(row)) : recordHash(prev, processingLogRecord(row));
      processingHeads[chain] = rowHash;
      p.chain?.push(chain); p.version?.push(version); p.trace?.push(row.trace_id); p.span?.push(row.span_id); p.parent?.push(row.parent_span_id); p.op?.push(row.operation_id);
      p.name?.push(row.operation_name); p.started?.push(at.toISOString()); p.ended?.push(at.toISOString()); p.status?.push(row.status);
      p.activity?.push(row.activity_id); p.subjects?.push(`{${row.subject_hashes.join(',')}}`); p.count?.push(0); p.prev?.push(prev); p.hash?.push(rowHash);
      const audit = {
        chain, operation_id: row.operation_id, at, user_id: user.id, user_name: user.name, organisation_id: user.org, role: 'partner-professional',
        action: 'case.read', record_type: 'case', record_id: randomUUID(), purpose: 'Gerichte gegevensuitvraag bij ketenpartners ter voorbereiding van het casusoverleg (ZVT-2A.2).',
        legal_ground: 'AVG art. 6 lid 1 sub e (taak van algemeen belang) jo. Jeugdwet art. 7.4.0', outcome: 'allowed',
      };
      const auditPrev = auditHeads[chain] ?? GENESIS_HASH;
      const auditHash = version === 1 ? chainHash(auditPrev, userAuditFields(audit)) : recordHash(auditPrev, userAuditRecord(audit));
      auditHeads[chain] = auditHash;
      a.chain?.push(chain); a.version?.push(version); a.op?.push(audit.operation_id); a.at?.push(at.toISOString()); a.user?.push(audit.user_id); a.userName?.push(audit.user_name);
      a.org?.push(audit.organisation_id); a.role?.push(audit.role); a.action?.push(audit.action); a.recordType?.push(audit.record_type); a.recordId?.push(audit.record_id);
      a.purpose?.push(audit.purpose); a.ground?.push(audit.legal_ground); a.outcome?.push(audit.outcome); a.prev?.push(auditPrev); a.hash?.push(auditHash);
    }
    await sql`INSERT INTO processing_log (chain, hash_version, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subject_hashes, subject_count, prev_hash, row_hash)
      SELECT chain, hash_version, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subjects::text[], subject_count, prev_hash, row_hash
      FROM unnest(${p.chain}::smallint[], ${p.version}::smallint[], ${p.trace}::text[], ${p.span}::text[], ${p.parent}::text[], ${p.op}::uuid[], ${p.name}::text[], ${p.started}::timestamptz[],
        ${p.ended}::timestamptz[], ${p.status}::text[], ${p.activity}::text[], ${p.subjects}::text[], ${p.count}::int[], ${p.prev}::text[], ${p.hash}::text[])
        AS t(chain, hash_version, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subjects, subject_count, prev_hash, row_hash)`.execute(db);
    await sql`INSERT INTO user_audit_log (chain, hash_version, operation_id, at, user_id, user_name, organisation_id, role, action, record_type, record_id, purpose, legal_ground, outcome, prev_hash, row_hash)
      SELECT * FROM unnest(${a.chain}::smallint[], ${a.version}::smallint[], ${a.op}::uuid[], ${a.at}::timestamptz[], ${a.user}::uuid[], ${a.userName}::text[], ${a.org}::uuid[], ${a.role}::text[],
        ${a.action}::text[], ${a.recordType}::text[], ${a.recordId}::text[], ${a.purpose}::text[], ${a.ground}::text[], ${a.outcome}::text[], ${a.prev}::text[], ${a.hash}::text[])`.execute(db);
  }
}

/** Runs one query per log table at the same time (two connections) and returns the rows they counted. */
async function bothTables(db: Db, query: (table: string) => Promise<number>): Promise<number> {
  const counts = await Promise.all(LOG_TABLES.map(query));
  return counts.reduce((a, b) => a + b, 0);
}

/** Baseline: the read floor in the database, a scan of both tables that reads the hashed columns and hashes nothing. */
const readOnly = (db: Db) =>
  bothTables(db, async (table) => {
    const r = await sql<{ n: string }>`SELECT count(*) FILTER (WHERE prev_hash IS NOT NULL AND row_hash IS NOT NULL AND record IS NOT NULL) AS n FROM ${sql.table(table)}`.execute(db);
    return Number(r.rows[0]?.n);
  });

/** Baseline: PostgreSQL's sha256 alone over every stored record (no chain links, no comparison). */
const sha256InDatabase = (db: Db) =>
  bothTables(db, async (table) => {
    const r = await sql<{ n: string }>`SELECT count(*) FILTER (WHERE sha256(convert_to(prev_hash || record, 'UTF8')) IS NOT NULL) AS n FROM ${sql.table(table)}`.execute(db);
    return Number(r.rows[0]?.n);
  });

/** Baseline: the verifier before ADR 0009 (commit 1d41e1a), one window query per log over the formatted columns. */
const previousVerifier = (db: Db) =>
  bothTables(db, async (table) => {
    const r = await sql<{ rows: string }>`
      WITH r AS (
        SELECT id, chain,
          prev_hash <> lag(row_hash, 1, ${GENESIS_HASH}) OVER (PARTITION BY chain ORDER BY id) AS prev_broken,
          row_hash <> encode(sha256(convert_to(prev_hash, 'UTF8') || ${sql.raw(V1_INPUT[table as 'processing_log'])}), 'hex') AS row_broken
        FROM ${sql.table(table)}
      )
      SELECT (SELECT count(*) FROM r) AS rows, b.id FROM (SELECT 1) AS one
      LEFT JOIN (SELECT id FROM r WHERE prev_broken OR row_broken ORDER BY id LIMIT 1) AS b ON true`.execute(db);
    return Number(r.rows[0]?.rows);
  });

/** Baseline: Node's SHA-256 alone over the same bytes (a sample of real records, repeated to `rows`). */
async function hashOnlyInNode(db: Db, rows: number): Promise<number> {
  const sample = await sql<{ input: string }>`(SELECT prev_hash || record AS input FROM processing_log WHERE hash_version = 2 LIMIT 5000)
    UNION ALL (SELECT prev_hash || record FROM user_audit_log WHERE hash_version = 2 LIMIT 5000)`.execute(db);
  const messages = sample.rows.map((r) => r.input);
  const started = performance.now();
  let sink = 0;
  for (let i = 0; i < rows; i++) sink ^= hash('sha256', messages[i % messages.length] ?? '', 'buffer')[0] ?? 0;
  const seconds = (performance.now() - started) / 1000;
  if (sink === -1) console.log(sink);
  return seconds;
}

/** utime, stime, cutime and cstime of a process in seconds (Linux /proc; clock ticks of 1/100 s). */
function processCpuSeconds(pid: string): { ppid: string; seconds: number } | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return { ppid: fields[1] ?? '', seconds: ticks / 100 };
  } catch {
    return undefined; // ended meanwhile
  }
}

/**
 * CPU seconds used so far by this bench's PostgreSQL cluster: the postmaster (whose child times include every
 * parallel worker it has reaped) and its live children. Other clusters on the machine are not counted, so the
 * figure does not depend on what else runs; on a machine without /proc it is NaN.
 */
async function clusterCpuSeconds(db: Db): Promise<number> {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const backend = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]?.pid;
  const postmaster = backend === undefined ? undefined : processCpuSeconds(String(backend))?.ppid;
  if (postmaster === undefined) return Number.NaN;
  let seconds = processCpuSeconds(postmaster)?.seconds ?? 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || pid === postmaster) continue;
    const process = processCpuSeconds(pid);
    if (process?.ppid === postmaster) seconds += process.seconds;
  }
  return seconds;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
}

const rate = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString('nl-NL');
const line = (label: string, rows: number, seconds: number) => {
  console.log(`${label.padEnd(44)} ${rate(rows, seconds).padStart(11)} rijen/s (${seconds.toFixed(2)} s)`);
};

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-verify-bench-'));
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir, port: 55_000 + (process.pid % 1000) });
  await ensureDatabase(cluster.url('postgres'), 'bench');
  const db = createDb(cluster.url('bench'), { max: 8 });
  let ok = false;
  try {
    await migrateToLatest(db);
    const [, fillSeconds] = await timed(() => fillLogs(db, Math.ceil(TOTAL / 2)));
    await sql`VACUUM ANALYZE processing_log`.execute(db);
    await sql`VACUUM ANALYZE user_audit_log`.execute(db);
    console.log(`Gevuld: ${TOTAL.toLocaleString('nl-NL')} logregels (${String(Math.round(V1_SHARE * 100))} % hashversie 1) in ${fillSeconds.toFixed(1)} s.`);

    const load = loadavg()[0] ?? Number.NaN;
    await readOnly(db); // warm the caches, so every run below reads the same pages
    const [readRows, readSeconds] = await timed(() => readOnly(db));
    const [, shaSeconds] = await timed(() => sha256InDatabase(db));
    const nodeHashSeconds = await hashOnlyInNode(db, readRows);
    const [, previousSeconds] = await timed(() => previousVerifier(db));
    const runs: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      const cpuBefore = await clusterCpuSeconds(db);
      const [result, seconds] = await timed(() => verifyLogChains(db));
      cpu.push((await clusterCpuSeconds(db)) - cpuBefore);
      if (result.firstBreak || result.rows !== readRows) throw new Error(`onverwachte uitkomst: ${JSON.stringify(result)}`);
      runs.push(seconds);
    }
    const median = [...runs].sort((x, y) => x - y)[1] ?? Infinity;
    const medianCpu = [...cpu].sort((x, y) => x - y)[1] ?? Number.NaN;

    line('verifyLogChains (mediaan van 3)', readRows, median);
    console.log(`${''.padEnd(44)} runs: ${runs.map((s) => rate(readRows, s)).join(' / ')} rijen/s`);
    // CPU of the cluster per run, whatever else the machine is doing; `cores` of them at once is the ceiling.
    const cores = availableParallelism();
    console.log(`${''.padEnd(44)} CPU (PostgreSQL): ${medianCpu.toFixed(2)} s per run; bij ${String(cores)} vrije kernen ten hoogste ${rate(readRows, medianCpu / cores)} rijen/s`);
    console.log(`${''.padEnd(44)} belasting (load average 1 min) voor de metingen: ${load.toFixed(1)}`);
    line('basis: alleen lezen (SQL, 2 tabellen tegelijk)', readRows, readSeconds);
    line('basis: alleen sha256 (SQL, 2 tabellen tegelijk)', readRows, shaSeconds);
    line('basis: alleen SHA-256 (Node, 1 thread)', readRows, nodeHashSeconds);
    line('basis: vorige verifier (1d41e1a)', readRows, previousSeconds);
    console.log(`verifyLogChains / vorige verifier: ${(previousSeconds / median).toFixed(1)}×; / alleen lezen: ${(readSeconds / median).toFixed(2)}×`);
    ok = readRows / median >= TARGET;
    console.log(`Doel ≥ ${TARGET.toLocaleString('nl-NL')} rijen/s: ${ok ? 'gehaald' : 'NIET gehaald'}.`);
  } finally {
    await db.destroy();
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

await main();
