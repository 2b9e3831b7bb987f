import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

const ZONE = 'Europe/Amsterdam';

/** The year as an instant range in Dutch time: [1 January 00:00, next 1 January 00:00). */
function yearRange(year: number) {
  return {
    from: sql<Date>`(${`${String(year)}-01-01`}::timestamp AT TIME ZONE ${ZONE})`,
    to: sql<Date>`(${`${String(year + 1)}-01-01`}::timestamp AT TIME ZONE ${ZONE})`,
  };
}

/** Counters kept by the database (registered, scaled down), per quarter of the year. */
export async function tableStatistics(db: DbOrTrx, tableId: string, year: number) {
  return db
    .selectFrom('table_statistics')
    .select(['measure', 'quarter', 'count'])
    .where('table_id', '=', tableId)
    .where('quarter', 'like', `${String(year)}-Q%`)
    .execute();
}

/** Outcomes recorded in the year (counted when the phase transition was written), per process version. */
export async function recordedOutcomes(db: DbOrTrx, tableId: string, year: number) {
  return db
    .selectFrom('outcome_statistics')
    .select(['process_key', 'process_version', 'phase', 'outcome'])
    .select((eb) => eb.fn.sum<string>('count').as('count'))
    .where('table_id', '=', tableId)
    .where('quarter', 'like', `${String(year)}-Q%`)
    .groupBy(['process_key', 'process_version', 'phase', 'outcome'])
    .execute();
}

/** Aggregate counters of deleted cases (case_statistics) in the year's quarters. */
export async function deletedCaseCounters(db: DbOrTrx, tableId: string, year: number) {
  return db
    .selectFrom('case_statistics')
    .select(['process_key', 'process_version', 'phase_reached', 'outcome'])
    .select((eb) => eb.fn.sum<string>('count').as('count'))
    .where('table_id', '=', tableId)
    .where('quarter', 'like', `${String(year)}-Q%`)
    .groupBy(['process_key', 'process_version', 'phase_reached', 'outcome'])
    .execute();
}

/**
 * Time per phase: each stay in a phase runs from the transition into it to the next transition (or the end
 * of the case); counted in the year the stay ended. A repeatable phase entered again from itself (3A → 3A
 * "plan with monitoring") continues the same stay.
 */
export async function phaseDurations(db: DbOrTrx, tableId: string, year: number) {
  const { from, to } = yearRange(year);
  const result = await sql<{ phase: string; cases: number; median_days: string | null }>`
    WITH entries AS (
      SELECT pt.case_id, pt.to_phase AS phase, pt.at AS entered_at,
        lead(pt.at) OVER (PARTITION BY pt.case_id ORDER BY pt.at, pt.id) AS next_at,
        c.end_state, c.ended_on
      FROM phase_transitions pt JOIN cases c ON c.id = pt.case_id
      WHERE c.table_id = ${tableId} AND pt.from_phase IS DISTINCT FROM pt.to_phase
    ), stays AS (
      SELECT phase, entered_at,
        COALESCE(next_at, CASE WHEN end_state IS NOT NULL THEN (ended_on::timestamp AT TIME ZONE ${ZONE}) END) AS left_at
      FROM entries
    )
    SELECT phase, count(*)::int AS cases,
      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at) / 86400)::numeric, 1)::text AS median_days
    FROM stays WHERE left_at IS NOT NULL AND left_at >= ${from} AND left_at < ${to}
    GROUP BY phase`.execute(db);
  return result.rows;
}

/** Cases of the table deleted in the year, on or before the day they were due, or later (deletion_log). */
export async function deletionsOnTime(db: DbOrTrx, tableId: string, year: number) {
  const { from, to } = yearRange(year);
  const result = await sql<{ on_time: number; late: number }>`
    SELECT COALESCE(sum(count) FILTER (WHERE (at AT TIME ZONE ${ZONE})::date <= due_on), 0)::int AS on_time,
      COALESCE(sum(count) FILTER (WHERE (at AT TIME ZONE ${ZONE})::date > due_on), 0)::int AS late
    FROM deletion_log
    WHERE record_kind = 'case' AND table_id = ${tableId} AND at >= ${from} AND at < ${to}`.execute(db);
  return result.rows[0] ?? { on_time: 0, late: 0 };
}

/**
 * ZVT-E.2, ADR 0019: meetings of the table held in the year, per kind: not cancelled, their date before `today`,
 * and at least one agenda item (counted when added, uncounted only when taken off before the meeting).
 */
export async function meetingsHeld(db: DbOrTrx, tableId: string, year: number, today: string) {
  return db
    .selectFrom('meetings')
    .select(['kind'])
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('table_id', '=', tableId)
    .where('status', '=', 'planned')
    .where('agenda_items_added', '>', 0)
    .where('starts_on', '>=', `${String(year)}-01-01`)
    .where('starts_on', '<=', `${String(year)}-12-31`)
    .where('starts_on', '<', today)
    .groupBy('kind')
    .execute();
}

export async function findTable(db: DbOrTrx, tableId: string) {
  return db.selectFrom('tables').select(['id', 'name', 'process_key', 'process_version']).where('id', '=', tableId).executeTakeFirst();
}
