import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { builtInProcesses, dueRetentionActions, todayIn, DUTCH_TIME_ZONE, type ProcessDefinition, type RetentionAction } from '@ketentafel/domain';
import type { ServiceContext } from '../http/app.ts';
import type { TraceContext } from '../audit/audit-events.ts';
import { recordProcessing } from '../audit/audit.service.ts';
import { requireProcess } from '../processes.ts';
import { assertInactiveSetsKnown, inactivePlan } from './inactive-set.ts';
import * as repo from './retention.repository.ts';

/** The system actor of every log record the job writes. */
export const RETENTION_ACTOR = { system: 'retention' } as const;

/** What one run did; counts only. */
export interface RetentionRunResult {
  readonly today: string;
  readonly madeInactive: number;
  readonly deleted: number;
  /** Candidates another run held (SKIP LOCKED) or that turned out not to be due after all. */
  readonly skipped: number;
  /** Cases whose transaction failed; they are retried on the next run. */
  readonly failed: number;
}

export interface RetentionRunOptions {
  /** Candidate ids fetched per query. */
  readonly batchSize?: number;
  /** Cases handled at the same time, each on its own connection and transaction; 1 by default (see ADR 0007: more contends on the counter row). */
  readonly concurrency?: number;
  /** Called once per failed case, with the error (never with case content). */
  readonly onError?: (error: unknown) => void;
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

/** One case, in its own transaction: lock (or skip), decide with the domain rule, apply, log. */
async function processCase(ctx: ServiceContext, caseId: string, today: string, trace: TraceContext): Promise<CaseOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    // A lost commit on a crash is redone by the next run (the case is still due), so durability can wait.
    await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    const row = await repo.lockCaseForRetention(trx, caseId, today);
    if (row === undefined) return 'skipped';
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
    if (due.action === 'none') return 'skipped';
    const subjectIds = [...(row.subject_id === null ? [] : [row.subject_id]), ...row.representative_ids];
    const span: TraceContext = { traceId: trace.traceId, spanId: randomBytes(8).toString('hex') };
    const rule = ruleText(process, due);
    if (due.action === 'go-inactive') {
      if (due.rule.kind !== 'phased') throw new Error(`go-inactive zonder gefaseerde regel (${rule})`);
      // The log first, while the representatives' keys still exist to compute their keyed hashes.
      await recordProcessing(trx, RETENTION_ACTOR, span, {
        action: 'retention.go-inactive', activity: 'retention', recordType: 'case', recordId: row.id, subjectIds, outcome: 'allowed',
      });
      const removed = await repo.unsafeStripToInactive(trx, row, inactivePlan(due.rule.keepWhenInactive), today);
      await repo.insertDeletionLogRows(trx, deletionRows(removed, 0, rule));
      return 'inactive';
    }
    // Same lock order as decideAdmission: the counter row, then the log chain, then the case's own rows.
    await repo.incrementCaseStatistics(trx, {
      table_id: row.table_id,
      process_key: row.process_key,
      process_version: row.process_version,
      phase_reached: row.phase,
      outcome: row.end_state ?? due.reason,
      quarter: quarterOf(today),
    });
    await recordProcessing(trx, RETENTION_ACTOR, span, {
      action: 'retention.delete', activity: 'retention', recordType: 'case', recordId: row.id, subjectIds, outcome: 'allowed',
    });
    const removed = await repo.unsafeDeleteCaseForRetention(trx, row);
    await repo.insertDeletionLogRows(trx, [{ record_kind: 'case', count: 1, rule }, ...deletionRows(removed, removed.subjects, rule)]);
    return 'deleted';
  });
}

function deletionRows(removed: repo.RemovedCounts, subjects: number, rule: string) {
  return [
    { record_kind: 'subject', count: subjects, rule },
    { record_kind: 'legal-representative', count: removed.legalRepresentatives, rule },
    { record_kind: 'contribution', count: removed.contributions, rule },
    { record_kind: 'informing-task', count: removed.informingTasks, rule },
    { record_kind: 'partner-query', count: removed.partnerQueries, rule },
    { record_kind: 'admission-decision', count: removed.admissionDecisions, rule },
    { record_kind: 'phase-transition', count: removed.phaseTransitions, rule },
    { record_kind: 'direction-transfer', count: removed.directionTransfers, rule },
  ];
}

/**
 * Applies the retention rules of the process definitions to every due case (X-4, ZVT-4A): finds candidates
 * in SQL (partial indexes), then handles each case in its own transaction with `FOR UPDATE SKIP LOCKED`, so any
 * number of runs on any number of nodes may overlap without handling a case twice. The domain rule decides;
 * a failing case is counted and left for the next run, the others go on.
 *
 * @param ctx - database and clock; tests pass a clock they move by hand
 */
export async function runRetention(ctx: ServiceContext, options: RetentionRunOptions = {}): Promise<RetentionRunResult> {
  const processes = options.processes ?? builtInProcesses;
  assertInactiveSetsKnown(processes);
  const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
  const trace: TraceContext = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
  const batchSize = options.batchSize ?? 1000;
  const counts = { madeInactive: 0, deleted: 0, skipped: 0, failed: 0 };
  let afterId: string | null = null;
  for (;;) {
    const ids = await repo.findDueCandidates(ctx.db, processes, today, afterId, batchSize);
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        if (id === undefined) break;
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
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
    if (ids.length < batchSize) break;
    afterId = ids[ids.length - 1] ?? null;
  }
  return { today, ...counts };
}
