import { DUTCH_TIME_ZONE, MEETING_KINDS, MEETING_KIND_DEFINITIONS, todayIn } from '@ketentafel/domain';
import { endStateOf, evaluationIds as ids, evaluationSuppression, findProcess, outcomesFrom, type EvaluationFigures, type ProcessDefinition } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { notFoundOrNoAccess } from '../../errors.ts';
import { requireProcess } from '../../processes.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { requireChainDirectorOf } from '../steering-group/table-access.ts';
import * as repo from './evaluation.repository.ts';
import type { TEvaluation } from './evaluation.schemas.ts';
import { evaluationCsv } from './evaluation.csv.ts';

/**
 * The outcome a deleted-case counter stands for, if it is one. An outcome that ends the case in an end state
 * deleted at once (e.g. "not admitted", ZVT-1.3; "not to the case meeting") leaves exactly one trace that
 * survives: the case_statistics counter written when the case is deleted, whether at the decision or by the
 * retention job within the hour. Such outcomes are counted from that counter only, never from a phase
 * transition, so they are counted once however a service records them (ADR 0015). Counters of cases deleted
 * later (phased retention, inactivity) are no outcome.
 */
function deletesAtOnce(process: ProcessDefinition, phase: string, value: string): string | undefined {
  if (!process.phases.some((p) => p.id === phase)) return undefined;
  const outcomes = outcomesFrom(process, phase);
  const outcome = outcomes.find((o) => o.id === value) ?? outcomes.find((o) => 'endState' in o.to && o.to.endState === value);
  if (!outcome || !('endState' in outcome.to)) return undefined;
  return endStateOf(process, outcome.to.endState).retention.kind === 'delete-immediately' ? outcome.id : undefined;
}

interface Labelled {
  readonly phaseName: string;
  readonly label: string;
  readonly order: number;
}

/** Gathers the figures of one table and year from counters and live rows; no personal data is read. */
async function gatherFigures(db: DbOrTrx, tableId: string, year: number) {
  const [statistics, live, deleted, durations, deletions] = await Promise.all([
    repo.tableStatistics(db, tableId, year),
    repo.recordedOutcomes(db, tableId, year),
    repo.deletedCaseCounters(db, tableId, year),
    repo.phaseDurations(db, tableId, year),
    repo.deletionsOnTime(db, tableId, year),
  ]);
  const registrationsByQuarter = [1, 2, 3, 4].map(
    (q) => statistics.find((s) => s.measure === 'registered' && s.quarter === `${String(year)}-Q${String(q)}`)?.count ?? 0,
  ) as [number, number, number, number];
  const scaledDown = statistics.filter((s) => s.measure === 'scaled-down').reduce((a, s) => a + s.count, 0);

  const outcomeCounts = new Map<string, { phase: string; outcome: string; count: number } & Labelled>();
  const add = (process: ProcessDefinition, phase: string, outcome: string, count: number) => {
    const key = `${phase}\u0000${outcome}`;
    const existing = outcomeCounts.get(key);
    if (existing) {
      outcomeCounts.set(key, { ...existing, count: existing.count + count });
      return;
    }
    const phaseIndex = process.phases.findIndex((p) => p.id === phase);
    const outcomeIndex = process.outcomes.findIndex((o) => o.id === outcome);
    outcomeCounts.set(key, {
      phase,
      outcome,
      count,
      phaseName: process.phases[phaseIndex]?.name ?? phase,
      label: process.outcomes[outcomeIndex]?.label ?? outcome,
      order: (phaseIndex < 0 ? 999 : phaseIndex) * 1000 + (outcomeIndex < 0 ? 999 : outcomeIndex),
    });
  };
  for (const row of live) {
    const process = findProcess(row.process_key, row.process_version);
    // 'registered' is the entry into the first phase, not an outcome of one.
    if (process && row.outcome !== 'registered' && deletesAtOnce(process, row.phase, row.outcome) === undefined) {
      add(process, row.phase, row.outcome, Number(row.count));
    }
  }
  for (const row of deleted) {
    const process = findProcess(row.process_key, row.process_version);
    const outcome = process ? deletesAtOnce(process, row.phase_reached, row.outcome) : undefined;
    if (process && outcome) add(process, row.phase_reached, outcome, Number(row.count));
  }
  const outcomes = [...outcomeCounts.values()].sort((a, b) => a.order - b.order);
  return { registrationsByQuarter, scaledDown, outcomes, durations, deletions };
}

/**
 * ZVT-E.2, X-5: the evaluation of one table over one year, for its chain director. Every figure is shown;
 * each count says whether an export would hide it (small count, or derivable from a total).
 */
