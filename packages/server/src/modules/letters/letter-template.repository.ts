import type { DbOrTrx } from '../../db/database.ts';

/** The saved templates of one table (kinds without a row use the shipped default). */
export async function templatesOfTable(db: DbOrTrx, tableId: string) {
  return db.selectFrom('letter_templates').select(['kind', 'body', 'privacy_contact', 'version_hash', 'updated_at']).where('table_id', '=', tableId).execute();
}

export async function templateOf(db: DbOrTrx, tableId: string, kind: string) {
  return db
    .selectFrom('letter_templates')
    .select(['kind', 'body', 'privacy_contact', 'version_hash', 'updated_at'])
    .where('table_id', '=', tableId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function upsertTemplate(
  db: DbOrTrx,
  row: { table_id: string; kind: string; body: string; privacy_contact: string; version_hash: string; updated_by: string; updated_at: Date },
): Promise<void> {
  await db
    .insertInto('letter_templates')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['table_id', 'kind']).doUpdateSet({
        body: row.body,
        privacy_contact: row.privacy_contact,
        version_hash: row.version_hash,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
