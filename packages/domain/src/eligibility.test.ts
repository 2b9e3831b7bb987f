import { describe, it, expect } from 'vitest';
import { ELIGIBILITY_CRITERION_LABELS, assessEligibility, type EligibilityAssessment } from './eligibility.ts';
import type { EligibilityFacts, FactValue } from './eligibility-facts.ts';
import { expectDomainError } from './test-support.ts';

const VALUES: readonly FactValue[] = ['yes', 'no', 'unknown'];

/** Every n-tuple of fact values (3^n of them). */
function combinations(n: number): FactValue[][] {
  if (n === 0) return [[]];
  return combinations(n - 1).flatMap((rest) => VALUES.map((value) => [value, ...rest]));
}

// Independent oracles: Kleene logic over the order no < unknown < yes. "Any route" is the maximum,
// "all criteria" is the minimum. The code under test uses includes/every instead.
const RANK: Readonly<Record<FactValue, number>> = { no: 0, unknown: 1, yes: 2 };
const fromRank = (rank: number): FactValue => (rank === 2 ? 'yes' : rank === 1 ? 'unknown' : 'no');
const oracleAny = (values: readonly FactValue[]): FactValue => fromRank(Math.max(...values.map((v) => RANK[v])));
function oracleOutcome(values: readonly FactValue[]): EligibilityAssessment['outcome'] {
  const lowest = Math.min(...values.map((v) => RANK[v]));
  return lowest === 2 ? 'eligible' : lowest === 1 ? 'insufficient-data' : 'not-eligible';
}

function facts(birthDate: string, onDate: string, overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    birthDate,
    onDate,
    adolescentCriminalLaw: 'no',
    youthCareContinuedAfter18: 'no',
    youthCareDecidedBefore18: 'no',
    youthCareResumptionWithinHalfYear: 'no',
    partOfYouthNetwork: 'yes',
    areaSafetyProblem: 'no',
    careSafetyCooperationNeeded: 'yes',
    planBeyondReferrerNeeded: 'yes',
    ...overrides,
  };
}

function criterion(assessment: EligibilityAssessment, id: 'a' | 'b' | 'c' | 'd') {
  const found = assessment.criteria.find((c) => c.id === id);
  if (found === undefined) throw new Error(`criterion ${id} missing`);
  return found;
}

/** The four facts of criterion (a) from a 4-tuple: [2° adolescent law, 3° continued, 3° decided, 3° resumption]. */
function aFacts([acr, continued, decided, resumption]: FactValue[]): Partial<EligibilityFacts> {
  return {
    adolescentCriminalLaw: acr ?? 'no',
    youthCareContinuedAfter18: continued ?? 'no',
    youthCareDecidedBefore18: decided ?? 'no',
    youthCareResumptionWithinHalfYear: resumption ?? 'no',
  };
}

const BORN = '2008-05-15'; // 18th birthday 2026-05-15, 23rd birthday 2031-05-15

