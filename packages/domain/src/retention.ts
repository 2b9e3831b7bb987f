import { DomainError } from './errors.ts';
import { addCalendarMonths, addDays, compareIsoDates, type IsoDate } from './dates.ts';
import { assertMotivation } from './motivation.ts';
import type { ProcessDefinition, RetentionRule } from './processes/process-definition.ts';
import { endStateOf, phaseOf } from './processes/process-queries.ts';

/** The two dates of the phased retention of ZVT-4A.1. */
export interface RetentionSchedule {
  /** From this day the file is inactive: only the declared administrative data remain. */
  readonly inactiveFrom: IsoDate;
  /** On this day everything is deleted. */
  readonly deleteOn: IsoDate;
}

/**
 * ZVT-4A.1: 0–6 months active, 6–12 months inactive, deleted at 12 months, counted in calendar months from the
 * scale-down decision and clamped to the month end (2026-08-31 → inactive 2027-02-28, deleted 2027-08-31).
 *
 * @param scaleDownDate - date of the decision that started retention
 * @param rule - the months of a `phased` rule; ZVT's 6 and 12 when omitted
 * @throws DomainError `invalid-date` for an invalid date
 */
export function retentionSchedule(
  scaleDownDate: IsoDate,
  rule: { readonly activeMonths: number; readonly deleteAfterMonths: number } = { activeMonths: 6, deleteAfterMonths: 12 },
): RetentionSchedule {
  return { inactiveFrom: addCalendarMonths(scaleDownDate, rule.activeMonths), deleteOn: addCalendarMonths(scaleDownDate, rule.deleteAfterMonths) };
}

/**
 * HIA-6: a young person's data are kept at most five years after the last substantive change (a read does not
 * count) and at most one year after leaving the approach, whichever comes first.
 *
 * @returns the day on which the data must be deleted
 */
export function hiaRetentionDeadline(input: { readonly lastSubstantiveChange: IsoDate; readonly leftApproachOn?: IsoDate | undefined }): IsoDate {
  const afterChange = addCalendarMonths(input.lastSubstantiveChange, 60);
  if (input.leftApproachOn === undefined) return afterChange;
  const afterLeaving = addCalendarMonths(input.leftApproachOn, 12);
  return compareIsoDates(afterLeaving, afterChange) < 0 ? afterLeaving : afterChange;
}

/**
 * The latest start date `s` for which `addCalendarMonths(s, months) <= today`: every case that started on or
 * before it is due. Lets a database find due cases with an index instead of computing a date per row. Month-end
 * clamping makes several start dates land on the same last day of a month (2026-08-28 … 08-31 + 6 → 2027-02-28),
 * so on a month's last day the answer is the last day of the earlier month.
 */
export function latestStartDueBy(today: IsoDate, months: number): IsoDate {
  const back = addCalendarMonths(today, -months);
  const isMonthEnd = addDays(today, 1).slice(5, 7) !== today.slice(5, 7);
  if (!isMonthEnd) return back;
  // Last day of `back`'s month: the first of the next month minus one day.
  return addDays(addCalendarMonths(`${back.slice(0, 8)}01`, 1), -1);
}


/** A recorded deviation from the retention schedule (ZVT-4A.2). */
export interface RetentionException {
  readonly reassessOn: IsoDate;
}

/** What the retention rules need to know about one case. */
export interface RetentionCaseFacts {
  readonly phase: string;
  /** The end state reached, or `null` while the case is open. */
  readonly endState: string | null;
  /** The day the end state was reached. */
  readonly endedOn: IsoDate | null;
  /** The day of the decision that started phased retention (`start-retention` duty, e.g. scale-down). */
  readonly scaleDownOn: IsoDate | null;
  /** The day the file was made inactive, or `null`. */
  readonly inactiveSince: IsoDate | null;
  /** The day of the last substantive change (a read does not count). */
  readonly lastSubstantiveChangeOn: IsoDate;
  /** Recorded exceptions (ZVT-4A.2); only the latest re-assessment date counts. */
  readonly exceptions: readonly RetentionException[];
  /** Whether a legal hold (complaint, court case) is in place and not lifted. */
  readonly legalHold: boolean;
}

/** Which retention action is due for one case today. */
export type RetentionAction =
  | { readonly action: 'none'; readonly pausedBy?: 'legal-hold' | 'exception' }
  | {
      readonly action: 'go-inactive' | 'delete';
      /** The day the action became due. */
      readonly dueOn: IsoDate;
      readonly rule: RetentionRule;
      /** Which rule applied, for the deletion log: the end state id or `max-inactivity`. */
      readonly reason: string;
    };

