import { ageOn } from './dates.ts';
import {
  ELIGIBILITY_FACT_KEYS,
  FACT_VALUES,
  FACT_VALUE_LABELS,
  type EligibilityFactKey,
  type EligibilityFacts,
  type FactValue,
} from './eligibility-facts.ts';
import { DomainError } from './errors.ts';

/**
 * The four ZVT criteria (ZVT-1.2): (a) young person per Jeugdwet art. 1:1, (b) network or area problem,
 * (c) care–safety cooperation, (d) plan beyond the referrer.
 */
export type EligibilityCriterionId = 'a' | 'b' | 'c' | 'd';

/** Dutch labels of the criteria. */
export const ELIGIBILITY_CRITERION_LABELS: Readonly<Record<EligibilityCriterionId, string>> = {
  a: 'Jeugdige in de zin van artikel 1:1 Jeugdwet',
  b: 'Jeugdnetwerk of lokale/gebiedsgebonden veiligheidsproblematiek',
  c: 'Samenwerking zorg- en veiligheidsketen noodzakelijk',
  d: 'Plan van aanpak dat de aanmelder niet alleen kan opstellen',
};

/** The computed proposal; the chain director decides (ZVT-1.2). */
export type EligibilityOutcome = 'eligible' | 'not-eligible' | 'insufficient-data';

/** One criterion's result with a Dutch explanation of the route that decided it. */
export interface CriterionResult {
  readonly id: EligibilityCriterionId;
  readonly result: FactValue;
  readonly reason: string;
}

/** Result of {@link assessEligibility}. */
export interface EligibilityAssessment {
  readonly outcome: EligibilityOutcome;
  /** Age in completed years on the assessment date. */
  readonly age: number;
  readonly criteria: readonly CriterionResult[];
}

const FACT_NAMES: Readonly<Record<EligibilityFactKey, string>> = {
  adolescentCriminalLaw: 'adolescentenstrafrecht (2°)',
  youthCareContinuedAfter18: 'voortgezette jeugdhulp na 18 jaar (3°)',
  youthCareDecidedBefore18: 'jeugdhulp noodzakelijk bepaald vóór 18 jaar (3°)',
  youthCareResumptionWithinHalfYear: 'hervatting van jeugdhulp binnen een half jaar (3°)',
  partOfYouthNetwork: 'crimineel of overlastgevend jeugdnetwerk',
  areaSafetyProblem: 'lokale of gebiedsgebonden veiligheidsproblematiek',
  careSafetyCooperationNeeded: 'samenwerking zorg- en veiligheidsketen noodzakelijk',
  planBeyondReferrerNeeded: 'plan van aanpak voorbij de aanmelder nodig',
};

const YOUTH_CARE_ROUTES = [
  'youthCareContinuedAfter18',
  'youthCareDecidedBefore18',
  'youthCareResumptionWithinHalfYear',
] as const satisfies readonly EligibilityFactKey[];

const names = (keys: readonly EligibilityFactKey[]): string => keys.map((key) => FACT_NAMES[key]).join('; ');

/** Alternatives (ZVT-1.2): any route yes → yes, all routes no → no, else unknown; the reason names the routes. */
function anyRoute(facts: EligibilityFacts, routes: readonly EligibilityFactKey[]): { result: FactValue; reason: string } {
  const withValue = (value: FactValue): EligibilityFactKey[] => routes.filter((route) => facts[route] === value);
  const yes = withValue('yes');
  if (yes.length > 0) return { result: 'yes', reason: `Voldaan via: ${names(yes)}.` };
  const unknown = withValue('unknown');
  if (unknown.length > 0) {
    return { result: 'unknown', reason: `Geen route bevestigd; nog onbekend: ${names(unknown)}.` };
  }
  return { result: 'no', reason: `Niet voldaan: ${names(routes)} — alle 'nee'.` };
}

function criterionA(facts: EligibilityFacts, age: number): CriterionResult {
  const onAge = `Leeftijd op ${facts.onDate}: ${age} jaar.`;
  if (age < 18) {
    return {
      id: 'a',
      result: 'yes',
      reason: `${onAge} Jonger dan 18: jeugdige in de zin van art. 1:1 Jeugdwet (1°); de overige routes zijn niet nodig.`,
    };
  }
  if (age >= 23) {
    const value = facts.adolescentCriminalLaw;
    return {
      id: 'a',
      result: value,
      reason:
        `${onAge} 23 of ouder: alleen het adolescentenstrafrecht (2°) kan gelden; jeugdhulp na 18 (3°) geldt tot 23 jaar. ` +
        `Adolescentenstrafrecht van toepassing: ${FACT_VALUE_LABELS[value]}.`,
    };
  }
  const routes = anyRoute(facts, ['adolescentCriminalLaw', ...YOUTH_CARE_ROUTES]);
  const reason = `${onAge} 18 tot 23: adolescentenstrafrecht (2°) of jeugdhulp (3°). ${routes.reason}`;
  return { id: 'a', result: routes.result, reason };
}

function singleFact(id: EligibilityCriterionId, facts: EligibilityFacts, key: EligibilityFactKey): CriterionResult {
  const name = FACT_NAMES[key];
  return { id, result: facts[key], reason: `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${FACT_VALUE_LABELS[facts[key]]}.` };
}

function aggregate(criteria: readonly CriterionResult[]): EligibilityOutcome {
  const results = criteria.map((criterion) => criterion.result);
  if (results.includes('no')) return 'not-eligible';
  return results.every((result) => result === 'yes') ? 'eligible' : 'insufficient-data';
}

/**
 * Tests the ZVT criteria on the referrer's data (ZVT-1.2) and explains each result in Dutch.
 *
 * (a) Jeugdwet art. 1:1 — under 18: yes whatever the other facts; 18 up to the day before the 23rd birthday:
 * adolescent criminal law (2°) or any of the three youth-care routes (3°); from the 23rd birthday only 2°.
 * (b) network or area safety problem (alternatives); (c) and (d) one fact each. Within (a) and (b): any yes →
 * yes, all no → no, else unknown. Outcome: any criterion no → not-eligible; all yes → eligible; else
 * insufficient-data. The outcome is a proposal; see `proposeAdmission`.
 *
 * @param facts - the facts known at registration
 * @throws DomainError `invalid-date` for invalid dates or a birth date after `onDate`; `invalid-fact-value`
 *   for a fact that is not yes/no/unknown
 */
export function assessEligibility(facts: EligibilityFacts): EligibilityAssessment {
  const age = ageOn(facts.birthDate, facts.onDate);
  for (const key of ELIGIBILITY_FACT_KEYS) {
    if (!(FACT_VALUES as readonly string[]).includes(facts[key])) {
      throw new DomainError('invalid-fact-value', `Ongeldige waarde voor '${key}': verwacht ja, nee of onbekend.`);
    }
  }
  const b = anyRoute(facts, ['partOfYouthNetwork', 'areaSafetyProblem']);
  const criteria: CriterionResult[] = [
    criterionA(facts, age),
    { id: 'b', ...b },
    singleFact('c', facts, 'careSafetyCooperationNeeded'),
    singleFact('d', facts, 'planBeyondReferrerNeeded'),
  ];
  return { outcome: aggregate(criteria), age, criteria };
}
