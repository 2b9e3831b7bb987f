import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateContributionAccess, invitationIsCurrent, type PolicyActor, type PolicyContribution } from './access-policy.ts';
import { zvtProcessV1 } from './processes/zvt.ts';
import type { DataCategory } from './processes/process-definition.ts';

const base: PolicyContribution = {
  tableId: 't1',
  phase: '3A',
  category: 'identifying',
  ownerOrganisationId: 'police',
  createdByUserId: 'u-police',
  caseReferrerUserId: 'u-police',
  caseDirectorUserId: null,
  grants: [],
};
const youthWork: PolicyActor = { userId: 'u-yw', organisationId: 'youth-work', role: 'partner-professional', tableIds: ['t1'] };

describe('ZVT-3A.3 the invitee: data are for the meeting only', () => {
  it('ZVT-3A.1 an invited partner sees the identifying data of the case while the invitation is current', () => {
    const invited = { ...base, invitations: [{ organisationId: 'youth-work', current: true }] };
    expect(evaluateContributionAccess(youthWork, invited, zvtProcessV1)).toMatchObject({ visible: true, ruleIds: ['invitee'], abilities: { release: false } });
  });

  it('ZVT-3A.3 but no care, health, criminal or other data unless the owner releases them', () => {
    for (const category of ['care', 'health', 'criminal', 'other'] as const) {
      const invited = { ...base, category, invitations: [{ organisationId: 'youth-work', current: true }] };
      expect(evaluateContributionAccess(youthWork, invited, zvtProcessV1).visible).toBe(false);
      const released = { ...invited, grants: [{ granteeOrganisationId: 'youth-work', activity: 'casusoverleg', withdrawnAt: null }] };
      expect(evaluateContributionAccess(youthWork, released, zvtProcessV1).ruleIds).toEqual(['grantee']);
    }
  });

  it('ZVT-3A.3 after the meeting day (or when it is cancelled) the invitation no longer shows anything', () => {
    expect(invitationIsCurrent({ date: '2026-12-01', status: 'planned' }, '2026-12-01')).toBe(true);
    expect(invitationIsCurrent({ date: '2026-12-01', status: 'planned' }, '2026-12-02')).toBe(false);
    expect(invitationIsCurrent({ date: '2026-12-01', status: 'cancelled' }, '2026-11-30')).toBe(false);
    const past = { ...base, invitations: [{ organisationId: 'youth-work', current: false }] };
    expect(evaluateContributionAccess(youthWork, past, zvtProcessV1).visible).toBe(false);
  });

  it('X-2 an invitation of another organisation, or at another table, shows nothing', () => {
    const otherOrg = { ...base, invitations: [{ organisationId: 'school', current: true }] };
    expect(evaluateContributionAccess(youthWork, otherOrg, zvtProcessV1).visible).toBe(false);
    const invited = { ...base, invitations: [{ organisationId: 'youth-work', current: true }] };
    expect(evaluateContributionAccess({ ...youthWork, tableIds: ['t2'] }, invited, zvtProcessV1).visible).toBe(false);
    for (const role of ['privacy-officer', 'application-administrator'] as const) {
      expect(evaluateContributionAccess({ ...youthWork, role }, invited, zvtProcessV1).visible).toBe(false);
    }
  });

  it('ZVT-2A.1 triage and registration data stay hidden from invitees (the invited partner does not take part in 1 and 2A)', () => {
    for (const phase of ['1', '2A']) {
      const invited = { ...base, phase, invitations: [{ organisationId: 'youth-work', current: true }] };
      expect(evaluateContributionAccess(youthWork, invited, zvtProcessV1).visible).toBe(false);
    }
  });

  it('X-2 randomised: for a partner with no other involvement, visible ⇔ current invitation ∧ identifying ∧ invited partners take part in the phase', () => {
    const phases = zvtProcessV1.phases.map((p) => p.id);
    const categories: DataCategory[] = ['identifying', 'care', 'health', 'criminal', 'other'];
    fc.assert(
      fc.property(
        fc.constantFrom(...phases),
        fc.constantFrom(...categories),
        fc.array(fc.record({ organisationId: fc.constantFrom('youth-work', 'school'), current: fc.boolean() }), { maxLength: 3 }),
        (phase, category, invitations) => {
          const contribution = { ...base, phase, category, invitations };
          const expected =
            invitations.some((i) => i.current && i.organisationId === 'youth-work') &&
            category === 'identifying' &&
            zvtProcessV1.phases.find((p) => p.id === phase)?.participants.includes('invitedPartner') === true;
          return evaluateContributionAccess(youthWork, contribution, zvtProcessV1).visible === expected;
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
