import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Insertable } from 'kysely';

/** Number of independent hash chains per log, so concurrent transactions do not queue on one lock. */
export const LOG_CHAINS = 8;
export const GENESIS_HASH = '0'.repeat(64);

export type LogTable = 'processing_log' | 'user_audit_log';

const LOCK_BASE: Record<LogTable, number> = { processing_log: 7_100_000, user_audit_log: 7_200_000 };

/** Takes the chain's transaction-scoped lock and returns the hash of its last row. */
export async function lockChainHead(trx: DbOrTrx, table: LogTable, chain: number): Promise<string> {
  await sql`SELECT pg_advisory_xact_lock(${LOCK_BASE[table] + chain})`.execute(trx);
  const last = await trx
    .selectFrom(table)
    .select('row_hash')
    .where('chain', '=', chain)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.row_hash ?? GENESIS_HASH;
}

export async function insertProcessingLogRows(trx: DbOrTrx, rows: Insertable<Database['processing_log']>[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('processing_log').values(rows).execute();
}

export async function insertUserAuditRow(trx: DbOrTrx, row: Insertable<Database['user_audit_log']>): Promise<void> {
  await trx.insertInto('user_audit_log').values(row).execute();
}

/** Keyed hashes of subjects, computed with each subject's own key (destroyed when the subject is deleted). */
export async function subjectHashes(trx: DbOrTrx, subjectIds: readonly string[]): Promise<string[]> {
  if (subjectIds.length === 0) return [];
  const rows = await trx
    .selectFrom('subjects')
    .select(sql<string>`encode(hmac(convert_to(id::text, 'UTF8'), log_key, 'sha256'), 'hex')`.as('hash'))
    .where('id', 'in', subjectIds)
    .execute();
  return rows.map((r) => r.hash);
}
