import { sql, type SelectQueryBuilder } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';
import type { Database, DataCategory, NewCase } from '../../db/schema.ts';
import type { CaseFacts, CaseScope } from '../../access/case-policy.ts';

type CaseQuery<O> = SelectQueryBuilder<Database, 'cases', O>;

/** Restricts a case query to the caller's scope in SQL, so lists never over-fetch. */
function withinScope<O>(query: CaseQuery<O>, scope: CaseScope): CaseQuery<O> {
  switch (scope.kind) {
    case 'none':
      return query.where((eb) => eb.val(false));
    case 'tables':
      return query.where('cases.table_id', 'in', scope.tableIds);
    case 'referred-by':
      return query.where('cases.table_id', 'in', scope.tableIds).where((eb) =>
        eb.or([
          eb('cases.referrer_user_id', '=', scope.userId),
          // ZVT-3A.2: the case director agreed in the case meeting (ADR 0016); what they see of the content stays with the policy.
          eb('cases.case_director_user_id', '=', scope.userId),
          ...scope.directionPhases.map((d) =>
            eb.and([
              eb('cases.direction_organisation_id', '=', scope.organisationId),
              eb('cases.process_key', '=', d.processKey),
              eb('cases.process_version', '=', d.processVersion),
              eb('cases.phase', 'in', d.phases),
            ]),
          ),
        ]),
      );
  }
}

function caseSummaryQuery(db: DbOrTrx) {
  return db
    .selectFrom('cases')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('organisations as ro', 'ro.id', 'cases.referrer_organisation_id')
    .leftJoin('subjects as s', 's.id', 'cases.subject_id')
    .leftJoin('informing_tasks as it', 'it.case_id', 'cases.id')
    .innerJoin('organisations as dir', 'dir.id', 'cases.direction_organisation_id')
    .select([
      'cases.direction_organisation_id',
      'dir.name as direction_organisation_name',
      'cases.scale_down_on',
      'cases.end_state',
      'cases.id',
      'cases.reference',
      'cases.table_id',
      't.name as table_name',
      'cases.kind',
      'cases.phase',
      'cases.process_key',
      'cases.process_version',
      'cases.subject_id',
      's.full_name as subject_name',
      's.birth_date as subject_birth_date',
      's.municipality as subject_municipality',
      'cases.group_name',
      'cases.group_area',
      'cases.registered_on',
      'cases.referrer_user_id',
      'cases.case_director_user_id',
      'cases.referrer_organisation_id',
      'ro.name as referrer_organisation_name',
      'it.status as informing_status',
      'it.planned_on as informing_planned_on',
      sql<string[]>`ARRAY(SELECT lr.id::text FROM legal_representatives lr WHERE lr.case_id = cases.id)`.as('representative_ids'),
    ]);
}

export type CaseSummaryRow = Awaited<ReturnType<ReturnType<typeof caseSummaryQuery>['executeTakeFirstOrThrow']>>;

/** The facts of a case that abilities depend on (access/case-policy.ts). */
export function caseFactsOf(row: CaseSummaryRow): CaseFacts {
  return {
    tableId: row.table_id,
    phase: row.phase,
    referrerUserId: row.referrer_user_id,
    informingStatus: row.informing_status,
    informingPlannedOn: row.informing_planned_on,
    processKey: row.process_key,
    processVersion: row.process_version,
    directionOrganisationId: row.direction_organisation_id,
    scaleDownOn: row.scale_down_on,
    endState: row.end_state,
  };
}

/** Everyone whose personal data a read or write of this case touches: the subject and the legal representatives. */
export function subjectIdsOf(row: Pick<CaseSummaryRow, 'subject_id' | 'representative_ids'>): string[] {
  return [...(row.subject_id ? [row.subject_id] : []), ...row.representative_ids];
}

export async function listCases(db: DbOrTrx, scope: CaseScope, filter: { tableId?: string | undefined; phase?: string | undefined }) {
  let query = withinScope(caseSummaryQuery(db), scope);
  if (filter.tableId !== undefined) query = query.where('cases.table_id', '=', filter.tableId);
  if (filter.phase !== undefined) query = query.where('cases.phase', '=', filter.phase);
  return query.orderBy('cases.registered_on', 'desc').orderBy('cases.reference').limit(500).execute();
}

export async function findCase(db: DbOrTrx, scope: CaseScope, caseId: string, options: { forUpdate?: boolean } = {}) {
  let query = withinScope(caseSummaryQuery(db), scope).where('cases.id', '=', caseId);
  if (options.forUpdate) query = query.forUpdate('cases');
  return query.executeTakeFirst();
}

/**
 * A case outside the caller's scope that an owner released something of to the caller's organisation, at one of the
 * caller's tables (ZVT-3A.3). Only an active release counts: a withdrawal takes effect at once.
 */
