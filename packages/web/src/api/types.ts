/**
 * Request and response shapes of the Ketentafel API (/api/v1), written by hand after the zod schemas in
 * packages/server/src/**\/*.schemas.ts. Names follow the server's `T…` types without the prefix. When a
 * schema changes there, change it here too: the server's response schema is the contract.
 */

/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 8601 moment with offset. */
export type IsoDateTime = string;

export type Role = 'chain-director' | 'partner-professional' | 'privacy-officer' | 'application-administrator';

/** GET /session (auth.schemas.ts ZSession). */
export interface Session {
  readonly user: {
    readonly id: string;
    readonly displayName: string;
    readonly role: Role;
    readonly organisation: { readonly id: string; readonly name: string };
    readonly tables: readonly { readonly id: string; readonly name: string; readonly code: string }[];
  };
  readonly abilities: {
    readonly registerCase: boolean;
    readonly decideAdmissions: boolean;
    readonly administer: boolean;
    readonly readProcessingRegister: boolean;
  };
  readonly authMethod: 'demo' | 'oidc';
  readonly mfa: boolean;
  readonly csrfToken: string;
}

/** GET /login-options (ZLoginOptions). */
export interface LoginOptions {
  readonly oidc: boolean;
  readonly demoLogin: boolean;
  readonly demoUsers: readonly { readonly id: string; readonly displayName: string; readonly role: Role; readonly organisationName: string }[];
}

/** RFC 9457 problem details as every API error arrives (http/problem.ts ZProblem). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code: string;
  readonly errors?: readonly FieldError[];
}

/** One field's problem; `field` is a path such as `body.subject.birthDate`. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type FactValue = 'yes' | 'no' | 'unknown';

/** The criteria facts (ZVT-1.2; ZEligibilityFacts). */
export interface EligibilityFactsInput {
  adolescentCriminalLaw: FactValue;
  youthCareContinuedAfter18: FactValue;
  youthCareDecidedBefore18: FactValue;
  youthCareResumptionWithinHalfYear: FactValue;
  partOfYouthNetwork: FactValue;
  areaSafetyProblem: FactValue;
  careSafetyCooperationNeeded: FactValue;
  planBeyondReferrerNeeded: FactValue;
}

export type LegalRepresentativeRelation = 'parent' | 'guardian' | 'other';

export interface LegalRepresentative {
  fullName: string;
  relation: LegalRepresentativeRelation;
  contact: string;
}

/** POST /cases (ZRegistration, ZVT-1.1). */
export type Registration =
  | {
      readonly kind: 'individual';
      readonly tableId: string;
      readonly subject: { readonly fullName: string; readonly birthDate: IsoDate; readonly municipality: string };
      readonly legalRepresentatives: readonly LegalRepresentative[];
      readonly reason: string;
      readonly facts: EligibilityFactsInput;
    }
  | {
      readonly kind: 'group-scan';
      readonly tableId: string;
      readonly group: { readonly name: string; readonly area: string };
      readonly reason: string;
    };

export type CaseKind = 'individual' | 'group-scan';
export type InformingStatus = 'open' | 'done' | 'deferred';
export type InformingRecipient = 'subject' | 'legalRepresentatives';
export type AdmissionDecisionValue = 'not-admitted' | 'admitted' | 'insufficient-data' | 'group-scan';
export type ConsentGiven = 'yes' | 'no' | 'not-applicable';
export type DeferralGround = 'third-party-interests' | 'subject-interest' | 'other';
export type CriterionId = 'a' | 'b' | 'c' | 'd';

/** What the caller may do with a case; the UI shows actions only when true and never re-derives them. */
export interface CaseAbilities {
  readonly assess: boolean;
  readonly decideAdmission: boolean;
  readonly recordInforming: boolean;
  readonly sendPartnerQuery: boolean;
  readonly transferDirection: boolean;
  readonly recordRetentionException: boolean;
  readonly placeLegalHold: boolean;
}

/** ZCaseSummary. */
export interface CaseSummary {
  readonly id: string;
  readonly reference: string;
  readonly table: { readonly id: string; readonly name: string };
  readonly kind: CaseKind;
  readonly phase: string;
  readonly phaseName: string;
  readonly title: string;
  readonly registeredOn: IsoDate;
  readonly referrerOrganisation: string;
  /** I registered this case (a partner also sees the cases whose direction their organisation holds). */
  readonly registeredByMe: boolean;
  /** The partner holding direction over the case (ZVT-3A.2). */
  readonly directionOrganisation: OrganisationRef;
  readonly informingStatus: InformingStatus | null;
  readonly informingPlannedOn: IsoDate | null;
  readonly abilities: CaseAbilities;
}

