import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday, publicHolidayOn } from './holidays.ts';

describe('Dutch public holidays (Algemene termijnenwet art. 3)', () => {
  it('computes Easter Sunday, including the earliest and latest possible dates', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(2000)).toBe('2000-04-23');
  });

  it('lists the holidays of 2027 in date order, with the moving feasts from Easter', () => {
    expect(dutchPublicHolidays(2027)).toEqual([
      { date: '2027-01-01', name: 'Nieuwjaarsdag' },
      { date: '2027-03-28', name: 'Eerste Paasdag' },
      { date: '2027-03-29', name: 'Tweede Paasdag' },
      { date: '2027-04-27', name: 'Koningsdag' },
      { date: '2027-05-05', name: 'Bevrijdingsdag' },
      { date: '2027-05-06', name: 'Hemelvaartsdag' },
      { date: '2027-05-16', name: 'Eerste Pinksterdag' },
      { date: '2027-05-17', name: 'Tweede Pinksterdag' },
      { date: '2027-12-25', name: 'Eerste Kerstdag' },
      { date: '2027-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it("moves King's Day to Saturday 26 April when 27 April is a Sunday (2025, 2031), and not otherwise", () => {
    expect(publicHolidayOn('2025-04-26')?.name).toBe('Koningsdag');
    expect(publicHolidayOn('2025-04-27')).toBeNull();
    expect(publicHolidayOn('2031-04-26')?.name).toBe('Koningsdag');
    expect(publicHolidayOn('2026-04-27')?.name).toBe('Koningsdag');
    expect(publicHolidayOn('2026-04-26')).toBeNull();
  });

  it('does not count Good Friday, and knows ordinary days are none', () => {
    expect(publicHolidayOn('2026-04-03')).toBeNull(); // Good Friday 2026
    expect(publicHolidayOn('2026-11-23')).toBeNull();
    expect(publicHolidayOn('2026-12-24')).toBeNull();
    expect(publicHolidayOn('2026-12-25')?.name).toBe('Eerste Kerstdag');
    expect(publicHolidayOn('2026-05-14')?.name).toBe('Hemelvaartsdag');
  });
});
