import { describe, expect, it } from 'vitest';
import { COVENANT_TERM_MONTHS, TERM_END_RULES, TERM_END_RULE_LABELS, defaultTermEnd, isTermEndRule, termStatus } from './table-term.ts';

describe('ZVT-E.2 table term', () => {
  it('ZVT-E.2: the covenant term is two years; the default end is the day before the second anniversary', () => {
    expect(COVENANT_TERM_MONTHS).toBe(24);
    expect(defaultTermEnd('2026-01-01')).toBe('2027-12-31');
    expect(defaultTermEnd('2024-02-29')).toBe('2026-02-27');
    expect(defaultTermEnd('2026-03-01')).toBe('2028-02-29');
  });

  it('ZVT-E.2: warns from three calendar months before the last day, inclusive; ended the day after', () => {
    const term = { termStart: '2026-01-01', termEnd: '2027-12-31' };
    expect(termStatus(term, '2025-12-31').state).toBe('not-started');
    expect(termStatus(term, '2026-01-01').state).toBe('running');
    expect(termStatus(term, '2027-09-29').state).toBe('running');
    expect(termStatus(term, '2027-09-30')).toEqual({ state: 'ending-soon', warnFrom: '2027-09-30', daysLeft: 92 });
    expect(termStatus(term, '2027-12-31')).toMatchObject({ state: 'ending-soon', daysLeft: 0 });
    expect(termStatus(term, '2028-01-01')).toMatchObject({ state: 'ended', daysLeft: -1 });
  });

  it('ZVT-E.2: the warning date is clamped to the month end (calendar months)', () => {
    expect(termStatus({ termStart: '2026-01-01', termEnd: '2027-05-31' }, '2027-02-27').state).toBe('running');
    expect(termStatus({ termStart: '2026-01-01', termEnd: '2027-05-31' }, '2027-02-28').state).toBe('ending-soon');
  });

  it('ZVT-E.2: refuses a term that ends before it starts', () => {
    expect(() => termStatus({ termStart: '2026-01-02', termEnd: '2026-01-01' }, '2026-01-01')).toThrow(/looptijd/);
  });

  it('ZVT-E.2: every rule for open cases at the end has a Dutch label and explanation', () => {
    for (const rule of TERM_END_RULES) {
      expect(isTermEndRule(rule)).toBe(true);
      expect(TERM_END_RULE_LABELS[rule].label.length).toBeGreaterThan(5);
      expect(TERM_END_RULE_LABELS[rule].description.length).toBeGreaterThan(20);
    }
    expect(isTermEndRule('forget')).toBe(false);
  });
});
