import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONTRIBUTION_INDEX_POLICY,
  evaluateContributionAccess,
  evaluateContributionIndex,
  mayRequestContribution,
  type PolicyActor,
  type PolicyContribution,
  type PolicyGrant,
  type Role,
} from './access-policy.ts';
import { zvtProcessV1 } from './processes/zvt.ts';
import type { DataCategory } from './processes/process-definition.ts';

const TABLE = 't1';
const registration: PolicyContribution = {
  tableId: TABLE,
  phase: '1',
  category: 'criminal',
  ownerOrganisationId: 'police',
  createdByUserId: 'u-police',
  caseReferrerUserId: 'u-police',
  caseDirectorUserId: null,
  grants: [],
};
const care: PolicyContribution = { ...registration, category: 'care' };
const actor = (role: Role, userId: string, organisationId: string, tableIds: string[] = [TABLE]): PolicyActor => ({ role, userId, organisationId, tableIds });
const grantTo = (organisationId: string, withdrawnAt: string | null = null): PolicyGrant => ({ granteeOrganisationId: organisationId, activity: 'gezinsgesprek', withdrawnAt });

describe('ZVT-2A.3 who may know that a contribution exists (the index, ADR 0011)', () => {
  it('ZVT-2A.3 an uninvolved partner at the same table knows nothing, not even that the case exists', () => {
    const index = evaluateContributionIndex(actor('partner-professional', 'u-care', 'youth-care'), [registration, care]);
    expect(index).toEqual({ known: false, ruleIds: [] });
    expect(mayRequestContribution(actor('partner-professional', 'u-care', 'youth-care'), care, index)).toBe(false);
  });

  it('ZVT-3A.3 a partner with an active release knows the index and may ask the owner for the other contributions', () => {
    const school = actor('partner-professional', 'u-care', 'youth-care');
    const contributions = [{ ...registration, grants: [grantTo('youth-care')] }, care];
    const index = evaluateContributionIndex(school, contributions);
    expect(index).toEqual({ known: true, ruleIds: ['index-grantee'] });
    expect(mayRequestContribution(school, care, index)).toBe(true);
    // Knowing is not seeing: the other contribution stays hidden until its owner grants.
    expect(evaluateContributionAccess(school, care, zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-3A.3 a withdrawal takes effect at once: without an active release the index is gone', () => {
    const index = evaluateContributionIndex(actor('partner-professional', 'u-care', 'youth-care'), [{ ...registration, grants: [grantTo('youth-care', '2026-11-23T10:00:00Z')] }, care]);
    expect(index.known).toBe(false);
  });

  it('ZVT-2A.3 the owner does not ask itself: its own contributions are not requestable, by any colleague', () => {
    const colleague = actor('partner-professional', 'u-police-2', 'police');
    const contributions = [{ ...registration, grants: [grantTo('police')] }, care];
    const index = evaluateContributionIndex(colleague, contributions);
    expect(index.known).toBe(true);
    expect(mayRequestContribution(colleague, care, index)).toBe(false);
  });

  it('X-2 the chain director, the privacy officer and the administrator never ask (no index rule names them)', () => {
    for (const role of ['chain-director', 'privacy-officer', 'application-administrator'] as const) {
      const someone = actor(role, 'u-police', 'youth-care');
      const index = evaluateContributionIndex(someone, [{ ...registration, grants: [grantTo('youth-care')] }, care]);
      expect(index.known).toBe(false);
      expect(mayRequestContribution(someone, care, index)).toBe(false);
    }
  });

  it('X-2 a partner involved at another table knows nothing of this case', () => {
    const index = evaluateContributionIndex(actor('partner-professional', 'u-police', 'police', ['t2']), [registration, care]);
    expect(index.known).toBe(false);
  });

  it('ZVT-2A.3 the referrer, the case director and a contributor know the index', () => {
    expect(evaluateContributionIndex(actor('partner-professional', 'u-police', 'police'), [registration]).ruleIds).toEqual(['index-referrer', 'index-contributor']);
    expect(evaluateContributionIndex(actor('partner-professional', 'u-dir', 'youth-work'), [{ ...registration, caseDirectorUserId: 'u-dir' }]).ruleIds).toEqual(['index-case-director']);
    const byCare = { ...care, ownerOrganisationId: 'youth-care', createdByUserId: 'u-care' };
    expect(evaluateContributionIndex(actor('partner-professional', 'u-care', 'youth-care'), [registration, byCare]).ruleIds).toEqual(['index-contributor']);
  });

  it('an empty case has no index', () => {
    expect(evaluateContributionIndex(actor('partner-professional', 'u-police', 'police'), []).known).toBe(false);
  });

  it('every index rule names requirement ids and a Dutch description', () => {
    for (const rule of CONTRIBUTION_INDEX_POLICY) {
      expect(rule.requirementIds.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });
});

/** An independent oracle for the index, written from SPEC ZVT-2A.3/ZVT-3A.3 and ADR 0011, not from the rule table. */
function knowsIndex(a: PolicyActor, contributions: readonly PolicyContribution[]): boolean {
  if (a.role !== 'partner-professional') return false;
  return contributions.some(
    (c) =>
      a.tableIds.includes(c.tableId) &&
      (c.caseReferrerUserId === a.userId ||
        (c.createdByUserId === a.userId && c.ownerOrganisationId === a.organisationId) ||
        c.caseDirectorUserId === a.userId ||
        c.grants.some((g) => g.granteeOrganisationId === a.organisationId && g.withdrawnAt === null)),
  );
}

describe('X-2 randomised: the index policy agrees with the oracle, and asking never shows anything', () => {
  const users = ['u1', 'u2', 'u3', 'u4'];
  const orgs = ['o1', 'o2', 'o3'];
  const roles: Role[] = ['chain-director', 'partner-professional', 'privacy-officer', 'application-administrator'];
  const categories: DataCategory[] = ['identifying', 'care', 'health', 'criminal', 'other'];
  const phases = zvtProcessV1.phases.map((p) => p.id);
  const arbActor = fc.record({ userId: fc.constantFrom(...users), organisationId: fc.constantFrom(...orgs), role: fc.constantFrom(...roles), tableIds: fc.subarray(['t1', 't2']) });
  // One case: shared table, referrer and case director; several contributions.
  const arbCase = fc
    .record({
      tableId: fc.constantFrom('t1', 't2'),
      referrer: fc.constantFrom(...users),
      director: fc.option(fc.constantFrom(...users), { nil: null }),
      contributions: fc.array(
        fc.record({
          phase: fc.constantFrom(...phases),
          category: fc.constantFrom(...categories),
          owner: fc.constantFrom(...orgs),
          createdBy: fc.constantFrom(...users),
          grants: fc.array(fc.record({ granteeOrganisationId: fc.constantFrom(...orgs), activity: fc.constantFrom('a', 'b'), withdrawnAt: fc.option(fc.constant('2026-11-23T10:00:00Z'), { nil: null }) }), { maxLength: 3 }),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ tableId, referrer, director, contributions }): PolicyContribution[] =>
      contributions.map((c) => ({ tableId, phase: c.phase, category: c.category, ownerOrganisationId: c.owner, createdByUserId: c.createdBy, caseReferrerUserId: referrer, caseDirectorUserId: director, grants: c.grants })),
    );

  it('for 20,000 random (actor, case) pairs: index, ability to ask, and that knowing never means seeing', () => {
    fc.assert(
      fc.property(arbActor, arbCase, (a, contributions) => {
        const index = evaluateContributionIndex(a, contributions);
        if (index.known !== knowsIndex(a, contributions)) return false;
        return contributions.every((c) => {
          const ask = mayRequestContribution(a, c, index);
          const expectedAsk = knowsIndex(a, contributions) && a.organisationId !== c.ownerOrganisationId && a.tableIds.includes(c.tableId);
          // Only a grant makes content visible; the index alone never does (content access is decided by the content policy).
          const withoutGrants = evaluateContributionAccess(a, { ...c, grants: [] }, zvtProcessV1).visible;
          const withGrants = evaluateContributionAccess(a, c, zvtProcessV1).visible;
          return ask === expectedAsk && (!withGrants || withoutGrants || c.grants.some((g) => g.granteeOrganisationId === a.organisationId && g.withdrawnAt === null));
        });
      }),
      { numRuns: 20_000 },
    );
  });
});
