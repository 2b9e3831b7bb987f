import { sql, type Expression, type SqlBool } from 'kysely';
import { latestStartDueBy, type ProcessDefinition } from '@ketentafel/domain';
import type { DbOrTrx } from '../db/database.ts';
import type { InactivePlan } from './inactive-set.ts';

const ZONE = 'Europe/Amsterdam';

/** Start of a Dutch calendar day as an instant, computed by the database (index-friendly constant). */
function startOfDay(date: string) {
  return sql<Date>`((${date}::date + 1)::timestamp AT TIME ZONE ${ZONE})`;
}

/**
 * A superset test of "some retention action may be due" for one process version, written so that each branch
 * is served by one partial index of migration 2026-11-23T0700-retention. The domain rule
 * (`dueRetentionActions`) decides per case; this only keeps the job from reading cases that cannot be due.
 */
function dueForProcess(process: ProcessDefinition, today: string): Expression<SqlBool> {
  const branches: ReturnType<typeof sql<SqlBool>>[] = [];
  const immediate = process.endStates.filter((e) => e.retention.kind === 'delete-immediately').map((e) => e.id);
  if (immediate.length > 0) branches.push(sql<SqlBool>`c.end_state IN (${sql.join(immediate)})`);
  let minActive: number | undefined;
  let minDelete: number | undefined;
  for (const endState of process.endStates) {
    const rule = endState.retention;
    if (rule.kind === 'delete-after') {
      branches.push(
        rule.from === 'end'
          ? sql<SqlBool>`(c.end_state = ${endState.id} AND c.ended_on <= ${latestStartDueBy(today, rule.months)}::date)`
          : sql<SqlBool>`(c.end_state = ${endState.id} AND c.last_substantive_change_at < ${startOfDay(latestStartDueBy(today, rule.months))})`,
      );
    } else if (rule.kind === 'phased') {
      minActive = Math.min(minActive ?? rule.activeMonths, rule.activeMonths);
      minDelete = Math.min(minDelete ?? rule.deleteAfterMonths, rule.deleteAfterMonths);
      branches.push(sql<SqlBool>`(c.end_state = ${endState.id} AND c.scale_down_on IS NULL AND c.ended_on <= ${latestStartDueBy(today, rule.activeMonths)}::date)`);
    }
  }
  if (minActive !== undefined && minDelete !== undefined) {
    branches.push(sql<SqlBool>`(c.scale_down_on IS NOT NULL AND c.scale_down_on <= ${latestStartDueBy(today, minDelete)}::date)`);
    branches.push(sql<SqlBool>`(c.scale_down_on IS NOT NULL AND c.inactive_since IS NULL AND c.scale_down_on <= ${latestStartDueBy(today, minActive)}::date)`);
  }
  const inactiveCutoff = latestStartDueBy(today, process.maxInactivity.months);
  branches.push(sql<SqlBool>`(c.end_state IS NULL AND c.scale_down_on IS NULL AND c.last_substantive_change_at < ${startOfDay(inactiveCutoff)})`);
  return sql<SqlBool>`(c.process_key = ${process.key} AND c.process_version = ${process.version} AND (${sql.join(branches, sql` OR `)}))`;
}

/**
 * Ids of cases that may have a retention action due on `today`, in id order after `afterId`, skipping cases
 * with an active legal hold or an exception not yet re-assessed. Reads no case content.
 */
