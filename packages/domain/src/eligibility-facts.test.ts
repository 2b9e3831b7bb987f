import { describe, it, expect } from 'vitest';
import {
  ELIGIBILITY_FACT_KEYS,
  ELIGIBILITY_FACT_LABELS,
  FACT_VALUES,
  FACT_VALUE_LABELS,
  type EligibilityFacts,
} from './eligibility-facts.ts';

describe('ZVT-1.2 registration-form facts', () => {
  it('lists exactly the yes/no/unknown facts of EligibilityFacts, in form order', () => {
    const facts: EligibilityFacts = {
      birthDate: '2010-01-01',
      onDate: '2026-01-01',
      adolescentCriminalLaw: 'no',
      youthCareContinuedAfter18: 'no',
      youthCareDecidedBefore18: 'no',
      youthCareResumptionWithinHalfYear: 'no',
      partOfYouthNetwork: 'no',
      areaSafetyProblem: 'no',
      careSafetyCooperationNeeded: 'no',
      planBeyondReferrerNeeded: 'no',
    };
    const factKeys = Object.keys(facts).filter((key) => key !== 'birthDate' && key !== 'onDate');
    expect([...ELIGIBILITY_FACT_KEYS]).toEqual(factKeys);
    expect(ELIGIBILITY_FACT_KEYS).toHaveLength(8);
  });

  it('has a Dutch question per fact', () => {
    expect(Object.keys(ELIGIBILITY_FACT_LABELS).sort()).toEqual([...ELIGIBILITY_FACT_KEYS].sort());
    for (const key of ELIGIBILITY_FACT_KEYS) expect(ELIGIBILITY_FACT_LABELS[key]).toMatch(/^(Is|Zijn) .+\?$/);
    expect(ELIGIBILITY_FACT_LABELS.adolescentCriminalLaw).toContain('adolescentenstrafrecht');
  });

  it('labels the fact values ja / nee / onbekend', () => {
    expect(FACT_VALUES.map((value) => FACT_VALUE_LABELS[value])).toEqual(['ja', 'nee', 'onbekend']);
  });
});
