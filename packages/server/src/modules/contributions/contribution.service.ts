import { DUTCH_TIME_ZONE, evaluateContributionAccess, invitationIsCurrent, todayIn, type PolicyActor, type PolicyContribution, type PolicyInvitation } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { requireProcess } from '../../processes.ts';
import { isTablePartner } from '../partner-queries/partner-query.repository.ts';
import { invitationsOfCase } from '../meetings/meeting.repository.ts';
import { caseMeetingReleases } from '../focus-releases/focus-release.policy.ts';
import { activeReleasesTo, insertGrant, unsafeContributionsOfCase, withdrawGrant, type ContributionRow } from './contribution.repository.ts';

export function policyActor(actor: Actor): PolicyActor {
  return { userId: actor.userId, organisationId: actor.organisationId, role: actor.role, tableIds: actor.tableIds };
}

export function policyContribution(row: ContributionRow, invitations: readonly PolicyInvitation[] = []): PolicyContribution {
  return {
    invitations,
    tableId: row.table_id,
    phase: row.phase,
    category: row.category,
    ownerOrganisationId: row.owner_organisation_id,
    createdByUserId: row.created_by,
    caseReferrerUserId: row.referrer_user_id,
    caseDirectorUserId: row.case_director_user_id,
    recordedOnBehalfOfOwner: row.created_by_organisation_id !== row.owner_organisation_id,
    grants: row.grants.map((g) => ({
      granteeOrganisationId: g.grantee_organisation_id,
      activity: g.activity,
      withdrawnAt: g.withdrawn_at?.toISOString() ?? null,
    })),
  };
}

export function evaluate(actor: Actor, row: ContributionRow, invitations: readonly PolicyInvitation[] = []) {
  return evaluateContributionAccess(policyActor(actor), policyContribution(row, invitations), requireProcess(row.process_key, row.process_version));
}

/** Invitations to agenda items about the case, current while their meeting is not past or cancelled (ZVT-3A.3). */
export async function caseInvitations(ctx: ServiceContext, trx: Parameters<typeof invitationsOfCase>[0], caseId: string): Promise<PolicyInvitation[]> {
  const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
  return (await invitationsOfCase(trx, caseId)).map((i) => ({ organisationId: i.organisation_id, current: invitationIsCurrent({ date: i.starts_on, status: i.status }, today) }));
}

function present(actor: Actor, row: ContributionRow, release: boolean) {
  const isOwner = actor.organisationId === row.owner_organisation_id;
  return {
    id: row.id,
    kind: row.kind,
    phase: row.phase,
    category: row.category,
    purpose: row.purpose,
    owner: { id: row.owner_organisation_id, name: row.owner_organisation_name },
    createdAt: row.created_at.toISOString(),
    content: row.content as Record<string, unknown>,
    // Who else received it is the owner's business only.
    grants: isOwner
      ? row.grants.map((g) => ({ id: g.id, organisation: g.grantee_organisation_name, activity: g.activity, grantedAt: g.granted_at.toISOString(), withdrawnAt: g.withdrawn_at?.toISOString() ?? null }))
      : [],
    abilities: { release },
  };
}

/**
 * The contributions of a case the caller may see, by the domain's access policy: hidden ones are
 * not returned at all. When the caller may see none, the answer is the same as for a case that does not
 * exist.
 */
export async function listContributions(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await unsafeContributionsOfCase(trx, caseId);
    const invitations = rows.length === 0 ? [] : await caseInvitations(ctx, trx, caseId);
    // ZVT-2A.4: releases for a focus meeting count too (ADR 0019).
    const meetingReleases = rows.length === 0 ? new Map<string, never[]>() : await caseMeetingReleases(trx, caseId, ctx.clock.now());
    const visible = rows.flatMap((row) => {
      const access = evaluateContributionAccess(policyActor(actor), { ...policyContribution(row, invitations), meetingReleases: meetingReleases.get(row.id) ?? [] }, requireProcess(row.process_key, row.process_version));
      return access.visible ? [present(actor, row, access.abilities.release)] : [];
    });
    if (visible.length === 0) throw new AccessDenied({ action: 'contribution.list', activity: 'zvt-data-sharing', recordType: 'case', recordId: caseId });
    const subjectId = rows[0]?.subject_id;
    await recordProcessing(trx, actor, trace, {
      action: 'contribution.list',
      activity: 'zvt-data-sharing',
      recordType: 'case',
      recordId: caseId,
      subjectIds: subjectId ? [subjectId] : [],
      outcome: 'allowed',
    });
    return { contributions: visible };
  });
}

