import { MIN_MOTIVATION_LENGTH, assertMotivation, evaluateContributionIndex, isDomainError, mayRequestContribution } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { insertGrant, unsafeContributionsOfCase, type ContributionRow } from '../contributions/contribution.repository.ts';
import { evaluate, policyActor, policyContribution } from '../contributions/contribution.service.ts';
import { insertGrantRequest, markGranted, markRefused, unsafeGrantRequests, type GrantRequestRow } from './grant-request.repository.ts';

const ACTIVITY = 'zvt-data-sharing';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** The status as the requester and the owner read it: a granted request whose release was withdrawn is "withdrawn". */
function statusOf(row: GrantRequestRow): 'open' | 'granted' | 'refused' | 'withdrawn' {
  if (row.status === 'granted' && row.grant_withdrawn_at !== null) return 'withdrawn';
  return row.status;
}

function present(row: GrantRequestRow, decide: boolean) {
  return {
    id: row.id,
    caseId: row.case_id,
    reference: row.reference,
    contributionId: row.contribution_id,
    kind: row.kind,
    category: row.category,
    owner: { id: row.owner_organisation_id, name: row.owner_name },
    requester: { id: row.requester_organisation_id, name: row.requester_name },
    activity: row.activity,
    motivation: row.motivation,
    requestedAt: row.requested_at.toISOString(),
    status: statusOf(row),
    decidedAt: row.decided_at?.toISOString() ?? null,
    refusalReason: row.refusal_reason,
    abilities: { decide },
  };
}

/** Only the owner decides (zeggenschap): exactly who may release the contribution, by the domain policy. */
function mayDecide(actor: Actor, request: GrantRequestRow, contribution: ContributionRow | undefined): boolean {
  return request.status === 'open' && contribution !== undefined && evaluate(actor, contribution).abilities.release;
}

function indexOf(actor: Actor, rows: readonly ContributionRow[]) {
  return evaluateContributionIndex(policyActor(actor), rows.map((row) => policyContribution(row)));
}

/**
 * The contribution index of a case (ADR 0011): which contributions exist, by owner, kind, category and phase — never
 * their content — for partners involved in the case, with what the caller may ask for, and the caller's
 * organisation's requests in this case. Anyone else gets the same 404 as for a case that does not exist.
 */
export async function contributionIndex(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await unsafeContributionsOfCase(trx, caseId);
    const index = indexOf(actor, rows);
    if (!index.known) throw new AccessDenied({ action: 'contribution.index', activity: ACTIVITY, recordType: 'case', recordId: caseId });
    const requests = await unsafeGrantRequests(trx, { caseId, requesterOrganisationId: actor.organisationId });
    const openFor = new Set(requests.filter((r) => r.status === 'open').map((r) => r.contribution_id));
    const subjectId = rows[0]?.subject_id ?? null;
    await recordProcessing(trx, actor, trace, {
      action: 'contribution.index',
      activity: ACTIVITY,
      recordType: 'case',
      recordId: caseId,
      subjectIds: subjectId ? [subjectId] : [],
      outcome: 'allowed',
    });
    return {
      caseId,
      reference: await referenceOf(trx, caseId),
      contributions: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        category: row.category,
        phase: row.phase,
        owner: { id: row.owner_organisation_id, name: row.owner_organisation_name },
        visible: evaluate(actor, row).visible,
        abilities: { request: mayRequestContribution(policyActor(actor), policyContribution(row), index) && !openFor.has(row.id) },
      })),
      requests: requests.map((r) => present(r, false)),
    };
  });
}

async function referenceOf(db: DbOrTrx, caseId: string): Promise<string> {
  return (await db.selectFrom('cases').select('reference').where('id', '=', caseId).executeTakeFirstOrThrow()).reference;
}

/** Seed 000 footnote 4: a partner involved in the case asks the owner for a contribution, for a named activity. */
export async function requestContribution(
  ctx: ServiceContext,
  actor: Actor,
  trace: TraceContext,
  caseId: string,
  contributionId: string,
  input: { activity: string; motivation: string },
) {
  let motivation: string;
  try {
    motivation = assertMotivation(input.motivation);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new AppError('invalid-input', error.message, { errors: [{ field: 'body.motivation', message: `Motivering: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` }] });
  }
  const activity = input.activity.trim();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await unsafeContributionsOfCase(trx, caseId);
    const row = rows.find((r) => r.id === contributionId);
    const index = indexOf(actor, rows);
    if (!row || !index.known) throw new AccessDenied({ action: 'grant-request.create', activity: ACTIVITY, recordType: 'contribution', recordId: contributionId });
    if (!mayRequestContribution(policyActor(actor), policyContribution(row), index)) {
      throw new AppError('forbidden', 'U vraagt gegevens alleen aan een andere ketenpartner dan uw eigen organisatie.');
    }
    if (row.grants.some((g) => g.withdrawn_at === null && g.grantee_organisation_id === actor.organisationId && g.activity === activity)) {
      throw new AppError('conflict', 'Deze gegevens zijn al aan uw organisatie vrijgegeven voor deze activiteit.');
    }
    const open = await unsafeGrantRequests(trx, { caseId, requesterOrganisationId: actor.organisationId });
    if (open.some((r) => r.contribution_id === contributionId && r.status === 'open')) {
      throw new AppError('conflict', 'Uw organisatie heeft deze gegevens al opgevraagd; de eigenaar heeft nog niet beslist.');
    }
    let created: { id: string };
    try {
      created = await insertGrantRequest(trx, {
        contribution_id: contributionId,
        requester_organisation_id: actor.organisationId,
        requested_by: actor.userId,
        activity,
        motivation,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'Uw organisatie heeft deze gegevens al opgevraagd; de eigenaar heeft nog niet beslist.');
      throw error;
    }
    await recordProcessing(trx, actor, trace, {
      action: 'grant-request.create',
      activity: ACTIVITY,
      recordType: 'grant-request',
      recordId: created.id,
      subjectIds: row.subject_id ? [row.subject_id] : [],
      outcome: 'allowed',
    });
    return { id: created.id };
  });
}

