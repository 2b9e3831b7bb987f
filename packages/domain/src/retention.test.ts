import { describe, it, expect } from 'vitest';
import { addCalendarMonths } from './dates.ts';
import { zvtProcessV1 } from './processes/zvt.ts';
import {
  dueRetentionActions,
  hiaRetentionDeadline,
  latestStartDueBy,
  retentionSchedule,
  scaleDownSchedule,
  validateRetentionException,
  type RetentionCaseFacts,
} from './retention.ts';
import { expectDomainError } from './test-support.ts';

describe('ZVT-4A.1 retentionSchedule: calendar months clamped to the month end', () => {
  it.each([
    ['2026-08-31', '2027-02-28', '2027-08-31'],
    ['2027-08-31', '2028-02-29', '2028-08-31'], // leap year
    ['2026-03-15', '2026-09-15', '2027-03-15'],
    ['2026-12-31', '2027-06-30', '2027-12-31'],
    ['2028-02-29', '2028-08-29', '2029-02-28'],
    ['2026-01-01', '2026-07-01', '2027-01-01'],
  ])('decision on %s → inactive from %s, deleted on %s', (decision, inactiveFrom, deleteOn) => {
    expect(retentionSchedule(decision)).toEqual({ inactiveFrom, deleteOn });
  });

  it('follows the months of another phased rule', () => {
    expect(retentionSchedule('2026-08-31', { activeMonths: 1, deleteAfterMonths: 3 })).toEqual({ inactiveFrom: '2026-09-30', deleteOn: '2026-11-30' });
  });

  it('refuses an invalid date', () => {
    expectDomainError(() => retentionSchedule('2026-02-30'), 'invalid-date');
  });
});

describe('HIA-6 hiaRetentionDeadline: five years after the last change or one year after leaving, whichever first', () => {
  it('five years after the last substantive change when the young person has not left', () => {
    expect(hiaRetentionDeadline({ lastSubstantiveChange: '2026-05-10' })).toBe('2031-05-10');
  });
  it('one year after leaving when that comes first', () => {
    expect(hiaRetentionDeadline({ lastSubstantiveChange: '2026-05-10', leftApproachOn: '2027-01-31' })).toBe('2028-01-31');
  });
  it('five years after the change when leaving was long after it', () => {
    expect(hiaRetentionDeadline({ lastSubstantiveChange: '2026-05-10', leftApproachOn: '2031-01-01' })).toBe('2031-05-10');
  });
  it('equal deadlines: that day', () => {
    expect(hiaRetentionDeadline({ lastSubstantiveChange: '2026-05-10', leftApproachOn: '2030-05-10' })).toBe('2031-05-10');
  });
  it('leap day: 2028-02-29 + 5 years → 2033-02-28; left on 2028-02-29 → 2029-02-28', () => {
    expect(hiaRetentionDeadline({ lastSubstantiveChange: '2028-02-29' })).toBe('2033-02-28');
    expect(hiaRetentionDeadline({ lastSubstantiveChange: '2028-02-29', leftApproachOn: '2028-02-29' })).toBe('2029-02-28');
  });
});

describe('X-4 latestStartDueBy: the SQL cutoff agrees with addCalendarMonths for every day', () => {
  it('for every start date in 2026–2029 and 6 and 12 months', () => {
    for (const months of [1, 6, 12, 60]) {
      for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2029, 11, 31); t += 86_400_000) {
        const today = new Date(t).toISOString().slice(0, 10);
        const cutoff = latestStartDueBy(today, months);
        expect(addCalendarMonths(cutoff, months) <= today).toBe(true);
        const next = new Date(Date.parse(cutoff) + 86_400_000).toISOString().slice(0, 10);
        expect(addCalendarMonths(next, months) > today).toBe(true);
      }
    }
  });
  it('on the last day of February: all decisions of 28–31 August are due', () => {
    expect(latestStartDueBy('2027-02-28', 6)).toBe('2026-08-31');
    expect(latestStartDueBy('2027-02-27', 6)).toBe('2026-08-27');
    expect(latestStartDueBy('2028-02-29', 6)).toBe('2027-08-31');
  });
});

const open: RetentionCaseFacts = {
  phase: '3A',
  endState: null,
  endedOn: null,
  scaleDownOn: null,
  inactiveSince: null,
  lastSubstantiveChangeOn: '2026-08-31',
  exceptions: [],
  legalHold: false,
};
const scaledDown: RetentionCaseFacts = { ...open, phase: '4A', scaleDownOn: '2026-08-31' };

