import { describe, expect, it } from 'vitest';
import {
  PARTNER_QUERY_REMINDER_POLICY,
  isAnswerLate,
  isReminderDue,
  isWorkingDay,
  reminderDateFor,
  workingDaysBefore,
  type ReminderPolicy,
} from './partner-query-reminders.ts';
import { weekdayOf } from './dates.ts';

const open = (sentOn: string, deadline: string) => ({ sentOn, deadline, answered: false, reminded: false });

describe('ZVT-2A.2 reminder before the deadline of a partner query', () => {
  it('the policy is two working days, weekends not counted', () => {
    expect(PARTNER_QUERY_REMINDER_POLICY.workingDaysBefore).toBe(2);
    expect([...PARTNER_QUERY_REMINDER_POLICY.nonWorkingWeekdays].sort()).toEqual([0, 6]);
  });

  it('weekdays: 2026-11-30 is a Monday, 2026-11-26 a Thursday', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-11-26')).toBe(4);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-11-27')).toBe(true);
  });

  it('boundary: a deadline on Monday is reminded on the Thursday before', () => {
    expect(reminderDateFor('2026-11-30')).toBe('2026-11-26');
  });

  it('a deadline on Wednesday is reminded on Monday; on Tuesday, the Friday before', () => {
    expect(reminderDateFor('2026-12-02')).toBe('2026-11-30');
    expect(reminderDateFor('2026-12-01')).toBe('2026-11-27');
  });

  it('a deadline in the weekend counts back from the weekend day: Saturday → Thursday', () => {
    expect(reminderDateFor('2026-11-28')).toBe('2026-11-26');
  });

  it('across a month and year end: New Year\'s Day does not count', () => {
    // Monday 4 January 2027: Friday 1 January is a public holiday, so Thursday 31 and Wednesday 30 December count.
    expect(reminderDateFor('2027-01-04')).toBe('2026-12-30');
    expect(reminderDateFor('2027-01-04', { ...PARTNER_QUERY_REMINDER_POLICY, dutchPublicHolidays: false })).toBe('2026-12-31');
  });

  it('ZVT-2A.2 public holidays are not working days (ADR 0024): Easter Monday, Christmas, King\'s Day', () => {
    expect(isWorkingDay('2027-03-29')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2027-04-27')).toBe(false);
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday is not a public holiday
    // Tuesday 30 March 2027, the day after Easter Monday: Friday 26 and Thursday 25 March count.
    expect(reminderDateFor('2027-03-30')).toBe('2027-03-25');
    // Monday 28 December 2026: Christmas (Friday 25th) does not count, so Thursday 24th and Wednesday 23rd do.
    expect(reminderDateFor('2026-12-28')).toBe('2026-12-23');
  });

  it('a table\'s own closing days as data are skipped too', () => {
    const policy: ReminderPolicy = { ...PARTNER_QUERY_REMINDER_POLICY, holidays: ['2026-12-24'] };
    // Monday 28 December: 25th is Christmas, 24th a closing day, so Wednesday 23rd and Tuesday 22nd count.
    expect(reminderDateFor('2026-12-28', policy)).toBe('2026-12-22');
  });

  it('refuses a negative count', () => {
    expect(() => workingDaysBefore('2026-11-30', -1)).toThrow();
    expect(workingDaysBefore('2026-11-30', 0)).toBe('2026-11-30');
  });

  it('due from the reminder date up to and including the deadline, not before', () => {
    const q = open('2026-11-20', '2026-11-30');
    expect(isReminderDue(q, '2026-11-25')).toBe(false);
    expect(isReminderDue(q, '2026-11-26')).toBe(true);
    expect(isReminderDue(q, '2026-11-28')).toBe(true);
    expect(isReminderDue(q, '2026-11-30')).toBe(true);
    expect(isReminderDue(q, '2026-12-01')).toBe(false);
  });

  it('exactly once: not when reminded already, not when answered', () => {
    expect(isReminderDue({ ...open('2026-11-20', '2026-11-30'), reminded: true }, '2026-11-26')).toBe(false);
    expect(isReminderDue({ ...open('2026-11-20', '2026-11-30'), answered: true }, '2026-11-26')).toBe(false);
  });

  it('a query sent on or after its reminder date gets no reminder', () => {
    expect(isReminderDue(open('2026-11-26', '2026-11-30'), '2026-11-26')).toBe(false);
    expect(isReminderDue(open('2026-11-25', '2026-11-30'), '2026-11-26')).toBe(true);
  });

  it('an answer on the deadline day is on time; the day after is late', () => {
    expect(isAnswerLate('2026-11-30', '2026-11-30')).toBe(false);
    expect(isAnswerLate('2026-11-30', '2026-12-01')).toBe(true);
  });
});