/** Loads the contributions of each case once, for evaluating the policy on many requests. */
async function contributionsByCase(db: DbOrTrx, requests: readonly GrantRequestRow[]): Promise<Map<string, ContributionRow>> {
  const byId = new Map<string, ContributionRow>();
  for (const caseId of new Set(requests.map((r) => r.case_id))) {
    for (const row of await unsafeContributionsOfCase(db, caseId)) byId.set(row.id, row);
  }
  return byId;
}

/**
 * The inbox: requests addressed to the caller's organisation about contributions the caller may see (and so
 * decide on, as the owner), and the requests the caller's organisation sent, with their outcome. Only at the
 * caller's tables; other roles have none.
 */
export async function listGrantRequests(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  if (actor.role !== 'partner-professional') return { openToDecide: 0, received: [], sent: [] };
  return ctx.db.transaction().execute(async (trx) => {
    const [addressed, sentRows] = await Promise.all([
      unsafeGrantRequests(trx, { ownerOrganisationId: actor.organisationId, tableIds: actor.tableIds }),
      unsafeGrantRequests(trx, { requesterOrganisationId: actor.organisationId, tableIds: actor.tableIds }),
    ]);
    const contributions = await contributionsByCase(trx, addressed);
    const received = addressed.filter((r) => {
      const contribution = contributions.get(r.contribution_id);
      return contribution !== undefined && evaluate(actor, contribution).visible;
    });
    const subjectIds = [...new Set([...received, ...sentRows].flatMap((r) => (r.subject_id ? [r.subject_id] : [])))];
    await recordProcessing(trx, actor, trace, {
      action: 'grant-request.list',
      activity: ACTIVITY,
      recordType: 'grant-request',
      recordId: null,
      subjectIds,
      outcome: 'allowed',
    });
    const receivedOut = received.map((r) => present(r, mayDecide(actor, r, contributions.get(r.contribution_id))));
    return {
      openToDecide: receivedOut.filter((r) => r.abilities.decide).length,
      received: receivedOut,
      sent: sentRows.map((r) => present(r, false)),
    };
  });
}

type Decision = { decision: 'grant' } | { decision: 'refuse'; reason: string };

/**
 * The owner grants (a release to the requesting partner for the requested activity, linked to the request) or
 * refuses with a reason. Nobody else decides: not the chain director, not another partner (ZVT-2A.3, ZVT-3A.3).
 */
export async function decideGrantRequest(ctx: ServiceContext, actor: Actor, trace: TraceContext, grantRequestId: string, input: Decision) {
  const action = input.decision === 'grant' ? 'grant-request.grant' : 'grant-request.refuse';
  let reason: string | null = null;
  if (input.decision === 'refuse') {
    try {
      reason = assertMotivation(input.reason);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      throw new AppError('invalid-input', error.message, { errors: [{ field: 'body.reason', message: `Reden van weigering: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` }] });
    }
  }
  return ctx.db.transaction().execute(async (trx) => {
    const [request] = await unsafeGrantRequests(trx, { id: grantRequestId }, { forUpdate: true });
    const contribution = request ? (await unsafeContributionsOfCase(trx, request.case_id)).find((c) => c.id === request.contribution_id) : undefined;
    const access = contribution ? evaluate(actor, contribution) : undefined;
    if (!request || !contribution || !access?.visible) {
      throw new AccessDenied({ action, activity: ACTIVITY, recordType: 'grant-request', recordId: grantRequestId });
    }
    if (!access.abilities.release) {
      throw new AppError('forbidden', 'Alleen de ketenpartner die deze gegevens heeft ingebracht, beslist over een verzoek (zeggenschap).');
    }
    if (request.status !== 'open') throw new AppError('conflict', 'Over dit verzoek is al beslist.');
    const now = ctx.clock.now();
    let grantId: string | null = null;
    if (input.decision === 'grant') {
      const existing = contribution.grants.find((g) => g.withdrawn_at === null && g.grantee_organisation_id === request.requester_organisation_id && g.activity === request.activity);
      grantId =
        existing?.id ??
        (await insertGrant(trx, { contribution_id: contribution.id, grantee_organisation_id: request.requester_organisation_id, activity: request.activity, granted_by: actor.userId })).id;
      await markGranted(trx, request.id, actor.userId, now, grantId);
    } else {
      await markRefused(trx, request.id, actor.userId, now, reason ?? '');
    }
    await recordProcessing(trx, actor, trace, {
      action,
      activity: ACTIVITY,
      recordType: 'grant-request',
      recordId: request.id,
      subjectIds: request.subject_id ? [request.subject_id] : [],
      outcome: 'allowed',
    });
    return { id: request.id, status: input.decision === 'grant' ? ('granted' as const) : ('refused' as const), grantId };
  });
}
