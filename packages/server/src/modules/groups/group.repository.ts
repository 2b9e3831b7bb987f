import { sql } from 'kysely';
import { MEETING_KIND_DEFINITIONS } from '@ketentafel/domain';
import type { DbOrTrx } from '../../db/database.ts';

const CORE_KINDS: readonly string[] = MEETING_KIND_DEFINITIONS['core-group-focus'].minimumPartnerKinds;
const NO_TABLE = '00000000-0000-0000-0000-000000000000';

function groupQuery(db: DbOrTrx) {
  return db
    .selectFrom('cases')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('organisations as ro', 'ro.id', 'cases.referrer_organisation_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.table_id',
      't.name as table_name',
      't.organisation_id as table_organisation_id',
      't.municipality as table_municipality',
      'cases.phase',
      'cases.end_state',
      'cases.process_key',
      'cases.process_version',
      'cases.group_name',
      'cases.group_area',
      'cases.registered_on',
      'cases.referrer_user_id',
      'cases.referrer_organisation_id',
      'ro.name as referrer_organisation_name',
      sql<string[]>`ARRAY(SELECT m.subject_id::text FROM group_members m WHERE m.case_id = cases.id ORDER BY m.position)`.as('member_subject_ids'),
    ])
    .where('cases.kind', '=', 'group-scan');
}

export type GroupRow = Awaited<ReturnType<ReturnType<typeof groupQuery>['executeTakeFirstOrThrow']>>;

/**
 * Group cases at the caller's tables that the caller could be involved in, narrowed in SQL (lists never over-fetch):
 * the chain director's tables; for a partner professional the groups they or their organisation registered and the groups at tables where
 * their organisation is a core-group kind or was added on request. The service then applies the access policy.
 */
export async function listGroupCandidates(db: DbOrTrx, actor: { role: string; userId: string; organisationId: string; tableIds: readonly string[] }) {
  const tableIds = actor.tableIds.length > 0 ? actor.tableIds : [NO_TABLE];
  let query = groupQuery(db).where('cases.table_id', 'in', tableIds);
  if (actor.role === 'partner-professional') {
    query = query.where((eb) =>
      eb.or([
        eb('cases.referrer_user_id', '=', actor.userId),
        // The organisation the group was registered for (the chain director acting for the police): ZVT-3A.3.
        eb('cases.referrer_organisation_id', '=', actor.organisationId),
        eb.exists(
          eb
            .selectFrom('table_partners as tp')
            .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
            .select('tp.organisation_id')
            .whereRef('tp.table_id', '=', 'cases.table_id')
            .where('tp.organisation_id', '=', actor.organisationId)
            .where('o.kind', 'in', CORE_KINDS),
        ),
        eb.exists(
          eb.selectFrom('group_core_partners as gp').select('gp.case_id').whereRef('gp.case_id', '=', 'cases.id').where('gp.organisation_id', '=', actor.organisationId),
        ),
      ]),
    );
  } else if (actor.role !== 'chain-director') {
    query = query.where((eb) => eb.val(false));
  }
  return query.orderBy('cases.registered_on', 'desc').orderBy('cases.reference').limit(500).execute();
}

/** One group case at the given tables (no access decision: the service applies the policy). */
export async function findGroup(db: DbOrTrx, tableIds: readonly string[], groupId: string, options: { forUpdate?: boolean } = {}) {
  let query = groupQuery(db)
    .where('cases.id', '=', groupId)
    .where('cases.table_id', 'in', tableIds.length > 0 ? tableIds : [NO_TABLE]);
  if (options.forUpdate) query = query.forUpdate('cases');
  return query.executeTakeFirst();
}

/** An active professional of the organisation at the table, who can be the referrer of a case there; or undefined. */
export async function professionalAt(db: DbOrTrx, tableId: string, organisationId: string, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_tables as ut', 'ut.user_id', 'u.id')
    .select(['u.id'])
    .where('u.id', '=', userId)
    .where('ut.table_id', '=', tableId)
    .where('u.organisation_id', '=', organisationId)
    .where('u.role', '=', 'partner-professional')
    .where('u.active', '=', true)
    .executeTakeFirst();
}

export async function tablePartners(db: DbOrTrx, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('table_partners as tp')
    .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
    .select(['tp.table_id', 'o.id', 'o.kind', 'o.name'])
    .where('tp.table_id', 'in', tableIds)
    .orderBy('o.name')
    .execute();
}

export async function addedCorePartners(db: DbOrTrx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db.selectFrom('group_core_partners').select(['case_id', 'organisation_id']).where('case_id', 'in', caseIds).execute();
}

