import type { PolicyMeetingRelease } from '@ketentafel/domain';
import {
  DUTCH_TIME_ZONE,
  evaluateContributionAccess,
  focusReleaseIsCurrent,
  focusReleaseProblem,
  todayIn,
  visibleAgendaItems,
} from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { requireProcess } from '../../processes.ts';
import { caseInvitations, policyActor, policyContribution } from '../contributions/contribution.service.ts';
import { unsafeContributionsOfCase, type ContributionRow } from '../contributions/contribution.repository.ts';
import { agendaItemsOf } from '../meetings/meeting.repository.ts';
import { meetingTitle } from '../meetings/meeting.presenter.ts';
import { requireMeeting, viewerOf } from '../meetings/meeting.service.ts';
import * as repo from './focus-release.repository.ts';
import { caseMeetingReleases, concluded, facts } from './focus-release.policy.ts';

/** Everything the policy needs to decide on the contributions of one case today. */
async function caseAccess(ctx: ServiceContext, db: DbOrTrx, actor: Actor, caseId: string) {
  const rows = await unsafeContributionsOfCase(db, caseId);
  const [invitations, meetingReleases] = rows.length === 0 ? [[], new Map<string, PolicyMeetingRelease[]>()] : await Promise.all([caseInvitations(ctx, db, caseId), caseMeetingReleases(db, caseId, ctx.clock.now())]);
  const access = (row: ContributionRow) =>
    evaluateContributionAccess(
      policyActor(actor),
      { ...policyContribution(row, invitations), meetingReleases: meetingReleases.get(row.id) ?? [] },
      requireProcess(row.process_key, row.process_version),
    );
  return { rows, access };
}

/**
 * For the owner's release panel: the focus meetings with this case on the agenda that can still receive a
 * release, and the releases for a meeting of the contributions the caller's organisation owns. Only for a partner
 * that owns a contribution of the case; anyone else gets the same 404 as for a case that does not exist.
 */
export async function getFocusReleases(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { rows, access } = await caseAccess(ctx, trx, actor, caseId);
    const owned = rows.filter((row) => access(row).abilities.release);
    if (owned.length === 0) throw new AccessDenied({ action: 'focus-releases.read', activity: 'zvt-data-sharing', recordType: 'case', recordId: caseId });
    const items = await repo.unsafeAgendaItemsOfCase(trx, caseId);
    const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
    const releases = (await repo.meetingReleasesOfCase(trx, caseId)).filter((r) => owned.some((o) => o.id === r.contribution_id));
    await recordProcessing(trx, actor, trace, {
      action: 'focus-releases.read',
      activity: 'zvt-data-sharing',
      recordType: 'case',
      recordId: caseId,
      subjectIds: rows[0]?.subject_id ? [rows[0].subject_id] : [],
      outcome: 'allowed',
    });
    return {
      meetings: items
        .filter((i) => i.kind === 'focus' && focusReleaseProblem(facts(i), today) === null)
        .map((i) => ({ agendaItemId: i.id, meetingId: i.meeting_id, title: meetingTitle(i.kind, i.municipality), startsOn: i.starts_on, startTime: i.start_time })),
      releases: releases.flatMap((r) => {
        const item = items.find((i) => i.id === r.agenda_item_id);
        if (!item) return [];
        const withdrawnAt = r.withdrawn_at?.toISOString() ?? null;
        return [
          {
            id: r.id,
            contributionId: r.contribution_id,
            agendaItemId: r.agenda_item_id,
            meetingId: item.meeting_id,
            meetingStartsOn: item.starts_on,
            releasedAt: r.released_at.toISOString(),
            withdrawnAt,
            visibleNow: focusReleaseIsCurrent({ ...facts(item), withdrawnAt }, today),
          },
        ];
      }),
    };
  });
}

async function ownedForMeeting(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, caseId: string, contributionId: string, action: 'contribution.release-for-meeting' | 'contribution.withdraw-for-meeting') {
  const { rows, access } = await caseAccess(ctx, trx, actor, caseId);
  const row = rows.find((r) => r.id === contributionId);
  const decision = row ? access(row) : undefined;
  if (!row || !decision?.visible) throw new AccessDenied({ action, activity: 'zvt-data-sharing', recordType: 'contribution', recordId: contributionId });
  if (!decision.abilities.release) {
    throw new AppError('forbidden', 'Alleen de ketenpartner die deze gegevens heeft ingebracht, kan ze voor een overleg vrijgeven of de vrijgave intrekken (zeggenschap).');
  }
  return row;
}

/**
 * ZVT-2A.4: the owner releases a contribution "for this meeting": for one agenda item of a focus meeting about the
 * same case. The invited partners see it on the meeting day only, until the focus meeting decides (ADR 0019).
 */