async function ownedContribution(trx: Parameters<typeof unsafeContributionsOfCase>[0], actor: Actor, caseId: string, contributionId: string, action: 'contribution.release' | 'contribution.withdraw') {
  const row = (await unsafeContributionsOfCase(trx, caseId)).find((r) => r.id === contributionId);
  const access = row ? evaluate(actor, row) : undefined;
  if (!row || !access?.visible) {
    throw new AccessDenied({ action, activity: 'zvt-data-sharing', recordType: 'contribution', recordId: contributionId });
  }
  if (!access.abilities.release) {
    throw new AppError('forbidden', 'Alleen de ketenpartner die deze gegevens heeft ingebracht, kan ze vrijgeven of de vrijgave intrekken (zeggenschap).');
  }
  return row;
}

/** What was released to the caller's organisation, by case reference (no personal data in the list). */
export async function listReleasesToMe(ctx: ServiceContext, actor: Actor) {
  if (actor.role !== 'partner-professional') return { releases: [] };
  const rows = await activeReleasesTo(ctx.db, actor.organisationId, actor.tableIds);
  return {
    releases: rows.map((r) => ({
      id: r.id,
      contributionId: r.contribution_id,
      caseId: r.case_id,
      reference: r.reference,
      table: r.table_name,
      kind: r.kind,
      category: r.category,
      owner: r.owner_name,
      activity: r.activity,
      grantedAt: r.granted_at.toISOString(),
    })),
  };
}

/** ZVT-3A.3: the owner releases a contribution to a named partner of the table for a named activity. */
export async function releaseContribution(
  ctx: ServiceContext,
  actor: Actor,
  trace: TraceContext,
  caseId: string,
  contributionId: string,
  input: { organisationId: string; activity: string },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownedContribution(trx, actor, caseId, contributionId, 'contribution.release');
    if (input.organisationId === row.owner_organisation_id) {
      throw new AppError('invalid-input', 'U kunt niet aan uw eigen organisatie vrijgeven.', { errors: [{ field: 'body.organisationId', message: 'Kies een andere ketenpartner.' }] });
    }
    if (!(await isTablePartner(trx, row.table_id, input.organisationId))) {
      throw new AppError('invalid-input', 'Deze organisatie neemt niet deel aan de tafel.', { errors: [{ field: 'body.organisationId', message: 'Kies een ketenpartner van deze tafel.' }] });
    }
    if (row.grants.some((g) => g.withdrawn_at === null && g.grantee_organisation_id === input.organisationId && g.activity === input.activity)) {
      throw new AppError('conflict', 'Deze gegevens zijn al vrijgegeven aan deze partner voor deze activiteit.');
    }
    const grant = await insertGrant(trx, { contribution_id: contributionId, grantee_organisation_id: input.organisationId, activity: input.activity, granted_by: actor.userId });
    await recordProcessing(trx, actor, trace, {
      action: 'contribution.release',
      activity: 'zvt-data-sharing',
      recordType: 'contribution',
      recordId: contributionId,
      subjectIds: row.subject_id ? [row.subject_id] : [],
      outcome: 'allowed',
    });
    return { id: grant.id };
  });
}

/** ZVT-3A.3: the owner withdraws a release; it takes effect at once. */
export async function withdrawRelease(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, contributionId: string, grantId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ownedContribution(trx, actor, caseId, contributionId, 'contribution.withdraw');
    const withdrawn = await withdrawGrant(trx, grantId, contributionId, actor.userId, ctx.clock.now());
    if (!withdrawn) throw new AppError('not-found', 'Deze vrijgave bestaat niet of is al ingetrokken.');
    await recordProcessing(trx, actor, trace, {
      action: 'contribution.withdraw',
      activity: 'zvt-data-sharing',
      recordType: 'contribution',
      recordId: contributionId,
      subjectIds: row.subject_id ? [row.subject_id] : [],
      outcome: 'allowed',
    });
  });
}
