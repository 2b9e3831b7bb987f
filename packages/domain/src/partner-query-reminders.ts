import { addDays, compareIsoDates, weekdayOf, type IsoDate, type Weekday } from './dates.ts';
import { DomainError } from './errors.ts';
import { publicHolidayOn } from './holidays.ts';

/** Day of the week as JavaScript numbers it: 0 = Sunday … 6 = Saturday. */

/**
 * When a partner is reminded of an open partner query (ZVT-2A.2), as data. A product decision (ADR 0014): two
 * working days before the deadline, weekends not counted, so a query due on Monday is reminded on the Thursday
 * before. The national public holidays of the Algemene termijnenwet do not count either (ADR 0024): a query due
 * on Tuesday after Easter Monday is reminded on the Thursday before. `holidays` adds other closing days.
 */
export interface ReminderPolicy {
  readonly workingDaysBefore: number;
  readonly nonWorkingWeekdays: readonly Weekday[];
  /** Whether the Dutch public holidays (holidays.ts) are non-working days. */
  readonly dutchPublicHolidays: boolean;
  readonly holidays: readonly IsoDate[];
}

/** The reminder policy Ketentafel uses. */
export const PARTNER_QUERY_REMINDER_POLICY: ReminderPolicy = Object.freeze({
  workingDaysBefore: 2,
  nonWorkingWeekdays: Object.freeze([6, 0] as Weekday[]),
  dutchPublicHolidays: true,
  holidays: Object.freeze([] as IsoDate[]),
});

/** Whether `date` is a working day under `policy`. */
export function isWorkingDay(date: IsoDate, policy: ReminderPolicy = PARTNER_QUERY_REMINDER_POLICY): boolean {
  if (policy.nonWorkingWeekdays.includes(weekdayOf(date)) || policy.holidays.includes(date)) return false;
  return !(policy.dutchPublicHolidays && publicHolidayOn(date) !== null);
}

/**
 * The working day `count` working days before `date` (the date itself does not count, whatever day it is).
 *
 * @throws DomainError `invalid-argument` for a negative or fractional count, or a policy without working days
 */
export function workingDaysBefore(date: IsoDate, count: number, policy: ReminderPolicy = PARTNER_QUERY_REMINDER_POLICY): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new DomainError('invalid-argument', `Ongeldig aantal werkdagen: ${String(count)}.`);
  if (new Set(policy.nonWorkingWeekdays).size >= 7) throw new DomainError('invalid-argument', 'Een week zonder werkdagen.');
  let cursor = date;
  let left = count;
  while (left > 0) {
    cursor = addDays(cursor, -1);
    if (isWorkingDay(cursor, policy)) left -= 1;
  }
  return cursor;
}

/** The day the addressed partner is reminded of a query with this deadline. */
export function reminderDateFor(deadline: IsoDate, policy: ReminderPolicy = PARTNER_QUERY_REMINDER_POLICY): IsoDate {
  return workingDaysBefore(deadline, policy.workingDaysBefore, policy);
}

/** What the reminder rule needs to know of one query. */
export interface ReminderFacts {
  /** The day the query was sent (Dutch date). */
  readonly sentOn: IsoDate;
  readonly deadline: IsoDate;
  readonly answered: boolean;
  readonly reminded: boolean;
}

/**
 * Whether a reminder is due today (ZVT-2A.2): from the reminder date up to and including the deadline, for a query
 * that is not answered and not yet reminded (exactly once; the server records it in the same transaction as the
 * notice). A query sent on or after its reminder date gets none: the partner has just received it. A job that
 * did not run on the reminder date catches up on a later day before the deadline.
 */
export function isReminderDue(query: ReminderFacts, today: IsoDate, policy: ReminderPolicy = PARTNER_QUERY_REMINDER_POLICY): boolean {
  if (query.answered || query.reminded) return false;
  const remindOn = reminderDateFor(query.deadline, policy);
  return compareIsoDates(query.sentOn, remindOn) < 0 && compareIsoDates(today, remindOn) >= 0 && compareIsoDates(today, query.deadline) <= 0;
}

/** Whether an answer given on `answeredOn` is late: after the deadline day (ADR 0014: still accepted, marked late). */
export function isAnswerLate(deadline: IsoDate, answeredOn: IsoDate): boolean {
  return compareIsoDates(answeredOn, deadline) > 0;
}
