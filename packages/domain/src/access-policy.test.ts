import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCESS_POLICY, evaluateContributionAccess, type PolicyActor, type PolicyContribution, type Role } from './access-policy.ts';
import { zvtProcessV1 } from './processes/zvt.ts';
import type { DataCategory, Participant, ProcessDefinition } from './processes/process-definition.ts';

const TABLE = 't1';
const base: PolicyContribution = {
  tableId: TABLE,
  phase: '2A',
  category: 'care',
  ownerOrganisationId: 'youth-care',
  createdByUserId: 'u-care',
  caseReferrerUserId: 'u-police',
  caseDirectorUserId: null,
  grants: [],
};
const actor = (role: Role, userId: string, organisationId: string, tableIds: string[] = [TABLE]): PolicyActor => ({ role, userId, organisationId, tableIds });

describe('X-2 access policy as data', () => {
  it('ZVT-2A.1 triage data stay with the chain director and the referrer', () => {
    expect(evaluateContributionAccess(actor('chain-director', 'u-cd', 'municipality'), base, zvtProcessV1).visible).toBe(true);
    expect(evaluateContributionAccess(actor('partner-professional', 'u-police', 'police'), base, zvtProcessV1).visible).toBe(true);
    expect(evaluateContributionAccess(actor('partner-professional', 'u-other-police', 'police'), base, zvtProcessV1).visible).toBe(false);
    expect(evaluateContributionAccess(actor('partner-professional', 'u-school', 'school'), base, zvtProcessV1).visible).toBe(false);
  });

  it('X-2 the privacy officer and the administrator never see case content, whatever their involvement', () => {
    for (const role of ['privacy-officer', 'application-administrator'] as const) {
      const withGrant = { ...base, grants: [{ granteeOrganisationId: 'municipality', activity: 'x', withdrawnAt: null }] };
      expect(evaluateContributionAccess(actor(role, 'u-police', 'municipality'), withGrant, zvtProcessV1).visible).toBe(false);
    }
  });

  it('X-2 a chain director of another table sees nothing', () => {
    expect(evaluateContributionAccess(actor('chain-director', 'u-cd2', 'municipality', ['t2']), base, zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-2A.3 the contributor always sees what it gave, and only the owner may release it', () => {
    const access = evaluateContributionAccess(actor('partner-professional', 'u-care', 'youth-care'), base, zvtProcessV1);
    expect(access).toMatchObject({ visible: true, ruleIds: ['contributor'], abilities: { release: true } });
    const referrer = evaluateContributionAccess(actor('partner-professional', 'u-police', 'police'), base, zvtProcessV1);
    expect(referrer.abilities.release).toBe(false);
  });

  it('ZVT-3A.3 a release to a partner shows the contribution to that partner; a withdrawal takes effect at once', () => {
    const school = actor('partner-professional', 'u-school', 'school');
    const granted = { ...base, phase: '3A', grants: [{ granteeOrganisationId: 'school', activity: 'schoolverzuim aanpakken', withdrawnAt: null }] };
    expect(evaluateContributionAccess(school, granted, zvtProcessV1).ruleIds).toEqual(['grantee']);
    const withdrawn = { ...granted, grants: [{ granteeOrganisationId: 'school', activity: 'schoolverzuim aanpakken', withdrawnAt: '2026-11-23T10:00:00Z' }] };
    expect(evaluateContributionAccess(school, withdrawn, zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-3A.2 the case director sees data of the phases the case director takes part in', () => {
    const director = actor('partner-professional', 'u-dir', 'youth-work');
    expect(evaluateContributionAccess(director, { ...base, phase: '3A', caseDirectorUserId: 'u-dir' }, zvtProcessV1).visible).toBe(true);
    expect(evaluateContributionAccess(director, { ...base, phase: '1', caseDirectorUserId: 'u-dir' }, zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-3A.3 a contribution recorded on behalf of its owner (chain director for the police): the owner organisation at the table sees and releases it', () => {
    const scan: PolicyContribution = { ...base, phase: '1', category: 'criminal', ownerOrganisationId: 'police', createdByUserId: 'u-cd', caseReferrerUserId: 'u-cd', recordedOnBehalfOfOwner: true };
    const officer = evaluateContributionAccess(actor('partner-professional', 'u-police', 'police'), scan, zvtProcessV1);
    expect(officer).toMatchObject({ visible: true, ruleIds: ['owner-organisation'], abilities: { release: true } });
    // Boundaries: police of another table, another organisation, and a contribution the owner recorded itself.
    expect(evaluateContributionAccess(actor('partner-professional', 'u-police2', 'police', ['t2']), scan, zvtProcessV1).visible).toBe(false);
    expect(evaluateContributionAccess(actor('partner-professional', 'u-school', 'school'), scan, zvtProcessV1).visible).toBe(false);
    const ownRecord = { ...scan, createdByUserId: 'u-police', recordedOnBehalfOfOwner: false };
    expect(evaluateContributionAccess(actor('partner-professional', 'u-other-police', 'police'), ownRecord, zvtProcessV1).visible).toBe(false);
    // The chain director who acted sees it as chain director, but never releases (zeggenschap stays with the owner).
    expect(evaluateContributionAccess(actor('chain-director', 'u-cd', 'municipality'), scan, zvtProcessV1).abilities.release).toBe(false);
  });

  it('every rule names requirement ids and a Dutch description', () => {
    for (const rule of ACCESS_POLICY) {
      expect(rule.requirementIds.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });
});

/**
 * An independent oracle, written as plain conditions straight from SPEC X-2, ZVT-2A.1, ZVT-2A.3, ZVT-3A.2
 * and ZVT-3A.3 (not from the rule table), to check the policy data against.
 */
function oracle(a: PolicyActor, c: PolicyContribution, process: ProcessDefinition): boolean {
  if (!a.tableIds.includes(c.tableId)) return false;
  const phase = process.phases.find((p) => p.id === c.phase);
  const sees = (who: 'chainDirector' | 'referrer' | 'caseDirector') => phase?.participants.includes(who) === true;
  if (a.role === 'chain-director') return sees('chainDirector');
  if (a.role !== 'partner-professional') return false;
  if (a.userId === c.caseReferrerUserId && sees('referrer')) return true;
  if (a.userId === c.createdByUserId && a.organisationId === c.ownerOrganisationId) return true;
  if (c.caseDirectorUserId === a.userId && sees('caseDirector')) return true;
  if (c.recordedOnBehalfOfOwner === true && a.organisationId === c.ownerOrganisationId) return true;
  return c.grants.some((g) => g.granteeOrganisationId === a.organisationId && g.withdrawnAt === null);
}

describe('X-2 randomised: the policy agrees with the oracle', () => {
  const users = ['u1', 'u2', 'u3', 'u4'];
  const orgs = ['o1', 'o2', 'o3'];
  const tables = ['t1', 't2'];
  const roles: Role[] = ['chain-director', 'partner-professional', 'privacy-officer', 'application-administrator'];
  const categories: DataCategory[] = ['identifying', 'care', 'health', 'criminal', 'other'];
  const phases = zvtProcessV1.phases.map((p) => p.id);
  const arbActor = fc.record({
    userId: fc.constantFrom(...users),
    organisationId: fc.constantFrom(...orgs),
    role: fc.constantFrom(...roles),
    tableIds: fc.subarray(tables),
  });
  const arbContribution = fc.record({
    tableId: fc.constantFrom(...tables),
    phase: fc.constantFrom(...phases),
    category: fc.constantFrom(...categories),
    ownerOrganisationId: fc.constantFrom(...orgs),
    createdByUserId: fc.constantFrom(...users),
    caseReferrerUserId: fc.constantFrom(...users),
    caseDirectorUserId: fc.option(fc.constantFrom(...users), { nil: null }),
    recordedOnBehalfOfOwner: fc.boolean(),
    grants: fc.array(
      fc.record({
        granteeOrganisationId: fc.constantFrom(...orgs),
        activity: fc.constantFrom('a', 'b'),
        withdrawnAt: fc.option(fc.constant('2026-11-23T10:00:00Z'), { nil: null }),
      }),
      { maxLength: 3 },
    ),
  });

  // Random participant sets per phase, so that the phase restriction of each rule is exercised too
  // (in ZVT v1 the referrer takes part in every phase, which would hide a missing restriction).
  const participantKinds: Participant[] = ['chainDirector', 'referrer', 'invitedPartner', 'caseDirector', 'executionCoordinator'];
  const arbProcess = fc
    .array(fc.subarray(participantKinds), { minLength: phases.length, maxLength: phases.length })
    .map((sets): ProcessDefinition => ({ ...zvtProcessV1, phases: zvtProcessV1.phases.map((p, i) => ({ ...p, participants: sets[i] ?? [] })) }));

  it('for 20,000 random (actor, contribution, process) triples', () => {
    fc.assert(
      fc.property(arbActor, arbContribution, arbProcess, (a, c, process) => evaluateContributionAccess(a, c, process).visible === oracle(a, c, process)),
      { numRuns: 20_000 },
    );
  });
});
