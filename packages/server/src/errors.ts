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
  | 'rate-limited';

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