describe('ZVT-1.2 criterion (a) — Jeugdwet art. 1:1', () => {
  describe('1° under 18: yes regardless of the other facts', () => {
    it.each([
      ['2008-05-15', 0],
      ['2020-05-14', 11],
      ['2020-05-15', 12],
      ['2024-05-15', 16],
      ['2026-05-14', 17],
    ])('on %s (age %d), for all 81 combinations of 2° and 3° facts', (onDate, age) => {
      for (const combo of combinations(4)) {
        const result = assessEligibility(facts(BORN, onDate, aFacts(combo)));
        expect(result.age).toBe(age);
        expect(criterion(result, 'a').result).toBe('yes');
        expect(criterion(result, 'a').reason).toContain(`${age} jaar`);
        expect(criterion(result, 'a').reason).toContain('1°');
      }
    });
  });

  describe('18 up to the day before the 23rd birthday: 2° or any 3° route (any yes → yes, all no → no, else unknown)', () => {
    it.each([
      ['2026-05-15', 18, 'on the 18th birthday'],
      ['2026-05-16', 18, 'the day after the 18th birthday'],
      ['2031-05-14', 22, 'the day before the 23rd birthday'],
    ])('on %s (age %d, %s), all 81 combinations against the oracle', (onDate, age) => {
      for (const combo of combinations(4)) {
        const result = assessEligibility(facts(BORN, onDate, aFacts(combo)));
        expect(result.age).toBe(age);
        expect(criterion(result, 'a').result, combo.join(',')).toBe(oracleAny(combo));
        expect(criterion(result, 'a').reason).toContain(`${age} jaar`);
      }
    });

    it('names the route that made it yes', () => {
      const result = assessEligibility(facts(BORN, '2026-05-15', { youthCareDecidedBefore18: 'yes' }));
      expect(criterion(result, 'a').reason).toContain('jeugdhulp noodzakelijk bepaald vóór 18 jaar');
      expect(criterion(result, 'a').reason).not.toContain('adolescentenstrafrecht (2°);');
    });

    it('names the unknown routes when nothing is confirmed', () => {
      const result = assessEligibility(
        facts(BORN, '2026-05-15', { adolescentCriminalLaw: 'unknown', youthCareResumptionWithinHalfYear: 'unknown' }),
      );
      const reason = criterion(result, 'a').reason;
      expect(criterion(result, 'a').result).toBe('unknown');
      expect(reason).toContain('onbekend: adolescentenstrafrecht (2°); hervatting van jeugdhulp binnen een half jaar (3°)');
    });
  });

  describe('23 and older: only 2° (adolescent criminal law) counts', () => {
    it.each([
      ['2031-05-15', 23, 'on the 23rd birthday'],
      ['2031-05-16', 23, 'the day after the 23rd birthday'],
      ['2050-01-01', 41, 'no upper age for 2°'],
    ])('on %s (age %d, %s), the result equals the 2° fact for all 81 combinations', (onDate, age) => {
      for (const combo of combinations(4)) {
        const result = assessEligibility(facts(BORN, onDate, aFacts(combo)));
        expect(result.age).toBe(age);
        expect(criterion(result, 'a').result, combo.join(',')).toBe(combo[0]);
        expect(criterion(result, 'a').reason).toContain(`${age} jaar`);
      }
    });

    it('says that youth care after 18 only counts until 23', () => {
      const result = assessEligibility(facts(BORN, '2031-05-15', { youthCareContinuedAfter18: 'yes' }));
      expect(criterion(result, 'a').result).toBe('no');
      expect(criterion(result, 'a').reason).toContain('tot 23 jaar');
    });
  });

  describe('29 February birth dates (birthday on 1 March in non-leap years)', () => {
    const leapBorn = '2008-02-29';
    it.each([
      ['2026-02-28', 17, {}, 'yes'],
      ['2026-03-01', 18, {}, 'no'],
      ['2026-03-01', 18, { youthCareContinuedAfter18: 'yes' as const }, 'yes'],
      ['2031-02-28', 22, { youthCareContinuedAfter18: 'yes' as const }, 'yes'],
      ['2031-03-01', 23, { youthCareContinuedAfter18: 'yes' as const }, 'no'],
      ['2031-03-01', 23, { adolescentCriminalLaw: 'yes' as const }, 'yes'],
    ])('on %s (age %d) with %o → %s', (onDate, age, overrides, expected) => {
      const result = assessEligibility(facts(leapBorn, onDate, overrides));
      expect(result.age).toBe(age);
      expect(criterion(result, 'a').result).toBe(expected);
    });
  });
});

describe('ZVT-1.2 criterion (b) — youth network or area safety problem (alternatives)', () => {
  it('any yes → yes, all no → no, else unknown, for all 9 combinations', () => {
    for (const [network = 'no', area = 'no'] of combinations(2)) {
      const result = assessEligibility(facts(BORN, '2025-01-01', { partOfYouthNetwork: network, areaSafetyProblem: area }));
      expect(criterion(result, 'b').result, `${network},${area}`).toBe(oracleAny([network, area]));
    }
  });

  it('explains which fact decided it', () => {
    const yes = assessEligibility(facts(BORN, '2025-01-01', { partOfYouthNetwork: 'no', areaSafetyProblem: 'yes' }));
    expect(criterion(yes, 'b').reason).toBe('Voldaan via: lokale of gebiedsgebonden veiligheidsproblematiek.');
    const no = assessEligibility(facts(BORN, '2025-01-01', { partOfYouthNetwork: 'no', areaSafetyProblem: 'no' }));
    expect(criterion(no, 'b').reason).toContain('Niet voldaan');
  });
});

