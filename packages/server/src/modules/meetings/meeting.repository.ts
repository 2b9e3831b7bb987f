import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';
import type { MeetingKind } from '../../db/schema.ts';

/** Kysely queries for meeting series, meetings, agenda items and invitations. No rules here. */

export async function insertSeries(
  db: DbOrTrx,
  row: { table_id: string; kind: MeetingKind; interval_weeks: number; start_time: string; duration_minutes: number; location: string; created_by: string },
) {
  return db.insertInto('meeting_series').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertMeetings(
  db: DbOrTrx,
  rows: readonly {
    series_id: string;
    table_id: string;
    kind: MeetingKind;
    scheduled_on: string;
    starts_on: string;
    start_time: string;
    starts_at: string;
    duration_minutes: number;
    location: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('meetings').values([...rows]).execute();
}

function seriesQuery(db: DbOrTrx) {
  return db
    .selectFrom('meeting_series as s')
    .innerJoin('tables as t', 't.id', 's.table_id')
    .select(['s.id', 's.table_id', 't.name as table_name', 't.municipality', 's.kind', 's.interval_weeks', 's.start_time', 's.duration_minutes', 's.location', 's.created_at', 't.term_end']);
}

export type SeriesRow = Awaited<ReturnType<ReturnType<typeof seriesQuery>['executeTakeFirstOrThrow']>>;

/** Series at the given tables (the caller's), newest first. */
export async function listSeries(db: DbOrTrx, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  return seriesQuery(db).where('s.table_id', 'in', tableIds).orderBy('t.name').orderBy('s.kind').orderBy('s.created_at', 'desc').execute();
}

/** One series, only when it belongs to one of the given tables. */
export async function findSeries(db: DbOrTrx, tableIds: readonly string[], seriesId: string) {
  if (tableIds.length === 0) return undefined;
  return seriesQuery(db).where('s.table_id', 'in', tableIds).where('s.id', '=', seriesId).executeTakeFirst();
}

function meetingQuery(db: DbOrTrx) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('tables as t', 't.id', 'm.table_id')
    .select([
      'm.id',
      'm.series_id',
      'm.table_id',
      't.name as table_name',
      't.municipality',
      't.term_end',
      'm.kind',
      'm.scheduled_on',
      'm.starts_on',
      'm.start_time',
      'm.starts_at',
      'm.duration_minutes',
      'm.location',
      'm.status',
      'm.sequence',
      'm.created_at',
      'm.updated_at',
    ]);
}

export type MeetingRow = Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirstOrThrow']>>;

export async function meetingsOfSeries(db: DbOrTrx, seriesIds: readonly string[]) {
  if (seriesIds.length === 0) return [];
  return meetingQuery(db).where('m.series_id', 'in', seriesIds).orderBy('m.scheduled_on').execute();
}

/** Meetings at the given tables from a date on, soonest first. */
export async function listMeetings(db: DbOrTrx, tableIds: readonly string[], filter: { tableId?: string | undefined; from: string }) {
  if (tableIds.length === 0) return [];
  let query = meetingQuery(db).where('m.table_id', 'in', tableIds).where('m.starts_on', '>=', filter.from);
  if (filter.tableId !== undefined) query = query.where('m.table_id', '=', filter.tableId);
  return query.orderBy('m.starts_at').limit(200).execute();
}

/** One meeting, only when it belongs to one of the given tables. */
export async function findMeeting(db: DbOrTrx, tableIds: readonly string[], meetingId: string, options: { forUpdate?: boolean } = {}) {
  if (tableIds.length === 0) return undefined;
  let query = meetingQuery(db).where('m.table_id', 'in', tableIds).where('m.id', '=', meetingId);
  if (options.forUpdate) query = query.forUpdate('m');
  return query.executeTakeFirst();
}

export async function updateMeeting(
  db: DbOrTrx,
  meetingId: string,
  change: { starts_on?: string; start_time?: string; starts_at?: string; location?: string; status?: 'planned' | 'cancelled' },
  at: Date,
): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ ...change, updated_at: at, sequence: sql<number>`sequence + 1` })
    .where('id', '=', meetingId)
    .execute();
}