export async function getEvaluation(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, year: number, threshold: number): Promise<TEvaluation> {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const evaluation = await buildEvaluation(trx, tableId, year, threshold, todayIn(DUTCH_TIME_ZONE, ctx.clock.now()));
    await recordProcessing(trx, actor, trace, { action: 'evaluation.read', activity: 'zvt-evaluation', recordType: 'evaluation', recordId: tableId, outcome: 'allowed' });
    return evaluation;
  });
}

/** The same evaluation as CSV: every count hidden by X-5 appears as "< threshold", always. */
export async function exportEvaluation(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, year: number, threshold: number) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const evaluation = await buildEvaluation(trx, tableId, year, threshold, todayIn(DUTCH_TIME_ZONE, ctx.clock.now()));
    await recordProcessing(trx, actor, trace, { action: 'evaluation.export', activity: 'zvt-evaluation', recordType: 'evaluation', recordId: tableId, outcome: 'allowed' });
    const slug = evaluation.table.name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { fileName: `evaluatie-${slug}-${String(year)}.csv`, mediaType: 'text/csv' as const, content: evaluationCsv(evaluation) };
  });
}

async function buildEvaluation(db: DbOrTrx, tableId: string, year: number, threshold: number, today: string): Promise<TEvaluation> {
  const table = await repo.findTable(db, tableId);
  if (!table) throw notFoundOrNoAccess();
  const process = requireProcess(table.process_key, table.process_version);
  const gathered = await gatherFigures(db, tableId, year);
  const heldRows = await repo.meetingsHeld(db, tableId, year, today);
  const meetingsHeld = MEETING_KINDS.map((kind) => ({ kind, count: Number(heldRows.find((r) => r.kind === kind)?.count ?? 0) }));
  const phaseName = (phase: string) => process.phases.find((p) => p.id === phase)?.name ?? phase;
  const durations = gathered.durations
    .filter((d) => process.phases.some((p) => p.id === d.phase))
    .sort((a, b) => process.phases.findIndex((p) => p.id === a.phase) - process.phases.findIndex((p) => p.id === b.phase));
  const figures: EvaluationFigures = {
    year,
    registrationsByQuarter: gathered.registrationsByQuarter,
    outcomes: gathered.outcomes.map((o) => ({ phase: o.phase, outcome: o.outcome, count: o.count })),
    phaseDurations: durations.map((d) => ({ phase: d.phase, cases: d.cases, medianDays: d.median_days === null ? null : Number(d.median_days) })),
    scaledDown: gathered.scaledDown,
    deletions: { onTime: gathered.deletions.on_time, late: gathered.deletions.late },
    meetingsHeld,
  };
  const hidden = evaluationSuppression(figures, threshold);
  const count = (id: string, value: number) => ({ value, suppressedOnExport: hidden.get(id) ?? null });
  const phases = [...new Set(gathered.outcomes.map((o) => o.phase))];
  return {
    table: { id: table.id, name: table.name },
    year,
    threshold,
    registrations: {
      total: count(ids.registrations, figures.registrationsByQuarter.reduce((a, b) => a + b, 0)),
      quarters: figures.registrationsByQuarter.map((value, i) => ({ quarter: i + 1, count: count(ids.registrationsQuarter(i + 1), value) })),
    },
    outcomes: {
      total: count(ids.outcomes, figures.outcomes.reduce((a, o) => a + o.count, 0)),
      phases: phases.map((phase) => {
        const ofPhase = gathered.outcomes.filter((o) => o.phase === phase);
        return {
          phase,
          phaseName: ofPhase[0]?.phaseName ?? phaseName(phase),
          total: count(ids.outcomesOfPhase(phase), ofPhase.reduce((a, o) => a + o.count, 0)),
          outcomes: ofPhase.map((o) => ({ outcome: o.outcome, label: o.label, count: count(ids.outcome(phase, o.outcome), o.count) })),
        };
      }),
    },
    phaseDurations: figures.phaseDurations.map((d) => ({ phase: d.phase, phaseName: phaseName(d.phase), cases: count(ids.durationCases(d.phase), d.cases), medianDays: d.medianDays })),
    scaledDown: count(ids.scaledDown, figures.scaledDown),
    deletions: {
      onTime: count(ids.deletionsOnTime, figures.deletions.onTime),
      late: count(ids.deletionsLate, figures.deletions.late),
      total: count(ids.deletions, figures.deletions.onTime + figures.deletions.late),
    },
    meetingsHeld: {
      total: count(ids.meetingsHeld, meetingsHeld.reduce((a, m) => a + m.count, 0)),
      kinds: meetingsHeld.map((m) => ({ kind: m.kind, label: MEETING_KIND_DEFINITIONS[m.kind].label, count: count(ids.meetingsHeldOfKind(m.kind), m.count) })),
    },
  };
}
