// Shared helpers for this package's tests only; not exported from index.ts.
import { expect } from 'vitest';
import { DomainError, type DomainErrorCode } from './errors.ts';

/**
 * Asserts that `fn` throws a {@link DomainError} with `code`, and returns it for further checks.
 *
 * @param fn - the call expected to throw
 * @param code - the expected error code
 */
export function expectDomainError(fn: () => unknown, code: DomainErrorCode): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  return error;
}
