import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { LOG_TABLES, type LogTable } from './log-verify.ts';

/**
 * The head of one hash chain: its last row and how many rows the chain has. Kept outside the database (printed
 * by `npm run verify-log -- --anchor`, stored by the operator elsewhere), it lets a later check notice what chain
 * verification alone cannot: removed rows at the end of a chain, or a whole chain rewritten by someone who can
 * write to the database (ADR 0009).
 */
export interface ChainHead {
  readonly table: LogTable;
  readonly chain: number;
  readonly length: number;
  readonly id: string;
  readonly rowHash: string;
}

export interface Anchor {
  readonly createdAt: string;
  readonly heads: readonly ChainHead[];
}

/** The current head of every non-empty chain of both logs. */
export async function chainHeads(db: DbOrTrx): Promise<ChainHead[]> {
  const heads: ChainHead[] = [];
  for (const table of LOG_TABLES) {
    const result = await sql<{ chain: number; length: string; id: string; row_hash: string }>`
      SELECT DISTINCT ON (chain) chain, count(*) OVER (PARTITION BY chain) AS length, id, row_hash
      FROM ${sql.table(table)} ORDER BY chain, id DESC`.execute(db);
    for (const row of result.rows) heads.push({ table, chain: row.chain, length: Number(row.length), id: row.id, rowHash: row.row_hash });
  }
  return heads;
}

export interface AnchorMismatch {
  readonly head: ChainHead;
  readonly reason: 'missing' | 'hash-changed' | 'position-changed';
}

/**
 * Checks that every anchored head is still in its chain: the same row (id, chain) with the same hash at the same
 * position. Together with an intact chain (verifyLogChains) this means no row up to the anchor was changed,
 * removed or inserted, because each row's hash covers all rows before it in its chain.
 */
export async function checkAnchor(db: DbOrTrx, anchor: Anchor): Promise<AnchorMismatch[]> {
  const mismatches: AnchorMismatch[] = [];
  for (const head of anchor.heads) {
    const result = await sql<{ row_hash: string; position: string }>`
      SELECT r.row_hash, (SELECT count(*) FROM ${sql.table(head.table)} s WHERE s.chain = r.chain AND s.id <= r.id) AS position
      FROM ${sql.table(head.table)} r WHERE r.id = ${head.id} AND r.chain = ${head.chain}`.execute(db);
    const row = result.rows[0];
    const reason = !row ? 'missing' : row.row_hash !== head.rowHash ? 'hash-changed' : Number(row.position) !== head.length ? 'position-changed' : undefined;
    if (reason) mismatches.push({ head, reason });
  }
  return mismatches;
}