export async function findCaseReleasedTo(db: DbOrTrx, organisationId: string, tableIds: readonly string[], caseId: string) {
  if (tableIds.length === 0) return undefined;
  return caseSummaryQuery(db)
    .where('cases.id', '=', caseId)
    .where('cases.table_id', 'in', tableIds)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('contribution_grants as g')
          .innerJoin('contributions as k', 'k.id', 'g.contribution_id')
          .select('g.id')
          .whereRef('k.case_id', '=', 'cases.id')
          .where('g.grantee_organisation_id', '=', organisationId)
          .where('g.withdrawn_at', 'is', null),
      ),
    )
    .executeTakeFirst();
}

export async function insertSubject(db: DbOrTrx, subject: { full_name: string; birth_date: string; municipality: string }) {
  return db.insertInto('subjects').values(subject).returning('id').executeTakeFirstOrThrow();
}

export async function insertCase(db: DbOrTrx, row: NewCase) {
  return db.insertInto('cases').values(row).returning(['id', 'reference']).executeTakeFirstOrThrow();
}

export async function insertLegalRepresentatives(
  db: DbOrTrx,
  caseId: string,
  reps: readonly { fullName: string; relation: string; contact: string }[],
): Promise<string[]> {
  if (reps.length === 0) return [];
  const rows = await db
    .insertInto('legal_representatives')
    .values(reps.map((r, position) => ({ case_id: caseId, full_name: r.fullName, relation: r.relation, contact: r.contact, position })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertContributions(
  db: DbOrTrx,
  rows: readonly {
    case_id: string;
    owner_organisation_id: string;
    phase: string;
    purpose: string;
    category: DataCategory;
    kind: string;
    content: unknown;
    created_by: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('contributions')
    .values(rows.map((r) => ({ ...r, content: JSON.stringify(r.content) })))
    .execute();
}

export async function findLegalRepresentatives(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('legal_representatives')
    .select(['full_name', 'relation', 'contact'])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
}

export async function findContributions(db: DbOrTrx, caseId: string, kinds: readonly string[]) {
  return db
    .selectFrom('contributions')
    .select(['id', 'kind', 'category', 'content', 'owner_organisation_id', 'phase', 'created_by'])
    .where('case_id', '=', caseId)
    .where('kind', 'in', kinds)
    .execute();
}

export async function findLatestDecision(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('admission_decisions')
    .select(['decision', 'proposal', 'reason', 'data_request', 'decided_at'])
    .where('case_id', '=', caseId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertDecision(
  db: DbOrTrx,
  row: { case_id: string; assessed_on: string; assessment: unknown; proposal: string; decision: string; reason: string | null; data_request: string | null; decided_by: string },
): Promise<void> {
  await db
    .insertInto('admission_decisions')
    .values({ ...row, assessment: JSON.stringify(row.assessment) })
    .execute();
}

export async function insertTransition(db: DbOrTrx, row: { case_id: string; from_phase: string | null; to_phase: string; outcome: string | null }) {
  await db.insertInto('phase_transitions').values(row).execute();
}

export async function findHistory(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('phase_transitions')
    .select(['from_phase', 'to_phase', 'outcome', 'at'])
    .where('case_id', '=', caseId)
    .orderBy('at')
    .execute();
}

export async function updateCasePhase(db: DbOrTrx, caseId: string, phase: string, at: Date): Promise<void> {
  await db.updateTable('cases').set({ phase, last_activity_at: at, last_substantive_change_at: at }).where('id', '=', caseId).execute();
}

/**
 * Records a substantive change to a case (not a read): the clock of the process's maximum period
 * without activity and of HIA-6 restarts from here.
 */
export async function touchCase(db: DbOrTrx, caseId: string, at: Date): Promise<void> {
  await db.updateTable('cases').set({ last_activity_at: at, last_substantive_change_at: at }).where('id', '=', caseId).execute();
}

/**
 * Removes a case and its subject for good: rows are deleted (not flagged) and, with the subject row,
 * its log key, which makes the processing log's keyed hashes of this person unlinkable.
 * `unsafe`: bypasses access; callers check first.
 */
export async function unsafeDeleteCase(db: DbOrTrx, caseId: string, subjectId: string | null): Promise<void> {
  await db.deleteFrom('cases').where('id', '=', caseId).execute();
  if (subjectId !== null) {
    const stillUsed = await db.selectFrom('cases').select('id').where('subject_id', '=', subjectId).limit(1).executeTakeFirst();
    if (!stillUsed) await db.deleteFrom('subjects').where('id', '=', subjectId).execute();
  }
}

export async function insertNotice(db: DbOrTrx, row: { organisation_id: string; user_id: string | null; reference: string; message: string }) {
  await db.insertInto('notices').values(row).execute();
}