describe('ZVT-4A.1 dueRetentionActions for a scaled-down case (decision 2026-08-31)', () => {
  it.each([
    ['2026-08-31', 'none'],
    ['2027-02-27', 'none'], // the day before
    ['2027-02-28', 'go-inactive'], // exactly on the deadline, month end
    ['2027-08-30', 'go-inactive'],
    ['2027-08-31', 'delete'],
    ['2030-01-01', 'delete'],
  ])('phase 4A, on %s → %s', (today, action) => {
    expect(dueRetentionActions(scaledDown, zvtProcessV1, today).action).toBe(action);
  });

  it('once inactive, nothing is due until the deletion day', () => {
    const inactive = { ...scaledDown, inactiveSince: '2027-02-28' };
    expect(dueRetentionActions(inactive, zvtProcessV1, '2027-08-30').action).toBe('none');
    expect(dueRetentionActions(inactive, zvtProcessV1, '2027-08-31')).toMatchObject({ action: 'delete', dueOn: '2027-08-31', reason: 'scaled-down' });
  });

  it('the end state scaled-down counts from the scale-down decision, not from the end', () => {
    const ended = { ...scaledDown, endState: 'scaled-down', endedOn: '2026-12-15' };
    expect(dueRetentionActions(ended, zvtProcessV1, '2027-02-28')).toMatchObject({ action: 'go-inactive', dueOn: '2027-02-28' });
  });

  it('leap year: decision 2027-08-31 → inactive 2028-02-29, not on 2028-02-28', () => {
    const leap = { ...scaledDown, scaleDownOn: '2027-08-31' };
    expect(dueRetentionActions(leap, zvtProcessV1, '2028-02-28').action).toBe('none');
    expect(dueRetentionActions(leap, zvtProcessV1, '2028-02-29').action).toBe('go-inactive');
  });

  it('the group approach adopted follows the same phased schedule from its decision', () => {
    const group = { ...open, phase: '2B-decision', endState: 'group-approach-adopted', endedOn: '2026-08-31', scaleDownOn: '2026-08-31' };
    expect(dueRetentionActions(group, zvtProcessV1, '2027-02-28')).toMatchObject({ action: 'go-inactive', reason: 'group-approach-adopted' });
  });
});

describe('ZVT-1.3/2A.4/3A.5 end states that delete at once', () => {
  it.each(['not-admitted', 'not-to-case-meeting', 'other-table', 'no-group-approach', 'group-approach-not-adopted'])('%s → delete on the end day', (endState) => {
    const ended = { ...open, endState, endedOn: '2026-10-01' };
    expect(dueRetentionActions(ended, zvtProcessV1, '2026-10-01')).toMatchObject({ action: 'delete', dueOn: '2026-10-01', reason: endState });
  });
});

describe('X-4 maximum period without a substantive change (ZVT: 12 months)', () => {
  it('the day before: nothing; exactly on the deadline: delete', () => {
    expect(dueRetentionActions(open, zvtProcessV1, '2027-08-30').action).toBe('none');
    expect(dueRetentionActions(open, zvtProcessV1, '2027-08-31')).toMatchObject({ action: 'delete', reason: 'max-inactivity' });
  });
  it('month end: last change 2027-02-28 → deleted 2028-02-28 (not the 29th)', () => {
    const feb = { ...open, lastSubstantiveChangeOn: '2027-02-28' };
    expect(dueRetentionActions(feb, zvtProcessV1, '2028-02-27').action).toBe('none');
    expect(dueRetentionActions(feb, zvtProcessV1, '2028-02-28').action).toBe('delete');
  });
});

