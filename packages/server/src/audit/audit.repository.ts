import { sql, type Insertable } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Number of independent hash chains per log, so concurrent transactions do not queue on one lock. */
export const LOG_CHAINS = 8;
export const GENESIS_HASH = '0'.repeat(64);

const LOCK_BASE = 7_100_000;

/**
 * Takes the chain's transaction-scoped lock (one lock covers the chain in both logs) and returns the
 * heads of both chains and the keyed hashes of the given subjects, in two round trips.
 */
export async function lockChainHeads(trx: DbOrTrx, chain: number, subjectIds: readonly string[]) {
  await sql`SELECT pg_advisory_xact_lock(${LOCK_BASE + chain})`.execute(trx);
  const result = await sql<{ processing: string | null; audit: string | null; hashes: string[] }>`
    SELECT
      (SELECT row_hash FROM processing_log WHERE chain = ${chain} ORDER BY id DESC LIMIT 1) AS processing,
      (SELECT row_hash FROM user_audit_log WHERE chain = ${chain} ORDER BY id DESC LIMIT 1) AS audit,
      ARRAY(
        SELECT encode(hmac(convert_to(id::text, 'UTF8'), log_key, 'sha256'), 'hex')
        FROM subjects WHERE id = ANY(${subjectIds}::uuid[])
      ) AS hashes`.execute(trx);
  const row = result.rows[0];
  return {
    processingHead: row?.processing ?? GENESIS_HASH,
    auditHead: row?.audit ?? GENESIS_HASH,
    subjectHashes: row?.hashes ?? [],
  };
}

/** Inserts the processing-log rows and the user-audit row in one statement. */
export async function insertLogRows(
  trx: DbOrTrx,
  processing: Insertable<Database['processing_log']>[],
  audit: Insertable<Database['user_audit_log']>,
): Promise<void> {
  await trx
    .with('processing', (db) => db.insertInto('processing_log').values(processing))
    .insertInto('user_audit_log')
    .values(audit)
    .execute();
}