describe('ZVT-1.2 criteria (c) and (d) — one fact each', () => {
  it.each(VALUES)('(c) and (d) follow their fact: %s', (value) => {
    const result = assessEligibility(
      facts(BORN, '2025-01-01', { careSafetyCooperationNeeded: value, planBeyondReferrerNeeded: value }),
    );
    expect(criterion(result, 'c').result).toBe(value);
    expect(criterion(result, 'd').result).toBe(value);
  });
});

describe('ZVT-1.2 outcome — any no → not-eligible, all yes → eligible, else insufficient-data', () => {
  it('holds for all 81 combinations of the four criterion results', () => {
    // Age 30: criterion (a) then equals the adolescent-criminal-law fact, so each criterion is set directly.
    let seen = 0;
    for (const combo of combinations(4)) {
      const [a = 'no', b = 'no', c = 'no', d = 'no'] = combo;
      const result = assessEligibility(
        facts('1996-01-01', '2026-06-01', {
          adolescentCriminalLaw: a,
          partOfYouthNetwork: b,
          areaSafetyProblem: 'no',
          careSafetyCooperationNeeded: c,
          planBeyondReferrerNeeded: d,
        }),
      );
      expect(result.criteria.map((x) => x.result)).toEqual(combo);
      expect(result.outcome, combo.join(',')).toBe(oracleOutcome(combo));
      seen += 1;
    }
    expect(seen).toBe(81);
  });

  it('returns the criteria in order a, b, c, d with a Dutch label for each', () => {
    const result = assessEligibility(facts(BORN, '2025-01-01'));
    expect(result.criteria.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.outcome).toBe('eligible');
    for (const c of result.criteria) expect(ELIGIBILITY_CRITERION_LABELS[c.id]).not.toBe('');
  });

  it('a typical registration: 16 years old, network unknown, plan need unknown → insufficient-data', () => {
    const result = assessEligibility(
      facts('2009-09-01', '2026-03-10', {
        partOfYouthNetwork: 'unknown',
        areaSafetyProblem: 'unknown',
        planBeyondReferrerNeeded: 'unknown',
      }),
    );
    expect(result.age).toBe(16);
    expect(result.criteria.map((c) => c.result)).toEqual(['yes', 'unknown', 'yes', 'unknown']);
    expect(result.outcome).toBe('insufficient-data');
  });
});

describe('ZVT-1.2 input validation', () => {
  it('refuses invalid dates', () => {
    expectDomainError(() => assessEligibility(facts('2008-02-30', '2026-01-01')), 'invalid-date');
    expectDomainError(() => assessEligibility(facts('2008-01-01', '2026-13-01')), 'invalid-date');
  });

  it('refuses a birth date after the assessment date', () => {
    expectDomainError(() => assessEligibility(facts('2026-01-02', '2026-01-01')), 'invalid-date');
  });

  it('refuses a fact value other than yes/no/unknown', () => {
    const bad = { ...facts(BORN, '2025-01-01'), areaSafetyProblem: 'misschien' } as unknown as EligibilityFacts;
    expectDomainError(() => assessEligibility(bad), 'invalid-fact-value');
  });
});

describe('ZVT-1.2 reasons are Dutch sentences', () => {
  it('(c) and (d) state the fact and its answer', () => {
    const result = assessEligibility(facts(BORN, '2025-01-01', { planBeyondReferrerNeeded: 'unknown' }));
    expect(criterion(result, 'c').reason).toBe('Samenwerking zorg- en veiligheidsketen noodzakelijk: ja.');
    expect(criterion(result, 'd').reason).toBe('Plan van aanpak voorbij de aanmelder nodig: onbekend.');
  });
});
