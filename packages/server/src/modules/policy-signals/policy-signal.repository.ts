import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

export async function insertSignal(db: DbOrTrx, row: { table_id: string; kind: 'neighbourhood-problem' | 'chain-cooperation-gap' | 'other'; area: string; description: string; recorded_by: string }) {
  return db.insertInto('policy_signals').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function listSignals(db: DbOrTrx, tableId: string) {
  return db
    .selectFrom('policy_signals as s')
    .innerJoin('users as u', 'u.id', 's.recorded_by')
    .select(['s.id', 's.kind', 's.area', 's.description', 's.recorded_at', 'u.display_name'])
    .where('s.table_id', '=', tableId)
    .orderBy('s.recorded_at', 'desc')
    .limit(1000)
    .execute();
}

/**
 * Whether any word of the text is a name part of a young person or legal representative of the table's cases.
 * Matched inside PostgreSQL: no name leaves the database, only yes or no, for a chain director of the table
 * (who may see these cases anyway).
 */
export async function textNamesAPersonOfTable(db: DbOrTrx, tableId: string, words: readonly string[]): Promise<boolean> {
  if (words.length === 0) return false;
  const result = await sql<{ found: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM cases c
      LEFT JOIN subjects s ON s.id = c.subject_id
      LEFT JOIN legal_representatives lr ON lr.case_id = c.id
      WHERE c.table_id = ${tableId}
        AND (regexp_split_to_array(lower(coalesce(s.full_name, '')), '[^[:alpha:]]+') && ${[...words]}::text[]
          OR regexp_split_to_array(lower(coalesce(lr.full_name, '')), '[^[:alpha:]]+') && ${[...words]}::text[])
    ) AS found`.execute(db);
  return result.rows[0]?.found ?? false;
}