/** ZInformingTask (ZVT-1.4). */
export interface InformingTask {
  readonly id: string;
  readonly status: InformingStatus;
  readonly responsibleOrganisation: string;
  readonly requiredRecipientsToday: readonly InformingRecipient[];
  readonly informedOn: IsoDate | null;
  readonly recipients: readonly InformingRecipient[] | null;
  readonly contentItems: readonly string[] | null;
  readonly consentAsked: boolean | null;
  readonly consentGiven: ConsentGiven | null;
  readonly deferralGround: string | null;
  readonly deferralMotivation: string | null;
  readonly plannedOn: IsoDate | null;
}

export interface PartnerQuery {
  readonly id: string;
  readonly organisation: string;
  readonly question: string;
  readonly deadline: IsoDate;
}

/** ZCaseDetail. */
export interface CaseDetail extends CaseSummary {
  readonly view: 'full';
  readonly subject: { readonly fullName: string; readonly birthDate: IsoDate; readonly municipality: string } | null;
  readonly group: { readonly name: string; readonly area: string } | null;
  readonly legalRepresentatives: readonly LegalRepresentative[];
  readonly reason: string;
  readonly facts: EligibilityFactsInput | null;
  readonly processVersion: { readonly key: string; readonly version: number; readonly name: string };
  readonly decision: {
    readonly decision: AdmissionDecisionValue;
    readonly proposal: AdmissionDecisionValue;
    readonly reason: string | null;
    readonly dataRequest: string | null;
    readonly decidedAt: IsoDateTime;
  } | null;
  readonly informingTask: InformingTask | null;
  readonly partnerQueries: readonly PartnerQuery[];
  readonly history: readonly { readonly fromPhase: string | null; readonly toPhase: string; readonly outcome: string | null; readonly at: IsoDateTime }[];
}

/** GET /cases/{id}/assessment (ZAssessment). */
export interface Assessment {
  readonly onDate: IsoDate;
  readonly outcome: 'eligible' | 'not-eligible' | 'insufficient-data' | null;
  readonly criteria: readonly { readonly id: CriterionId; readonly result: FactValue; readonly reason: string }[];
  readonly proposal: AdmissionDecisionValue;
}

/** POST /cases/{id}/admission-decision (ZAdmissionDecisionInput). */
export interface AdmissionDecisionInput {
  readonly decision: AdmissionDecisionValue;
  readonly reason?: string;
  readonly advice?: string;
  readonly dataRequest?: string;
}

/** ZAdmissionResult. */
export interface AdmissionResult {
  readonly reference: string;
  readonly decision: AdmissionDecisionValue;
  readonly phase: string | null;
  readonly deleted: boolean;
  readonly caseId: string | null;
}

/** POST /cases/{id}/informing-task/completion (ZInformingCompletion). */
export interface InformingCompletion {
  readonly informedOn: IsoDate;
  readonly contentItems: readonly string[];
  readonly consentAsked: boolean;
  readonly consentGiven: ConsentGiven;
}

/** POST /cases/{id}/informing-task/deferral (ZInformingDeferral). */
export interface InformingDeferral {
  readonly ground: DeferralGround;
  readonly motivation: string;
  readonly plannedOn: IsoDate;
}

/** POST /cases/{id}/partner-queries (ZPartnerQueryInput). */
export interface PartnerQueryInput {
  readonly organisationId: string;
  readonly question: string;
  readonly deadline: IsoDate;
}

/** GET /tables (ZMyTables): the caller's tables with their partners. */
export interface MyTable {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly municipality: string;
  readonly process: { readonly key: string; readonly version: number; readonly name: string };
  readonly termStart: IsoDate;
  readonly termEnd: IsoDate;
  readonly partners: readonly { readonly id: string; readonly name: string; readonly kind: string }[];
  /** ZVT-E.2: what happens to open cases at the end of the term, and where the term stands today. */
  readonly termEndRule: TermEndRule;
  readonly successorTable: { readonly id: string; readonly name: string } | null;
  readonly termStatus: { readonly state: 'not-started' | 'running' | 'ending-soon' | 'ended'; readonly warnFrom: IsoDate; readonly daysLeft: number };
  /** Cases without an end state; for the chain director only. */
  readonly openCases: number | null;
  /** ZVT-2B.3: for the chain director only, the police professionals of the table (referrer of a group registered for the police). */
  readonly policeProfessionals: readonly { readonly id: string; readonly name: string; readonly organisationId: string }[] | null;
}

