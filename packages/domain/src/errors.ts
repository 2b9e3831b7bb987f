/**
 * Machine-readable codes of {@link DomainError}. The HTTP edge maps them to problem+json; the domain never
 * knows about HTTP.
 */
export type DomainErrorCode =
  | 'invalid-date'
  | 'invalid-argument'
  | 'invalid-fact-value'
  | 'invalid-process-definition'
  | 'invalid-transition'
  | 'unknown-phase'
  | 'unknown-end-state'
  | 'motivation-required';

/**
 * The one error type thrown by domain rules. `message` is Dutch (it may reach a user through the edge);
 * `details` lists individual problems where there are several (e.g. everything wrong with a process definition).
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** What went wrong, for code to branch on. */
  readonly code: DomainErrorCode;
  /** Individual problems, in order of discovery; empty when the message says it all. */
  readonly details: readonly string[];

  /**
   * @param code - machine-readable code
   * @param message - Dutch, human-readable explanation
   * @param details - individual problems, if there are several
   */
  constructor(code: DomainErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.code = code;
    this.details = Object.freeze([...details]);
  }
}

/**
 * Narrows an unknown caught value to a {@link DomainError}, optionally of one code.
 *
 * @param error - the caught value
 * @param code - when given, only errors with this code match
 */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
