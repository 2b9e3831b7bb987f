/**
 * `@ketentafel/domain`: the pure rules of Ketentafel — dates, eligibility, informing, admission and process
 * definitions. No I/O, no framework; the server and the web app import everything from here.
 */
export { DomainError, isDomainError, type DomainErrorCode } from './errors.ts';
export {
  DUTCH_TIME_ZONE,
  addCalendarMonths,
  ageOn,
  birthdayOn,
  compareIsoDates,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  todayIn,
  type CalendarDate,
  type IsoDate,
} from './dates.ts';
export { ACCESS_REQUEST_RESPONSE_MONTHS, accessRequestDeadline, isAccessRequestOverdue, validateAccessRequestReceipt } from './access-requests.ts';
export { MIN_MOTIVATION_LENGTH, assertMotivation, normalizeMotivation } from './motivation.ts';
export {
  MAX_EXCEPTION_MONTHS,
  dueRetentionActions,
  hiaRetentionDeadline,
  latestStartDueBy,
  retentionSchedule,
  scaleDownSchedule,
  validateRetentionException,
  type RetentionAction,
  type RetentionCaseFacts,
  type RetentionException,
  type RetentionSchedule,
  type ScaleDownSchedule,
} from './retention.ts';
export {
  decidesOnRetention,
  directionCanPass,
  directionTransferProblems,
  type DirectionCaseFacts,
  type DirectionTransferInput,
  type DirectionTransferProblem,
} from './direction.ts';
export {
  ELIGIBILITY_FACT_KEYS,
  ELIGIBILITY_FACT_LABELS,
  FACT_VALUES,
  FACT_VALUE_LABELS,
  type EligibilityFactKey,
  type EligibilityFacts,
  type FactValue,
} from './eligibility-facts.ts';
export {
  ELIGIBILITY_CRITERION_LABELS,
  assessEligibility,
  type CriterionResult,
  type EligibilityAssessment,
  type EligibilityCriterionId,
  type EligibilityOutcome,
} from './eligibility.ts';
export {
  DEFERRAL_GROUNDS,
  INFORMING_CONTENT_ITEMS,
  INFORMING_RECIPIENT_LABELS,
  informingRecipients,
  validateDeferral,
  type DeferralGround,
  type DeferralInput,
  type InformingContentItemId,
  type InformingRecipient,
} from './informing.ts';
export {
  ADMISSION_DECISION_LABELS,
  decisionRequiresReason,
  proposeAdmission,
  type AdmissionDecision,
  type RegistrationKind,
} from './admission.ts';
export {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  DUTIES,
  DUTY_LABELS,
  PARTICIPANTS,
  PARTICIPANT_LABELS,
  type DataCategory,
  type Duty,
  type EndStateDefinition,
  type OutcomeDefinition,
  type Participant,
  type PhaseDefinition,
  type ProcessDefinition,
  type RetentionRule,
} from './processes/process-definition.ts';
export { loadProcessDefinition, validateProcessDefinition } from './processes/process-validation.ts';
export { targetOf, type OutcomeTarget } from './processes/process-graph.ts';
export { endStateOf, findOutcome, outcomesFrom, phaseOf } from './processes/process-queries.ts';
export { zvtProcessV1 } from './processes/zvt.ts';
export { builtInProcesses, findLatestProcess, findProcess } from './processes/index.ts';
export {
  ACCESS_POLICY,
  evaluateContributionAccess,
  involvementsOf,
  type AccessRule,
  type ContributionAccess,
  type Involvement,
  type PolicyActor,
  type PolicyContribution,
  type PolicyGrant,
  type Role,
} from './access-policy.ts';
export { invitationIsCurrent, type PolicyInvitation } from './access-policy.ts';
export {
  MEETING_KINDS,
  MEETING_KIND_DEFINITIONS,
  PARTNER_KIND_LABELS,
  isMeetingKind,
  missingMinimumPartners,
  type MeetingKind,
  type MeetingKindDefinition,
  type PartnerKind,
} from './meetings/meeting-kinds.ts';
export {
  MAX_INTERVAL_WEEKS,
  MAX_SERIES_OCCURRENCES,
  addDays,
  assertOccurrenceChange,
  generateOccurrences,
  isWallTime,
  validateSeriesRule,
  wallClockOf,
  zonedInstant,
  type MeetingStatus,
  type Occurrence,
  type OccurrenceChange,
  type SeriesRule,
  type WallTime,
} from './meetings/meeting-dates.ts';
export {
  agendaAdmission,
  meetingKindOfPhase,
  meetingView,
  visibleAgendaItems,
  type AgendaAdmission,
  type AgendaCase,
  type AgendaItemInvitations,
  type AgendaMeeting,
  type AgendaViewer,
  type MeetingView,
} from './meetings/agenda.ts';
