import { describe, it, expect } from 'vitest';
import {
  ADMISSION_DECISION_LABELS,
  decisionRequiresReason,
  proposeAdmission,
  type AdmissionDecision,
} from './admission.ts';
import type { EligibilityOutcome } from './eligibility.ts';

const OUTCOMES: readonly EligibilityOutcome[] = ['eligible', 'not-eligible', 'insufficient-data'];
const DECISIONS: readonly AdmissionDecision[] = ['not-admitted', 'admitted', 'insufficient-data', 'group-scan'];

describe('ZVT-1.3 proposed admission decision', () => {
  it.each([
    ['eligible', 'admitted'],
    ['not-eligible', 'not-admitted'],
    ['insufficient-data', 'insufficient-data'],
  ] as const)('individual registration, %s → %s', (outcome, expected) => {
    expect(proposeAdmission({ outcome }, 'individual')).toBe(expected);
  });

  it.each(OUTCOMES)('police group scan → group-scan (2B) whatever the assessment (%s)', (outcome) => {
    expect(proposeAdmission({ outcome }, 'group-scan')).toBe('group-scan');
  });
});

describe('ZVT-1.2 a decision that differs from the proposal needs a reason', () => {
  it('for all 16 proposal/decision pairs: a reason exactly when they differ', () => {
    let pairs = 0;
    DECISIONS.forEach((proposal, i) => {
      DECISIONS.forEach((decision, j) => {
        expect(decisionRequiresReason(proposal, decision), `${proposal} → ${decision}`).toBe(i !== j);
        pairs += 1;
      });
    });
    expect(pairs).toBe(16);
  });
});

describe('ZVT-1.3 decision labels', () => {
  it('has a distinct Dutch label per decision', () => {
    const labels = DECISIONS.map((decision) => ADMISSION_DECISION_LABELS[decision]);
    expect(new Set(labels).size).toBe(4);
    expect(ADMISSION_DECISION_LABELS.admitted).toContain('2A');
    expect(ADMISSION_DECISION_LABELS['group-scan']).toContain('2B');
  });
});
