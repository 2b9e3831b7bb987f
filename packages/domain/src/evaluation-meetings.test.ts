import { describe, expect, it } from 'vitest';
import { evaluationCounts, evaluationIds as ids, evaluationSuppression, type EvaluationFigures } from './evaluation.ts';

const base: EvaluationFigures = {
  year: 2026,
  registrationsByQuarter: [12, 9, 9, 10],
  outcomes: [],
  phaseDurations: [],
  scaledDown: 7,
  deletions: { onTime: 11, late: 6 },
};

describe('ZVT-E.2 meetings held per kind, suppressed on export like the other counts (X-5)', () => {
  it('ZVT-E.2 each kind and the total are counts of the evaluation', () => {
    const { entries, relations } = evaluationCounts({ ...base, meetingsHeld: [{ kind: 'focus', count: 20 }, { kind: 'case-meeting', count: 17 }] });
    expect(entries).toContainEqual({ id: ids.meetingsHeldOfKind('focus'), value: 20 });
    expect(entries).toContainEqual({ id: ids.meetingsHeld, value: 37 });
    expect(relations).toContainEqual({ total: ids.meetingsHeld, parts: [ids.meetingsHeldOfKind('focus'), ids.meetingsHeldOfKind('case-meeting')] });
  });

  it('X-5 a small number of meetings of one kind is hidden, and another so it cannot be derived from the total', () => {
    const hidden = evaluationSuppression({ ...base, meetingsHeld: [{ kind: 'focus', count: 2 }, { kind: 'core-group-focus', count: 9 }, { kind: 'case-meeting', count: 17 }] });
    expect(hidden.get(ids.meetingsHeldOfKind('focus'))).toBe('small-count');
    expect(hidden.get(ids.meetingsHeldOfKind('core-group-focus'))).toBe('derivable');
    expect(hidden.has(ids.meetingsHeldOfKind('case-meeting'))).toBe(false);
    expect(hidden.has(ids.meetingsHeld)).toBe(false);
  });

  it('X-5 zero is not small; the threshold itself is not hidden', () => {
    const hidden = evaluationSuppression({ ...base, meetingsHeld: [{ kind: 'focus', count: 0 }, { kind: 'case-meeting', count: 5 }] });
    expect(hidden.has(ids.meetingsHeldOfKind('focus'))).toBe(false);
    expect(hidden.has(ids.meetingsHeldOfKind('case-meeting'))).toBe(false);
  });

  it('ZVT-E.2 without meetings the total is zero and nothing is hidden', () => {
    const hidden = evaluationSuppression(base);
    expect(hidden.has(ids.meetingsHeld)).toBe(false);
    expect(evaluationCounts(base).entries).toContainEqual({ id: ids.meetingsHeld, value: 0 });
  });
});
