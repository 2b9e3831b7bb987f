/**
 * `@ketentafel/domain`: the pure rules of Ketentafel — dates, eligibility, informing, admission and process
 * definitions. No I/O, no framework; the server and the web app import everything from here.
 */
export { DomainError, isDomainError, type DomainErrorCode } from './errors.ts';
export {
  DUTCH_TIME_ZONE,
  addCalendarMonths,
  addDays,
  ageOn,
  birthdayOn,
  compareIsoDates,
  daysBetween,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  todayIn,
  weekdayOf,
  type CalendarDate,
  type IsoDate,
  type Weekday,
} from './dates.ts';
export {
  ACCESS_REQUEST_MAX_EXTENSION_MONTHS,
  ACCESS_REQUEST_RESPONSE_MONTHS,
  accessRequestDeadline,
  accessRequestExtendedDeadline,
  effectiveAccessRequestDeadline,
  isAccessRequestOverdue,
  validateAccessRequestExtension,
  validateAccessRequestReceipt,
  type AccessRequestExtensionInput,
} from './access-requests.ts';
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
export { invitationIsCurrent, type PolicyInvitation } from './access-policy.ts';
export { focusItemConcluded, focusReleaseIsCurrent, focusReleaseProblem, type FocusReleaseFacts, type PolicyMeetingRelease } from './meetings/focus-release.ts';
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
  agendaIsOpen,
  assertOccurrenceChange,
  generateOccurrences,
  isWallTime,
  planningDateProblem,
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
export {
  MEETING_RECORD_OUTCOMES,
  MIN_ACTION_DESCRIPTION_LENGTH,
  MONITORING_DUE_WITHIN_DAYS,
  caseDirectorProblems,
  mayDecideOnPlanRelease,
  meetingOutcomeProblems,
  meetingRecordRefusal,
  minutesItemView,
  monitoringStatus,
  planActionProblems,
  type CaseDirectorCandidate,
  type MeetingOutcomeInput,
  type MeetingRecordOutcome,
  type MeetingRecordProblem,
  type MinutesItemFacts,
  type MinutesItemView,
  type MinutesViewer,
  type PlanActionInput,
} from './meetings/meeting-record.ts';
export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  assertSuppressionThreshold,
  formatSuppressed,
  isSmallCount,
  suppressCounts,
  type CountEntry,
  type SumRelation,
  type SuppressedCount,
  type SuppressionReason,
} from './suppression.ts';
export { evaluationCounts, evaluationIds, evaluationSuppression, type EvaluationFigures } from './evaluation.ts';
export { PERSONAL_DATA_KIND_LABELS, describePersonalData, findPersonalData, type KnownPersonalData, type PersonalDataKind } from './personal-data-guard.ts';
export {
  COVENANT_TERM_MONTHS,
  TERM_END_RULES,
  TERM_END_RULE_LABELS,
  TERM_WARNING_MONTHS,
  defaultTermEnd,
  isTermEndRule,
  termStatus,
  type TermEndRule,
  type TermState,
  type TermStatus,
} from './table-term.ts';
export {
  DEFAULT_STEERING_GROUP_TITLES,
  ESCALATION_DECISIONS,
  ESCALATION_DECISION_LABELS,
  POLICY_SIGNAL_KINDS,
  POLICY_SIGNAL_KIND_LABELS,
  STEERING_GROUP_ROLES,
  type EscalationDecision,
  type PolicySignalKind,
  type SteeringGroupRole,
} from './steering-group.ts';
export {
  PARTNER_QUERY_REMINDER_POLICY,
  isAnswerLate,
  isReminderDue,
  isWorkingDay,
  reminderDateFor,
  workingDaysBefore,
  type ReminderFacts,
  type ReminderPolicy,
} from './partner-query-reminders.ts';
export { dutchPublicHolidays, easterSunday, publicHolidayOn, type PublicHoliday } from './holidays.ts';
export {
  ANSWER_CATEGORIES,
  STRIKABLE_FIELDS,
  STRIKABLE_FIELD_IDS,
  SUBJECT_PARTICIPATION_LABELS,
  answerProblem,
  strikeRefusal,
  type AnswerCategory,
  type PartnerQueryAnswer,
  type StrikableField,
  type SubjectParticipation,
} from './triage.ts';
export {
  DECIDING_BODY_LABELS,
  GROUP_INFORMING_ITEMS,
  GROUP_PICTURE_THEMES,
  GROUP_PRIORITIES,
  GROUP_PRIORITY_LABELS,
  GROUP_SCAN_DOCUMENT,
  coreGroupOrganisationIds,
  decidingBody,
  groupDecisionOutcomes,
  groupMeetingOutcome,
  groupRetentionPlan,
  memberRepresentativeRule,
  missingGroupInformingItems,
  scanDocumentProblem,
  type DecidingBody,
  type GroupDecisionOutcome,
  type GroupInformingItem,
  type GroupMeetingOutcome,
  type GroupPictureTheme,
  type GroupPriority,
  type GroupRetentionPlan,
} from './groups/group-approach.ts';
export { WORK_QUEUE_WINDOW_DAYS, dueUrgency, type DueUrgency } from './work-queue.ts';
export {
  checkLetterTemplate,
  dutchEnumeration,
  normalisePlaceholderName,
  parseLetterTemplate,
  renderLetterTemplate,
  type ParsedTemplate,
  type PlaceholderValue,
  type TemplateCheck,
  type TemplatePart,
  type TemplateSyntaxProblem,
} from './letters/letter-template.ts';
export {
  DEFAULT_PRIVACY_CONTACT,
  LETTER_CHANNELS,
  LETTER_CHANNEL_LABELS,
  LETTER_KINDS,
  LETTER_KIND_DEFINITIONS,
  LETTER_PLACEHOLDERS,
  LETTER_SENDER_LABELS,
  RIGHTS_PARAGRAPH_VERSION,
  TRIAGE_CLOSED_SENTENCES,
  TRIAGE_OUTCOME_SENTENCES,
  isLetterKind,
  letterSignature,
  rightsParagraph,
  type LetterChannel,
  type LetterKind,
  type LetterKindDefinition,
  type LetterSender,
  type PlaceholderName,
} from './letters/letter-kinds.ts';
export {
  GROUP_OUTCOME_SENTENCES,
  OTHER_MEMBER_PLACEHOLDER,
  groupLetterContent,
  withoutOtherMembers,
  type GroupLetterContent,
  type GroupLetterFacts,
} from './letters/group-outcome-letter.ts';
export {
  CLOSING_LETTER_MAX_DAYS_AHEAD,
  closingLetterSending,
  type ClosingLetterProblem,
  type ClosingLetterSending,
} from './letters/triage-closed-letter.ts';
