import { describe, expect, it } from 'vitest';
import {
  accessRequestDeadline,
  accessRequestExtendedDeadline,
  effectiveAccessRequestDeadline,
  isAccessRequestOverdue,
  validateAccessRequestExtension,
  validateAccessRequestReceipt,
} from './access-requests.ts';
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

describe('X-3 accessRequestExtendedDeadline: at most two further months (art. 12(3)), one period from receipt, clamped', () => {
  it.each([
    ['2026-11-30', 1, '2027-01-30'],
    ['2026-11-30', 2, '2027-02-28'], // clamped: February 2027 has no 30th
    ['2026-01-31', 1, '2026-03-31'], // the clamped first deadline (02-28) does not shorten the extension
    ['2026-01-31', 2, '2026-04-30'],
    ['2028-02-29', 1, '2028-04-29'], // leap day
    ['2028-02-29', 2, '2028-05-29'],
    ['2027-11-30', 2, '2028-02-29'], // into a leap February
    ['2026-12-31', 2, '2027-03-31'], // across the year boundary
  ])('X-3: received on %s, extended by %i → answered by %s', (receivedOn, months, deadline) => {
    expect(accessRequestExtendedDeadline(receivedOn, months)).toBe(deadline);
  });

  it('X-3: the first deadline of these boundary dates is clamped too', () => {
    expect(accessRequestDeadline('2026-11-30')).toBe('2026-12-30');
    expect(accessRequestDeadline('2026-01-31')).toBe('2026-02-28');
    expect(accessRequestDeadline('2028-02-29')).toBe('2028-03-29');
  });

  it.each([0, 3, -1, 1.5])('X-3: refuses an extension of %s months', (months) => {
    expectDomainError(() => accessRequestExtendedDeadline('2026-11-23', months), 'invalid-argument');
  });
});

describe('X-3 validateAccessRequestExtension: decided in time, motivated, requester informed within the first month', () => {
  const motivation = 'Veel tafels en een groepsaanpak: het verzoek is complex.';
  const base = { receivedOn: '2026-11-30', decidedOn: '2026-12-10', requesterInformedOn: '2026-12-10', extensionMonths: 2, motivation };

  it('X-3: returns both deadlines and the normalised motivation', () => {
    expect(validateAccessRequestExtension({ ...base, motivation: `  ${motivation}  ` })).toEqual({ deadlineOn: '2026-12-30', extendedDeadlineOn: '2027-02-28', motivation });
  });

  it('X-3: deciding exactly on the deadline day is allowed; a day later is refused', () => {
    expect(validateAccessRequestExtension({ ...base, decidedOn: '2026-12-30', requesterInformedOn: '2026-12-30' }).extendedDeadlineOn).toBe('2027-02-28');
    expectDomainError(() => validateAccessRequestExtension({ ...base, decidedOn: '2026-12-31', requesterInformedOn: '2026-12-30' }), 'invalid-argument');
  });

  it('X-3: month ends: received on 31 January, decided on 28 February (the clamped deadline) allowed, 1 March refused', () => {
    const jan = { ...base, receivedOn: '2026-01-31', extensionMonths: 1 };
    expect(validateAccessRequestExtension({ ...jan, decidedOn: '2026-02-28', requesterInformedOn: '2026-02-28' })).toMatchObject({ deadlineOn: '2026-02-28', extendedDeadlineOn: '2026-03-31' });
    expectDomainError(() => validateAccessRequestExtension({ ...jan, decidedOn: '2026-03-01', requesterInformedOn: '2026-02-27' }), 'invalid-argument');
  });

  it('X-3: leap year: received on 2028-02-29, deadline 2028-03-29 still in time, extended to 2028-05-29', () => {
    expect(validateAccessRequestExtension({ ...base, receivedOn: '2028-02-29', decidedOn: '2028-03-29', requesterInformedOn: '2028-03-01' })).toMatchObject({
      deadlineOn: '2028-03-29',
      extendedDeadlineOn: '2028-05-29',
    });
    expectDomainError(() => validateAccessRequestExtension({ ...base, receivedOn: '2028-02-29', decidedOn: '2028-03-30', requesterInformedOn: '2028-03-01' }), 'invalid-argument');
  });

  it('X-3: the requester is informed on or after receipt, not after the decision is recorded, and within the first month', () => {
    expect(validateAccessRequestExtension({ ...base, requesterInformedOn: '2026-11-30' }).deadlineOn).toBe('2026-12-30');
    expectDomainError(() => validateAccessRequestExtension({ ...base, requesterInformedOn: '2026-11-29' }), 'invalid-date');
    expectDomainError(() => validateAccessRequestExtension({ ...base, requesterInformedOn: '2026-12-11' }), 'invalid-date');
    // Recorded on the deadline day, informed that day: in time; informed a day later cannot be recorded yet.
    expectDomainError(() => validateAccessRequestExtension({ ...base, decidedOn: '2026-12-30', requesterInformedOn: '2026-12-31' }), 'invalid-date');
  });

  it('X-3: refuses a missing or too short motivation, and more than two months', () => {
    expectDomainError(() => validateAccessRequestExtension({ ...base, motivation: 'complex' }), 'motivation-required');
    expectDomainError(() => validateAccessRequestExtension({ ...base, extensionMonths: 3 }), 'invalid-argument');
    expectDomainError(() => validateAccessRequestExtension({ ...base, requesterInformedOn: '2026-02-30' }), 'invalid-date');
  });
});

describe('X-3 effectiveAccessRequestDeadline: overdue counts from the extended deadline', () => {
  it('X-3: the extended deadline when there is one', () => {
    expect(effectiveAccessRequestDeadline('2026-12-30', null)).toBe('2026-12-30');
    expect(effectiveAccessRequestDeadline('2026-12-30', '2027-02-28')).toBe('2027-02-28');
    expect(isAccessRequestOverdue(effectiveAccessRequestDeadline('2026-12-30', '2027-02-28'), '2026-12-31')).toBe(false);
    expect(isAccessRequestOverdue(effectiveAccessRequestDeadline('2026-12-30', '2027-02-28'), '2027-02-28')).toBe(false);
    expect(isAccessRequestOverdue(effectiveAccessRequestDeadline('2026-12-30', '2027-02-28'), '2027-03-01')).toBe(true);
  });
});