export async function insertCorePartner(db: DbOrTrx, row: { case_id: string; organisation_id: string; motivation: string; added_by: string }) {
  await db.insertInto('group_core_partners').values(row).onConflict((oc) => oc.columns(['case_id', 'organisation_id']).doNothing()).execute();
}

export async function members(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('group_members as m')
    .innerJoin('subjects as s', 's.id', 'm.subject_id')
    .select(['m.id', 'm.subject_id', 's.full_name', 's.birth_date', 'm.registered_case_reference'])
    .where('m.case_id', '=', caseId)
    .orderBy('m.position')
    .execute();
}

export async function insertMembers(db: DbOrTrx, caseId: string, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return;
  await db
    .insertInto('group_members')
    .values(subjectIds.map((subject_id, position) => ({ case_id: caseId, subject_id, position })))
    .execute();
}

export async function markMemberRegistered(db: DbOrTrx, memberId: string, row: { reference: string; by: string; at: Date }) {
  await db
    .updateTable('group_members')
    .set({ registered_case_reference: row.reference, registered_by: row.by, registered_at: row.at })
    .where('id', '=', memberId)
    .execute();
}

export async function insertFile(
  db: DbOrTrx,
  row: { contribution_id: string; case_id: string; file_name: string; content_type: string; size_bytes: number; sha256: string; content: Buffer },
) {
  await db.insertInto('contribution_files').values(row).execute();
}

export async function fileMeta(db: DbOrTrx, contributionId: string) {
  return db
    .selectFrom('contribution_files')
    .select(['contribution_id', 'file_name', 'content_type', 'size_bytes', 'sha256'])
    .where('contribution_id', '=', contributionId)
    .executeTakeFirst();
}

export async function fileContent(db: DbOrTrx, contributionId: string) {
  return db
    .selectFrom('contribution_files')
    .select(['file_name', 'content_type', 'sha256', 'content'])
    .where('contribution_id', '=', contributionId)
    .executeTakeFirst();
}

export async function insertContribution(
  db: DbOrTrx,
  row: { case_id: string; owner_organisation_id: string; phase: string; purpose: string; category: 'identifying' | 'criminal' | 'other'; kind: string; content: unknown; created_by: string },
) {
  return db
    .insertInto('contributions')
    .values({ ...row, content: JSON.stringify(row.content) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Replaces the content of the chain director's own contribution of a kind (group picture, draft plan). */
export async function updateContributionContent(db: DbOrTrx, contributionId: string, content: unknown) {
  await db.updateTable('contributions').set({ content: JSON.stringify(content) }).where('id', '=', contributionId).execute();
}

export async function decisions(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('group_decisions')
    .select(['id', 'decided_on', 'body', 'outcomes', 'motivation'])
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .execute();
}

export async function insertDecision(
  db: DbOrTrx,
  row: { case_id: string; decided_on: string; body: 'mayor-and-alderman' | 'triangle'; outcomes: string[]; motivation: string; recorded_by: string },
) {
  await db.insertInto('group_decisions').values(row).execute();
}

export async function informingTasks(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('group_informing_tasks as t')
    .innerJoin('group_members as m', 'm.id', 't.member_id')
    .innerJoin('subjects as s', 's.id', 'm.subject_id')
    .select(['t.id', 't.member_id', 's.full_name', 'm.subject_id', 't.status', 't.sent_on'])
    .where('t.case_id', '=', caseId)
    .orderBy('m.position')
    .execute();
}

export async function insertInformingTasks(db: DbOrTrx, caseId: string, memberIds: readonly string[]) {
  if (memberIds.length === 0) return;
  await db
    .insertInto('group_informing_tasks')
    .values(memberIds.map((member_id) => ({ case_id: caseId, member_id })))
    .onConflict((oc) => oc.column('member_id').doNothing())
    .execute();
}

export async function completeInformingTask(db: DbOrTrx, caseId: string, taskId: string, row: { sent_on: string; content: unknown; recorded_by: string }) {
  return db
    .updateTable('group_informing_tasks')
    .set({ status: 'done', sent_on: row.sent_on, content: JSON.stringify(row.content), recorded_by: row.recorded_by })
    .where('id', '=', taskId)
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .returning(['id', 'member_id'])
    .executeTakeFirst();
}

export async function setEndState(db: DbOrTrx, caseId: string, row: { end_state: string; ended_on: string; scale_down_on: string | null; at: Date }) {
  await db
    .updateTable('cases')
    .set({ end_state: row.end_state, ended_on: row.ended_on, scale_down_on: row.scale_down_on, last_activity_at: row.at, last_substantive_change_at: row.at })
    .where('id', '=', caseId)
    .execute();
}

export async function insertOutcome(db: DbOrTrx, row: { case_id: string; phase: string; outcome: string; motivation: string; decided_by: string }) {
  await db.insertInto('triage_outcomes').values(row).execute();
}
