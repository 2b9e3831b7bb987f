import { describe, it, expect } from 'vitest';
import { expectDomainError } from '../test-support.ts';
import { validDefinition } from './process-fixture.ts';
import { endStateOf, findOutcome, outcomesFrom, phaseOf } from './process-queries.ts';

const def = validDefinition();

describe('process queries', () => {
  it('phaseOf and endStateOf find by id', () => {
    expect(phaseOf(def, 'meeting').name).toBe('Overleg');
    expect(endStateOf(def, 'closed').retention.kind).toBe('phased');
  });

  it('phaseOf and endStateOf throw for unknown ids', () => {
    expectDomainError(() => phaseOf(def, 'closed'), 'unknown-phase');
    expectDomainError(() => endStateOf(def, 'meeting'), 'unknown-end-state');
  });

  it('outcomesFrom lists the outcomes of one phase in definition order', () => {
    expect(outcomesFrom(def, 'intake').map((o) => o.id)).toEqual(['accept', 'reject']);
    expect(outcomesFrom(def, 'meeting').map((o) => o.id)).toEqual(['monitor', 'close']);
    expectDomainError(() => outcomesFrom(def, 'nowhere'), 'unknown-phase');
  });

  it('findOutcome returns an outcome of the given phase only', () => {
    expect(findOutcome(def, 'meeting', 'close').to).toEqual({ phase: 'closing' });
    const error = expectDomainError(() => findOutcome(def, 'meeting', 'accept'), 'invalid-transition');
    expect(error.message).toContain("'accept'");
    expectDomainError(() => findOutcome(def, 'intake', 'does-not-exist'), 'invalid-transition');
    expectDomainError(() => findOutcome(def, 'nowhere', 'accept'), 'unknown-phase');
  });
});
