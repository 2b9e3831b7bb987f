import { describe, it, expect } from 'vitest';
import {
  DUTCH_TIME_ZONE,
  addCalendarMonths,
  addDays,
  ageOn,
  daysBetween,
  weekdayOf,
  birthdayOn,
  compareIsoDates,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  todayIn,
} from './dates.ts';
import { expectDomainError } from './test-support.ts';

describe('isIsoDate — real calendar dates only', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-01-31', true],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
    ['2026/01/01', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('parseIsoDate / formatIsoDate', () => {
  it('splits a date into numeric parts', () => {
    expect(parseIsoDate('2008-02-29')).toEqual({ year: 2008, month: 2, day: 29 });
  });

  it('throws invalid-date for impossible dates', () => {
    expectDomainError(() => parseIsoDate('2025-02-29'), 'invalid-date');
    expectDomainError(() => parseIsoDate('morgen'), 'invalid-date');
  });

  it('pads parts and refuses impossible ones', () => {
    expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
    expectDomainError(() => formatIsoDate({ year: 2026, month: 2, day: 30 }), 'invalid-date');
    expectDomainError(() => formatIsoDate({ year: 10000, month: 1, day: 1 }), 'invalid-date');
  });
});

describe('compareIsoDates', () => {
  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-05-05', '2026-05-05', 0],
    ['2025-12-31', '2026-01-01', -1],
    ['2026-10-01', '2026-09-30', 1],
  ] as const)('%s vs %s → %d', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });

  it('validates both dates', () => {
    expectDomainError(() => compareIsoDates('2026-02-30', '2026-01-01'), 'invalid-date');
    expectDomainError(() => compareIsoDates('2026-01-01', 'x'), 'invalid-date');
  });
});

describe('ageOn — completed years, exact to the day', () => {
  it.each([
    ['2010-06-15', '2010-06-15', 0],
    ['2010-06-15', '2011-06-14', 0],
    ['2010-06-15', '2011-06-15', 1],
    ['2010-06-15', '2022-06-14', 11],
    ['2010-06-15', '2022-06-15', 12],
    ['2010-06-15', '2022-06-16', 12],
    ['2010-06-15', '2026-06-14', 15],
    ['2010-06-15', '2026-06-15', 16],
    ['2010-06-15', '2026-06-16', 16],
    ['2010-06-15', '2028-06-14', 17],
    ['2010-06-15', '2028-06-15', 18],
    ['2010-06-15', '2028-06-16', 18],
    ['2010-06-15', '2033-06-14', 22],
    ['2010-06-15', '2033-06-15', 23],
    ['2010-06-15', '2033-06-16', 23],
    ['2009-12-31', '2027-12-30', 17],
    ['2009-12-31', '2027-12-31', 18],
    ['2010-01-01', '2027-12-31', 17],
    ['2010-01-01', '2028-01-01', 18],
  ])('born %s, on %s → %d', (birthDate, onDate, expected) => {
    expect(ageOn(birthDate, onDate)).toBe(expected);
  });

  it('throws invalid-date when the date lies before the birth date', () => {
    expectDomainError(() => ageOn('2010-06-15', '2010-06-14'), 'invalid-date');
  });

  it('throws invalid-date for invalid dates', () => {
    expectDomainError(() => ageOn('2010-02-30', '2026-01-01'), 'invalid-date');
    expectDomainError(() => ageOn('2010-01-01', '2026-02-29'), 'invalid-date');
  });
});

describe('29 February birthdays: 1 March in non-leap years (Dutch civil-law practice; art. 1:2 BW is silent)', () => {
  it.each([
    // 18th birthday falls in 2026, not a leap year
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    // 20th birthday falls in 2028, a leap year
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['2008-02-29', '2028-03-01', 20],
    // first birthday, non-leap year
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
    // 2100 is not a leap year (century rule)
    ['2088-02-29', '2100-02-28', 11],
    ['2088-02-29', '2100-03-01', 12],
  ])('born %s, on %s → %d', (birthDate, onDate, expected) => {
    expect(ageOn(birthDate, onDate)).toBe(expected);
  });

  it('birthdayOn gives 1 March in non-leap years and 29 February in leap years', () => {
    expect(birthdayOn('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOn('2008-02-29', 20)).toBe('2028-02-29');
    expect(birthdayOn('2008-02-29', 23)).toBe('2031-03-01');
    expect(birthdayOn('2088-02-29', 12)).toBe('2100-03-01');
    expect(birthdayOn('2000-02-29', 400)).toBe('2400-02-29');
  });
});

describe('birthdayOn', () => {
  it('is the same day and month, age years later', () => {
    expect(birthdayOn('2010-06-15', 0)).toBe('2010-06-15');
    expect(birthdayOn('2010-06-15', 18)).toBe('2028-06-15');
    expect(birthdayOn('2009-02-28', 18)).toBe('2027-02-28');
  });

  it('refuses negative or fractional ages and invalid birth dates', () => {
    expectDomainError(() => birthdayOn('2010-06-15', -1), 'invalid-argument');
    expectDomainError(() => birthdayOn('2010-06-15', 1.5), 'invalid-argument');
    expectDomainError(() => birthdayOn('2010-06-31', 1), 'invalid-date');
  });
});

describe('addCalendarMonths — clamped to the month end (ZVT-4A.1)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-08-30', 6, '2027-02-28'],
    ['2026-08-28', 6, '2027-02-28'],
    ['2026-08-27', 6, '2027-02-27'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-05-15', 6, '2026-11-15'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-07-31', 0, '2026-07-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
  ])('%s + %d → %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('refuses fractional months and invalid dates', () => {
    expectDomainError(() => addCalendarMonths('2026-01-31', 0.5), 'invalid-argument');
    expectDomainError(() => addCalendarMonths('2026-02-31', 1), 'invalid-date');
  });
});

describe('todayIn — calendar date in Europe/Amsterdam', () => {
  it.each([
    // winter time, UTC+1
    ['2026-01-14T22:59:59Z', '2026-01-14'],
    ['2026-01-14T23:00:00Z', '2026-01-15'],
    // the night of the switch to summer time (29 March 2026)
    ['2026-03-28T23:30:00Z', '2026-03-29'],
    // summer time, UTC+2
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s → %s', (instant, expected) => {
    expect(todayIn(DUTCH_TIME_ZONE, new Date(instant))).toBe(expected);
  });

  it('differs from UTC near midnight', () => {
    expect(todayIn('UTC', new Date('2026-06-30T22:00:00Z'))).toBe('2026-06-30');
  });

  it('refuses an invalid instant and an unknown time zone', () => {
    expectDomainError(() => todayIn(DUTCH_TIME_ZONE, new Date('not a date')), 'invalid-date');
    expectDomainError(() => todayIn('Europe/Nergenshuizen', new Date()), 'invalid-argument');
  });
});

describe('day arithmetic (one implementation for retention, meetings, reminders and the table term)', () => {
  it('addDays crosses month ends, the year end and the leap day, both ways', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
    expectDomainError(() => addDays('2026-11-23', 0.5), 'invalid-argument');
  });

  it('daysBetween counts calendar days, negative backwards, over a leap year', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // the DST change in between changes nothing
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  it('weekdayOf: 0 is Sunday', () => {
    expect(weekdayOf('2026-11-22')).toBe(0);
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2028-02-29')).toBe(2);
  });
});
