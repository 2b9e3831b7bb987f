import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

/**
 * Kysely queries for the chain director's work queue (start page, "what needs me now"). References, dates and
 * organisation names only: no names of young people, no case content. No rules here.
 */

/** Open cases of the tables still in their process's first phase (registration, waiting for the assessment). */
export async function casesInPhase(db: DbOrTrx, tableIds: readonly string[], phase: string) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('cases as c')
    .innerJoin('tables as t', 't.id', 'c.table_id')
    .select(['c.id', 'c.reference', 'c.registered_on', 'c.subject_id', 't.name as table_name'])
    .where('c.table_id', 'in', tableIds)
    .where('c.phase', '=', phase)
    .where('c.end_state', 'is', null)
    .orderBy('c.registered_on')
    .orderBy('c.reference')
    .limit(200)
    .execute();
}

/** Partner queries not answered by the end of their deadline day (ZVT-2A.2). */
export async function overduePartnerQueries(db: DbOrTrx, tableIds: readonly string[], today: string) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('partner_queries as q')
    .innerJoin('cases as c', 'c.id', 'q.case_id')
    .innerJoin('organisations as o', 'o.id', 'q.organisation_id')
    .select(['q.id', 'q.case_id', 'q.deadline', 'c.reference', 'c.subject_id', 'o.name as organisation_name'])
    .where('c.table_id', 'in', tableIds)
    .where('c.end_state', 'is', null)
    .where('q.answered_at', 'is', null)
    .where('q.deadline', '<', today)
    .orderBy('q.deadline')
    .limit(200)
    .execute();
}

/** Informing tasks not done yet (ZVT-1.4): open ones, and deferred ones with their planned date. */
export async function pendingInformingTasks(db: DbOrTrx, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('informing_tasks as it')
    .innerJoin('cases as c', 'c.id', 'it.case_id')
    .select(['it.id', 'it.case_id', 'it.status', 'it.planned_on', 'c.reference', 'c.subject_id', 'c.registered_on'])
    .where('c.table_id', 'in', tableIds)
    .where('c.end_state', 'is', null)
    .where('it.status', 'in', ['open', 'deferred'])
    .orderBy('c.registered_on')
    .limit(500)
    .execute();
}

/** The next planned meeting of each table from `now` on, with the number of its agenda items. */
export async function nextMeetings(db: DbOrTrx, tableIds: readonly string[], now: Date) {
  if (tableIds.length === 0) return [];
  const result = await sql<{ id: string; table_id: string; table_name: string; municipality: string; kind: 'focus' | 'core-group-focus' | 'case-meeting'; starts_on: string; start_time: string; agenda_item_count: number }>`
    SELECT DISTINCT ON (m.table_id) m.id, m.table_id, t.name AS table_name, t.municipality, m.kind, m.starts_on::text AS starts_on, m.start_time,
      (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id)::int AS agenda_item_count
    FROM meetings m JOIN tables t ON t.id = m.table_id
    WHERE m.table_id IN (${sql.join(tableIds)}) AND m.status = 'planned' AND m.starts_at >= ${now}
    ORDER BY m.table_id, m.starts_at`.execute(db);
  return result.rows;
}

/**
 * Per case, the retention exception that runs longest (ZVT-4A.2): its re-assessment date is when the chain
 * director (for the partner with direction) looks at it again.
 */
export async function latestRetentionExceptions(db: DbOrTrx, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  const result = await sql<{ id: string; case_id: string; reference: string; reassess_on: string }>`
    SELECT DISTINCT ON (e.case_id) e.id, e.case_id, c.reference, e.reassess_on::text AS reassess_on
    FROM retention_exceptions e JOIN cases c ON c.id = e.case_id
    WHERE c.table_id IN (${sql.join(tableIds)})
    ORDER BY e.case_id, e.reassess_on DESC, e.created_at DESC`.execute(db);
  return result.rows;
}