/** The agenda items of meetings, with the case's reference, phase, and subject or group name. */
export async function agendaItemsOf(db: DbOrTrx, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  const items = await db
    .selectFrom('agenda_items as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .leftJoin('subjects as s', 's.id', 'c.subject_id')
    .select([
      'a.id',
      'a.meeting_id',
      'a.case_id',
      'a.goal',
      'a.created_at',
      'c.reference',
      'c.phase',
      'c.kind as case_kind',
      'c.subject_id',
      's.full_name as subject_name',
      'c.group_name',
      'c.referrer_organisation_id',
    ])
    .where('a.meeting_id', 'in', meetingIds)
    .orderBy('a.created_at')
    .execute();
  const invitations =
    items.length === 0
      ? []
      : await db
          .selectFrom('agenda_invitations as i')
          .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
          .select(['i.agenda_item_id', 'i.organisation_id', 'o.name', 'o.kind'])
          .where('i.agenda_item_id', 'in', items.map((i) => i.id))
          .orderBy('o.name')
          .execute();
  return items.map((item) => {
    const invited = invitations.filter((i) => i.agenda_item_id === item.id);
    return { ...item, invitations: invited, invitedOrganisationIds: invited.map((i) => i.organisation_id) };
  });
}

export type AgendaItemRow = Awaited<ReturnType<typeof agendaItemsOf>>[number];

export async function insertAgendaItem(db: DbOrTrx, row: { meeting_id: string; case_id: string; goal: string; added_by: string }) {
  return db
    .insertInto('agenda_items')
    .values(row)
    .onConflict((oc) => oc.columns(['meeting_id', 'case_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** ZVT-E.2: an item taken off the agenda (possible until the end of the meeting day, ADR 0023) no longer counts for "meetings held" (ADR 0019). */
export async function uncountAgendaItem(db: DbOrTrx, meetingId: string): Promise<void> {
  await db.updateTable('meetings').set({ agenda_items_added: sql<number>`greatest(agenda_items_added - 1, 0)` }).where('id', '=', meetingId).execute();
}

export async function deleteAgendaItem(db: DbOrTrx, meetingId: string, itemId: string) {
  return db.deleteFrom('agenda_items').where('id', '=', itemId).where('meeting_id', '=', meetingId).returning(['id', 'case_id']).executeTakeFirst();
}

/** Replaces the invited organisations of an agenda item. */
export async function replaceInvitations(db: DbOrTrx, itemId: string, organisationIds: readonly string[], by: string): Promise<void> {
  await db.deleteFrom('agenda_invitations').where('agenda_item_id', '=', itemId).where('organisation_id', 'not in', organisationIds.length > 0 ? [...organisationIds] : ['00000000-0000-0000-0000-000000000000']).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('agenda_invitations')
    .values(organisationIds.map((organisation_id) => ({ agenda_item_id: itemId, organisation_id, invited_by: by })))
    .onConflict((oc) => oc.columns(['agenda_item_id', 'organisation_id']).doNothing())
    .execute();
}

/** The partner organisations of a table, with their kinds. */
export async function tablePartners(db: DbOrTrx, tableId: string) {
  return db
    .selectFrom('table_partners as tp')
    .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('tp.table_id', '=', tableId)
    .orderBy('o.name')
    .execute();
}

/**
 * Organisations to suggest for an invitation per case (ZVT-3A.1): the referrer, and the participants the triage
 * record names (ZVT-2A.3); while a case has no triage record, every partner a query was sent to (ZVT-2A.2).
 */
export async function triageOrganisations(db: DbOrTrx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const referrers = await db.selectFrom('cases').select(['id as case_id', 'referrer_organisation_id as organisation_id']).where('id', 'in', caseIds).execute();
  const records = await db
    .selectFrom('contributions')
    .select(['case_id', sql<string[]>`ARRAY(SELECT jsonb_array_elements_text(content->'participantOrganisationIds'))`.as('participants')])
    .where('case_id', 'in', caseIds)
    .where('kind', '=', 'triage-record')
    .execute();
  const recorded = new Set(records.map((r) => r.case_id));
  const participants = records.flatMap((r) => r.participants.map((organisation_id) => ({ case_id: r.case_id, organisation_id })));
  const unrecorded = caseIds.filter((id) => !recorded.has(id));
  const queried = unrecorded.length === 0 ? [] : await db.selectFrom('partner_queries').select(['case_id', 'organisation_id']).where('case_id', 'in', unrecorded).execute();
  return [...referrers, ...participants, ...queried];
}

/** Open cases of a table (no end state), with what the agenda rule needs; `unsafe`: the caller checks access. */
export async function unsafeOpenCasesOfTable(db: DbOrTrx, tableId: string) {
  return db
    .selectFrom('cases as c')
    .leftJoin('subjects as s', 's.id', 'c.subject_id')
    .select(['c.id', 'c.reference', 'c.table_id', 'c.phase', 'c.end_state', 'c.process_key', 'c.process_version', 'c.kind', 'c.subject_id', 's.full_name as subject_name', 'c.group_name'])
    .where('c.table_id', '=', tableId)
    .where('c.end_state', 'is', null)
    .orderBy('c.reference')
    .limit(500)
    .execute();
}

/** One case for the agenda rule, locked; `unsafe`: the caller checks access. */
export async function unsafeCaseForAgenda(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('cases as c')
    .select(['c.id', 'c.table_id', 'c.phase', 'c.end_state', 'c.process_key', 'c.process_version', 'c.subject_id'])
    .where('c.id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
}

/** Invitations to agenda items about a case, with their meeting's date and status (for the access policy). */
export async function invitationsOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('agenda_invitations as i')
    .innerJoin('agenda_items as a', 'a.id', 'i.agenda_item_id')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(['i.organisation_id', 'm.starts_on', 'm.status'])
    .where('a.case_id', '=', caseId)
    .execute();
}
