import type { DbOrTrx } from '../../db/database.ts';

export async function listPartnerQueries(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('partner_queries as q')
    .innerJoin('organisations as o', 'o.id', 'q.organisation_id')
    .select(['q.id', 'o.name as organisation', 'q.question', 'q.deadline'])
    .where('q.case_id', '=', caseId)
    .orderBy('q.sent_at')
    .execute();
}

export async function insertPartnerQuery(
  db: DbOrTrx,
  row: { case_id: string; organisation_id: string; question: string; deadline: string; sent_by: string },
) {
  return db.insertInto('partner_queries').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Whether the organisation takes part in the table (only those partners can be asked). */
export async function isTablePartner(db: DbOrTrx, tableId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('table_partners')
    .select('organisation_id')
    .where('table_id', '=', tableId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
