import { DEFAULT_SUPPRESSION_THRESHOLD, suppressCounts, type CountEntry, type SumRelation, type SuppressionReason } from './suppression.ts';

/**
 * ZVT-E.2, X-5: the non-personal figures of one table over one year, and which of them are suppressed in
 * anything that leaves the table. Inside the table (the chain director's screen) every figure is shown, with a
 * mark on those that an export hides.
 */
export interface EvaluationFigures {
  readonly year: number;
  /** Registrations per quarter, Q1–Q4. */
  readonly registrationsByQuarter: readonly [number, number, number, number];
  /** Outcomes per phase: how often each outcome was decided in the year. */
  readonly outcomes: readonly { readonly phase: string; readonly outcome: string; readonly count: number }[];
  /** Time per phase: cases that left the phase in the year, and the median number of days they spent in it. */
  readonly phaseDurations: readonly { readonly phase: string; readonly cases: number; readonly medianDays: number | null }[];
  readonly scaledDown: number;
  /** Cases deleted in the year, on or before the day they were due, or later. */
  readonly deletions: { readonly onTime: number; readonly late: number };
  /**
   * Meetings held in the year, per kind (ADR 0019): not cancelled, their date passed, and at least one agenda item
   * (items taken off before the meeting do not count; items that went with their case later do). Absent: none.
   */
  readonly meetingsHeld?: readonly { readonly kind: string; readonly count: number }[];
}

/** Stable ids of every count in the figures; the CSV and the screen use the same ids. */
export const evaluationIds = {
  registrationsQuarter: (q: number) => `registrations:Q${String(q)}`,
  registrations: 'registrations',
  outcome: (phase: string, outcome: string) => `outcome:${phase}:${outcome}`,
  outcomesOfPhase: (phase: string) => `outcomes:${phase}`,
  outcomes: 'outcomes',
  durationCases: (phase: string) => `duration:${phase}`,
  scaledDown: 'scaled-down',
  deletionsOnTime: 'deletions:on-time',
  deletionsLate: 'deletions:late',
  deletions: 'deletions',
  meetingsHeldOfKind: (kind: string) => `meetings-held:${kind}`,
  meetingsHeld: 'meetings-held',
} as const;

/** Every count of the figures with the sums between them (the published totals). */
export function evaluationCounts(figures: EvaluationFigures): { entries: CountEntry[]; relations: SumRelation[] } {
  const ids = evaluationIds;
  const entries: CountEntry[] = [];
  const relations: SumRelation[] = [];
  const quarters = figures.registrationsByQuarter.map((value, i) => ({ id: ids.registrationsQuarter(i + 1), value }));
  entries.push(...quarters, { id: ids.registrations, value: quarters.reduce((a, q) => a + q.value, 0) });
  relations.push({ total: ids.registrations, parts: quarters.map((q) => q.id) });

  const phases = [...new Set(figures.outcomes.map((o) => o.phase))];
  for (const phase of phases) {
    const parts = figures.outcomes.filter((o) => o.phase === phase).map((o) => ({ id: ids.outcome(phase, o.outcome), value: o.count }));
    entries.push(...parts, { id: ids.outcomesOfPhase(phase), value: parts.reduce((a, p) => a + p.value, 0) });
    relations.push({ total: ids.outcomesOfPhase(phase), parts: parts.map((p) => p.id) });
  }
  entries.push({ id: ids.outcomes, value: figures.outcomes.reduce((a, o) => a + o.count, 0) });
  relations.push({ total: ids.outcomes, parts: phases.map(ids.outcomesOfPhase) });

  for (const d of figures.phaseDurations) entries.push({ id: ids.durationCases(d.phase), value: d.cases });
  entries.push({ id: ids.scaledDown, value: figures.scaledDown });
  entries.push(
    { id: ids.deletionsOnTime, value: figures.deletions.onTime },
    { id: ids.deletionsLate, value: figures.deletions.late },
    { id: ids.deletions, value: figures.deletions.onTime + figures.deletions.late },
  );
  relations.push({ total: ids.deletions, parts: [ids.deletionsOnTime, ids.deletionsLate] });
  const held = (figures.meetingsHeld ?? []).map((m) => ({ id: ids.meetingsHeldOfKind(m.kind), value: m.count }));
  entries.push(...held, { id: ids.meetingsHeld, value: held.reduce((a, m) => a + m.value, 0) });
  relations.push({ total: ids.meetingsHeld, parts: held.map((m) => m.id) });
  return { entries, relations };
}

/**
 * X-5 over the evaluation: which counts an export hides (by id), primary and secondary. A median is hidden
 * whenever the number of cases behind it is.
 */
export function evaluationSuppression(figures: EvaluationFigures, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): ReadonlyMap<string, SuppressionReason> {
  const { entries, relations } = evaluationCounts(figures);
  const result = new Map<string, SuppressionReason>();
  for (const count of suppressCounts(entries, relations, threshold)) if (count.suppressed !== undefined) result.set(count.id, count.suppressed);
  return result;
}
