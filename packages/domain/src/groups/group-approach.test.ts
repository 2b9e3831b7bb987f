import { describe, expect, it } from 'vitest';
import { zvtProcessV1 } from '../processes/zvt.ts';
import { evaluateContributionAccess, type PolicyActor, type PolicyContribution } from '../access-policy.ts';
import { isDomainError } from '../errors.ts';
import {
  coreGroupOrganisationIds,
  decidingBody,
  groupDecisionOutcomes,
  groupMeetingOutcome,
  groupRetentionPlan,
  memberRepresentativeRule,
  missingGroupInformingItems,
  scanDocumentProblem,
  GROUP_SCAN_DOCUMENT,
} from './group-approach.ts';

const MOTIVATION = 'De groep veroorzaakt geen structurele overlast meer in de wijk.';

function throwsCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(isDomainError(error) && error.code === code, String(error)).toBe(true);
    return;
  }
  throw new Error('expected a DomainError');
}

describe('ZVT-2B.3 which body decides on the draft plan', () => {
  it('ZVT-2B.3: low and medium priority → mayor and alderman for youth', () => {
    expect(decidingBody({ priority: 'low', criminalGroup: false })).toBe('mayor-and-alderman');
    expect(decidingBody({ priority: 'medium', criminalGroup: false })).toBe('mayor-and-alderman');
  });

  it('ZVT-2B.3: high priority → the triangle', () => {
    expect(decidingBody({ priority: 'high', criminalGroup: false })).toBe('triangle');
  });

  it('ZVT-2B.3: a criminal group → the triangle, whatever the priority', () => {
    expect(decidingBody({ priority: 'low', criminalGroup: true })).toBe('triangle');
    expect(decidingBody({ priority: 'medium', criminalGroup: true })).toBe('triangle');
    expect(decidingBody({ priority: 'high', criminalGroup: true })).toBe('triangle');
  });
});

describe('ZVT-2B.3 decisions, several may hold', () => {
  const base = { motivation: '', memberIdsToRegister: [] as string[] };

  it('ZVT-2B.3: the three "adopted" outcomes combine', () => {
    const outcomes = groupDecisionOutcomes(zvtProcessV1, '2B-decision', {
      ...base,
      outcomes: ['plan-adopted', 'plan-adopted-individual-registrations', 'plan-adopted-veiligheidshuis'],
      memberIdsToRegister: ['m1'],
    });
    expect(outcomes.map((o) => o.id)).toEqual(['plan-adopted', 'plan-adopted-individual-registrations', 'plan-adopted-veiligheidshuis']);
  });

  it('ZVT-2B.3: "not adopted" or "needs change" does not combine with "adopted"', () => {
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, motivation: MOTIVATION, outcomes: ['plan-adopted', 'plan-not-adopted'] }), 'invalid-argument');
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, motivation: MOTIVATION, outcomes: ['plan-needs-change', 'plan-adopted'] }), 'invalid-argument');
  });

  it('ZVT-2B.3: "needs change" and "not adopted" need a motivation (boundary: 19 vs 20 characters)', () => {
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, motivation: 'x'.repeat(19), outcomes: ['plan-not-adopted'] }), 'motivation-required');
    expect(groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, motivation: 'x'.repeat(20), outcomes: ['plan-needs-change'] })).toHaveLength(1);
  });

  it('ZVT-2B.3: individual registration needs chosen members, and only with that outcome', () => {
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, outcomes: ['plan-adopted-individual-registrations'] }), 'invalid-argument');
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, outcomes: ['plan-adopted'], memberIdsToRegister: ['m1'] }), 'invalid-argument');
  });

  it('ZVT-2B.3: decisions only from the decision phase; empty and duplicate lists are refused', () => {
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B', { ...base, outcomes: ['plan-adopted'] }), 'invalid-transition');
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, outcomes: [] }), 'invalid-argument');
    throwsCode(() => groupDecisionOutcomes(zvtProcessV1, '2B-decision', { ...base, outcomes: ['plan-adopted', 'plan-adopted'] }), 'invalid-argument');
  });
});

describe('ZVT-2B.2 outcome of the core-group focus meeting', () => {
  const plan = { outcome: 'draft-plan', areaMeasures: 'Extra toezicht op het plein', groupMeasures: '', individualApproachMemberIds: [], involveVeiligheidshuis: false, priority: 'low', criminalGroup: false } as const;

  it('ZVT-2B.2: no group approach needs a motivation', () => {
    throwsCode(() => groupMeetingOutcome(zvtProcessV1, '2B', { outcome: 'no-group-approach', motivation: 'nee' }), 'motivation-required');
    expect(groupMeetingOutcome(zvtProcessV1, '2B', { outcome: 'no-group-approach', motivation: MOTIVATION }).to).toEqual({ endState: 'no-group-approach' });
  });

  it('ZVT-2B.2: a draft plan goes to the decision phase and names at least one measure', () => {
    expect(groupMeetingOutcome(zvtProcessV1, '2B', plan).to).toEqual({ phase: '2B-decision' });
    throwsCode(() => groupMeetingOutcome(zvtProcessV1, '2B', { ...plan, areaMeasures: ' ' }), 'invalid-argument');
    expect(groupMeetingOutcome(zvtProcessV1, '2B', { ...plan, areaMeasures: '', individualApproachMemberIds: ['m1'] }).id).toBe('draft-plan');
  });
});

