import { describe, expect, it } from 'vitest';
import { MIN_MOTIVATION_LENGTH } from './motivation.ts';
import { zvtProcessV1 } from './processes/zvt.ts';
import { decidesOnRetention, directionCanPass, directionTransferProblems, type DirectionTransferInput } from './direction.ts';

const MUNICIPALITY = 'org-municipality';
const POLICE = 'org-police';
const YOUTH_CARE = 'org-youth-care';
const OUTSIDER = 'org-not-at-table';

const valid: DirectionTransferInput = {
  fromOrganisationId: POLICE,
  toOrganisationId: YOUTH_CARE,
  tablePartnerIds: [MUNICIPALITY, POLICE, YOUTH_CARE],
  chainDirectionOrganisationId: MUNICIPALITY,
  transferredOn: '2026-11-23',
  today: '2026-11-23',
  notBefore: '2026-10-01',
  motivation: 'In het casusoverleg afgesproken: jeugdhulp voert de regie over het plan.',
};

const fields = (input: Partial<DirectionTransferInput>) => directionTransferProblems({ ...valid, ...input }).map((p) => p.field);

describe('ZVT-3A.2 directionCanPass: direction passes in the case meeting, before scale-down', () => {
  it('ZVT-3A.2: in phase 3A (the case director takes part) of an open case', () => {
    expect(directionCanPass(zvtProcessV1, { phase: '3A', scaleDownOn: null, endState: null })).toBe(true);
  });

  it.each(['1', '2A', '2A-focus', '2B', '2B-decision'])('ZVT-3A.2: not in phase %s (no case director yet)', (phase) => {
    expect(directionCanPass(zvtProcessV1, { phase, scaleDownOn: null, endState: null })).toBe(false);
  });

  it('ZVT-4A.2: not once scaled down — the partner holding direction at scale-down decides on retention', () => {
    expect(directionCanPass(zvtProcessV1, { phase: '4A', scaleDownOn: '2026-11-01', endState: null })).toBe(false);
    expect(directionCanPass(zvtProcessV1, { phase: '3A', scaleDownOn: '2026-11-01', endState: null })).toBe(false);
  });

  it('ZVT-3A.2: not after an end state, nor in a phase the process does not know', () => {
    expect(directionCanPass(zvtProcessV1, { phase: '3A', scaleDownOn: null, endState: 'other-table' })).toBe(false);
    expect(directionCanPass(zvtProcessV1, { phase: '9Z', scaleDownOn: null, endState: null })).toBe(false);
  });
});

describe('ZVT-3A.2 directionTransferProblems', () => {
  it('ZVT-3A.2: a transfer to another partner of the table, today, with a motivation, is fine', () => {
    expect(directionTransferProblems(valid)).toEqual([]);
  });

  it('ZVT-E.1: never to the municipality that runs chain direction, even though it sits at the table', () => {
    const problems = directionTransferProblems({ ...valid, toOrganisationId: MUNICIPALITY });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('toOrganisationId');
    expect(problems[0]?.message).toContain('ZVT-E.1');
  });

  it('ZVT-3A.2: not to the organisation that already holds direction', () => {
    expect(fields({ toOrganisationId: POLICE })).toEqual(['toOrganisationId']);
  });

  it('ZVT-3A.2: only to a partner of the table', () => {
    expect(fields({ toOrganisationId: OUTSIDER })).toEqual(['toOrganisationId']);
  });

  it('ZVT-3A.2: the date is today at the latest, and not before the registration or the previous transfer (boundaries)', () => {
    expect(fields({ transferredOn: '2026-11-24' })).toEqual(['transferredOn']);
    expect(fields({ transferredOn: '2026-11-23' })).toEqual([]);
    expect(fields({ transferredOn: '2026-10-01' })).toEqual([]);
    expect(fields({ transferredOn: '2026-09-30' })).toEqual(['transferredOn']);
  });

  it('ZVT-3A.2: a motivation is recorded, whitespace does not count (boundary at the minimum length)', () => {
    expect(fields({ motivation: 'x'.repeat(MIN_MOTIVATION_LENGTH) })).toEqual([]);
    expect(fields({ motivation: 'x'.repeat(MIN_MOTIVATION_LENGTH - 1) })).toEqual(['motivation']);
    expect(fields({ motivation: `  ${'x '.repeat(10)}  ` })).toEqual(['motivation']);
  });

  it('ZVT-3A.2: reports every problem at once, one per field', () => {
    expect(fields({ toOrganisationId: MUNICIPALITY, transferredOn: '2027-01-01', motivation: 'kort' })).toEqual(['toOrganisationId', 'transferredOn', 'motivation']);
  });
});

describe('ZVT-4A.2 decidesOnRetention: the partner holding direction, or the chain director on its behalf', () => {
  it('ZVT-4A.2: a professional of the organisation holding direction', () => {
    expect(decidesOnRetention({ role: 'partner-professional', organisationId: YOUTH_CARE }, YOUTH_CARE)).toBe(true);
  });
  it('ZVT-4A.2: not a professional of another partner, such as the referrer after direction passed', () => {
    expect(decidesOnRetention({ role: 'partner-professional', organisationId: POLICE }, YOUTH_CARE)).toBe(false);
  });
  it('ZVT-4A.2: the chain director acts on behalf of the partner holding direction', () => {
    expect(decidesOnRetention({ role: 'chain-director', organisationId: MUNICIPALITY }, YOUTH_CARE)).toBe(true);
  });
  it('ZVT-4A.2: never the privacy officer or an administrator, even of the organisation holding direction', () => {
    expect(decidesOnRetention({ role: 'privacy-officer', organisationId: YOUTH_CARE }, YOUTH_CARE)).toBe(false);
    expect(decidesOnRetention({ role: 'application-administrator', organisationId: YOUTH_CARE }, YOUTH_CARE)).toBe(false);
  });
});
