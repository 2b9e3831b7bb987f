import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { GENESIS_HASH } from './audit.repository.ts';
import { chainHash, processingLogFields, userAuditFields } from './log-hash.ts';

export type LogTable = 'processing_log' | 'user_audit_log';

export interface ChainBreak {
  readonly table: LogTable;
  readonly chain: number;
  readonly id: string;
  readonly reason: 'prev-hash-mismatch' | 'row-hash-mismatch';
}

export interface VerifyResult {
  readonly rows: number;
  readonly firstBreak: ChainBreak | undefined;
}

/** Rows per keyset batch; large enough that round trips do not matter, small enough to stay in memory. */
export const VERIFY_BATCH = 20_000;

// Timestamps as `Date.prototype.toISOString()` writes them (UTC, milliseconds), so the rows need no Date parsing.
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * One keyset batch of a log in id order (all chains interleaved; the primary key is read in order),
 * every hashed field already in the canonical text form of log-hash.ts (timestamps as ISO-8601 UTC with
 * milliseconds, subject hashes comma-joined), so verification does no Date or array parsing in JavaScript.
 */
export async function readLogBatch(db: DbOrTrx, table: LogTable, afterId: string, limit = VERIFY_BATCH) {
  if (table === 'processing_log') {
    const result = await sql<{
      id: string; chain: number; prev_hash: string; row_hash: string; trace_id: string; span_id: string; parent_span_id: string | null; operation_id: string;
      operation_name: string; started_at: string; ended_at: string; status: string; activity_id: string; subject_hashes: string; subject_count: number;
    }>`SELECT id, chain, prev_hash, row_hash, trace_id, span_id, parent_span_id, operation_id, operation_name,
        to_char(started_at AT TIME ZONE 'UTC', ${sql.raw(ISO)}) AS started_at, to_char(ended_at AT TIME ZONE 'UTC', ${sql.raw(ISO)}) AS ended_at,
        status, activity_id, array_to_string(subject_hashes, ',') AS subject_hashes, subject_count
      FROM processing_log WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`.execute(db);
    return result.rows.map((row) => ({ id: row.id, chain: row.chain, prev: row.prev_hash, hash: row.row_hash, fields: processingLogFields(row) }));
  }
  const result = await sql<{
    id: string; chain: number; prev_hash: string; row_hash: string; operation_id: string; at: string; user_id: string | null; user_name: string;
    organisation_id: string | null; role: string; action: string; record_type: string; record_id: string | null; purpose: string; legal_ground: string; outcome: string;
  }>`SELECT id, chain, prev_hash, row_hash, operation_id, to_char(at AT TIME ZONE 'UTC', ${sql.raw(ISO)}) AS at, user_id, user_name, organisation_id,
      role, action, record_type, record_id, purpose, legal_ground, outcome
    FROM user_audit_log WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`.execute(db);
  return result.rows.map((row) => ({ id: row.id, chain: row.chain, prev: row.prev_hash, hash: row.row_hash, fields: userAuditFields(row) }));
}

/**
 * Verifies every chain of one log in a single pass in id order, keeping each chain's head; the next
 * batch is already being read while this one is hashed. Stops at the table's first broken row, or when
 * `stop.broken` says the other log already broke.
 */
async function verifyTable(db: DbOrTrx, table: LogTable, stop: { broken: boolean }): Promise<VerifyResult> {
  const heads = new Map<number, string>();
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
      const prev = heads.get(row.chain) ?? GENESIS_HASH;
      const reason = row.prev !== prev ? 'prev-hash-mismatch' : row.hash !== chainHash(prev, row.fields) ? 'row-hash-mismatch' : undefined;
      if (reason) {
        stop.broken = true;
        return { rows, firstBreak: { table, chain: row.chain, id: row.id, reason } };
      }
      heads.set(row.chain, row.hash);
    }
    if (batch.length < VERIFY_BATCH) break;
  }
  return { rows, firstBreak: undefined };
}

