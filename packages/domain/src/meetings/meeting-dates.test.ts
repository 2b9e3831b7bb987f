import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { addDays } from '../dates.ts';
import { agendaIsOpen, assertOccurrenceChange, generateOccurrences, planningDateProblem, validateSeriesRule, wallClockOf, zonedInstant } from './meeting-dates.ts';

const AMS = 'Europe/Amsterdam';

describe('wall-clock times in Europe/Amsterdam', () => {
  it('winter is UTC+1, summer UTC+2', () => {
    expect(zonedInstant('2026-01-13', '10:00', AMS).toISOString()).toBe('2026-01-13T09:00:00.000Z');
    expect(zonedInstant('2026-07-14', '10:00', AMS).toISOString()).toBe('2026-07-14T08:00:00.000Z');
  });

  it('a time in the spring gap (02:30 on 29 March 2026 does not exist) moves forward by the gap', () => {
    expect(zonedInstant('2026-03-29', '02:30', AMS).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockOf(new Date('2026-03-29T01:30:00Z'), AMS)).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('a time that occurs twice (02:30 on 25 October 2026) is its first occurrence', () => {
    expect(zonedInstant('2026-10-25', '02:30', AMS).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every quarter hour of a DST-change day', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const back = wallClockOf(zonedInstant(date, time, AMS), AMS);
        if (date === '2026-03-29' && time >= '02:00' && time < '03:00') continue; // the gap
        expect(back).toEqual({ date, time });
      }
    }
  });

  it('addDays crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2028-02-22', 7)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('ZVT-3A.1 / ZVT-2A.4 series dates', () => {
  it('ZVT-3A.1 a case meeting every three weeks keeps its weekday and 10:00 local time across the spring DST change', () => {
    const dates = generateOccurrences({ startDate: '2026-03-10', startTime: '10:00', intervalWeeks: 3, count: 3 }, AMS);
    expect(dates.map((d) => d.date)).toEqual(['2026-03-10', '2026-03-31', '2026-04-21']);
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-03-10T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-21T08:00:00.000Z']);
  });

  it('ZVT-2A.4 a focus meeting every two weeks in the week of the autumn DST change stays at 09:30 local time', () => {
    const dates = generateOccurrences({ startDate: '2026-10-20', startTime: '09:30', intervalWeeks: 2, count: 2 }, AMS);
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-10-20T07:30:00.000Z', '2026-11-03T08:30:00.000Z']);
    for (const d of dates) expect(wallClockOf(new Date(d.startsAt), AMS).time).toBe('09:30');
  });

  it('ZVT-3A.1 a series on the DST-change Sunday itself keeps the local time', () => {
    const dates = generateOccurrences({ startDate: '2026-03-22', startTime: '10:00', intervalWeeks: 1, count: 2 }, AMS);
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-03-22T09:00:00.000Z', '2026-03-29T08:00:00.000Z']);
  });

  it('ZVT-3A.1 crosses the year end (and 2026 has 53 ISO weeks: no week is skipped)', () => {
    const dates = generateOccurrences({ startDate: '2026-12-15', startTime: '13:00', intervalWeeks: 3, until: '2027-02-28' }, AMS);
    expect(dates.map((d) => d.date)).toEqual(['2026-12-15', '2027-01-05', '2027-01-26', '2027-02-16']);
  });

  it('ZVT-3A.1 "until" is inclusive', () => {
    expect(generateOccurrences({ startDate: '2026-11-24', startTime: '10:00', intervalWeeks: 3, until: '2026-12-15' }, AMS).map((d) => d.date)).toEqual([
      '2026-11-24',
      '2026-12-15',
    ]);
    expect(generateOccurrences({ startDate: '2026-11-24', startTime: '10:00', intervalWeeks: 3, until: '2026-12-14' }, AMS)).toHaveLength(1);
  });

  it('a long "until" stops at 52 meetings; count is 1 to 52', () => {
    expect(generateOccurrences({ startDate: '2026-01-06', startTime: '10:00', intervalWeeks: 1, until: '2030-01-01' }, AMS)).toHaveLength(52);
    expect(generateOccurrences({ startDate: '2026-01-06', startTime: '10:00', intervalWeeks: 1, count: 52 }, AMS)).toHaveLength(52);
    expect(() => generateOccurrences({ startDate: '2026-01-06', startTime: '10:00', intervalWeeks: 1, count: 53 }, AMS)).toThrow(DomainError);
    expect(() => generateOccurrences({ startDate: '2026-01-06', startTime: '10:00', intervalWeeks: 1, count: 0 }, AMS)).toThrow(DomainError);
  });

  it('refuses an invalid rule, naming each field', () => {
    const fields = (rule: Parameters<typeof validateSeriesRule>[0]) => validateSeriesRule(rule).map((p) => p.field);
    expect(fields({ startDate: '2026-02-30', startTime: '24:00', intervalWeeks: 0, count: 3 })).toEqual(['startDate', 'startTime', 'intervalWeeks']);
    expect(fields({ startDate: '2026-02-03', startTime: '10:00', intervalWeeks: 13, count: 3 })).toEqual(['intervalWeeks']);
    expect(fields({ startDate: '2026-02-03', startTime: '10:00', intervalWeeks: 2 })).toEqual(['count']);
    expect(fields({ startDate: '2026-02-03', startTime: '10:00', intervalWeeks: 2, count: 2, until: '2026-03-01' })).toEqual(['count']);
    expect(fields({ startDate: '2026-02-03', startTime: '10:00', intervalWeeks: 2, until: '2026-02-02' })).toEqual(['until']);
    expect(fields({ startDate: '2026-02-03', startTime: '10:00', intervalWeeks: 2, until: '2026-02-03' })).toEqual([]);
  });
});

describe('moving or cancelling one meeting', () => {
  const planned = { status: 'planned' as const, startsAt: new Date('2026-12-01T09:00:00Z') };
  const now = new Date('2026-11-23T10:00:00Z');

  it('a planned future meeting may be moved to a later moment or cancelled', () => {
    expect(() => { assertOccurrenceChange(planned, { kind: 'move', date: '2026-12-02', startTime: '14:00' }, now, AMS); }).not.toThrow();
    expect(() => { assertOccurrenceChange(planned, { kind: 'cancel' }, now, AMS); }).not.toThrow();
  });

  it('ZVT-3A.1 not to a day before today, and not once it started or was cancelled (ADR 0023)', () => {
    // now is 11:00 Amsterdam on 23 November: yesterday is refused, any time today is allowed (also 10:00, already past).
    expect(() => { assertOccurrenceChange(planned, { kind: 'move', date: '2026-11-22', startTime: '23:59' }, now, AMS); }).toThrow(/verleden/);
    expect(() => { assertOccurrenceChange(planned, { kind: 'move', date: '2026-11-23', startTime: '00:00' }, now, AMS); }).not.toThrow();
    expect(() => { assertOccurrenceChange(planned, { kind: 'move', date: '2026-11-23', startTime: '11:30' }, now, AMS); }).not.toThrow();
    expect(() => { assertOccurrenceChange(planned, { kind: 'move', date: '2026-11-23', startTime: '25:00' }, now, AMS); }).toThrow(DomainError);
    expect(() => { assertOccurrenceChange({ ...planned, startsAt: now }, { kind: 'cancel' }, now, AMS); }).toThrow(/begonnen/);
    expect(() => { assertOccurrenceChange({ ...planned, status: 'cancelled' }, { kind: 'cancel' }, now, AMS); }).toThrow(/geannuleerd/);
  });
});

describe('ZVT-2A.4 / ZVT-2B.1 / ZVT-3A.1 planning on the day itself (ADR 0023)', () => {
  const at = (iso: string) => new Date(iso);

  it('ZVT-3A.1 a series may start today: yesterday refused, today allowed from 00:00 to 23:59 Amsterdam', () => {
    // 00:00 on 23 November in Amsterdam (UTC+1) is 23:00 UTC on the 22nd.
    const midnight = at('2026-11-22T23:00:00Z');
    expect(planningDateProblem('2026-11-22', midnight, AMS)).toMatch(/verleden/);
    expect(planningDateProblem('2026-11-23', midnight, AMS)).toBeNull();
    expect(planningDateProblem('2026-11-24', midnight, AMS)).toBeNull();
    // One minute earlier it is still the 22nd in Amsterdam (and the 22nd in UTC too): the 22nd is today.
    expect(planningDateProblem('2026-11-22', at('2026-11-22T22:59:00Z'), AMS)).toBeNull();
    // 23:59 on 23 November Amsterdam: the 23rd is still today.
    expect(planningDateProblem('2026-11-23', at('2026-11-23T22:59:00Z'), AMS)).toBeNull();
    expect(planningDateProblem('2026-11-22', at('2026-11-23T22:59:00Z'), AMS)).toMatch(/verleden/);
  });

  it('ZVT-2A.4 across the spring DST change (29 March 2026, UTC+2 from 03:00): the Dutch date counts, not the UTC date', () => {
    // 00:00 on 29 March Amsterdam is still UTC+1: 23:00 UTC on the 28th.
    expect(planningDateProblem('2026-03-29', at('2026-03-28T23:00:00Z'), AMS)).toBeNull();
    expect(planningDateProblem('2026-03-28', at('2026-03-28T23:00:00Z'), AMS)).toMatch(/verleden/);
    // 23:59 on 29 March Amsterdam is UTC+2: 21:59 UTC; at 22:00 UTC it is the 30th in Amsterdam (still the 29th in UTC).
    expect(planningDateProblem('2026-03-29', at('2026-03-29T21:59:00Z'), AMS)).toBeNull();
    expect(planningDateProblem('2026-03-29', at('2026-03-29T22:00:00Z'), AMS)).toMatch(/verleden/);
  });

  it('ZVT-2B.1 across the autumn DST change (25 October 2026, UTC+1 from 03:00)', () => {
    // 00:00 on 25 October Amsterdam is still UTC+2: 22:00 UTC on the 24th.
    expect(planningDateProblem('2026-10-25', at('2026-10-24T22:00:00Z'), AMS)).toBeNull();
    expect(planningDateProblem('2026-10-24', at('2026-10-24T22:00:00Z'), AMS)).toMatch(/verleden/);
    // 23:59 on 25 October Amsterdam is UTC+1: 22:59 UTC; at 23:00 UTC it is the 26th in Amsterdam.
    expect(planningDateProblem('2026-10-25', at('2026-10-25T22:59:00Z'), AMS)).toBeNull();
    expect(planningDateProblem('2026-10-25', at('2026-10-25T23:00:00Z'), AMS)).toMatch(/verleden/);
  });

  it('ZVT-3A.1 the agenda stays open until the end of the meeting day in Dutch time, also during the meeting', () => {
    const meeting = { status: 'planned' as const, date: '2026-11-23' };
    expect(agendaIsOpen(meeting, at('2026-11-20T12:00:00Z'), AMS)).toBe(true); // days before
    expect(agendaIsOpen(meeting, at('2026-11-22T23:00:00Z'), AMS)).toBe(true); // 00:00 on the day
    expect(agendaIsOpen(meeting, at('2026-11-23T09:30:00Z'), AMS)).toBe(true); // 10:30, during a 10:00 meeting
    expect(agendaIsOpen(meeting, at('2026-11-23T22:59:00Z'), AMS)).toBe(true); // 23:59 on the day
    expect(agendaIsOpen(meeting, at('2026-11-23T23:00:00Z'), AMS)).toBe(false); // 00:00 the next day
    expect(agendaIsOpen({ ...meeting, status: 'cancelled' }, at('2026-11-20T12:00:00Z'), AMS)).toBe(false);
  });

  it('ZVT-2A.4 the agenda of a meeting on a DST-change day closes at midnight Dutch time', () => {
    const spring = { status: 'planned' as const, date: '2026-03-29' };
    expect(agendaIsOpen(spring, at('2026-03-28T23:00:00Z'), AMS)).toBe(true);
    expect(agendaIsOpen(spring, at('2026-03-28T22:59:00Z'), AMS)).toBe(true);
    expect(agendaIsOpen(spring, at('2026-03-29T21:59:00Z'), AMS)).toBe(true);
    expect(agendaIsOpen(spring, at('2026-03-29T22:00:00Z'), AMS)).toBe(false);
    const autumn = { status: 'planned' as const, date: '2026-10-25' };
    expect(agendaIsOpen(autumn, at('2026-10-25T22:59:00Z'), AMS)).toBe(true);
    expect(agendaIsOpen(autumn, at('2026-10-25T23:00:00Z'), AMS)).toBe(false);
  });
});
