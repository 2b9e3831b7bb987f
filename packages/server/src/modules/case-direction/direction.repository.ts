import type { DbOrTrx } from '../../db/database.ts';

/** The direction history of one case, oldest first, with organisation and recorder names. */
export async function findTransfers(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('direction_transfers as d')
    .innerJoin('organisations as f', 'f.id', 'd.from_organisation_id')
    .innerJoin('organisations as t', 't.id', 'd.to_organisation_id')
    .innerJoin('users as u', 'u.id', 'd.recorded_by')
    .select(['d.id', 'd.from_organisation_id', 'f.name as from_name', 'd.to_organisation_id', 't.name as to_name', 'd.transferred_on', 'd.motivation', 'u.display_name as recorded_by_name', 'd.recorded_at'])
    .where('d.case_id', '=', caseId)
    .orderBy('d.transferred_on')
    .orderBy('d.recorded_at')
    .execute();
}

export type TransferRow = Awaited<ReturnType<typeof findTransfers>>[number];

/** The partners of a table, and the organisation that runs it (chain direction, ZVT-E.1). */
export async function findTableParties(db: DbOrTrx, tableId: string) {
  const [table, partners] = await Promise.all([
    db.selectFrom('tables').select('organisation_id').where('id', '=', tableId).executeTakeFirstOrThrow(),
    db
      .selectFrom('table_partners as tp')
      .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
      .select(['o.id', 'o.name'])
      .where('tp.table_id', '=', tableId)
      .orderBy('o.name')
      .execute(),
  ]);
  return { chainDirectionOrganisationId: table.organisation_id, partners };
}

export async function insertTransfer(
  db: DbOrTrx,
  row: { case_id: string; from_organisation_id: string; to_organisation_id: string; transferred_on: string; motivation: string; recorded_by: string },
) {
  return db.insertInto('direction_transfers').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function setDirection(db: DbOrTrx, caseId: string, organisationId: string, at: Date): Promise<void> {
  await db
    .updateTable('cases')
    .set({ direction_organisation_id: organisationId, last_activity_at: at, last_substantive_change_at: at })
    .where('id', '=', caseId)
    .execute();
}