describe('ZVT-4A.2 exceptions and legal holds', () => {
  it('an exception pauses going inactive until and including the re-assessment day', () => {
    const excepted = { ...scaledDown, exceptions: [{ reassessOn: '2027-05-31' }] };
    expect(dueRetentionActions(excepted, zvtProcessV1, '2027-02-28')).toEqual({ action: 'none', pausedBy: 'exception' });
    expect(dueRetentionActions(excepted, zvtProcessV1, '2027-05-31')).toEqual({ action: 'none', pausedBy: 'exception' });
    expect(dueRetentionActions(excepted, zvtProcessV1, '2027-06-01').action).toBe('go-inactive');
  });

  it('when the re-assessment date passes without renewal the normal schedule resumes: overdue deletion is due at once', () => {
    const excepted = { ...scaledDown, exceptions: [{ reassessOn: '2027-02-28' }, { reassessOn: '2027-08-31' }] };
    expect(dueRetentionActions(excepted, zvtProcessV1, '2027-08-31')).toEqual({ action: 'none', pausedBy: 'exception' });
    expect(dueRetentionActions(excepted, zvtProcessV1, '2027-09-01')).toMatchObject({ action: 'delete', dueOn: '2027-08-31' });
  });

  it('a legal hold pauses deletion entirely, also long after the deadline', () => {
    const held = { ...scaledDown, legalHold: true };
    expect(dueRetentionActions(held, zvtProcessV1, '2027-02-28')).toEqual({ action: 'none', pausedBy: 'legal-hold' });
    expect(dueRetentionActions(held, zvtProcessV1, '2035-01-01')).toEqual({ action: 'none', pausedBy: 'legal-hold' });
    expect(dueRetentionActions({ ...open, legalHold: true }, zvtProcessV1, '2030-01-01')).toEqual({ action: 'none', pausedBy: 'legal-hold' });
  });

  it('nothing due: no pause is reported', () => {
    expect(dueRetentionActions({ ...scaledDown, legalHold: true }, zvtProcessV1, '2026-09-01')).toEqual({ action: 'none' });
  });

  it('validateRetentionException: motivation required, re-assessment after today and at most 6 calendar months ahead', () => {
    const motivation = 'Lopende hulpverlening, herbeoordeling bij evaluatie.';
    expect(validateRetentionException({ motivation, reassessOn: '2028-02-29', today: '2027-08-31' })).toBe(motivation);
    expectDomainError(() => validateRetentionException({ motivation, reassessOn: '2028-03-01', today: '2027-08-31' }), 'invalid-argument');
    expectDomainError(() => validateRetentionException({ motivation, reassessOn: '2027-08-31', today: '2027-08-31' }), 'invalid-argument');
    expect(validateRetentionException({ motivation, reassessOn: '2027-09-01', today: '2027-08-31' })).toBe(motivation);
    expectDomainError(() => validateRetentionException({ motivation: 'zie dossier', reassessOn: '2027-09-01', today: '2027-08-31' }), 'motivation-required');
  });
});

describe('facts that do not fit the definition', () => {
  it('an unknown end state is refused', () => {
    expectDomainError(() => dueRetentionActions({ ...open, endState: 'vanished', endedOn: '2026-01-01' }, zvtProcessV1, '2027-01-01'), 'unknown-end-state');
  });
  it('a scale-down date on a phase that leads to no phased end state is refused', () => {
    expectDomainError(() => dueRetentionActions({ ...open, phase: '1', scaleDownOn: '2026-01-01' }, zvtProcessV1, '2027-01-01'), 'invalid-argument');
  });
});

describe('ZVT-4A.1 scaleDownSchedule: the dates the case page shows', () => {
  it('phase 4A, decision 2026-08-31: active until 2027-02-27, inactive from 2027-02-28, deleted on 2027-08-31', () => {
    expect(scaleDownSchedule({ phase: '4A', endState: null, endedOn: null, scaleDownOn: '2026-08-31' }, zvtProcessV1)).toEqual({
      activeUntil: '2027-02-27',
      inactiveFrom: '2027-02-28',
      deleteOn: '2027-08-31',
    });
  });
  it('the end state scaled-down counts from the decision, as dueRetentionActions does', () => {
    expect(scaleDownSchedule({ phase: '4A', endState: 'scaled-down', endedOn: '2026-12-01', scaleDownOn: '2026-03-15' }, zvtProcessV1)).toEqual({
      activeUntil: '2026-09-14',
      inactiveFrom: '2026-09-15',
      deleteOn: '2027-03-15',
    });
  });
  it('no scale-down decision, or an end state that deletes at once: no schedule', () => {
    expect(scaleDownSchedule({ phase: '3A', endState: null, endedOn: null, scaleDownOn: null }, zvtProcessV1)).toBeNull();
    expect(scaleDownSchedule({ phase: '3A', endState: 'other-table', endedOn: '2026-11-01', scaleDownOn: '2026-11-01' }, zvtProcessV1)).toBeNull();
  });
});
