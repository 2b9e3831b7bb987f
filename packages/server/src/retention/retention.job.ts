import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { builtInProcesses, dueRetentionActions, todayIn, DUTCH_TIME_ZONE, type ProcessDefinition, type RetentionAction } from '@ketentafel/domain';
import type { ServiceContext } from '../http/app.ts';
import type { DbOrTrx } from '../db/database.ts';
import type { TraceContext } from '../audit/audit-events.ts';
import { recordProcessing } from '../audit/audit.service.ts';
import { requireProcess } from '../processes.ts';
import { assertInactiveSetsKnown, inactivePlan, type InactivePlan } from './inactive-set.ts';
import * as repo from './retention.repository.ts';

/** The system actor of every log record the job writes. */
export const RETENTION_ACTOR = { system: 'retention' } as const;

/** What one run did; counts only. */
export interface RetentionRunResult {
  readonly today: string;
  readonly madeInactive: number;
  readonly deleted: number;
  /** Candidates that turned out not to be due after all (the SQL only narrows down; the domain rule decides). */
  readonly skipped: number;
  /** Cases whose transaction failed; they are retried on the next run. */
  readonly failed: number;
  /** Batch transactions that committed. */
  readonly batches: number;
  /** Batches that failed as a whole and were then handled case by case. */
  readonly fallbacks: number;
}

export interface RetentionRunOptions {
  /** Cases locked and handled per batch transaction; 500 by default (ADR 0010). */
  readonly batchSize?: number;
  /** Batch transactions at the same time, each on its own connection; 1 by default. */
  readonly concurrency?: number;
  /** Called once per failed case, with the error (never with case content). */
  readonly onError?: (error: unknown) => void;
  /** Called once per batch that failed as a whole, before its cases are handled one by one. */
  readonly onBatchFallback?: (error: unknown) => void;
  /** The process definitions to apply; the built-in ones by default. */
  readonly processes?: readonly ProcessDefinition[];
}

