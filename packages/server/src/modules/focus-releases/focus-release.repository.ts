import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

/** Kysely queries for releases for a focus meeting (ZVT-2A.4, ADR 0019). No rules here. */

/** The agenda items about a case, with their meeting and the case's state; `unsafe`: the caller checks access. */
export async function unsafeAgendaItemsOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('agenda_items as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('tables as t', 't.id', 'm.table_id')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .select([
      'a.id',
      'a.meeting_id',
      'a.case_id',
      'm.kind',
      'm.starts_on',
      'm.start_time',
      'm.status',
      'm.table_id',
      't.municipality',
      'c.phase',
      'c.end_state',
      'c.process_key',
      'c.process_version',
      'c.subject_id',
      sql<string[]>`coalesce((SELECT array_agg(i.organisation_id) FROM agenda_invitations i WHERE i.agenda_item_id = a.id), '{}')`.as('invited_organisation_ids'),
    ])
    .where('a.case_id', '=', caseId)
    .orderBy('m.starts_at')
    .execute();
}

export type CaseAgendaItemRow = Awaited<ReturnType<typeof unsafeAgendaItemsOfCase>>[number];

/** The meeting releases of a case's contributions (active and withdrawn), oldest first. */
export async function meetingReleasesOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('meeting_releases as r')
    .innerJoin('contributions as k', 'k.id', 'r.contribution_id')
    .select(['r.id', 'r.contribution_id', 'r.agenda_item_id', 'r.released_at', 'r.withdrawn_at'])
    .where('k.case_id', '=', caseId)
    .orderBy('r.released_at')
    .execute();
}

export type MeetingReleaseRow = Awaited<ReturnType<typeof meetingReleasesOfCase>>[number];

export async function insertMeetingRelease(db: DbOrTrx, row: { contribution_id: string; agenda_item_id: string; released_by: string; released_at: Date }) {
  return db
    .insertInto('meeting_releases')
    .values(row)
    .onConflict((oc) => oc.columns(['contribution_id', 'agenda_item_id']).where('withdrawn_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function withdrawMeetingRelease(db: DbOrTrx, releaseId: string, contributionId: string, by: string, at: Date) {
  return db
    .updateTable('meeting_releases')
    .set({ withdrawn_at: at, withdrawn_by: by })
    .where('id', '=', releaseId)
    .where('contribution_id', '=', contributionId)
    .where('withdrawn_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}
