import type { ProcessingActivityId } from './processing-activities.ts';

/** Every action that leaves a trace in the logs. One typed union, so a typo cannot create a new kind. */
export type AuditAction =
  | 'case.register'
  | 'case.read'
  | 'case.list'
  | 'case.assess'
  | 'case.decide'
  | 'informing.read'
  | 'informing.complete'
  | 'informing.defer'
  | 'partner-query.send'
  | 'contribution.list'
  | 'contribution.release'
  | 'contribution.withdraw'
  | 'contribution.index'
  | 'grant-request.create'
  | 'grant-request.list'
  | 'grant-request.grant'
  | 'grant-request.refuse'
  | 'session.login'
  | 'session.login-refused'
  | 'session.logout'
  | 'organisation.create'
  | 'table.create'
  | 'user.list'
  | 'user.create'
  | 'user.update'
  | 'log.search'
  | 'log.verify'
  | 'retention.go-inactive'
  | 'retention.delete'
  | 'retention-exception.record'
  | 'legal-hold.place'
  | 'legal-hold.lift'
  | 'legal-hold.list';

export type AuditRecordType = 'case' | 'contribution' | 'informing-task' | 'partner-query' | 'session' | 'organisation' | 'table' | 'user' | 'log' | 'retention-exception' | 'legal-hold' | 'grant-request';

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
