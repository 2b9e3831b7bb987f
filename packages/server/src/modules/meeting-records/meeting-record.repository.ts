import type { DbOrTrx } from '../../db/database.ts';
import type { DataCategory } from '../../db/schema.ts';

/** Kysely queries for the case meeting's record, the plan's actions and the data they need. No rules here. */

/** The case behind an agenda item, with what the record rules need; `unsafe`: the caller checks the meeting first. */
export async function unsafeItemCase(db: DbOrTrx, meetingId: string, itemId: string, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('agenda_items as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .leftJoin('subjects as s', 's.id', 'c.subject_id')
    .select([
      'a.id as agenda_item_id',
      'a.goal',
      'c.id as case_id',
      'c.reference',
      'c.table_id',
      'c.phase',
      'c.end_state',
      'c.process_key',
      'c.process_version',
      'c.subject_id',
      's.full_name as subject_name',
      'c.group_name',
    ])
    .where('a.id', '=', itemId)
    .where('a.meeting_id', '=', meetingId);
  if (options.forUpdate) query = query.forUpdate('c');
  return query.executeTakeFirst();
}

export type ItemCaseRow = NonNullable<Awaited<ReturnType<typeof unsafeItemCase>>>;

/** The records of the given agenda items, with the case director's name and organisation. */
export async function recordsOf(db: DbOrTrx, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('meeting_records as r')
    .leftJoin('users as u', 'u.id', 'r.case_director_user_id')
    .leftJoin('organisations as uo', 'uo.id', 'u.organisation_id')
    .select([
      'r.id',
      'r.agenda_item_id',
      'r.case_id',
      'r.situation_contribution_id',
      'r.case_director_user_id',
      'u.display_name as case_director_name',
      'u.organisation_id as case_director_organisation_id',
      'uo.name as case_director_organisation_name',
      'r.outcome',
      'r.motivation',
      'r.monitoring_on',
      'r.monitoring_with',
      'r.decided_on',
      'r.updated_at',
    ])
    .where('r.agenda_item_id', 'in', itemIds)
    .execute();
}

export type RecordRow = Awaited<ReturnType<typeof recordsOf>>[number];

/** The record of one agenda item, created empty when there is none yet. */
export async function ensureRecord(db: DbOrTrx, row: { agenda_item_id: string; meeting_id: string; case_id: string; recorded_by: string }): Promise<string> {
  await db.insertInto('meeting_records').values(row).onConflict((oc) => oc.column('agenda_item_id').doNothing()).execute();
  const found = await db.selectFrom('meeting_records').select('id').where('agenda_item_id', '=', row.agenda_item_id).executeTakeFirstOrThrow();
  return found.id;
}

export async function updateRecord(
  db: DbOrTrx,
  recordId: string,
  change: {
    situation_contribution_id?: string | null;
    case_director_user_id?: string | null;
    outcome?: 'plan-with-monitoring' | 'scale-down';
    motivation?: string;
    monitoring_on?: string | null;
    monitoring_with?: string[];
    decided_on?: string;
    decided_by?: string;
  },
  at: Date,
): Promise<void> {
  await db.updateTable('meeting_records').set({ ...change, updated_at: at }).where('id', '=', recordId).execute();
}

/** The situation picture contribution (chain direction's, phase 3A). */
export async function insertSituationPicture(db: DbOrTrx, row: { case_id: string; owner_organisation_id: string; category: DataCategory; content: unknown; created_by: string; purpose: string }) {
  return db
    .insertInto('contributions')
    .values({ ...row, phase: '3A', kind: 'situation-picture', content: JSON.stringify(row.content) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateSituationPicture(db: DbOrTrx, contributionId: string, category: DataCategory, content: unknown): Promise<void> {
  await db.updateTable('contributions').set({ category, content: JSON.stringify(content) }).where('id', '=', contributionId).execute();
}

/** Contribution rows by id (content included: the caller decides what to show). */
export async function contributionsById(db: DbOrTrx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('contributions as k')
    .innerJoin('organisations as o', 'o.id', 'k.owner_organisation_id')
    .select(['k.id', 'k.case_id', 'k.kind', 'k.category', 'k.phase', 'k.content', 'k.owner_organisation_id', 'o.name as owner_name'])
    .where('k.id', 'in', ids)
    .execute();
}

/** Active releases of contributions, per grantee organisation. */
export async function activeGrantsOf(db: DbOrTrx, contributionIds: readonly string[]) {
  if (contributionIds.length === 0) return [];
  return db
    .selectFrom('contribution_grants')
    .select(['contribution_id', 'grantee_organisation_id'])
    .where('contribution_id', 'in', contributionIds)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** The contributions of a case without content: what the chain director picks "which data" from. */
export async function contributionIndexOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('contributions as k')
    .innerJoin('organisations as o', 'o.id', 'k.owner_organisation_id')
    .select(['k.id', 'k.kind', 'k.category', 'k.phase', 'k.owner_organisation_id', 'o.name as owner_name'])
    .where('k.case_id', '=', caseId)
    .orderBy('k.created_at')
    .execute();
}

/** The actions of records, in order, with the owner's name. */
export async function actionsOf(db: DbOrTrx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  const actions = await db
    .selectFrom('plan_actions as p')
    .innerJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .select(['p.id', 'p.meeting_record_id', 'p.case_id', 'p.owner_organisation_id', 'o.name as owner_name', 'p.description', 'p.due_on', 'p.created_at'])
    .where('p.meeting_record_id', 'in', recordIds)
    .orderBy('p.created_at')
    .execute();
  const data =
    actions.length === 0
      ? []
      : await db
          .selectFrom('plan_action_data as d')
          .innerJoin('contributions as k', 'k.id', 'd.contribution_id')
          .innerJoin('organisations as o', 'o.id', 'k.owner_organisation_id')
          .leftJoin('contribution_grants as g', 'g.id', 'd.grant_id')
          .select(['d.id', 'd.plan_action_id', 'd.contribution_id', 'd.status', 'd.refusal_reason', 'd.grant_id', 'g.withdrawn_at', 'k.kind', 'k.category', 'k.owner_organisation_id', 'o.name as owner_name'])
          .where('d.plan_action_id', 'in', actions.map((a) => a.id))
          .execute();
  return actions.map((a) => ({ ...a, data: data.filter((d) => d.plan_action_id === a.id) }));
}

export type ActionRow = Awaited<ReturnType<typeof actionsOf>>[number];

export async function insertAction(db: DbOrTrx, row: { meeting_record_id: string; case_id: string; owner_organisation_id: string; description: string; due_on: string; created_by: string }) {
  return db.insertInto('plan_actions').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertActionData(db: DbOrTrx, rows: readonly { plan_action_id: string; case_id: string; contribution_id: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('plan_action_data').values([...rows]).execute();
}

/** Removes an action; returns the releases made for it, so the caller can withdraw them. */
export async function deleteAction(db: DbOrTrx, recordId: string, actionId: string) {
  const grants = await db.selectFrom('plan_action_data').select('grant_id').where('plan_action_id', '=', actionId).where('grant_id', 'is not', null).execute();
  const deleted = await db.deleteFrom('plan_actions').where('id', '=', actionId).where('meeting_record_id', '=', recordId).returning('id').executeTakeFirst();
  return deleted ? grants.flatMap((g) => (g.grant_id ? [g.grant_id] : [])) : undefined;
}

export async function withdrawGrants(db: DbOrTrx, grantIds: readonly string[], by: string, at: Date): Promise<void> {
  if (grantIds.length === 0) return;
  await db.updateTable('contribution_grants').set({ withdrawn_at: at, withdrawn_by: by }).where('id', 'in', grantIds).where('withdrawn_at', 'is', null).execute();
}

/** One data request of a plan action, with the action, its record's agenda item and the case. */
export async function findActionData(db: DbOrTrx, actionId: string, contributionId: string) {
  return db
    .selectFrom('plan_action_data as d')
    .innerJoin('plan_actions as p', 'p.id', 'd.plan_action_id')
    .innerJoin('meeting_records as r', 'r.id', 'p.meeting_record_id')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoin('contributions as k', 'k.id', 'd.contribution_id')
    .select(['d.id', 'd.status', 'p.id as action_id', 'p.owner_organisation_id as action_owner_id', 'p.description', 'r.agenda_item_id', 'r.meeting_id', 'c.id as case_id', 'c.reference', 'c.table_id', 'c.subject_id', 'k.owner_organisation_id as contribution_owner_id'])
    .where('d.plan_action_id', '=', actionId)
    .where('d.contribution_id', '=', contributionId)
    .forUpdate('d')
    .executeTakeFirst();
}

export async function decideActionData(db: DbOrTrx, id: string, change: { status: 'released' | 'refused'; grant_id: string | null; refusal_reason: string | null; decided_by: string; decided_at: Date }): Promise<void> {
  await db.updateTable('plan_action_data').set(change).where('id', '=', id).execute();
}

/** Users who could be case director: active professionals of the given organisations at the table. */
export async function caseDirectorCandidates(db: DbOrTrx, tableId: string, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('user_tables as ut', 'ut.user_id', 'u.id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.organisation_id', 'o.name as organisation_name'])
    .where('ut.table_id', '=', tableId)
    .where('u.organisation_id', 'in', organisationIds)
    .where('u.role', '=', 'partner-professional')
    .where('u.active', '=', true)
    .orderBy('o.name')
    .orderBy('u.display_name')
    .execute();
}

/** One user with what the case director rule needs. */
export async function userForCaseDirector(db: DbOrTrx, userId: string) {
  const user = await db.selectFrom('users').select(['id', 'role', 'organisation_id', 'active']).where('id', '=', userId).executeTakeFirst();
  if (!user) return undefined;
  const tables = await db.selectFrom('user_tables').select('table_id').where('user_id', '=', userId).execute();
  return { role: user.role, organisationId: user.organisation_id, active: user.active, tableIds: tables.map((t) => t.table_id) };
}

export async function setCaseDirector(db: DbOrTrx, caseId: string, userId: string | null): Promise<void> {
  await db.updateTable('cases').set({ case_director_user_id: userId }).where('id', '=', caseId).execute();
}

/** Organisation names by id. */
export async function organisationNames(db: DbOrTrx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Monitoring appointments at the given tables (ZVT-3A.5): the latest record with a monitoring date of every case
 * still in the case meeting, soonest first.
 */
export async function monitoringAppointments(db: DbOrTrx, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('meeting_records as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('tables as t', 't.id', 'c.table_id')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .leftJoin('subjects as s', 's.id', 'c.subject_id')
    .select(['r.id', 'r.case_id', 'c.reference', 'c.subject_id', 's.full_name as subject_name', 'c.group_name', 't.name as table_name', 'r.monitoring_on', 'r.monitoring_with', 'm.starts_on as meeting_on'])
    .where('c.table_id', 'in', tableIds)
    .where('c.phase', '=', '3A')
    .where('c.end_state', 'is', null)
    .where('r.monitoring_on', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meeting_records as later')
            .innerJoin('meetings as lm', 'lm.id', 'later.meeting_id')
            .select('later.id')
            .whereRef('later.case_id', '=', 'r.case_id')
            .whereRef('lm.starts_at', '>', 'm.starts_at')
            .where('later.outcome', 'is not', null),
        ),
      ),
    )
    .orderBy('r.monitoring_on')
    .limit(200)
    .execute();
}

/** The records of one case with their meeting date, newest meeting first. */
export async function recordsOfCase(db: DbOrTrx, caseId: string) {
  const rows = await db
    .selectFrom('meeting_records as r')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select(['r.agenda_item_id', 'm.id as meeting_id', 'm.starts_on', 'm.starts_at'])
    .where('r.case_id', '=', caseId)
    .orderBy('m.starts_at', 'desc')
    .execute();
  return rows;
}