export async function releaseForMeeting(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, contributionId: string, input: { agendaItemId: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownedForMeeting(ctx, trx, actor, caseId, contributionId, 'contribution.release-for-meeting');
    const item = (await repo.unsafeAgendaItemsOfCase(trx, caseId)).find((i) => i.id === input.agendaItemId);
    if (!item) {
      throw new AppError('invalid-input', 'Deze casus staat niet op de agenda van dit overleg.', { errors: [{ field: 'body.agendaItemId', message: 'Kies een focusoverleg waarop deze casus staat.' }] });
    }
    const problem = focusReleaseProblem(facts(item), todayIn(DUTCH_TIME_ZONE, ctx.clock.now()));
    if (problem !== null) throw new AppError('rule-violation', problem, { errors: [{ field: 'body.agendaItemId', message: problem }] });
    const created = await repo.insertMeetingRelease(trx, { contribution_id: contributionId, agenda_item_id: item.id, released_by: actor.userId, released_at: ctx.clock.now() });
    if (!created) throw new AppError('conflict', 'Deze gegevens zijn al vrijgegeven voor dit focusoverleg.');
    await recordProcessing(trx, actor, trace, {
      action: 'contribution.release-for-meeting',
      activity: 'zvt-data-sharing',
      recordType: 'contribution',
      recordId: contributionId,
      subjectIds: row.subject_id ? [row.subject_id] : [],
      outcome: 'allowed',
    });
    return { id: created.id };
  });
}

/** ZVT-2A.4: the owner withdraws a release for a meeting; it takes effect at once. */
export async function withdrawForMeeting(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, contributionId: string, releaseId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ownedForMeeting(ctx, trx, actor, caseId, contributionId, 'contribution.withdraw-for-meeting');
    const withdrawn = await repo.withdrawMeetingRelease(trx, releaseId, contributionId, actor.userId, ctx.clock.now());
    if (!withdrawn) throw new AppError('not-found', 'Deze vrijgave bestaat niet of is al ingetrokken.');
    await recordProcessing(trx, actor, trace, {
      action: 'contribution.withdraw-for-meeting',
      activity: 'zvt-data-sharing',
      recordType: 'contribution',
      recordId: contributionId,
      subjectIds: row.subject_id ? [row.subject_id] : [],
      outcome: 'allowed',
    });
  });
}

/**
 * ZVT-2A.4: what the owners released for one agenda item of a meeting, as far as the caller may see it by the
 * access policy — for an invited partner only on the meeting day and until the item is concluded. The item must be
 * one the caller sees on the agenda (the chain director, or a partner invited to it); otherwise 404.
 */
export async function listReleasedForItem(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, agendaItemId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, actor, meetingId, 'meeting.read');
    const item = visibleAgendaItems(viewerOf(actor), meeting.table_id, await agendaItemsOf(trx, [meeting.id])).find((i) => i.id === agendaItemId);
    if (!item) throw new AccessDenied({ action: 'agenda-item.releases', activity: 'zvt-data-sharing', recordType: 'agenda-item', recordId: agendaItemId });
    const { rows, access } = await caseAccess(ctx, trx, actor, item.case_id);
    const forItem = (await repo.meetingReleasesOfCase(trx, item.case_id)).filter((r) => r.agenda_item_id === agendaItemId && r.withdrawn_at === null);
    const shown = forItem.flatMap((release) => {
      const row = rows.find((r) => r.id === release.contribution_id);
      return row && access(row).visible ? [{ release, row }] : [];
    });
    const caseItem = (await repo.unsafeAgendaItemsOfCase(trx, item.case_id)).find((i) => i.id === agendaItemId);
    await recordProcessing(trx, actor, trace, {
      action: 'agenda-item.releases',
      activity: 'zvt-data-sharing',
      recordType: 'agenda-item',
      recordId: agendaItemId,
      subjectIds: shown.length > 0 && item.subject_id ? [item.subject_id] : [],
      outcome: 'allowed',
    });
    return {
      agendaItemId,
      meeting: { id: meeting.id, title: meetingTitle(meeting.kind, meeting.municipality), kind: meeting.kind, startsOn: meeting.starts_on, startTime: meeting.start_time, status: meeting.status },
      case: { id: item.case_id, reference: item.reference, title: item.subject_name ?? item.group_name ?? item.reference, phase: item.phase },
      goal: item.goal,
      concluded: caseItem ? concluded(caseItem) : true,
      contributions: shown.map(({ release, row }) => ({
        id: row.id,
        kind: row.kind,
        category: row.category,
        purpose: row.purpose,
        owner: { id: row.owner_organisation_id, name: row.owner_organisation_name },
        content: row.content as Record<string, unknown>,
        releasedAt: release.released_at.toISOString(),
      })),
    };
  });
}