/**
 * Recomputes every hash chain of both logs from the genesis hash and reports the first broken row: a
 * row whose stored previous hash is not its chain predecessor's hash (a row was removed or inserted), or
 * whose own hash does not match its fields (a row was changed). Both logs are read at the same time;
 * within a log the first break is the one with the lowest id, and a break in the processing log is
 * reported before one in the user audit log. `rows` counts the rows checked.
 */
export async function verifyLogChainsInNode(db: DbOrTrx): Promise<VerifyResult> {
  const stop = { broken: false };
  const [processing, audit] = await Promise.all([verifyTable(db, 'processing_log', stop), verifyTable(db, 'user_audit_log', stop)]);
  return { rows: processing.rows + audit.rows, firstBreak: processing.firstBreak ?? audit.firstBreak };
}

/** The hashed input of one row as bytea: each field preceded by 0x1f, NULL as 0x00 (as chainHash in log-hash.ts). */
function fieldBytes(expressions: readonly string[]): string {
  return expressions.map((e) => `'\\x1f'::bytea || coalesce(convert_to((${e})::text, 'UTF8'), '\\x00'::bytea)`).join(' || ');
}

const ISO_SQL = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

const HASH_INPUT: Record<LogTable, string> = {
  processing_log: fieldBytes([
    'trace_id', 'span_id', 'parent_span_id', 'operation_id', 'operation_name', ISO_SQL('started_at'), ISO_SQL('ended_at'),
    'status', 'activity_id', "array_to_string(subject_hashes, ',')", 'subject_count',
  ]),
  user_audit_log: fieldBytes([
    'operation_id', ISO_SQL('at'), 'user_id', 'user_name', 'organisation_id', 'role', 'action', 'record_type', 'record_id',
    'purpose', 'legal_ground', 'outcome',
  ]),
};

async function verifyTableInDatabase(db: DbOrTrx, table: LogTable): Promise<VerifyResult> {
  const result = await sql<{ rows: string; id: string | null; chain: number | null; reason: 'prev-hash-mismatch' | 'row-hash-mismatch' | null }>`
    WITH r AS (
      SELECT id, chain,
        prev_hash <> lag(row_hash, 1, ${GENESIS_HASH}) OVER (PARTITION BY chain ORDER BY id) AS prev_broken,
        row_hash <> encode(sha256(convert_to(prev_hash, 'UTF8') || ${sql.raw(HASH_INPUT[table])}), 'hex') AS row_broken
      FROM ${sql.table(table)}
    )
    SELECT (SELECT count(*) FROM r) AS rows, b.id, b.chain, b.reason
    FROM (SELECT 1) AS one
    LEFT JOIN (
      SELECT id, chain, CASE WHEN prev_broken THEN 'prev-hash-mismatch' ELSE 'row-hash-mismatch' END AS reason
      FROM r WHERE prev_broken OR row_broken ORDER BY id LIMIT 1
    ) AS b ON true`.execute(db);
  const row = result.rows[0];
  const rows = Number(row?.rows ?? 0);
  if (!row || row.id === null || row.chain === null || row.reason === null) return { rows, firstBreak: undefined };
  return { rows, firstBreak: { table, chain: row.chain, id: row.id, reason: row.reason } };
}

/**
 * Recomputes every hash chain of both logs inside PostgreSQL (window function per chain, sha256 over the
 * same bytes as chainHash in log-hash.ts) and reports the first broken row: a row whose stored previous
 * hash is not its chain predecessor's hash (a row was removed or inserted), or whose own hash does not
 * match its fields (a row was changed). The lowest id within a log is reported; the processing log
 * before the user audit log. `verifyLogChainsInNode` is the independent implementation in Node that the
 * tests hold this one to.
 */
export async function verifyLogChains(db: DbOrTrx): Promise<VerifyResult> {
  const [processing, audit] = await Promise.all([verifyTableInDatabase(db, 'processing_log'), verifyTableInDatabase(db, 'user_audit_log')]);
  return { rows: processing.rows + audit.rows, firstBreak: processing.firstBreak ?? audit.firstBreak };
}
