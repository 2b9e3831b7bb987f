import { describe, it, expect } from 'vitest';
import { DomainError, isDomainError } from './errors.ts';

describe('DomainError', () => {
  it('carries its code, message and a frozen copy of the details', () => {
    const details = ['a', 'b'];
    const error = new DomainError('invalid-process-definition', 'Ongeldig', details);
    details.push('c');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('invalid-process-definition');
    expect(error.message).toBe('Ongeldig');
    expect(error.details).toEqual(['a', 'b']);
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it('isDomainError matches by class and, when asked, by code', () => {
    const error = new DomainError('invalid-date', 'x');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error, 'invalid-date')).toBe(true);
    expect(isDomainError(error, 'motivation-required')).toBe(false);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ code: 'invalid-date' })).toBe(false);
  });
});
