import { describe, expect, it } from 'vitest';
import { accessRequestDeadline, isAccessRequestOverdue, validateAccessRequestReceipt } from './access-requests.ts';
import { expectDomainError } from './test-support.ts';

describe('X-3 accessRequestDeadline: one calendar month after receipt (AVG art. 12(3)), clamped to the month end', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'], // leap year
    ['2026-01-29', '2026-02-28'],
    ['2028-01-29', '2028-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-02-28', '2026-03-28'], // a short month does not stretch to the next month end
    ['2028-02-29', '2028-03-29'],
    ['2026-12-31', '2027-01-31'], // across the year boundary
    ['2026-11-23', '2026-12-23'],
    ['2026-04-30', '2026-05-30'],
  ])('X-3: received on %s → answered by %s', (receivedOn, deadline) => {
    expect(accessRequestDeadline(receivedOn)).toBe(deadline);
  });

  it('X-3: refuses an invalid date', () => {
    expectDomainError(() => accessRequestDeadline('2026-02-30'), 'invalid-date');
    expectDomainError(() => accessRequestDeadline('31-01-2026'), 'invalid-date');
  });
});

describe('X-3 validateAccessRequestReceipt: the day of receipt cannot be in the future', () => {
  it('X-3: accepts today and earlier days', () => {
    expect(validateAccessRequestReceipt('2026-11-23', '2026-11-23')).toBe('2026-11-23');
    expect(validateAccessRequestReceipt('2025-12-31', '2026-11-23')).toBe('2025-12-31');
  });
  it('X-3: refuses tomorrow', () => {
    expectDomainError(() => validateAccessRequestReceipt('2026-11-24', '2026-11-23'), 'invalid-date');
  });
});

describe('X-3 isAccessRequestOverdue: the deadline day itself is still on time', () => {
  it.each([
    ['2026-02-28', '2026-02-27', false],
    ['2026-02-28', '2026-02-28', false],
    ['2026-02-28', '2026-03-01', true],
    ['2026-12-31', '2027-01-01', true],
  ])('X-3: deadline %s, today %s → overdue %s', (deadline, today, overdue) => {
    expect(isAccessRequestOverdue(deadline, today)).toBe(overdue);
  });
});
