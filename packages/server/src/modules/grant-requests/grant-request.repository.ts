import type { DbOrTrx } from '../../db/database.ts';

/**
 * Grant requests with what presenting and the access policy need (`unsafe`: no access filter — the service evaluates
 * the domain policy on each row). `where` narrows in SQL: by case, by requesting organisation, or by owner.
 */
export async function unsafeGrantRequests(
  db: DbOrTrx,
  where: { readonly caseId?: string; readonly requesterOrganisationId?: string; readonly ownerOrganisationId?: string; readonly tableIds?: readonly string[]; readonly id?: string },
  options: { readonly forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('grant_requests as r')
    .innerJoin('contributions as c', 'c.id', 'r.contribution_id')
    .innerJoin('cases', 'cases.id', 'c.case_id')
    .innerJoin('organisations as owner', 'owner.id', 'c.owner_organisation_id')
    .innerJoin('organisations as requester', 'requester.id', 'r.requester_organisation_id')
    .leftJoin('contribution_grants as g', 'g.id', 'r.grant_id')
    .select([
      'r.id',
      'r.contribution_id',
      'r.requester_organisation_id',
      'requester.name as requester_name',
      'r.requested_by',
      'r.requested_at',
      'r.activity',
      'r.motivation',
      'r.status',
      'r.decided_at',
      'r.refusal_reason',
      'r.grant_id',
      'g.withdrawn_at as grant_withdrawn_at',
      'c.kind',
      'c.category',
      'c.owner_organisation_id',
      'owner.name as owner_name',
      'cases.id as case_id',
      'cases.reference',
      'cases.table_id',
      'cases.subject_id',
    ]);
  if (where.id !== undefined) query = query.where('r.id', '=', where.id);
  if (where.caseId !== undefined) query = query.where('cases.id', '=', where.caseId);
  if (where.requesterOrganisationId !== undefined) query = query.where('r.requester_organisation_id', '=', where.requesterOrganisationId);
  if (where.ownerOrganisationId !== undefined) query = query.where('c.owner_organisation_id', '=', where.ownerOrganisationId);
  if (where.tableIds !== undefined) {
    if (where.tableIds.length === 0) return [];
    query = query.where('cases.table_id', 'in', where.tableIds);
  }
  query = query.orderBy('r.requested_at', 'desc').orderBy('r.id').limit(500);
  if (options.forUpdate) query = query.forUpdate('r');
  return query.execute();
}

export type GrantRequestRow = Awaited<ReturnType<typeof unsafeGrantRequests>>[number];

export async function insertGrantRequest(
  db: DbOrTrx,
  row: { contribution_id: string; requester_organisation_id: string; requested_by: string; activity: string; motivation: string },
) {
  return db.insertInto('grant_requests').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function markGranted(db: DbOrTrx, id: string, by: string, at: Date, grantId: string): Promise<void> {
  await db.updateTable('grant_requests').set({ status: 'granted', decided_by: by, decided_at: at, grant_id: grantId }).where('id', '=', id).where('status', '=', 'open').execute();
}

export async function markRefused(db: DbOrTrx, id: string, by: string, at: Date, reason: string): Promise<void> {
  await db.updateTable('grant_requests').set({ status: 'refused', decided_by: by, decided_at: at, refusal_reason: reason }).where('id', '=', id).where('status', '=', 'open').execute();
}
