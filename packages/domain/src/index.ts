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
export { MIN_MOTIVATION_LENGTH, assertMotivation, normalizeMotivation } from './motivation.ts';
export {
  MAX_EXCEPTION_MONTHS,
  dueRetentionActions,
  hiaRetentionDeadline,
  latestStartDueBy,
  retentionSchedule,
  validateRetentionException,
  type RetentionAction,
  type RetentionCaseFacts,
  type RetentionException,
  type RetentionSchedule,
} from './retention.ts';
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
  CONTRIBUTION_INDEX_POLICY,
  caseInvolvementsOf,
  evaluateContributionAccess,
  evaluateContributionIndex,
  involvementsOf,
  mayRequestContribution,
  type AccessRule,
  type ContributionIndexAccess,
  type IndexRule,
  type ContributionAccess,
  type Involvement,
  type PolicyActor,
  type PolicyContribution,
  type PolicyGrant,
  type Role,
} from './access-policy.ts';
