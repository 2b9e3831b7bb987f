import type { IsoDate } from './dates.ts';

/** The answer to one criteria question: the chain director records what the referrer's data show (ZVT-1.2). */
export type FactValue = 'yes' | 'no' | 'unknown';

/** All fact values, in form order. */
export const FACT_VALUES = ['yes', 'no', 'unknown'] as const satisfies readonly FactValue[];

/** Dutch labels of the fact values. */
export const FACT_VALUE_LABELS: Readonly<Record<FactValue, string>> = { yes: 'ja', no: 'nee', unknown: 'onbekend' };

/**
 * What the chain director knows from the referrer's data alone when testing the ZVT criteria (ZVT-1.2). The
 * facts are care and criminal data (ZVT-1.1) and must be protected as such.
 */
export interface EligibilityFacts {
  /** The subject's date of birth. */
  readonly birthDate: IsoDate;
  /** The day on which the criteria are tested; the age counts on this day. */
  readonly onDate: IsoDate;
  /** Criterion (a) 2°: adolescent criminal law applies. */
  readonly adolescentCriminalLaw: FactValue;
  /** Criterion (a) 3°: youth care started before 18 and its continuation after 18 was decided necessary. */
  readonly youthCareContinuedAfter18: FactValue;
  /** Criterion (a) 3°: before 18 it was decided that youth care is necessary. */
  readonly youthCareDecidedBefore18: FactValue;
  /** Criterion (a) 3°: youth care started before 18 ended, and its resumption within half a year is necessary. */
  readonly youthCareResumptionWithinHalfYear: FactValue;
  /** Criterion (b): part of a criminal or nuisance youth network. */
  readonly partOfYouthNetwork: FactValue;
  /** Criterion (b): (serious) local or area safety problems with nuisance in public space, alone or in a group. */
  readonly areaSafetyProblem: FactValue;
  /** Criterion (c): care–safety cooperation is needed to solve the problems. */
  readonly careSafetyCooperationNeeded: FactValue;
  /** Criterion (d): a plan is needed that the referrer cannot make alone or in regular cooperation. */
  readonly planBeyondReferrerNeeded: FactValue;
}

/** The yes/no/unknown facts of {@link EligibilityFacts}, in the order of the registration form. */
export const ELIGIBILITY_FACT_KEYS = [
  'adolescentCriminalLaw',
  'youthCareContinuedAfter18',
  'youthCareDecidedBefore18',
  'youthCareResumptionWithinHalfYear',
  'partOfYouthNetwork',
  'areaSafetyProblem',
  'careSafetyCooperationNeeded',
  'planBeyondReferrerNeeded',
] as const satisfies readonly (keyof EligibilityFacts)[];

/** One of the yes/no/unknown facts. */
export type EligibilityFactKey = (typeof ELIGIBILITY_FACT_KEYS)[number];

/** The questions as shown in the registration form (ZVT-1.2, wording after seed 000). */
export const ELIGIBILITY_FACT_LABELS: Readonly<Record<EligibilityFactKey, string>> = {
  adolescentCriminalLaw: 'Is het adolescentenstrafrecht op de jeugdige van toepassing?',
  youthCareContinuedAfter18:
    'Is bepaald dat voortzetting van jeugdhulp na het 18e jaar noodzakelijk is, terwijl die hulp al vóór het 18e jaar werd verleend?',
  youthCareDecidedBefore18: 'Is vóór het 18e jaar bepaald dat jeugdhulp noodzakelijk is?',
  youthCareResumptionWithinHalfYear:
    'Is bepaald dat na beëindiging van jeugdhulp die vóór het 18e jaar was aangevangen, hervatting binnen een half jaar noodzakelijk is?',
  partOfYouthNetwork: 'Is de jeugdige onderdeel van een crimineel of overlastgevend jeugdnetwerk?',
  areaSafetyProblem:
    'Is er sprake van (ernstige) lokale of gebiedsgebonden veiligheidsproblematiek met overlastgevend gedrag van de jeugdige in de openbare ruimte (al dan niet in groepsverband)?',
  careSafetyCooperationNeeded: 'Is samenwerking tussen zorg- en veiligheidsketen noodzakelijk om de problematiek op te lossen?',
  planBeyondReferrerNeeded:
    'Is een plan van aanpak nodig dat niet uitsluitend door de aanmelder of in reguliere samenwerking tussen partners kan worden opgesteld?',
};
