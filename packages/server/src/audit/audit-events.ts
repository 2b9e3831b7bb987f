import type { ProcessingActivityId } from './processing-activities.ts';

/** Every action that leaves a trace in the logs. One typed list, so a typo cannot create a new kind. */
export const AUDIT_ACTIONS = [
  'case.register',
  'case.read',
  'case.list',
  'case.assess',
  'case.decide',
  'informing.read',
  'informing.complete',
  'informing.defer',
  'partner-query.send',
  'contribution.list',
  'contribution.release',
  'contribution.withdraw',
  'session.login',
  'session.login-refused',
  'session.logout',
  'organisation.create',
  'table.create',
  'user.list',
  'user.create',
  'user.update',
  'log.search',
  'log.verify',
  'retention.go-inactive',
  'retention.delete',
  'retention-exception.record',
  'legal-hold.place',
  'legal-hold.lift',
  'legal-hold.list',
  'retention.read',
  'direction.read',
  'direction.transfer',
  'subject-access.record',
  'subject-access.list',
  'subject-access.export',
  'subject-access.download',
  'subject-access.purge',
  'subject-access.matches',
  'subject-access.confirm-matches',
  'subject-access.extend',
  'meeting-series.create',
  'meeting.list',
  'meeting.read',
  'meeting.update',
  'agenda-candidates.list',
  'agenda-item.add',
  'agenda-item.remove',
  'agenda-item.invite',
  'steering-group.read',
  'steering-group.update',
  'escalation.create',
  'escalation.list',
  'escalation.decide',
  'policy-signal.create',
  'policy-signal.list',
  'policy-signal.export',
  'evaluation.read',
  'evaluation.export',
  'table.update',
  'case.transfer',
  'partner-query.inbox',
  'partner-query.answer',
  'triage.read',
  'triage.record',
  'triage.strike',
  'triage.reassess',
  'triage.outcome',
  'contribution.index',
  'grant-request.create',
  'grant-request.list',
  'grant-request.grant',
  'grant-request.refuse',
  'meeting-record.read',
  'meeting-record.update',
  'meeting-record.outcome',
  'plan-action.add',
  'plan-action.remove',
  'plan-release.decide',
  'plan-release.list',
  'minutes.read',
  'minutes.export',
  'case-plan.read',
  'monitoring.list',
  'group.register',
  'group.list',
  'group.read',
  'group.scan-download',
  'group.picture',
  'group.core-partner',
  'group.outcome',
  'group.decide',
  'group.inform',
  'contribution.release-for-meeting',
  'contribution.withdraw-for-meeting',
  'focus-releases.read',
  'agenda-item.releases',
  'work-queue.read',
  'letter-template.list',
  'letter-template.update',
  'letter.list',
  'letter.render',
  'letter.choose-sender',
  'letter.record-sent',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record a log entry may name. */
export const AUDIT_RECORD_TYPES = [
  'case',
  'contribution',
  'informing-task',
  'partner-query',
  'session',
  'organisation',
  'table',
  'user',
  'log',
  'retention-exception',
  'legal-hold',
  'direction-transfer',
  'subject-access-request',
  'meeting-series',
  'meeting',
  'agenda-item',
  'steering-group',
  'escalation',
  'policy-signal',
  'evaluation',
  'grant-request',
  'meeting-record',
  'plan-action',
  'group',
  'letter-template',
  'letter',
] as const;

export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

/** Every action that leaves a trace in the logs. One typed union, so a typo cannot create a new kind. */
/** Every action that leaves a trace in the logs. One typed union, so a typo cannot create a new kind. */

/** Every action that leaves a trace in the logs. One typed union, so a typo cannot create a new kind. */


/** One processing operation as the service describes it. */
export interface AuditEvent {
  readonly action: AuditAction;
  readonly activity: ProcessingActivityId;
  readonly recordType: AuditRecordType;
  readonly recordId: string | null;
  /** Data subjects whose personal data were processed; stored in the processing log as keyed hashes. */
  readonly subjectIds?: readonly string[];
  /** People processed who must never be identified (e.g. a group scan's members): a count only. */
  readonly subjectCount?: number;
  readonly outcome: 'allowed' | 'denied';
  readonly startedAt?: Date;
}

/** Correlates log rows of one request (W3C trace context). */
export interface TraceContext {
  readonly traceId: string;
  readonly spanId: string;
}
