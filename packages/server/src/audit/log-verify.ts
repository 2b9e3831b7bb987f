import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { GENESIS_HASH } from './audit.repository.ts';
import { chainHash, processingLogFields, processingLogRecord, recordHash, userAuditFields, userAuditRecord } from './log-hash.ts';

export type LogTable = 'processing_log' | 'user_audit_log';
export const LOG_TABLES: readonly LogTable[] = ['processing_log', 'user_audit_log'];

export interface ChainBreak {
  readonly table: LogTable;
  readonly chain: number;
  /** 1-based position of the row among its chain's rows in id order. */
  readonly sequence: number;
  readonly id: string;
  /**
   * prev-hash-mismatch: a row before this one in its chain was removed or inserted (or rows were reordered);
   * row-hash-mismatch: this row was changed; definition-changed: the table definition that generates the stored
   * record was altered, so no version-2 row from this one on can be trusted (ADR 0009).
   */
  readonly reason: 'prev-hash-mismatch' | 'row-hash-mismatch' | 'definition-changed';
}

export interface VerifyResult {
  readonly rows: number;
  readonly firstBreak: ChainBreak | undefined;
}

/** Rows per keyset batch; large enough that round trips do not matter, small enough to stay in memory. */
export const VERIFY_BATCH = 20_000;

