import { describe, expect, it } from 'vitest';
import { evaluationIds as ids, evaluationSuppression, type EvaluationFigures } from './evaluation.ts';

const figures: EvaluationFigures = {
  year: 2026,
  registrationsByQuarter: [12, 3, 9, 0],
  outcomes: [
    { phase: '1', outcome: 'admitted', count: 15 },
    { phase: '1', outcome: 'not-admitted', count: 2 },
    { phase: '1', outcome: 'insufficient-data', count: 6 },
    { phase: '3A', outcome: 'scale-down', count: 7 },
  ],
  phaseDurations: [{ phase: '1', cases: 23, medianDays: 9 }, { phase: '3A', cases: 4, medianDays: 61 }],
  scaledDown: 7,
  deletions: { onTime: 11, late: 1 },
};

describe('ZVT-E.2 / X-5 evaluation figures on export', () => {
  it('X-5: small counts are hidden, and one more count in each sum so they cannot be derived from its total', () => {
    const hidden = evaluationSuppression(figures);
    expect(hidden.get(ids.registrationsQuarter(2))).toBe('small-count');
    expect(hidden.get(ids.registrationsQuarter(3))).toBe('derivable');
    expect(hidden.has(ids.registrationsQuarter(1))).toBe(false);
    expect(hidden.has(ids.registrationsQuarter(4))).toBe(false);
    expect(hidden.has(ids.registrations)).toBe(false);
    expect(hidden.get(ids.outcome('1', 'not-admitted'))).toBe('small-count');
    expect(hidden.get(ids.outcome('1', 'insufficient-data'))).toBe('derivable');
    expect(hidden.has(ids.outcome('1', 'admitted'))).toBe(false);
    expect(hidden.get(ids.durationCases('3A'))).toBe('small-count');
    expect(hidden.get(ids.deletionsLate)).toBe('small-count');
    expect(hidden.get(ids.deletionsOnTime)).toBe('derivable');
    expect(hidden.has(ids.scaledDown)).toBe(false);
  });

  it('X-5: a phase with a single outcome that is small hides the phase total too, and the grand total stays safe', () => {
    const hidden = evaluationSuppression({ ...figures, outcomes: [{ phase: '1', outcome: 'admitted', count: 20 }, { phase: '3A', outcome: 'scale-down', count: 3 }] });
    expect(hidden.get(ids.outcome('3A', 'scale-down'))).toBe('small-count');
    expect(hidden.get(ids.outcomesOfPhase('3A'))).toBe('small-count');
    // outcomes = outcomes:1 + outcomes:3A: with 3A hidden, phase 1's total must be hidden as well (or the grand total).
    const line = [ids.outcomes, ids.outcomesOfPhase('1'), ids.outcomesOfPhase('3A')].filter((id) => hidden.has(id));
    expect(line.length).toBeGreaterThanOrEqual(2);
  });

  it('X-5: with a higher threshold more is hidden', () => {
    expect(evaluationSuppression(figures, 10).get(ids.registrationsQuarter(3))).toBe('small-count');
  });
});