/** TermEndRule of @ketentafel/domain. */
export type TermEndRule = 'close-and-apply-retention' | 'transfer-to-successor';

/** Kinds of personal data (DataCategory of @ketentafel/domain; the `category` of a contribution). */
export type DataCategory = 'identifying' | 'care' | 'health' | 'criminal' | 'other';

/** One release of a contribution to a partner for an activity (only the owner sees these). */
export interface ContributionGrant {
  readonly id: string;
  readonly organisation: string;
  readonly activity: string;
  readonly grantedAt: IsoDateTime;
  readonly withdrawnAt: IsoDateTime | null;
}

/** GET /cases/{id}/contributions (contribution.schemas.ts ZContribution): data a partner brought in. */
export interface Contribution {
  readonly id: string;
  readonly kind: string;
  readonly phase: string;
  readonly category: DataCategory;
  readonly purpose: string;
  readonly owner: { readonly id: string; readonly name: string };
  readonly createdAt: IsoDateTime;
  readonly content: Readonly<Record<string, unknown>>;
  /** Empty unless the caller's organisation owns the contribution. */
  readonly grants: readonly ContributionGrant[];
  readonly abilities: { readonly release: boolean };
}

/** POST /cases/{id}/contributions/{id}/releases (ZReleaseInput, ZVT-3A.3). */
export interface ReleaseInput {
  readonly organisationId: string;
  readonly activity: string;
}

/** GET /releases-to-me (ZReleasesToMe): an active release to the caller's organisation, references only. */
export interface ReleaseToMe {
  readonly id: string;
  readonly contributionId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly table: string;
  readonly kind: string;
  readonly category: DataCategory;
  readonly owner: string;
  readonly activity: string;
  readonly grantedAt: IsoDateTime;
}

/** GET /notices (ZNoticeList): messages without personal data. */
export interface Notice {
  readonly id: string;
  readonly reference: string;
  readonly message: string;
  readonly createdAt: IsoDateTime;
}

/** GET /processing-activities: the register (AVG art. 30). */
export interface ProcessingActivity {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly legalGround: string;
  readonly dataCategories: readonly string[];
  readonly dataSubjects: readonly string[];
  readonly recipients: readonly string[];
  readonly retention: string;
}

export type OrganisationKind =
  | 'municipality'
  | 'police'
  | 'public-prosecutor'
  | 'youth-care'
  | 'youth-work'
  | 'school-attendance'
  | 'social-team'
  | 'probation'
  | 'safety-house'
  | 'other';

/** admin.schemas.ts ZOrganisation. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

export interface OrganisationInput {
  readonly name: string;
  readonly kind: OrganisationKind;
}

/** ZAdminTable. */
export interface AdminTable {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly municipality: string;
  readonly organisationId: string;
  readonly processKey: string;
  readonly processVersion: number;
  readonly termStart: IsoDate;
  readonly termEnd: IsoDate;
  readonly partnerIds: readonly string[];
  readonly termEndRule: TermEndRule;
  readonly successorTableId: string | null;
}

/** ZTableInput: without an end date the covenant's two years apply. */
export type TableInput = Omit<AdminTable, 'id' | 'termEnd' | 'termEndRule' | 'successorTableId'> & {
  readonly termEnd?: IsoDate;
  readonly termEndRule?: TermEndRule;
  readonly successorTableId?: string | null;
};

/** ZAdminUser. */
export interface AdminUser {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly tableIds: readonly string[];
  readonly active: boolean;
}

export interface UserInput {
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly tableIds: readonly string[];
}

export interface UserUpdate {
  readonly role?: Role;
  readonly tableIds?: readonly string[];
  readonly active?: boolean;
}

/** An organisation by id and name. */
export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
}

/** ZDirectionTransferInput (ZVT-3A.2). */
export interface DirectionTransferInput {
  readonly toOrganisationId: string;
  readonly transferredOn: IsoDate;
  readonly motivation: string;
}

/** ZDirectionTransfer. */
export interface DirectionTransfer {
  readonly id: string;
  readonly from: OrganisationRef;
  readonly to: OrganisationRef;
  readonly transferredOn: IsoDate;
  readonly motivation: string;
  readonly recordedBy: string;
  readonly recordedAt: IsoDateTime;
}

