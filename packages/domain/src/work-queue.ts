import { addDays, compareIsoDates, type IsoDate } from './dates.ts';

/**
 * How far ahead the chain director's start page ("what needs me now") looks for things with a date: a
 * re-assessment of a retention exception, or a deferred informing that is planned. Two weeks: the rhythm of the
 * focus meeting (ZVT-2A.4), so nothing comes due between two looks at the page.
 */
export const WORK_QUEUE_WINDOW_DAYS = 14;

/** `overdue`: the date has passed; `due`: it is today; `soon`: within the window. */
export type DueUrgency = 'overdue' | 'due' | 'soon';

/**
 * Where a date falls for the work queue: passed (overdue), today (due), within `windowDays` after today (soon),
 * or later (null: not yet work).
 */
export function dueUrgency(dueOn: IsoDate, today: IsoDate, windowDays: number = WORK_QUEUE_WINDOW_DAYS): DueUrgency | null {
  const order = compareIsoDates(dueOn, today);
  if (order < 0) return 'overdue';
  if (order === 0) return 'due';
  return compareIsoDates(dueOn, addDays(today, windowDays)) <= 0 ? 'soon' : null;
}
