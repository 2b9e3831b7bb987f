import type { AuditAction, AuditRecordType } from './audit/audit-events.ts';
import type { ProcessingActivityId } from './audit/processing-activities.ts';

/**
 * Typed application errors. They become RFC 9457 problem+json only at the HTTP edge (http/problem.ts).
 * Messages are Dutch because they reach the user; security-relevant ones are deliberately generic.
 */
export type AppErrorCode =
  | 'not-authenticated'
  | 'mfa-required'
  | 'forbidden'
  | 'not-found'
  | 'invalid-input'
  | 'conflict'
  | 'rule-violation'
  | 'rate-limited'
  | 'payload-too-large'
  | 'unsupported-media-type';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: { field?: string; rule?: string; errors?: { field: string; message: string }[] },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The one answer to "you may not see this" and "this does not exist": denials never reveal existence. */
export function notFoundOrNoAccess(): AppError {
  return new AppError('not-found', 'Niet gevonden of geen toegang.');
}

/** What a denied attempt was, so the route layer can log it once the transaction has rolled back. */
export interface DeniedAttempt {
  readonly action: AuditAction;
  readonly activity: ProcessingActivityId;
  readonly recordType: AuditRecordType;
  readonly recordId: string;
}

/** A denial that looks exactly like not-found to the caller and is logged as denied. */
export class AccessDenied extends AppError {
  constructor(readonly attempt: DeniedAttempt) {
    super('not-found', 'Niet gevonden of geen toegang.');
  }
}