/** GET /cases/{caseId}/direction (ZCaseDirection). */
export interface CaseDirection {
  readonly holder: OrganisationRef;
  readonly transfers: readonly DirectionTransfer[];
  readonly candidates: readonly OrganisationRef[];
  readonly abilities: { readonly transfer: boolean };
}

/** ZRetentionExceptionInput (ZVT-4A.2). */
export interface RetentionExceptionInput {
  readonly motivation: string;
  readonly reassessOn: IsoDate;
}

/** ZRetentionException: the answer to recording one. */
export interface RetentionException {
  readonly id: string;
  readonly reassessOn: IsoDate;
  readonly decidedByOrganisation: string;
}

/** ZRetentionExceptionView. */
export interface RetentionExceptionView {
  readonly id: string;
  readonly motivation: string;
  readonly reassessOn: IsoDate;
  readonly decidedByOrganisation: string;
  readonly recordedBy: string;
  readonly recordedAt: IsoDateTime;
  readonly current: boolean;
}

/** ZLegalHold: a legal hold (complaint, court case) that pauses deletion of one case. */
export interface LegalHold {
  readonly id: string;
  readonly caseReference: string;
  readonly table: string;
  readonly motivation: string;
  readonly placedBy: string;
  readonly placedAt: IsoDateTime;
  readonly liftedAt: IsoDateTime | null;
}

/** GET /cases/{caseId}/retention (ZCaseRetention). */
export interface CaseRetention {
  readonly scaleDownOn: IsoDate | null;
  readonly schedule: { readonly activeUntil: IsoDate; readonly inactiveFrom: IsoDate; readonly deleteOn: IsoDate } | null;
  readonly inactiveSince: IsoDate | null;
  readonly pausedBy: 'legal-hold' | 'exception' | null;
  readonly latestReassessOn: IsoDate;
  readonly exceptions: readonly RetentionExceptionView[];
  readonly legalHolds: readonly LegalHold[];
  readonly abilities: { readonly recordException: boolean; readonly placeLegalHold: boolean };
}
/** ZReleasedCase: the case as a partner sees it that only received releases — reference and table, nothing else (X-2). */
export interface ReleasedCase {
  readonly view: 'released';
  readonly id: string;
  readonly reference: string;
  readonly table: { readonly id: string; readonly name: string };
  readonly abilities: CaseAbilities;
}

/** GET /cases/{id} (ZCaseView): the full case, or only the released view. */
export type CaseView = CaseDetail | ReleasedCase;

/** ZGrantRequest: a request to the owner of a contribution, for an activity (seed 000 fn. 4); never its content. */
export interface GrantRequest {
  readonly id: string;
  readonly caseId: string;
  readonly reference: string;
  readonly contributionId: string;
  readonly kind: string;
  readonly category: DataCategory;
  readonly owner: { readonly id: string; readonly name: string };
  readonly requester: { readonly id: string; readonly name: string };
  readonly activity: string;
  readonly motivation: string;
  readonly requestedAt: IsoDateTime;
  readonly status: 'open' | 'granted' | 'refused' | 'withdrawn';
  readonly decidedAt: IsoDateTime | null;
  readonly refusalReason: string | null;
  readonly abilities: { readonly decide: boolean };
}

/** GET /cases/{id}/contribution-index (ZContributionIndex, ADR 0011): which contributions exist, without content. */
export interface ContributionIndex {
  readonly caseId: string;
  readonly reference: string;
  readonly contributions: readonly {
    readonly id: string;
    readonly kind: string;
    readonly category: DataCategory;
    readonly phase: string;
    readonly owner: { readonly id: string; readonly name: string };
    readonly visible: boolean;
    readonly abilities: { readonly request: boolean };
  }[];
  readonly requests: readonly GrantRequest[];
}

/** POST /cases/{id}/contributions/{id}/grant-requests (ZGrantRequestInput). */
export interface GrantRequestInput {
  readonly activity: string;
  readonly motivation: string;
}

/** GET /grant-requests (ZGrantRequestInbox). */
export interface GrantRequestInbox {
  readonly openToDecide: number;
  readonly received: readonly GrantRequest[];
  readonly sent: readonly GrantRequest[];
}

/** POST /grant-requests/{id}/decision (ZGrantRequestDecisionInput). */
export type GrantRequestDecisionInput = { readonly decision: 'grant' } | { readonly decision: 'refuse'; readonly reason: string };
