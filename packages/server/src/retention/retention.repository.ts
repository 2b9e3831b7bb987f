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

function dueCondition(processes: readonly ProcessDefinition[], today: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.join(processes.map((p) => dueForProcess(p, today)), sql` OR `)})
      AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.lifted_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM retention_exceptions e WHERE e.case_id = c.id AND e.reassess_on >= ${today}::date)`;
}

/**
 * Locks the next batch of at most `limit` candidate cases after `afterId` (`FOR UPDATE SKIP LOCKED`): rows another
 * run holds are left to that run, so overlapping runs on any number of nodes never take the same case. A row
 * changed by a run that committed meanwhile is re-checked against the condition before it is locked.
 */
export async function lockDueBatch(trx: DbOrTrx, processes: readonly ProcessDefinition[], today: string, afterId: string | null, limit: number): Promise<string[]> {
  if (processes.length === 0) return [];
  const result = await sql<{ id: string }>`
    SELECT c.id FROM cases c
    WHERE ${dueCondition(processes, today)} AND (${afterId}::uuid IS NULL OR c.id > ${afterId}::uuid)
    ORDER BY c.id
    LIMIT ${limit}
    FOR UPDATE OF c SKIP LOCKED`.execute(trx);
  return result.rows.map((r) => r.id);
}

/** What the domain rule and the job need to know about a case; no case content. */
interface RetentionFactsRow {
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
}

function factsColumns(today: string) {
  return sql`c.id, c.table_id, c.process_key, c.process_version, c.kind, c.phase, c.subject_id, c.end_state, c.ended_on,
      c.scale_down_on, c.inactive_since,
      to_char(c.last_substantive_change_at AT TIME ZONE ${ZONE}, 'YYYY-MM-DD') AS last_change_on,
      EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.lifted_at IS NULL) AS legal_hold,
      ARRAY(SELECT e.reassess_on::text FROM retention_exceptions e WHERE e.case_id = c.id AND e.reassess_on >= ${today}::date) AS reassess_dates,
      ARRAY(SELECT lr.id::text FROM legal_representatives lr WHERE lr.case_id = c.id) AS representative_ids`;
}

/** The retention facts of one case, locked; `undefined` when another run holds it or it is gone (SKIP LOCKED). */
export async function lockCaseForRetention(trx: DbOrTrx, caseId: string, today: string): Promise<RetentionFactsRow | undefined> {
  const result = await sql<RetentionFactsRow>`
    SELECT ${factsColumns(today)}
    FROM cases c WHERE c.id = ${caseId}
    FOR UPDATE OF c SKIP LOCKED`.execute(trx);
  return result.rows[0];
}

/**
 * The retention facts of cases this transaction has locked (`lockDueBatch`), read in a statement of their own:
 * under READ COMMITTED it sees everything committed before it, so a legal hold or exception recorded just before
 * the lock was taken counts (recording one afterwards waits for this transaction: its foreign key needs the row).
 */
export async function readLockedFacts(trx: DbOrTrx, caseIds: readonly string[], today: string): Promise<RetentionFactsRow[]> {
  if (caseIds.length === 0) return [];
  const result = await sql<RetentionFactsRow>`
    SELECT ${factsColumns(today)}
    FROM cases c WHERE c.id = ANY(${caseIds}::uuid[])
    ORDER BY c.id`.execute(trx);
  return result.rows;
}

export type RetentionCaseRow = RetentionFactsRow;

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
export async function insertDeletionLogRows(
  trx: DbOrTrx,
  rows: readonly { record_kind: string; count: number; rule: string; table_id?: string; due_on?: string; at?: Date }[],
): Promise<void> {
  const nonEmpty = rows.filter((r) => r.count > 0);
  if (nonEmpty.length === 0) return;
  await trx.insertInto('deletion_log').values(nonEmpty).execute();
}

/** One case of a batch and the rule text its deletion-log rows carry. */
export interface BatchCase {
  readonly id: string;
  readonly subjectId: string | null;
  readonly rule: string;
  /** For the deletion log (ZVT-E.2 "deletions on time"): the table and the day the action became due. */
  readonly tableId: string;
  readonly dueOn: string;
}

/** One table holding a case's own rows, and the kind of record the deletion log names for it. */
export interface CaseRecord {
  readonly table: string;
  readonly kind: string;
  /** Kept while the file is inactive when the process declares this part of the administrative set. */
  readonly keptWith?: keyof InactivePlan;
}

/**
 * Every table holding a case's own rows (X-4, ZVT-4A.1): removed when the file goes inactive (unless declared kept)
 * and when it is deleted. The single list both paths use; `retention-tables.int.test.ts` holds it against the
 * database's foreign keys to `cases`, so a new table cannot be forgotten.
 */
export const CASE_RECORDS: readonly CaseRecord[] = [
  { table: 'contributions', kind: 'contribution' },
  { table: 'legal_representatives', kind: 'legal-representative' },
  { table: 'informing_tasks', kind: 'informing-task' },
  { table: 'partner_queries', kind: 'partner-query' },
  { table: 'admission_decisions', kind: 'admission-decision' },
  { table: 'phase_transitions', kind: 'phase-transition', keptWith: 'keepPhaseDates' },
  // ZVT-3A.2 history; the current holder stays on the case row until deletion (it decides on ZVT-4A.2).
  { table: 'direction_transfers', kind: 'direction-transfer' },
  // Agenda items (the goal of the discussion) and their invitations are case content, not administrative data.
  { table: 'agenda_items', kind: 'agenda-item' },
  // ZVT-E.1: the pseudonymised summary and the steering group's decision belong to the case's handling.
  { table: 'escalations', kind: 'escalation' },
  // ZVT-2A.3/2A.4: what was struck (field names and why) and the motivated triage outcomes.
  { table: 'registration_strikes', kind: 'registration-strike' },
  { table: 'triage_outcomes', kind: 'triage-outcome' },
  // ZVT-3A.2 – ZVT-3A.5: the case meeting's record, the plan's actions and the data each action needs.
  { table: 'meeting_records', kind: 'meeting-record' },
  { table: 'plan_actions', kind: 'plan-action' },
  { table: 'plan_action_data', kind: 'plan-action-data' },
  // ZVT-2B (ADR 0017): a group's members (their subject rows and log keys go with them, by trigger), the scan
  // document's bytes, partners added to the core group, the decisions and the informing of the members.
  { table: 'group_members', kind: 'group-member' },
  { table: 'contribution_files', kind: 'contribution-file' },
  { table: 'group_core_partners', kind: 'group-core-partner' },
  { table: 'group_decisions', kind: 'group-decision' },
  { table: 'group_informing_tasks', kind: 'group-informing-task' },
  // X-6: who sends a case's letter and that it was sent (kind, template version, dates, channel; never the letter).
  { table: 'letter_senders', kind: 'letter-sender' },
  { table: 'sent_letters', kind: 'sent-letter' },
  // X-3 (ADR 0022): which of the case's records an access request's handler confirmed as the requester's.
  { table: 'subject_access_request_matches', kind: 'access-request-match' },
];

/**
 * Tables referring to a case that stay while the file is inactive because they decide on its retention
 * (ZVT-4A.2); they go with the case row (ON DELETE CASCADE).
 */
export const CASE_RETENTION_RECORDS: readonly string[] = ['retention_exceptions', 'legal_holds'];

/**
 * The deletes of a case's own rows for a batch, each returning the case id, and `removed(record_kind, case_id)`
 * over all of them; shared by inactivation (with its `plan`) and deletion, so both remove the same kinds of record.
 */
function removeCaseRows(ids: readonly string[], plan?: InactivePlan) {
  const records = CASE_RECORDS.filter((r) => plan === undefined || r.keptWith === undefined || !plan[r.keptWith]);
  const deletes = records.map(
    (r, i) => sql`${sql.raw(`removed_${String(i)}`)} AS (DELETE FROM ${sql.table(r.table)} WHERE case_id = ANY(${ids}::uuid[]) RETURNING case_id)`,
  );
  const kinds = records.map((r, i) => sql`SELECT ${r.kind}::text, case_id FROM ${sql.raw(`removed_${String(i)}`)}`);
  return sql`${sql.join(deletes, sql`,
      `)},
      removed (record_kind, case_id) AS (${sql.join(kinds, sql` UNION ALL `)})`;
}

/** `rules(case_id, rule)` for a batch, to group deletion-log rows by rule. */
function rulesOf(cases: readonly BatchCase[]) {
  return sql`rules (case_id, rule, table_id, due_on) AS (
    SELECT * FROM unnest(${cases.map((c) => c.id)}::uuid[], ${cases.map((c) => c.rule)}::text[], ${cases.map((c) => c.tableId)}::uuid[], ${cases.map((c) => c.dueOn)}::date[]))`;
}

/**
 * Makes a batch of files inactive (ZVT-4A.1) in one statement: really deletes everything but the declared
 * administrative set and writes the deletion log (per kind of record and rule, a count). `unsafe`: bypasses
 * access; only the retention job calls it, with the case rows locked. All cases share one `plan`.
 *
 * @returns the number of cases made inactive
 */
export async function unsafeStripBatchToInactive(trx: DbOrTrx, cases: readonly BatchCase[], plan: InactivePlan, today: string, now: Date): Promise<number> {
  if (cases.length === 0) return 0;
  if (!plan.keepBirthDate && cases.some((c) => c.subjectId !== null)) {
    throw new Error('Een inactief dossier zonder geboortedatum vraagt een schemawijziging (subjects.birth_date is verplicht).');
  }
  const ids = cases.map((c) => c.id);
  const subjectIds = cases.flatMap((c) => (c.subjectId === null ? [] : [c.subjectId]));
  const result = await sql<{ cases: number }>`
    WITH ${rulesOf(cases)},
      ${removeCaseRows(ids, plan)},
      subject AS (
        UPDATE subjects SET municipality = '', full_name = CASE WHEN ${plan.keepSubjectName} THEN full_name ELSE '' END
        WHERE id = ANY(${subjectIds}::uuid[]) RETURNING 1),
      kase AS (
        UPDATE cases SET inactive_since = ${today}::date,
          group_name = CASE WHEN group_name IS NULL OR ${plan.keepGroupName} THEN group_name ELSE '' END,
          group_area = CASE WHEN group_area IS NULL THEN NULL ELSE '' END
        WHERE id = ANY(${ids}::uuid[]) RETURNING 1),
      logged AS (
        INSERT INTO deletion_log (record_kind, count, rule, table_id, due_on, at)
        SELECT r.record_kind, count(*)::int, rules.rule, rules.table_id, rules.due_on, ${now} FROM removed r JOIN rules USING (case_id)
        GROUP BY r.record_kind, rules.rule, rules.table_id, rules.due_on
        RETURNING 1)
    SELECT (SELECT count(*) FROM kase)::int AS cases`.execute(trx);
  return result.rows[0]?.cases ?? 0;
}

/**
 * Deletes a batch of cases for good (X-4) in two statements: first the cases' own rows and the case rows (legal
 * representatives with their log keys), then the subjects no other case refers to, with their log keys, which makes
 * the processing log's keyed hashes of these people unlinkable. Each statement writes its deletion-log rows (per
 * kind of record and rule, a count). `unsafe`: bypasses access; only the retention job calls it, rows locked.
 *
 * @returns the numbers of cases and subjects deleted
 */
export async function unsafeDeleteBatchForRetention(trx: DbOrTrx, cases: readonly BatchCase[], now: Date): Promise<{ cases: number; subjects: number }> {
  if (cases.length === 0) return { cases: 0, subjects: 0 };
  const ids = cases.map((c) => c.id);
  // The case rows in the same statement: their cascades (exceptions, lifted holds, anything newer) run at its end.
  const deleted = await sql<{ cases: number }>`
    WITH ${rulesOf(cases)},
      ${removeCaseRows(ids)},
      kase AS (DELETE FROM cases WHERE id = ANY(${ids}::uuid[]) RETURNING id),
      logged AS (
        INSERT INTO deletion_log (record_kind, count, rule, table_id, due_on, at)
        SELECT r.record_kind, count(*)::int, rules.rule, rules.table_id, rules.due_on, ${now}
        FROM (SELECT record_kind, case_id FROM removed UNION ALL SELECT 'case', id FROM kase) r JOIN rules USING (case_id)
        GROUP BY r.record_kind, rules.rule, rules.table_id, rules.due_on
        RETURNING 1)
    SELECT (SELECT count(*) FROM kase)::int AS cases`.execute(trx);
  // A later statement, so it sees the case rows gone; cases.subject_id is RESTRICT, a subject of another case stays.
  const withSubject = cases.filter((c) => c.subjectId !== null);
  let subjects = 0;
  if (withSubject.length > 0) {
    const result = await sql<{ subjects: number }>`
      WITH rules (subject_id, rule) AS (
          SELECT DISTINCT ON (subject_id) subject_id, rule
          FROM unnest(${withSubject.map((c) => c.subjectId)}::uuid[], ${withSubject.map((c) => c.rule)}::text[]) AS u (subject_id, rule)),
        gone AS (
          DELETE FROM subjects s WHERE s.id IN (SELECT subject_id FROM rules)
            AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_id = s.id)
          RETURNING s.id),
        logged AS (
          INSERT INTO deletion_log (record_kind, count, rule, at)
          SELECT 'subject', count(*)::int, rules.rule, ${now} FROM gone JOIN rules ON rules.subject_id = gone.id GROUP BY rules.rule
          RETURNING 1)
      SELECT (SELECT count(*) FROM gone)::int AS subjects`.execute(trx);
    subjects = result.rows[0]?.subjects ?? 0;
  }
  return { cases: deleted.rows[0]?.cases ?? 0, subjects };
}

/** The key of one aggregate counter row (X-4: never a per-case row). */
export interface StatisticsKey {
  readonly table_id: string;
  readonly process_key: string;
  readonly process_version: number;
  readonly phase_reached: string;
  readonly outcome: string;
  readonly quarter: string;
}

/**
 * Adds the given counts to the aggregate counters in one statement. Rows are taken in a fixed order, so two
 * batches that touch the same counters cannot deadlock on them.
 */
export async function addCaseStatistics(trx: DbOrTrx, rows: readonly (StatisticsKey & { count: number })[]): Promise<void> {
  if (rows.length === 0) return;
  const keyOf = (r: StatisticsKey) => [r.table_id, r.process_key, String(r.process_version), r.phase_reached, r.outcome, r.quarter].join('\u001f');
  // One row per counter (ON CONFLICT may touch a row only once per statement), in key order.
  const merged = new Map<string, StatisticsKey & { count: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const seen = merged.get(key);
    merged.set(key, seen === undefined ? { ...row } : { ...seen, count: seen.count + row.count });
  }
  const sorted = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  await trx
    .insertInto('case_statistics')
    .values(sorted)
    .onConflict((oc) =>
      oc
        .columns(['table_id', 'process_key', 'process_version', 'phase_reached', 'outcome', 'quarter'])
        .doUpdateSet((eb) => ({ count: eb('case_statistics.count', '+', eb.ref('excluded.count')) })),
    )
    .execute();
}
