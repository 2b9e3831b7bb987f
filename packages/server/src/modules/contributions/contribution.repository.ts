import type { DbOrTrx } from '../../db/database.ts';

/**
 * The contributions of a case with everything the access policy needs (`unsafe`: no access filter —
 * the service evaluates the domain policy on each row and drops what the caller may not see).
 */
export async function unsafeContributionsOfCase(db: DbOrTrx, caseId: string) {
  const rows = await db
    .selectFrom('contributions as c')
    .innerJoin('cases', 'cases.id', 'c.case_id')
    .innerJoin('organisations as o', 'o.id', 'c.owner_organisation_id')
    .innerJoin('users as cu', 'cu.id', 'c.created_by')
    .select([
      'c.id',
      'c.case_id',
      'c.kind',
      'c.phase',
      'c.purpose',
      'c.category',
      'c.content',
      'c.created_by',
      'cu.organisation_id as created_by_organisation_id',
      'c.created_at',
      'c.owner_organisation_id',
      'o.name as owner_organisation_name',
      'cases.table_id',
      'cases.referrer_user_id',
      'cases.case_director_user_id',
      'cases.process_key',
      'cases.process_version',
      'cases.subject_id',
    ])
    .where('c.case_id', '=', caseId)
    .orderBy('c.created_at')
    .execute();
  const grants =
    rows.length === 0
      ? []
      : await db
          .selectFrom('contribution_grants as g')
          .innerJoin('organisations as o', 'o.id', 'g.grantee_organisation_id')
          .select(['g.id', 'g.contribution_id', 'g.grantee_organisation_id', 'o.name as grantee_organisation_name', 'g.activity', 'g.granted_at', 'g.withdrawn_at'])
          .where('g.contribution_id', 'in', rows.map((r) => r.id))
          .orderBy('g.granted_at')
          .execute();
  return rows.map((row) => ({ ...row, grants: grants.filter((g) => g.contribution_id === row.id) }));
}

export type ContributionRow = Awaited<ReturnType<typeof unsafeContributionsOfCase>>[number];

/** Active releases to an organisation, at the given tables: references only, no personal data. */
export async function activeReleasesTo(db: DbOrTrx, organisationId: string, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('contribution_grants as g')
    .innerJoin('contributions as c', 'c.id', 'g.contribution_id')
    .innerJoin('cases', 'cases.id', 'c.case_id')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('organisations as o', 'o.id', 'c.owner_organisation_id')
    .select(['g.id', 'c.id as contribution_id', 'cases.id as case_id', 'cases.reference', 't.name as table_name', 'c.kind', 'c.category', 'o.name as owner_name', 'g.activity', 'g.granted_at'])
    .where('g.grantee_organisation_id', '=', organisationId)
    .where('g.withdrawn_at', 'is', null)
    .where('cases.table_id', 'in', tableIds)
    .orderBy('g.granted_at', 'desc')
    .limit(500)
    .execute();
}

export async function insertGrant(db: DbOrTrx, row: { contribution_id: string; grantee_organisation_id: string; activity: string; granted_by: string }) {
  return db.insertInto('contribution_grants').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function withdrawGrant(db: DbOrTrx, grantId: string, contributionId: string, by: string, at: Date) {
  return db
    .updateTable('contribution_grants')
    .set({ withdrawn_at: at, withdrawn_by: by })
    .where('id', '=', grantId)
    .where('contribution_id', '=', contributionId)
    .where('withdrawn_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}