// Timestamps for hash version 1 as `Date.prototype.toISOString()` writes them (UTC, milliseconds); for version 2 with
// microseconds (log-hash.ts epochText turns them into epoch seconds).
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const ISO_US = `'YYYY-MM-DD"T"HH24:MI:SS.US'`;
const utc = (column: string, format: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', ${format})`);

interface LogRow {
  readonly id: string;
  readonly chain: number;
  readonly prev: string;
  readonly hash: string;
  /** The hash recomputed from the row's columns in Node (never from the stored `record`). */
  readonly recomputed: string;
}

/**
 * One keyset batch of a log in id order (all chains interleaved), each row's hash recomputed from its columns the
 * way its hash version prescribes (log-hash.ts). Independent of the SQL verifier below: it reads the columns, not the
 * generated `record`, and encodes them in JavaScript.
 */
export async function readLogBatch(db: DbOrTrx, table: LogTable, afterId: string, limit = VERIFY_BATCH): Promise<LogRow[]> {
  if (table === 'processing_log') {
    const result = await sql<{
      id: string; chain: number; hash_version: number; prev_hash: string; row_hash: string; trace_id: string; span_id: string; parent_span_id: string | null;
      operation_id: string; operation_name: string; started_ms: string; ended_ms: string; started_us: string; ended_us: string; status: string;
      activity_id: string; subject_hashes: string[]; subject_count: number;
    }>`SELECT id, chain, hash_version, prev_hash, row_hash, trace_id, span_id, parent_span_id, operation_id, operation_name,
        ${utc('started_at', ISO)} AS started_ms, ${utc('ended_at', ISO)} AS ended_ms, ${utc('started_at', ISO_US)} AS started_us, ${utc('ended_at', ISO_US)} AS ended_us,
        status, activity_id, subject_hashes, subject_count
      FROM processing_log WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`.execute(db);
    return result.rows.map((row) => ({
      id: row.id, chain: row.chain, prev: row.prev_hash, hash: row.row_hash,
      recomputed:
        row.hash_version === 1 ? chainHash(row.prev_hash, processingLogFields({ ...row, started_at: row.started_ms, ended_at: row.ended_ms }))
        : row.hash_version === 2 ? recordHash(row.prev_hash, processingLogRecord({ ...row, started_at: row.started_us, ended_at: row.ended_us }))
        : '',
    }));
  }
  const result = await sql<{
    id: string; chain: number; hash_version: number; prev_hash: string; row_hash: string; operation_id: string; at_ms: string; at_us: string; user_id: string | null;
    user_name: string; organisation_id: string | null; role: string; action: string; record_type: string; record_id: string | null; purpose: string;
    legal_ground: string; outcome: string;
  }>`SELECT id, chain, hash_version, prev_hash, row_hash, operation_id, ${utc('at', ISO)} AS at_ms, ${utc('at', ISO_US)} AS at_us, user_id, user_name,
      organisation_id, role, action, record_type, record_id, purpose, legal_ground, outcome
    FROM user_audit_log WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`.execute(db);
  return result.rows.map((row) => ({
    id: row.id, chain: row.chain, prev: row.prev_hash, hash: row.row_hash,
    recomputed:
      row.hash_version === 1 ? chainHash(row.prev_hash, userAuditFields({ ...row, at: row.at_ms }))
      : row.hash_version === 2 ? recordHash(row.prev_hash, userAuditRecord({ ...row, at: row.at_us }))
      : '',
  }));
}

/**
 * Verifies every chain of one log in a single pass in id order, keeping each chain's head and length; the next
 * batch is already being read while this one is checked. Stops at the table's first broken row, or (the user audit
 * log) when `stop.broken` says the processing log already broke.
 */
async function verifyTable(db: DbOrTrx, table: LogTable, stop: { broken: boolean }): Promise<VerifyResult> {
  const heads = new Map<number, { hash: string; length: number }>();
  let rows = 0;
  let pending = readLogBatch(db, table, '0');
  for (;;) {
    const batch = await pending;
    const last = batch.at(-1);
    if (last === undefined || stop.broken) break;
    if (batch.length === VERIFY_BATCH) {
      pending = readLogBatch(db, table, last.id);
      // Handled here so an early return cannot leave an unhandled rejection; `await pending` still throws.
      pending.catch(() => undefined);
    }
    for (const row of batch) {
      rows++;
      const head = heads.get(row.chain) ?? { hash: GENESIS_HASH, length: 0 };
      const reason = row.prev !== head.hash ? 'prev-hash-mismatch' : row.hash !== row.recomputed ? 'row-hash-mismatch' : undefined;
      if (reason) {
        // A break in the processing log is reported before any in the audit log, so only it ends the other pass.
        if (table === 'processing_log') stop.broken = true;
        return { rows, firstBreak: { table, chain: row.chain, sequence: head.length + 1, id: row.id, reason } };
      }
      heads.set(row.chain, { hash: row.hash, length: head.length + 1 });
    }
    if (batch.length < VERIFY_BATCH) break;
  }
  return { rows, firstBreak: undefined };
}

/**
 * Recomputes every hash chain of both logs from the genesis hash in Node and reports the first broken row: a row
 * whose stored previous hash is not its chain predecessor's hash (a row was removed or inserted), or whose own hash
 * does not match its columns (a row was changed). Within a log the first break is the one with the lowest id; a
 * break in the processing log is reported before one in the user audit log. `rows` counts the rows checked.
 * Slow (every field goes through JavaScript); it is the independent implementation `verifyLogChains` is held to.
 */
export async function verifyLogChainsInNode(db: DbOrTrx): Promise<VerifyResult> {
  const stop = { broken: false };
  const [processing, audit] = await Promise.all([verifyTable(db, 'processing_log', stop), verifyTable(db, 'user_audit_log', stop)]);
  return { rows: processing.rows + audit.rows, firstBreak: processing.firstBreak ?? audit.firstBreak };
}

/** The hash version 1 input as bytea: each field preceded by 0x1f, NULL as 0x00 (as chainHash in log-hash.ts). */
function fieldBytes(expressions: readonly string[]): string {
  return expressions.map((e) => `'\\x1f'::bytea || coalesce(convert_to((${e})::text, 'UTF8'), '\\x00'::bytea)`).join(' || ');
}

const ISO_SQL = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

/** Hash version 1 input per table as an SQL bytea expression over the columns (also the previous verifier's, for the bench). */
export const V1_INPUT: Record<LogTable, string> = {
  processing_log: fieldBytes([
    'trace_id', 'span_id', 'parent_span_id', 'operation_id', 'operation_name', ISO_SQL('started_at'), ISO_SQL('ended_at'),
    'status', 'activity_id', "array_to_string(subject_hashes, ',')", 'subject_count',
  ]),
  user_audit_log: fieldBytes([
    'operation_id', ISO_SQL('at'), 'user_id', 'user_name', 'organisation_id', 'role', 'action', 'record_type', 'record_id',
    'purpose', 'legal_ground', 'outcome',
  ]),
};

/**
 * SHA-256 (hex) of the deparsed generation expression of each table's `record` column and of the function it calls,
 * as migration 2026-11-23T0810-log-record created them (deparsed with search_path `public`). A different value means
 * the table definition was altered (ALTER TABLE … SET EXPRESSION / DROP EXPRESSION, or the function replaced).
 * A new PostgreSQL major version could deparse differently: then `log-verify.test.ts` fails first.
 */
export const RECORD_DEFINITIONS = {
  processing_log: '3564a7d3ef1722769b0d27fb18ca4fda151ea969ab3c3ff476f7ce743dd187a2',
  user_audit_log: 'f4b06b3aca907b542575d724a2815de84ad8c06cb5a83a5f9d7270ef28fb624d',
  kt_log_text_array: '949d247ee68dc30cb258878675ddc4a93416bce33c55121bc870e2a118d17505',
} as const;

interface Definition {
  readonly table: LogTable;
  /** The table still has a `record` column (a dropped one is a changed definition, and cannot be read). */
  readonly hasRecord: boolean;
  readonly intact: boolean;
  /** What the catalog holds, to update RECORD_DEFINITIONS after a deliberate migration. */
  readonly found: { readonly expression: string | null; readonly fn: string | null };
}

/** Checks in the catalog that each log table is a plain table whose `record` is still generated by the migration's expression. */
export async function checkDefinitions(db: DbOrTrx): Promise<Definition[]> {
  const run = async (trx: DbOrTrx) => {
    await sql`SET LOCAL search_path TO public`.execute(trx);
    const result = await sql<{ table: string; relkind: string; relrowsecurity: boolean; attgenerated: string | null; expression: string | null; fn: string | null }>`
      SELECT c.relname AS table, c.relkind, c.relrowsecurity, a.attgenerated,
        encode(sha256(convert_to(pg_get_expr(d.adbin, d.adrelid), 'UTF8')), 'hex') AS expression,
        (SELECT encode(sha256(convert_to(pg_get_functiondef(p.oid), 'UTF8')), 'hex') FROM pg_proc p WHERE p.oid = to_regprocedure('kt_log_text_array(text[])')) AS fn
      FROM pg_class c
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'record' AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.oid IN (to_regclass('processing_log'), to_regclass('user_audit_log'))`.execute(trx);
    return result.rows;
  };
  const rows = db.isTransaction ? await run(db) : await db.transaction().execute(run);
  return LOG_TABLES.map((table) => {
    const row = rows.find((r) => r.table === table);
    const intact =
      row !== undefined && row.relkind === 'r' && !row.relrowsecurity && row.attgenerated === 's' &&
      row.expression === RECORD_DEFINITIONS[table] && row.fn === RECORD_DEFINITIONS.kt_log_text_array;
    return { table, hasRecord: row?.attgenerated != null, intact, found: { expression: row?.expression ?? null, fn: row?.fn ?? null } };
  });
}

/**
 * Runs `query` with PostgreSQL's parallel workers off. `verifyLogChains` already runs its four scans at once, one
 * per connection; workers on top of that only add process start-up and coordination (ADR 0020). Inside a caller's
 * transaction the caller's settings are left alone.
 */
async function withoutParallelWorkers<T>(db: DbOrTrx, query: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return query(db);
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(trx);
    return query(trx);
  });
}

