import { describe, it, expect } from 'vitest';
import * as domain from './index.ts';

describe('public API of @ketentafel/domain', () => {
  it('exports every runtime value the server and web app rely on', () => {
    const expected = [
      'DomainError', 'isDomainError',
      'DUTCH_TIME_ZONE', 'addCalendarMonths', 'addDays', 'ageOn', 'birthdayOn', 'compareIsoDates', 'daysBetween', 'formatIsoDate', 'isIsoDate', 'parseIsoDate', 'todayIn', 'weekdayOf',
      'ACCESS_REQUEST_MAX_EXTENSION_MONTHS', 'ACCESS_REQUEST_RESPONSE_MONTHS', 'accessRequestDeadline', 'accessRequestExtendedDeadline', 'effectiveAccessRequestDeadline', 'isAccessRequestOverdue', 'validateAccessRequestExtension', 'validateAccessRequestReceipt',
      'MIN_MOTIVATION_LENGTH', 'assertMotivation', 'normalizeMotivation',
      'MAX_EXCEPTION_MONTHS', 'dueRetentionActions', 'hiaRetentionDeadline', 'latestStartDueBy', 'retentionSchedule', 'scaleDownSchedule', 'validateRetentionException',
      'decidesOnRetention', 'directionCanPass', 'directionTransferProblems',
      'ELIGIBILITY_FACT_KEYS', 'ELIGIBILITY_FACT_LABELS', 'FACT_VALUES', 'FACT_VALUE_LABELS', 'ELIGIBILITY_CRITERION_LABELS', 'assessEligibility',
      'DEFERRAL_GROUNDS', 'INFORMING_CONTENT_ITEMS', 'INFORMING_RECIPIENT_LABELS', 'informingRecipients', 'validateDeferral',
      'ADMISSION_DECISION_LABELS', 'decisionRequiresReason', 'proposeAdmission',
      'ACCESS_POLICY', 'evaluateContributionAccess', 'involvementsOf',
      'CONTRIBUTION_INDEX_POLICY', 'caseInvolvementsOf', 'evaluateContributionIndex', 'mayRequestContribution',
      'DATA_CATEGORIES', 'DATA_CATEGORY_LABELS', 'DUTIES', 'DUTY_LABELS', 'PARTICIPANTS', 'PARTICIPANT_LABELS',
      'loadProcessDefinition', 'validateProcessDefinition', 'targetOf', 'endStateOf', 'findOutcome', 'outcomesFrom', 'phaseOf',
      'zvtProcessV1', 'builtInProcesses', 'findLatestProcess', 'findProcess',
      'invitationIsCurrent', 'MEETING_KINDS', 'MEETING_KIND_DEFINITIONS', 'PARTNER_KIND_LABELS', 'isMeetingKind', 'missingMinimumPartners',
      'MAX_INTERVAL_WEEKS', 'MAX_SERIES_OCCURRENCES', 'agendaIsOpen', 'assertOccurrenceChange', 'generateOccurrences', 'isWallTime', 'planningDateProblem', 'validateSeriesRule', 'wallClockOf', 'zonedInstant',
      'agendaAdmission', 'meetingKindOfPhase', 'meetingView', 'visibleAgendaItems',
      'DEFAULT_SUPPRESSION_THRESHOLD', 'assertSuppressionThreshold', 'formatSuppressed', 'isSmallCount', 'suppressCounts',
      'evaluationCounts', 'evaluationIds', 'evaluationSuppression',
      'PERSONAL_DATA_KIND_LABELS', 'describePersonalData', 'findPersonalData',
      'COVENANT_TERM_MONTHS', 'TERM_END_RULES', 'TERM_END_RULE_LABELS', 'TERM_WARNING_MONTHS', 'defaultTermEnd', 'isTermEndRule', 'termStatus',
      'DEFAULT_STEERING_GROUP_TITLES', 'ESCALATION_DECISIONS', 'ESCALATION_DECISION_LABELS', 'POLICY_SIGNAL_KINDS', 'POLICY_SIGNAL_KIND_LABELS', 'STEERING_GROUP_ROLES',
      'PARTNER_QUERY_REMINDER_POLICY', 'isAnswerLate', 'isReminderDue', 'isWorkingDay', 'reminderDateFor', 'workingDaysBefore',
      'dutchPublicHolidays', 'easterSunday', 'publicHolidayOn',
      'ANSWER_CATEGORIES', 'STRIKABLE_FIELDS', 'STRIKABLE_FIELD_IDS', 'SUBJECT_PARTICIPATION_LABELS', 'answerProblem', 'strikeRefusal',
      'MEETING_RECORD_OUTCOMES', 'MIN_ACTION_DESCRIPTION_LENGTH', 'MONITORING_DUE_WITHIN_DAYS', 'caseDirectorProblems', 'mayDecideOnPlanRelease', 'meetingOutcomeProblems', 'meetingRecordRefusal', 'minutesItemView', 'monitoringStatus', 'planActionProblems',
      'DECIDING_BODY_LABELS', 'GROUP_INFORMING_ITEMS', 'GROUP_PICTURE_THEMES', 'GROUP_PRIORITIES', 'GROUP_PRIORITY_LABELS', 'GROUP_SCAN_DOCUMENT', 'coreGroupOrganisationIds', 'decidingBody', 'groupDecisionOutcomes', 'groupMeetingOutcome', 'groupRetentionPlan', 'memberRepresentativeRule', 'missingGroupInformingItems', 'scanDocumentProblem',
      'focusItemConcluded', 'focusReleaseIsCurrent', 'focusReleaseProblem',
      'WORK_QUEUE_WINDOW_DAYS', 'dueUrgency',
      'checkLetterTemplate', 'dutchEnumeration', 'normalisePlaceholderName', 'parseLetterTemplate', 'renderLetterTemplate',
      'DEFAULT_PRIVACY_CONTACT', 'LETTER_CHANNELS', 'LETTER_CHANNEL_LABELS', 'LETTER_KINDS', 'LETTER_KIND_DEFINITIONS', 'LETTER_PLACEHOLDERS', 'LETTER_SENDER_LABELS', 'RIGHTS_PARAGRAPH_VERSION', 'TRIAGE_CLOSED_SENTENCES', 'TRIAGE_OUTCOME_SENTENCES', 'isLetterKind', 'letterSignature', 'rightsParagraph',
      'GROUP_OUTCOME_SENTENCES', 'OTHER_MEMBER_PLACEHOLDER', 'groupLetterContent', 'withoutOtherMembers',
      'CLOSING_LETTER_MAX_DAYS_AHEAD', 'closingLetterSending',
    ];
    expect(Object.keys(domain).sort()).toEqual([...expected].sort());
  });
});
