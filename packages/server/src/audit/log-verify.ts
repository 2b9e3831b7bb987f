import type { DbOrTrx } from '../db/database.ts';
import { GENESIS_HASH, LOG_CHAINS } from './audit.repository.ts';
import { chainHash, processingLogFields, userAuditFields } from './log-hash.ts';

export interface ChainBreak {
  readonly table: 'processing_log' | 'user_audit_log';
  readonly chain: number;
  readonly id: string;
  readonly reason: 'prev-hash-mismatch' | 'row-hash-mismatch';
}

export interface VerifyResult {
  readonly rows: number;
  readonly firstBreak: ChainBreak | undefined;
}

const BATCH = 5_000;

/**
 * Recomputes every hash chain of both logs from the genesis hash and reports the first broken row:
 * a row whose stored previous hash is not its predecessor's hash (a row was removed or inserted), or
 * whose own hash does not match its fields (a row was changed).
 */
export async function verifyLogChains(db: DbOrTrx): Promise<VerifyResult> {
  let rows = 0;
  for (const table of ['processing_log', 'user_audit_log'] as const) {
    for (let chain = 0; chain < LOG_CHAINS; chain++) {
      let prev = GENESIS_HASH;
      let lastId = '0';
      for (;;) {
        const batch =
          table === 'processing_log'
            ? await db.selectFrom('processing_log').selectAll().where('chain', '=', chain).where('id', '>', lastId).orderBy('id').limit(BATCH).execute()
            : await db.selectFrom('user_audit_log').selectAll().where('chain', '=', chain).where('id', '>', lastId).orderBy('id').limit(BATCH).execute();
        for (const row of batch) {
          rows++;
          if (row.prev_hash !== prev) return { rows, firstBreak: { table, chain, id: row.id, reason: 'prev-hash-mismatch' } };
          const fields = 'trace_id' in row ? processingLogFields(row) : userAuditFields(row);
          const expected = chainHash(prev, fields);
          if (row.row_hash !== expected) return { rows, firstBreak: { table, chain, id: row.id, reason: 'row-hash-mismatch' } };
          prev = row.row_hash;
          lastId = row.id;
        }
        if (batch.length < BATCH) break;
      }
    }
  }
  return { rows, firstBreak: undefined };
}
