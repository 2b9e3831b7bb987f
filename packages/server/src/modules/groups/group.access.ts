import { coreGroupOrganisationIds, evaluateContributionAccess, type ContributionAccess, type PolicyContribution } from '@ketentafel/domain';
import type { Actor } from '../../auth/actor.ts';
import { requireProcess } from '../../processes.ts';
import type { ContributionRow } from '../contributions/contribution.repository.ts';
import { policyActor, policyContribution } from '../contributions/contribution.service.ts';
import type { GroupRow } from './group.repository.ts';

/** What the access policy needs to know about one group besides its contributions. */
export interface GroupPolicyFacts {
  readonly row: GroupRow;
  readonly tablePartners: readonly { readonly id: string; readonly kind: string }[];
  readonly addedCorePartnerIds: readonly string[];
}

/** ZVT-2B.1: the core group of this group now (domain rule; empty before admission to 2B). */
export function coreGroupOf(facts: GroupPolicyFacts): string[] {
  const process = requireProcess(facts.row.process_key, facts.row.process_version);
  return coreGroupOrganisationIds(process, { phase: facts.row.phase, endState: facts.row.end_state }, facts.tablePartners, facts.addedCorePartnerIds);
}

/** A contribution of the group as the policy sees it: with its grants and the group's core group. */
export function groupPolicyContribution(facts: GroupPolicyFacts, row: ContributionRow): PolicyContribution {
  return { ...policyContribution(row), coreGroupOrganisationIds: coreGroupOf(facts) };
}

/** The domain's access policy for one contribution of a group; the single place the server decides. */
export function evaluateGroupContribution(actor: Actor, facts: GroupPolicyFacts, row: ContributionRow): ContributionAccess {
  return evaluateContributionAccess(policyActor(actor), groupPolicyContribution(facts, row), requireProcess(row.process_key, row.process_version));
}

/**
 * The chain director's records of the group (decisions, informing) have no contribution row of their own; they are
 * judged as what they are: the municipality's record of the current phase, category `other`.
 */
export function evaluateGroupRecord(actor: Actor, facts: GroupPolicyFacts): ContributionAccess {
  const process = requireProcess(facts.row.process_key, facts.row.process_version);
  return evaluateContributionAccess(
    policyActor(actor),
    {
      tableId: facts.row.table_id,
      phase: facts.row.phase,
      category: 'other',
      ownerOrganisationId: facts.row.table_organisation_id,
      createdByUserId: '',
      caseReferrerUserId: facts.row.referrer_user_id,
      caseDirectorUserId: null,
      grants: [],
      coreGroupOrganisationIds: coreGroupOf(facts),
    },
    process,
  );
}
