import { evaluateContributionAccess, type ContributionAccess } from '@ketentafel/domain';
import type { Actor } from '../../auth/actor.ts';
import { requireProcess } from '../../processes.ts';
import type { ContributionRow } from '../contributions/contribution.repository.ts';

/**
 * The domain access policy for one contribution row, as the contributions module applies it: triage
 * answers and the triage record are contributions, so they are shown exactly when the policy allows.
 */
export function accessTo(actor: Actor, row: ContributionRow): ContributionAccess {
  return evaluateContributionAccess(
    { userId: actor.userId, organisationId: actor.organisationId, role: actor.role, tableIds: actor.tableIds },
    {
      tableId: row.table_id,
      phase: row.phase,
      category: row.category,
      ownerOrganisationId: row.owner_organisation_id,
      createdByUserId: row.created_by,
      caseReferrerUserId: row.referrer_user_id,
      caseDirectorUserId: row.case_director_user_id,
        recordedOnBehalfOfOwner: row.created_by_organisation_id !== row.owner_organisation_id,
      grants: row.grants.map((g) => ({ granteeOrganisationId: g.grantee_organisation_id, activity: g.activity, withdrawnAt: g.withdrawn_at?.toISOString() ?? null })),
    },
    requireProcess(row.process_key, row.process_version),
  );
}

/** The answer as stored in a contribution's content. */
export interface AnswerContent {
  knowsSubject: boolean;
  holdsRelevantData: boolean;
  willingToShare: boolean;
  content: { category: 'care' | 'health' | 'criminal' | 'other'; text: string } | null;
}
