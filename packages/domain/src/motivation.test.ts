import { describe, it, expect } from 'vitest';
import { MIN_MOTIVATION_LENGTH, assertMotivation, normalizeMotivation } from './motivation.ts';
import { expectDomainError } from './test-support.ts';

describe('recorded motivations (ZVT-1.2, ZVT-1.4, ZVT-4A.2)', () => {
  it('requires at least 20 characters', () => {
    expect(MIN_MOTIVATION_LENGTH).toBe(20);
    expect(assertMotivation('12345678901234567890')).toBe('12345678901234567890');
    expectDomainError(() => assertMotivation('1234567890123456789'), 'motivation-required');
  });

  it('refuses blank text', () => {
    expectDomainError(() => assertMotivation(''), 'motivation-required');
    expectDomainError(() => assertMotivation(' \n\t '.repeat(10)), 'motivation-required');
  });

  it('does not count padding whitespace', () => {
    expect(normalizeMotivation('  a \n\n  b\t c  ')).toBe('a b c');
    expectDomainError(() => assertMotivation(`a${' '.repeat(30)}b`), 'motivation-required');
    expect(assertMotivation('  Bescherming van derden, zie overleg  ')).toBe('Bescherming van derden, zie overleg');
  });
});