/**
 * The row-hash check: one sequential scan, one sha256 per row over the stored record (hash version 2) or over the
 * columns formatted as hash version 1 did. Returns the row count and the lowest id whose hash does not match.
 */
async function firstHashBreak(db: DbOrTrx, table: LogTable, hasRecord: boolean): Promise<{ rows: number; id: string | null }> {
  const result = await withoutParallelWorkers(db, (trx) => sql<{ rows: string; id: string | null }>`
    SELECT count(*) AS rows, min(id) FILTER (WHERE row_hash IS DISTINCT FROM CASE hash_version
        WHEN 2 THEN encode(sha256(convert_to(prev_hash || ${sql.raw(hasRecord ? 'record' : 'NULL::text')}, 'UTF8')), 'hex')
        WHEN 1 THEN encode(sha256(convert_to(prev_hash, 'UTF8') || ${sql.raw(V1_INPUT[table])}), 'hex')
      END) AS id
    FROM ${sql.table(table)}`.execute(trx));
  return { rows: Number(result.rows[0]?.rows ?? 0), id: result.rows[0]?.id ?? null };
}

/**
 * The link check: each row's stored previous hash must be its chain predecessor's hash (genesis for the first),
 * predecessors taken in id order. Reads (chain, id, prev_hash, row_hash) from the covering index in chain order, so
 * there is nothing to sort. Returns the lowest id of a row whose link is broken, with its chain and position.
 */