function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${String(Math.ceil(Number(date.slice(5, 7)) / 3))}`;
}

function ruleText(process: ProcessDefinition, due: Extract<RetentionAction, { action: 'delete' | 'go-inactive' }>): string {
  return `${process.key}@${String(process.version)} ${due.reason}: ${due.rule.kind}, vervallen op ${due.dueOn} (${due.rule.requirementIds.join(', ')})`;
}

type CaseOutcome = 'inactive' | 'deleted' | 'skipped';
type DueAction = Extract<RetentionAction, { action: 'delete' | 'go-inactive' }>;

/** The domain rule for one case's facts (the SQL only narrows down; this decides). */
function decide(row: repo.RetentionCaseRow, today: string): { process: ProcessDefinition; due: RetentionAction } {
  const process = requireProcess(row.process_key, row.process_version);
  const due = dueRetentionActions(
    {
      phase: row.phase,
      endState: row.end_state,
      endedOn: row.ended_on,
      scaleDownOn: row.scale_down_on,
      inactiveSince: row.inactive_since,
      lastSubstantiveChangeOn: row.last_change_on,
      exceptions: row.reassess_dates.map((reassessOn) => ({ reassessOn })),
      legalHold: row.legal_hold,
    },
    process,
    today,
  );
  return { process, due };
}

function statisticsKey(row: repo.RetentionCaseRow, due: DueAction, today: string): repo.StatisticsKey {
  return {
    table_id: row.table_id,
    process_key: row.process_key,
    process_version: row.process_version,
    phase_reached: row.phase,
    outcome: row.end_state ?? due.reason,
    quarter: quarterOf(today),
  };
}

const peopleOf = (row: repo.RetentionCaseRow) => [...(row.subject_id === null ? [] : [row.subject_id]), ...row.representative_ids];

/**
 * One case, in its own transaction: lock (or skip), decide with the domain rule, apply, log. The fallback when a
 * batch fails as a whole (ADR 0010), so one case that cannot be handled does not hold up the others.
 */
async function processCase(ctx: ServiceContext, caseId: string, today: string, trace: TraceContext): Promise<CaseOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    // A lost commit on a crash is redone by the next run (the case is still due), so durability can wait.
    await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    const row = await repo.lockCaseForRetention(trx, caseId, today);
    if (row === undefined) return 'skipped';
    const { process, due } = decide(row, today);
    if (due.action === 'none') return 'skipped';
    const subjectIds = peopleOf(row);
    const span: TraceContext = { traceId: trace.traceId, spanId: randomBytes(8).toString('hex') };
    const rule = ruleText(process, due);
    if (due.action === 'go-inactive') {
      if (due.rule.kind !== 'phased') throw new Error(`go-inactive zonder gefaseerde regel (${rule})`);
      // The log first, while the representatives' keys still exist to compute their keyed hashes.
      await recordProcessing(trx, RETENTION_ACTOR, span, {
        action: 'retention.go-inactive', activity: 'retention', recordType: 'case', recordId: row.id, subjectIds, outcome: 'allowed',
      });
      // The batch statement with one case: both paths remove the same kinds of record (repo.CASE_RECORDS).
      await repo.unsafeStripBatchToInactive(trx, [{ id: row.id, subjectId: row.subject_id, rule, tableId: row.table_id, dueOn: due.dueOn }], inactivePlan(due.rule.keepWhenInactive), today, ctx.clock.now());
      return 'inactive';
    }
    // Same lock order as decideAdmission: the counter row, then the log chain, then the case's own rows.
    await repo.incrementCaseStatistics(trx, statisticsKey(row, due, today));
    await recordProcessing(trx, RETENTION_ACTOR, span, {
      action: 'retention.delete', activity: 'retention', recordType: 'case', recordId: row.id, subjectIds, outcome: 'allowed',
    });
    await repo.unsafeDeleteBatchForRetention(trx, [{ id: row.id, subjectId: row.subject_id, rule, tableId: row.table_id, dueOn: due.dueOn }], ctx.clock.now());
    return 'deleted';
  });
}

/**
 * One batch of locked cases, in the caller's transaction, with a few set-based statements (ADR 0010): the domain
 * rule decides per case; then the counters (one upsert), one processing operation per kind of action with the
 * keyed hashes of every person in it (before their keys go), the inactivations (one statement per declared
 * administrative set) and the deletions (two statements), each writing its deletion-log rows.
 */
async function applyBatch(trx: DbOrTrx, rows: readonly repo.RetentionCaseRow[], today: string, now: Date, trace: TraceContext) {
  const inactive = new Map<string, { plan: InactivePlan; cases: repo.BatchCase[]; people: string[] }>();
  const deleted: repo.BatchCase[] = [];
  const deletedPeople: string[] = [];
  const statistics: (repo.StatisticsKey & { count: number })[] = [];
  let skipped = 0;
  for (const row of rows) {
    const { process, due } = decide(row, today);
    if (due.action === 'none') {
      skipped++;
      continue;
    }
    const batchCase = { id: row.id, subjectId: row.subject_id, rule: ruleText(process, due), tableId: row.table_id, dueOn: due.dueOn };
    if (due.action === 'go-inactive') {
      if (due.rule.kind !== 'phased') throw new Error(`go-inactive zonder gefaseerde regel (${batchCase.rule})`);
      const plan = inactivePlan(due.rule.keepWhenInactive);
      const key = JSON.stringify(plan);
      const group = inactive.get(key) ?? { plan, cases: [], people: [] };
      group.cases.push(batchCase);
      group.people.push(...peopleOf(row));
      inactive.set(key, group);
    } else {
      deleted.push(batchCase);
      deletedPeople.push(...peopleOf(row));
      statistics.push({ ...statisticsKey(row, due, today), count: 1 });
    }
  }
  const groups = [...inactive.values()];
  const madeInactive = groups.reduce((n, g) => n + g.cases.length, 0);
  // Same lock order as a single case: the counter rows, then the log chain, then the cases' own rows.
  await repo.addCaseStatistics(trx, statistics);
  // One span for the batch: both operations go to the same chain, so the transaction holds one chain lock.
  const span: TraceContext = { traceId: trace.traceId, spanId: randomBytes(8).toString('hex') };
  if (madeInactive > 0) {
    await recordProcessing(trx, RETENTION_ACTOR, span, {
      action: 'retention.go-inactive', activity: 'retention', recordType: 'case', recordId: null,
      subjectIds: groups.flatMap((g) => g.people), outcome: 'allowed',
    });
  }
  if (deleted.length > 0) {
    await recordProcessing(trx, RETENTION_ACTOR, span, {
      action: 'retention.delete', activity: 'retention', recordType: 'case', recordId: null, subjectIds: deletedPeople, outcome: 'allowed',
    });
  }
  let inactivated = 0;
  for (const group of groups) inactivated += await repo.unsafeStripBatchToInactive(trx, group.cases, group.plan, today, now);
  const removed = await repo.unsafeDeleteBatchForRetention(trx, deleted, now);
  // Every case was locked by this transaction, so each statement must have found all of them.
  if (inactivated !== madeInactive || removed.cases !== deleted.length) {
    throw new Error(`Batch onvolledig: ${String(inactivated)}/${String(madeInactive)} inactief, ${String(removed.cases)}/${String(deleted.length)} verwijderd.`);
  }
  return { madeInactive, deleted: deleted.length, skipped };
}

/**
 * Applies the retention rules of the process definitions to every due case (X-4, ZVT-4A), batch by batch
 * (ADR 0010): each batch transaction locks the next due cases with `FOR UPDATE SKIP LOCKED` (partial indexes find
 * them), so any number of runs on any number of nodes may overlap without handling a case twice; the domain rule
 * decides per case; a few set-based statements apply, count and log. A batch that fails as a whole is rolled back
 * and its cases handled one by one, each in its own transaction; a case that fails then is counted and left for
 * the next run, the others go on.
 *
 * @param ctx - database and clock; tests pass a clock they move by hand
 */
export async function runRetention(ctx: ServiceContext, options: RetentionRunOptions = {}): Promise<RetentionRunResult> {
  const processes = options.processes ?? builtInProcesses;
  assertInactiveSetsKnown(processes);
  const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
  const trace: TraceContext = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const counts = { madeInactive: 0, deleted: 0, skipped: 0, failed: 0, batches: 0, fallbacks: 0 };

  const fallBack = async (ids: readonly string[]) => {
    for (const id of ids) {
      try {
        const outcome = await processCase(ctx, id, today, trace);
        if (outcome === 'inactive') counts.madeInactive++;
        else if (outcome === 'deleted') counts.deleted++;
        else counts.skipped++;
      } catch (error) {
        counts.failed++;
        options.onError?.(error);
      }
    }
  };

  // Each worker walks the due cases in id order; SKIP LOCKED leaves to the others what they hold. It stops when
  // nothing unlocked is due after its position (a short batch is not enough: a row changed by a run that committed
  // meanwhile is re-checked and may drop out of a full one).
  const worker = async () => {
    let afterId: string | null = null;
    for (;;) {
      const batch: { ids: string[] | undefined } = { ids: undefined };
      try {
        const outcome = await ctx.db.transaction().execute(async (trx) => {
          // A lost commit on a crash is redone by the next run (the cases are still due), so durability can wait.
          await sql`SET LOCAL synchronous_commit = off`.execute(trx);
          batch.ids = await repo.lockDueBatch(trx, processes, today, afterId, batchSize);
          return applyBatch(trx, await repo.readLockedFacts(trx, batch.ids, today), today, ctx.clock.now(), trace);
        });
        counts.madeInactive += outcome.madeInactive;
        counts.deleted += outcome.deleted;
        counts.skipped += outcome.skipped;
        if (batch.ids !== undefined && batch.ids.length > 0) counts.batches++;
      } catch (error) {
        // Nothing locked: the run itself cannot go on (e.g. the database is gone).
        if (batch.ids === undefined) throw error;
        counts.fallbacks++;
        options.onBatchFallback?.(error);
        await fallBack(batch.ids);
      }
      const last = batch.ids?.at(-1);
      if (last === undefined) break;
      afterId = last;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return { today, ...counts };
}
