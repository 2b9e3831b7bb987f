import { describe, it, expect } from 'vitest';
import * as domain from './index.ts';

describe('public API of @ketentafel/domain', () => {
  it('exports every runtime value the server and web app rely on', () => {
    const expected = [
      'DomainError', 'isDomainError',
      'DUTCH_TIME_ZONE', 'addCalendarMonths', 'ageOn', 'birthdayOn', 'compareIsoDates', 'formatIsoDate', 'isIsoDate', 'parseIsoDate', 'todayIn',
      'MIN_MOTIVATION_LENGTH', 'assertMotivation', 'normalizeMotivation',
      'MAX_EXCEPTION_MONTHS', 'dueRetentionActions', 'hiaRetentionDeadline', 'latestStartDueBy', 'retentionSchedule', 'validateRetentionException',
      'ELIGIBILITY_FACT_KEYS', 'ELIGIBILITY_FACT_LABELS', 'FACT_VALUES', 'FACT_VALUE_LABELS', 'ELIGIBILITY_CRITERION_LABELS', 'assessEligibility',
      'DEFERRAL_GROUNDS', 'INFORMING_CONTENT_ITEMS', 'INFORMING_RECIPIENT_LABELS', 'informingRecipients', 'validateDeferral',
      'ADMISSION_DECISION_LABELS', 'decisionRequiresReason', 'proposeAdmission',
      'ACCESS_POLICY', 'evaluateContributionAccess', 'involvementsOf',
      'CONTRIBUTION_INDEX_POLICY', 'caseInvolvementsOf', 'evaluateContributionIndex', 'mayRequestContribution',
      'DATA_CATEGORIES', 'DATA_CATEGORY_LABELS', 'DUTIES', 'DUTY_LABELS', 'PARTICIPANTS', 'PARTICIPANT_LABELS',
      'loadProcessDefinition', 'validateProcessDefinition', 'targetOf', 'endStateOf', 'findOutcome', 'outcomesFrom', 'phaseOf',
      'zvtProcessV1', 'builtInProcesses', 'findLatestProcess', 'findProcess',
    ];
    expect(Object.keys(domain).sort()).toEqual([...expected].sort());
  });
});