/** The rule that governs a case and the date its clock started, or `undefined` when none has started yet. */
function governingRule(facts: RetentionCaseFacts, process: ProcessDefinition, today: IsoDate): { rule: RetentionRule; from: IsoDate; reason: string } | undefined {
  if (facts.endState !== null) {
    const rule = endStateOf(process, facts.endState).retention;
    const from = rule.kind === 'phased' ? (facts.scaleDownOn ?? facts.endedOn) : facts.endedOn;
    if (from === null) throw new DomainError('invalid-argument', `Eindtoestand '${facts.endState}' zonder datum.`);
    return { rule, from, reason: facts.endState };
  }
  if (facts.scaleDownOn !== null) {
    // Scaled down but the end state not yet recorded (phase 4A): the phased rule of the end state this phase leads to.
    phaseOf(process, facts.phase);
    const phased = process.outcomes
      .filter((o) => o.from === facts.phase && 'endState' in o.to)
      .map((o) => ('endState' in o.to ? { id: o.to.endState, rule: endStateOf(process, o.to.endState).retention } : undefined))
      .find((e) => e?.rule.kind === 'phased');
    if (phased === undefined) {
      throw new DomainError('invalid-argument', `Fase '${facts.phase}' leidt niet naar een eindtoestand met gefaseerde bewaring.`);
    }
    return { rule: phased.rule, from: facts.scaleDownOn, reason: phased.id };
  }
  // an open case without a substantive change for maxInactivity.months falls under its retention rule.
  const inactiveOn = addCalendarMonths(facts.lastSubstantiveChangeOn, process.maxInactivity.months);
  if (compareIsoDates(today, inactiveOn) < 0) return undefined;
  return { rule: process.maxInactivity.retention, from: inactiveOn, reason: 'max-inactivity' };
}

/**
 * Which retention action is due for one case on `today` (X-4, ZVT-4A.1, ZVT-4A.2, HIA-6).
 *
 * - The end state's rule governs once the case has ended; a scale-down decision starts the phased rule at once
 *   (phase 4A); an open case falls under `maxInactivity` after that many months without a substantive change.
 * - A legal hold pauses every action, including going inactive (that too deletes data).
 * - An exception pauses every action until and including its re-assessment date; after that the normal schedule
 *   resumes as if there had been none: whatever fell due in the meantime is due at once.
 *
 * @throws DomainError `unknown-end-state` / `unknown-phase` when the facts do not fit the definition
 */
export function dueRetentionActions(facts: RetentionCaseFacts, process: ProcessDefinition, today: IsoDate): RetentionAction {
  const governing = governingRule(facts, process, today);
  if (governing === undefined) return { action: 'none' };
  const { rule, from, reason } = governing;
  let due: { action: 'go-inactive' | 'delete'; dueOn: IsoDate } | undefined;
  switch (rule.kind) {
    case 'delete-immediately':
      due = { action: 'delete', dueOn: from };
      break;
    case 'delete-after': {
      const start = rule.from === 'end' ? from : facts.lastSubstantiveChangeOn;
      const deleteOn = addCalendarMonths(start, rule.months);
      if (compareIsoDates(today, deleteOn) >= 0) due = { action: 'delete', dueOn: deleteOn };
      break;
    }
    case 'phased': {
      const schedule = retentionSchedule(from, rule);
      if (compareIsoDates(today, schedule.deleteOn) >= 0) due = { action: 'delete', dueOn: schedule.deleteOn };
      else if (facts.inactiveSince === null && compareIsoDates(today, schedule.inactiveFrom) >= 0) {
        due = { action: 'go-inactive', dueOn: schedule.inactiveFrom };
      }
      break;
    }
  }
  if (due === undefined) return { action: 'none' };
  if (facts.legalHold) return { action: 'none', pausedBy: 'legal-hold' };
  if (facts.exceptions.some((e) => compareIsoDates(today, e.reassessOn) <= 0)) return { action: 'none', pausedBy: 'exception' };
  return { ...due, rule, reason };
}

/** The phased schedule of a scaled-down case as the case page shows it (ZVT-4A.1). */
export interface ScaleDownSchedule extends RetentionSchedule {
  /** The last day the file is active. */
  readonly activeUntil: IsoDate;
}

/**
 * ZVT-4A.1: the dates of the phased rule that governs a scaled-down case (the same rule `dueRetentionActions`
 * applies), or `null` when no scale-down decision was recorded or the governing rule is not phased.
 *
 * @throws DomainError `unknown-end-state` / `unknown-phase` when the facts do not fit the definition
 */
export function scaleDownSchedule(
  facts: Pick<RetentionCaseFacts, 'phase' | 'endState' | 'endedOn' | 'scaleDownOn'>,
  process: ProcessDefinition,
): ScaleDownSchedule | null {
  if (facts.scaleDownOn === null) return null;
  const governing = governingRule(
    { ...facts, inactiveSince: null, lastSubstantiveChangeOn: facts.scaleDownOn, exceptions: [], legalHold: false },
    process,
    facts.scaleDownOn,
  );
  if (governing?.rule.kind !== 'phased') return null;
  const schedule = retentionSchedule(governing.from, governing.rule);
  return { activeUntil: addDays(schedule.inactiveFrom, -1), ...schedule };
}

/** The longest an exception may run before it must be re-assessed (ZVT-4A.2). */
export const MAX_EXCEPTION_MONTHS = 6;

/**
 * ZVT-4A.2: a deviation from the retention schedule needs a recorded motivation and a re-assessment date after
 * today and at most six calendar months ahead.
 *
 * @returns the normalised motivation
 * @throws DomainError `motivation-required`; `invalid-argument` for a re-assessment date out of range
 */
export function validateRetentionException(input: { readonly motivation: string; readonly reassessOn: IsoDate; readonly today: IsoDate }): string {
  const motivation = assertMotivation(input.motivation);
  const latest = addCalendarMonths(input.today, MAX_EXCEPTION_MONTHS);
  if (compareIsoDates(input.reassessOn, input.today) <= 0 || compareIsoDates(input.reassessOn, latest) > 0) {
    throw new DomainError('invalid-argument', `De datum van herbeoordeling ligt na vandaag en uiterlijk op ${latest} (ZVT-4A.2).`);
  }
  return motivation;
}