async function firstLinkBreak(db: DbOrTrx, table: LogTable): Promise<{ id: string; chain: number; sequence: number } | undefined> {
  const result = await sql<{ id: string; chain: number; sequence: string }>`
    SELECT id, chain, sequence FROM (
      SELECT id, chain, row_number() OVER w AS sequence, prev_hash <> lag(row_hash, 1, ${GENESIS_HASH}) OVER w AS broken
      FROM ${sql.table(table)} WINDOW w AS (PARTITION BY chain ORDER BY id)
    ) l WHERE broken ORDER BY id LIMIT 1`.execute(db);
  const row = result.rows[0];
  return row ? { id: row.id, chain: row.chain, sequence: Number(row.sequence) } : undefined;
}

/** Chain and position of a row (an index-only count on the chain index). */
async function locate(db: DbOrTrx, table: LogTable, id: string): Promise<{ chain: number; sequence: number }> {
  const result = await sql<{ chain: number; sequence: string }>`
    SELECT r.chain, (SELECT count(*) FROM ${sql.table(table)} s WHERE s.chain = r.chain AND s.id <= r.id) AS sequence
    FROM ${sql.table(table)} r WHERE r.id = ${id}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error(`logregel ${id} niet gevonden`);
  return { chain: row.chain, sequence: Number(row.sequence) };
}

async function firstVersion2Row(db: DbOrTrx, table: LogTable): Promise<string | undefined> {
  const result = await sql<{ id: string | null }>`SELECT min(id) AS id FROM ${sql.table(table)} WHERE hash_version = 2`.execute(db);
  return result.rows[0]?.id ?? undefined;
}

/**
 * Recomputes every hash chain of both logs inside PostgreSQL and reports the first broken row (ADR 0009): per log a
 * row-hash check (sequential scan, sha256 over the stored record) and a link check (index-only scan in chain order),
 * all four at once on separate connections when given a pool, after a catalog check that the stored record is still
 * generated by the migration's expression. Within a log the lowest broken id is reported (a link break before a
 * row-hash break on the same row); the processing log before the user audit log. `verifyLogChainsInNode` is the
 * independent implementation in Node that the tests hold this one to.
 */
export async function verifyLogChains(db: DbOrTrx): Promise<VerifyResult> {
  const definitions = await checkDefinitions(db);
  const checks = await Promise.all(
    LOG_TABLES.map(async (table) => {
      const definition = definitions.find((d) => d.table === table);
      const [hashCheck, link] = await Promise.all([firstHashBreak(db, table, definition?.hasRecord ?? false), firstLinkBreak(db, table)]);
      return { table, definition, hashCheck, link };
    }),
  );
  const results: VerifyResult[] = [];
  for (const { table, definition, hashCheck, link } of checks) {
    let firstBreak: ChainBreak | undefined;
    const definitionBreak = definition?.intact === false ? await firstVersion2Row(db, table) : undefined;
    if (definitionBreak !== undefined) {
      firstBreak = { table, ...(await locate(db, table, definitionBreak)), id: definitionBreak, reason: 'definition-changed' };
    }
    if (link && (firstBreak === undefined || BigInt(link.id) <= BigInt(firstBreak.id))) {
      firstBreak = { table, ...link, reason: 'prev-hash-mismatch' };
    }
    if (hashCheck.id !== null && (firstBreak === undefined || BigInt(hashCheck.id) < BigInt(firstBreak.id))) {
      firstBreak = { table, ...(await locate(db, table, hashCheck.id)), id: hashCheck.id, reason: 'row-hash-mismatch' };
    }
    results.push({ rows: hashCheck.rows, firstBreak });
  }
  return { rows: results.reduce((n, r) => n + r.rows, 0), firstBreak: results.find((r) => r.firstBreak)?.firstBreak };
}
