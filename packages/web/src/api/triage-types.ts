/** Triage (ZVT-2A) API types, mirroring server/src/modules/triage/triage.schemas.ts and partner-queries/partner-query.schemas.ts. */
import type { LetterChannel } from '@ketentafel/domain';
import type { EligibilityFactsInput, IsoDate, IsoDateTime } from './types.ts';

export type AnswerCategory = 'care' | 'health' | 'criminal' | 'other';
export type QueryStatus = 'open' | 'overdue' | 'answered';
export type Participation = 'invited' | 'informed-before' | 'informed-after';
export type StrikableField = 'registrationReason' | 'subjectMunicipality' | 'criteriaCriminal' | 'criteriaCare' | 'criteriaOther';
export type TriageOutcomeValue = 'to-case-meeting' | 'not-to-case-meeting' | 'doubt-focus-meeting' | 'focus-to-case-meeting' | 'focus-not-to-case-meeting';

/** ZPartnerQueryAnswerInput. */
export interface PartnerQueryAnswerInput {
  readonly knowsSubject: boolean | undefined;
  readonly holdsRelevantData: boolean | undefined;
  readonly willingToShare: boolean | undefined;
  readonly content?: { readonly category: AnswerCategory | ''; readonly text: string };
}

/** ZPartnerQueryAnswer. */
export interface PartnerQueryAnswer {
  readonly knowsSubject: boolean;
  readonly holdsRelevantData: boolean;
  readonly willingToShare: boolean;
  readonly content: { readonly category: AnswerCategory; readonly text: string } | null;
}

/** ZPartnerQueryInbox. */
export interface PartnerQueryInbox {
  readonly counts: { readonly open: number; readonly overdue: number; readonly answered: number };
  readonly queries: readonly InboxQuery[];
}

export interface InboxQuery {
  readonly id: string;
  readonly reference: string;
  readonly table: string;
  readonly subject: { readonly fullName: string; readonly birthDate: IsoDate } | null;
  readonly question: string;
  readonly sentOn: IsoDate;
  readonly deadline: IsoDate;
  readonly status: QueryStatus;
  readonly answeredAt: IsoDateTime | null;
  readonly answeredLate: boolean | null;
  readonly reminderSentOn: IsoDate | null;
  readonly canAnswer: boolean;
  readonly answer: PartnerQueryAnswer | null;
}

/** ZPartnerQueryAnswerResult. */
export interface PartnerQueryAnswerResult {
  readonly id: string;
  readonly answeredAt: IsoDateTime;
  readonly late: boolean;
  readonly contributionId: string;
}

/** ZTriageRecordInput. */
export interface TriageRecordInput {
  readonly situationPicture: string;
  readonly situationCategory: AnswerCategory | '';
  readonly partners: readonly { readonly organisationId: string; readonly involvement: 'involved' | 'needed'; readonly possibleContribution: string; readonly informationToBring: string }[];
  readonly goal: string;
  readonly participantOrganisationIds: readonly string[];
  readonly subjectParticipation: Participation | '';
  readonly parentsParticipation: Participation | '';
}

/** ZTriageRecord. */
export interface TriageRecord {
  readonly situationPicture: string;
  readonly situationCategory: AnswerCategory;
  readonly partners: readonly {
    readonly organisationId: string;
    readonly organisation: string;
    readonly involvement: 'involved' | 'needed';
    readonly possibleContribution: string;
    readonly informationToBring: string;
  }[];
  readonly goal: string;
  readonly participants: readonly { readonly organisationId: string; readonly organisation: string }[];
  readonly subjectParticipation: Participation;
  readonly parentsParticipation: Participation;
  readonly owner: string;
  readonly updatedAt: IsoDateTime;
}

/** ZTriage. */
export interface Triage {
  readonly phase: string;
  readonly queries: readonly {
    readonly id: string;
    readonly organisation: string;
    readonly question: string;
    readonly sentOn: IsoDate;
    readonly deadline: IsoDate;
    readonly status: QueryStatus;
    readonly answeredAt: IsoDateTime | null;
    readonly answeredLate: boolean | null;
    readonly reminderSentOn: IsoDate | null;
    readonly answer: PartnerQueryAnswer | null;
  }[];
  readonly record: TriageRecord | null;
  readonly strikable: readonly { readonly field: StrikableField; readonly label: string; readonly present: boolean }[];
  readonly strikes: readonly { readonly fields: readonly string[]; readonly reason: string; readonly struckAt: IsoDateTime }[];
  readonly reassessmentDue: boolean;
  readonly currentFacts: EligibilityFactsInput | null;
  readonly outcomes: readonly { readonly id: TriageOutcomeValue; readonly label: string; readonly requiresMotivation: boolean; readonly endsCase: boolean }[];
  readonly outcomeHistory: readonly { readonly phase: string; readonly outcome: string; readonly label: string; readonly motivation: string; readonly decidedAt: IsoDateTime }[];
  readonly abilities: { readonly record: boolean; readonly strike: boolean; readonly reassess: boolean; readonly decide: boolean };
}

/** ZStrikeInput. */
export interface StrikeInput {
  readonly fields: readonly StrikableField[];
  readonly reason: string;
}

/** ZReassessmentInput. */
export interface ReassessmentInput {
  readonly facts: EligibilityFactsInput;
  readonly decision: 'admitted' | 'not-admitted' | '';
  readonly reason?: string;
  readonly advice?: string;
}

/** ZReassessmentResult. */
export interface ReassessmentResult {
  readonly outcome: 'eligible' | 'not-eligible' | 'insufficient-data';
  readonly proposal: string;
  readonly decision: 'admitted' | 'not-admitted';
  readonly deleted: boolean;
  readonly reference: string;
}

/** ZTriageOutcomeInput. */
export interface TriageOutcomeInput {
  readonly outcome: TriageOutcomeValue | '';
  readonly motivation: string;
  readonly advice?: string;
  /** ZVT-2A.5: required for an outcome that deletes the case (ADR 0021). */
  readonly informingLetter?: { readonly letterDate: string; readonly sentOn: string; readonly channel: LetterChannel; readonly templateHash: string };
}

/** ZTriageOutcomeResult. */
export interface TriageOutcomeResult {
  readonly reference: string;
  readonly outcome: TriageOutcomeValue;
  readonly phase: string | null;
  readonly deleted: boolean;
  readonly caseId: string | null;
}
