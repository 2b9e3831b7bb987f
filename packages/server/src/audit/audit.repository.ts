import { sql, type Insertable } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Number of independent hash chains per log, so concurrent transactions do not queue on one lock. */
export const LOG_CHAINS = 8;
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Takes the chain's transaction-scoped lock (one lock covers the chain in both logs) and returns the
 * heads of both chains and the keyed hashes of the given subjects, in one round trip
 * (migration 2026-11-23T0600-log-chain-heads).
 */
export async function lockChainHeads(trx: DbOrTrx, chain: number, subjectIds: readonly string[]) {
  const result = await sql<{ processing_head: string | null; audit_head: string | null; subject_hashes: string[] }>`
    SELECT * FROM kt_lock_log_chain(${chain}, ${subjectIds}::uuid[])`.execute(trx);
  const row = result.rows[0];
  return {
    processingHead: row?.processing_head ?? GENESIS_HASH,
    auditHead: row?.audit_head ?? GENESIS_HASH,
    subjectHashes: row?.subject_hashes ?? [],
  };
}

/** Inserts the processing-log rows and the user-audit row in one statement. */
export async function insertLogRows(
  trx: DbOrTrx,
  processing: Insertable<Database['processing_log']> & { subject_hashes: readonly string[] },
  audit: Insertable<Database['user_audit_log']>,
): Promise<void> {
  await trx
    .with('processing', (db) => db.insertInto('processing_log').values({ ...processing, subject_hashes: sql`${processing.subject_hashes}::text[]` }))
    .insertInto('user_audit_log')
    .values(audit)
    .execute();
}