export async function findDueCandidates(db: DbOrTrx, processes: readonly ProcessDefinition[], today: string, afterId: string | null, limit: number): Promise<string[]> {
  if (processes.length === 0) return [];
  const due = sql.join(processes.map((p) => dueForProcess(p, today)), sql` OR `);
  const result = await sql<{ id: string }>`
    SELECT c.id FROM cases c
    WHERE (${due})
      AND (${afterId}::uuid IS NULL OR c.id > ${afterId}::uuid)
      AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.lifted_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM retention_exceptions e WHERE e.case_id = c.id AND e.reassess_on >= ${today}::date)
    ORDER BY c.id
    LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => r.id);
}

/** The retention facts of one case, locked; `undefined` when another run holds it or it is gone (SKIP LOCKED). */
export async function lockCaseForRetention(trx: DbOrTrx, caseId: string, today: string) {
  const result = await sql<{
    id: string;
    table_id: string;
    process_key: string;
    process_version: number;
    kind: 'individual' | 'group-scan';
    phase: string;
    subject_id: string | null;
    end_state: string | null;
    ended_on: string | null;
    scale_down_on: string | null;
    inactive_since: string | null;
    last_change_on: string;
    legal_hold: boolean;
    reassess_dates: string[];
    representative_ids: string[];
  }>`
    SELECT c.id, c.table_id, c.process_key, c.process_version, c.kind, c.phase, c.subject_id, c.end_state, c.ended_on,
      c.scale_down_on, c.inactive_since,
      to_char(c.last_substantive_change_at AT TIME ZONE ${ZONE}, 'YYYY-MM-DD') AS last_change_on,
      EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.lifted_at IS NULL) AS legal_hold,
      ARRAY(SELECT e.reassess_on::text FROM retention_exceptions e WHERE e.case_id = c.id AND e.reassess_on >= ${today}::date) AS reassess_dates,
      ARRAY(SELECT lr.id::text FROM legal_representatives lr WHERE lr.case_id = c.id) AS representative_ids
    FROM cases c WHERE c.id = ${caseId}
    FOR UPDATE OF c SKIP LOCKED`.execute(trx);
  return result.rows[0];
}

export type RetentionCaseRow = NonNullable<Awaited<ReturnType<typeof lockCaseForRetention>>>;

/** Counts of what was removed, per kind of record (no personal data). */
export interface RemovedCounts {
  readonly contributions: number;
  readonly legalRepresentatives: number;
  readonly informingTasks: number;
  readonly partnerQueries: number;
  readonly admissionDecisions: number;
  readonly phaseTransitions: number;
}

/**
 * Makes a file inactive (ZVT-4A.1): really deletes everything but the declared administrative set, in one
 * statement. `unsafe`: bypasses access; only the retention job calls it, with the case row locked.
 */
export async function unsafeStripToInactive(trx: DbOrTrx, row: RetentionCaseRow, plan: InactivePlan, today: string): Promise<RemovedCounts> {
  if (row.subject_id !== null && !plan.keepBirthDate) {
    throw new Error('Een inactief dossier zonder geboortedatum vraagt een schemawijziging (subjects.birth_date is verplicht).');
  }
  const result = await sql<{ [K in keyof RemovedCounts]: number }>`
    WITH contributions AS (DELETE FROM contributions WHERE case_id = ${row.id} RETURNING 1),
      representatives AS (DELETE FROM legal_representatives WHERE case_id = ${row.id} RETURNING 1),
      informing AS (DELETE FROM informing_tasks WHERE case_id = ${row.id} RETURNING 1),
      queries AS (DELETE FROM partner_queries WHERE case_id = ${row.id} RETURNING 1),
      decisions AS (DELETE FROM admission_decisions WHERE case_id = ${row.id} RETURNING 1),
      transitions AS (DELETE FROM phase_transitions WHERE case_id = ${row.id} AND NOT ${plan.keepPhaseDates} RETURNING 1),
      strikes AS (DELETE FROM registration_strikes WHERE case_id = ${row.id} RETURNING 1),
      triage_outcomes AS (DELETE FROM triage_outcomes WHERE case_id = ${row.id} RETURNING 1),
      subject AS (
        UPDATE subjects SET municipality = '', full_name = CASE WHEN ${plan.keepSubjectName} THEN full_name ELSE '' END
        WHERE id = ${row.subject_id}::uuid RETURNING 1),
      kase AS (
        UPDATE cases SET inactive_since = ${today}::date,
          group_name = CASE WHEN group_name IS NULL OR ${plan.keepGroupName} THEN group_name ELSE '' END,
          group_area = CASE WHEN group_area IS NULL THEN NULL ELSE '' END
        WHERE id = ${row.id} RETURNING 1)
    SELECT (SELECT count(*) FROM contributions)::int AS "contributions",
      (SELECT count(*) FROM representatives)::int AS "legalRepresentatives",
      (SELECT count(*) FROM informing)::int AS "informingTasks",
      (SELECT count(*) FROM queries)::int AS "partnerQueries",
      (SELECT count(*) FROM decisions)::int AS "admissionDecisions",
      (SELECT count(*) FROM transitions)::int AS "phaseTransitions",
      (SELECT count(*) FROM subject)::int + (SELECT count(*) FROM kase)::int AS touched`.execute(trx);
  const counts = result.rows[0];
  if (counts === undefined) throw new Error('Inactief maken gaf geen resultaat.');
  return counts;
}

/**
 * Deletes a case for good (X-4): its rows are removed (not flagged), the legal representatives with their log
 * keys, and the subject with its log key when no other case refers to it, which makes the processing log's
 * keyed hashes of these people unlinkable. `unsafe`: bypasses access; only the retention job calls it.
 */
export async function unsafeDeleteCaseForRetention(trx: DbOrTrx, row: RetentionCaseRow): Promise<RemovedCounts & { subjects: number }> {
  const result = await sql<RemovedCounts>`
    WITH contributions AS (DELETE FROM contributions WHERE case_id = ${row.id} RETURNING 1),
      representatives AS (DELETE FROM legal_representatives WHERE case_id = ${row.id} RETURNING 1),
      informing AS (DELETE FROM informing_tasks WHERE case_id = ${row.id} RETURNING 1),
      queries AS (DELETE FROM partner_queries WHERE case_id = ${row.id} RETURNING 1),
      decisions AS (DELETE FROM admission_decisions WHERE case_id = ${row.id} RETURNING 1),
      transitions AS (DELETE FROM phase_transitions WHERE case_id = ${row.id} RETURNING 1)
    SELECT (SELECT count(*) FROM contributions)::int AS "contributions",
      (SELECT count(*) FROM representatives)::int AS "legalRepresentatives",
      (SELECT count(*) FROM informing)::int AS "informingTasks",
      (SELECT count(*) FROM queries)::int AS "partnerQueries",
      (SELECT count(*) FROM decisions)::int AS "admissionDecisions",
      (SELECT count(*) FROM transitions)::int AS "phaseTransitions"`.execute(trx);
  // The case row last among the case's own rows (anything else still referring to it cascades); then the subject,
  // whose foreign key from cases is RESTRICT.
  await trx.deleteFrom('cases').where('id', '=', row.id).execute();
  let subjects = 0;
  if (row.subject_id !== null) {
    const deleted = await sql`DELETE FROM subjects s WHERE s.id = ${row.subject_id}
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_id = s.id)`.execute(trx);
    subjects = Number(deleted.numAffectedRows ?? 0n);
  }
  const counts = result.rows[0];
  if (counts === undefined) throw new Error('Verwijderen gaf geen resultaat.');
  return { ...counts, subjects };
}

/** Adds one to the aggregate counter (never a per-case row, X-4). */
export async function incrementCaseStatistics(
  trx: DbOrTrx,
  row: { table_id: string; process_key: string; process_version: number; phase_reached: string; outcome: string; quarter: string },
): Promise<void> {
  await trx
    .insertInto('case_statistics')
    .values({ ...row, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['table_id', 'process_key', 'process_version', 'phase_reached', 'outcome', 'quarter'])
        .doUpdateSet((eb) => ({ count: eb('case_statistics.count', '+', 1) })),
    )
    .execute();
}

/** Deletion-log rows: what kind of record, how many, by which rule; never personal data. */
export async function insertDeletionLogRows(trx: DbOrTrx, rows: readonly { record_kind: string; count: number; rule: string }[]): Promise<void> {
  const nonEmpty = rows.filter((r) => r.count > 0);
  if (nonEmpty.length === 0) return;
  await trx.insertInto('deletion_log').values(nonEmpty).execute();
}