describe('X-4 retention of a group (ADR 0017)', () => {
  const decide = (outcomes: string[], motivation = MOTIVATION) =>
    groupRetentionPlan(zvtProcessV1, groupDecisionOutcomes(zvtProcessV1, '2B-decision', { outcomes, motivation, memberIdsToRegister: outcomes.includes('plan-adopted-individual-registrations') ? ['m'] : [] }), '2026-11-23');

  it('X-4: "no group approach" and "not adopted" delete at once', () => {
    expect(groupRetentionPlan(zvtProcessV1, [groupMeetingOutcome(zvtProcessV1, '2B', { outcome: 'no-group-approach', motivation: MOTIVATION })], '2026-11-23')).toEqual({ kind: 'delete-at-once', endState: 'no-group-approach' });
    expect(decide(['plan-not-adopted'])).toEqual({ kind: 'delete-at-once', endState: 'group-approach-not-adopted' });
  });

  it('X-4: adopted (alone or combined) starts the phased schedule on the decision date', () => {
    expect(decide(['plan-adopted', 'plan-adopted-veiligheidshuis'])).toEqual({ kind: 'phased', endState: 'group-approach-adopted', scaleDownOn: '2026-11-23' });
    expect(decide(['plan-adopted-individual-registrations'])).toEqual({ kind: 'phased', endState: 'group-approach-adopted', scaleDownOn: '2026-11-23' });
  });

  it('X-4: "needs change" stays in the decision phase (the maximum inactivity still applies)', () => {
    expect(decide(['plan-needs-change'])).toEqual({ kind: 'continue', phase: '2B-decision' });
  });
});

describe('ZVT-2B.1 core group and the access policy', () => {
  const partners = [
    { id: 'police', kind: 'police' },
    { id: 'care', kind: 'youth-care' },
    { id: 'work', kind: 'youth-work' },
    { id: 'school', kind: 'school-attendance' },
  ];

  it('ZVT-2B.1: in 2B the core group is police, youth care and youth work; others only on request', () => {
    expect(coreGroupOrganisationIds(zvtProcessV1, { phase: '2B', endState: null }, partners).sort()).toEqual(['care', 'police', 'work']);
    expect(coreGroupOrganisationIds(zvtProcessV1, { phase: '2B-decision', endState: null }, partners, ['school', 'not-at-table']).sort()).toEqual(['care', 'police', 'school', 'work']);
  });

  it('ZVT-2B.1: before admission (phase 1) there is no core group; after adoption it stays', () => {
    expect(coreGroupOrganisationIds(zvtProcessV1, { phase: '1', endState: null }, partners)).toEqual([]);
    expect(coreGroupOrganisationIds(zvtProcessV1, { phase: '2B-decision', endState: 'group-approach-adopted' }, partners)).toHaveLength(3);
  });

  const actor = (organisationId: string): PolicyActor => ({ userId: 'u', organisationId, role: 'partner-professional', tableIds: ['t'] });
  const contribution = (category: PolicyContribution['category']): PolicyContribution => ({
    tableId: 't',
    phase: '2B',
    category,
    ownerOrganisationId: 'municipality',
    createdByUserId: 'cd',
    caseReferrerUserId: 'officer',
    caseDirectorUserId: null,
    grants: [],
    coreGroupOrganisationIds: ['care', 'police', 'work'],
  });

  it('X-2: a core-group partner sees identifying data and the group picture, not criminal data', () => {
    expect(evaluateContributionAccess(actor('work'), contribution('other'), zvtProcessV1).ruleIds).toEqual(['core-group-partner']);
    expect(evaluateContributionAccess(actor('work'), contribution('identifying'), zvtProcessV1).visible).toBe(true);
    expect(evaluateContributionAccess(actor('work'), contribution('criminal'), zvtProcessV1).visible).toBe(false);
  });

  it('X-2: a partner outside the core group sees nothing', () => {
    expect(evaluateContributionAccess(actor('school'), contribution('other'), zvtProcessV1).visible).toBe(false);
    expect(evaluateContributionAccess(actor('school'), contribution('identifying'), zvtProcessV1).visible).toBe(false);
  });
});

describe('ZVT-2B registration: scan document and informing', () => {
  const pdf = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    return bytes;
  };

  it('a PDF up to the limit is accepted; one byte more is too large', () => {
    expect(scanDocumentProblem({ contentType: 'application/pdf', bytes: pdf(GROUP_SCAN_DOCUMENT.maxBytes) })).toBeNull();
    expect(scanDocumentProblem({ contentType: 'application/pdf', bytes: pdf(GROUP_SCAN_DOCUMENT.maxBytes + 1) })).toBe('too-large');
  });

  it('only PDF, by declared type and by content', () => {
    expect(scanDocumentProblem({ contentType: 'image/png', bytes: pdf(10) })).toBe('content-type');
    expect(scanDocumentProblem({ contentType: 'application/pdf', bytes: new Uint8Array([1, 2, 3, 4, 5, 6]) })).toBe('content-type');
    expect(scanDocumentProblem({ contentType: 'application/pdf', bytes: new Uint8Array() })).toBe('empty');
  });

  it('ZVT-2B.4: informing covers outcome, goal, themes, participants and rights', () => {
    expect(missingGroupInformingItems(['outcome', 'goal', 'themes', 'participants', 'rights'])).toEqual([]);
    expect(missingGroupInformingItems(['outcome', 'goal'])).toEqual(['themes', 'participants', 'rights']);
  });
});

describe('ZVT-2B.3 legal representatives of a member registered individually (ZVT-1.4)', () => {
  it('required the day before the 16th birthday, optional on it, not allowed from the 18th', () => {
    expect(memberRepresentativeRule('2010-11-24', '2026-11-23')).toBe('required');
    expect(memberRepresentativeRule('2010-11-23', '2026-11-23')).toBe('optional');
    expect(memberRepresentativeRule('2008-11-24', '2026-11-23')).toBe('optional');
    expect(memberRepresentativeRule('2008-11-23', '2026-11-23')).toBe('not-allowed');
  });
});
