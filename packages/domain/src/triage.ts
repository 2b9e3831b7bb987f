import type { EligibilityFactKey } from './eligibility-facts.ts';
import type { DataCategory } from './processes/process-definition.ts';

/**
 * Parts of a registration the chain director may strike in triage because this phase does not need them
 * (ZVT-2A.3, data minimisation; seed 000: "overbodige inhoudsinformatie … wordt geschrapt uit de aanmelding").
 * Criteria facts are struck per contribution (one per data category), because the category is what the
 * covenant protects; the identifying data the table needs to know who it is about (name, date of birth) and the
 * legal representatives' contact data (needed for the outcome letter, ZVT-2A.5) are not strikable.
 */
export type StrikableField = 'registrationReason' | 'subjectMunicipality' | 'criteriaCriminal' | 'criteriaCare' | 'criteriaOther';

/** What each strikable part holds: the field names recorded in the strike record (never the values). */
export const STRIKABLE_FIELDS: Readonly<Record<StrikableField, { readonly label: string; readonly fieldNames: readonly string[]; readonly criteria: boolean }>> = {
  registrationReason: { label: 'Reden van aanmelding', fieldNames: ['reason'], criteria: false },
  subjectMunicipality: { label: 'Woonplaats van de jeugdige', fieldNames: ['subject.municipality'], criteria: false },
  criteriaCriminal: {
    label: 'Criteriafeiten strafrechtelijk (adolescentenstrafrecht, jeugdnetwerk, veiligheidsproblematiek)',
    fieldNames: ['adolescentCriminalLaw', 'partOfYouthNetwork', 'areaSafetyProblem'] satisfies EligibilityFactKey[],
    criteria: true,
  },
  criteriaCare: {
    label: 'Criteriafeiten zorg (jeugdhulp na 18 jaar)',
    fieldNames: ['youthCareContinuedAfter18', 'youthCareDecidedBefore18', 'youthCareResumptionWithinHalfYear'] satisfies EligibilityFactKey[],
    criteria: true,
  },
  criteriaOther: {
    label: 'Criteriafeiten overig (samenwerking zorg en veiligheid, plan van aanpak)',
    fieldNames: ['careSafetyCooperationNeeded', 'planBeyondReferrerNeeded'] satisfies EligibilityFactKey[],
    criteria: true,
  },
};

/** All strikable parts, in form order. */
export const STRIKABLE_FIELD_IDS = Object.keys(STRIKABLE_FIELDS) as StrikableField[];

/**
 * Whether striking these parts is allowed now. Criteria facts may not be struck while the re-assessment after
 * "insufficient data" (ZVT-1.3) is still due: it needs them.
 *
 * @returns a Dutch reason when refused, otherwise `null`
 */
export function strikeRefusal(fields: readonly StrikableField[], reassessmentDue: boolean): string | null {
  if (fields.length === 0) return 'Kies wat u wilt schrappen.';
  if (reassessmentDue && fields.some((f) => STRIKABLE_FIELDS[f].criteria)) {
    return 'De criteriafeiten zijn nog nodig voor de hertoetsing na de gerichte gegevensuitvraag (ZVT-1.3); schrap ze daarna.';
  }
  return null;
}

/** How the young person and the parents take part in the case meeting (ZVT-2A.2). */
export type SubjectParticipation = 'invited' | 'informed-before' | 'informed-after';

export const SUBJECT_PARTICIPATION_LABELS: Readonly<Record<SubjectParticipation, string>> = {
  invited: 'Uitgenodigd bij het casusoverleg',
  'informed-before': 'Vooraf geïnformeerd',
  'informed-after': 'Achteraf geïnformeerd',
};

/** The categories a partner may give content in when answering a partner query (ZVT-2A.2). */
export const ANSWER_CATEGORIES = ['care', 'health', 'criminal', 'other'] as const satisfies readonly DataCategory[];
export type AnswerCategory = (typeof ANSWER_CATEGORIES)[number];

/** A partner's answer to a partner query. */
export interface PartnerQueryAnswer {
  readonly knowsSubject: boolean;
  readonly holdsRelevantData: boolean;
  readonly willingToShare: boolean;
  readonly content?: { readonly category: AnswerCategory; readonly text: string } | undefined;
}

/**
 * Checks an answer (ZVT-2A.2, dataminimalisatie): content only when the partner chooses to share, and sharing
 * only makes sense when it holds relevant data. Returns the field that is wrong with a Dutch message, or `null`.
 */
export function answerProblem(answer: PartnerQueryAnswer): { field: string; message: string } | null {
  if (answer.content !== undefined && !answer.willingToShare) {
    return { field: 'content', message: 'Geef alleen inhoud als u bereid bent te delen.' };
  }
  if (answer.willingToShare && !answer.holdsRelevantData) {
    return { field: 'willingToShare', message: 'Delen kan alleen als u relevante gegevens heeft.' };
  }
  if (answer.willingToShare && answer.content === undefined) {
    return { field: 'content', message: 'Vul in wat u deelt, of kies dat u niet deelt.' };
  }
  return null;
}
