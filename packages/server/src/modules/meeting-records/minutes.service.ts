import { DUTCH_TIME_ZONE, mayDecideOnPlanRelease, minutesItemView, monitoringStatus, todayIn } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseScope } from '../../access/case-policy.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { requireProcess } from '../../processes.ts';
import { findCase, findCaseReleasedTo } from '../cases/case.repository.ts';
import { insertGrant } from '../contributions/contribution.repository.ts';
import { agendaItemsOf, findMeeting, type MeetingRow } from '../meetings/meeting.repository.ts';
import { meetingTitle } from '../meetings/meeting.presenter.ts';
import { requireMeeting } from '../meetings/meeting.service.ts';
import * as repo from './meeting-record.repository.ts';
import { presentAction, presentActionData, presentOutcome } from './meeting-record.presenter.ts';
import { renderMinutesPdf } from './minutes.pdf.ts';
import type { ZPlanReleaseDecisionInput } from './meeting-record.schemas.ts';

/**
 * ZVT-3A.4: the minutes of one meeting as the actor may see them (domain `minutesItemView`): the chain director all
 * items; a partner only the items its organisation was invited to, and of those only what was released to it.
 */
async function minutesItems(db: DbOrTrx, actor: Actor, meeting: MeetingRow, onlyItemId?: string) {
  const items = (await agendaItemsOf(db, [meeting.id])).filter((i) => onlyItemId === undefined || i.id === onlyItemId);
  const records = await repo.recordsOf(db, items.map((i) => i.id));
  const [actions, pictures, processes] = await Promise.all([
    repo.actionsOf(db, records.map((r) => r.id)),
    repo.contributionsById(db, records.flatMap((r) => (r.situation_contribution_id ? [r.situation_contribution_id] : []))),
    items.length === 0 ? Promise.resolve([]) : db.selectFrom('cases').select(['id', 'process_key', 'process_version']).where('id', 'in', items.map((i) => i.case_id)).execute(),
  ]);
  const grants = await repo.activeGrantsOf(db, pictures.map((p) => p.id));
  const names = await repo.organisationNames(db, records.flatMap((r) => r.monitoring_with));
  const viewer = { role: actor.role, organisationId: actor.organisationId, tableIds: actor.tableIds };
  const subjectIds: string[] = [];
  const shown = items.flatMap((item) => {
    const record = records.find((r) => r.agenda_item_id === item.id);
    const itemActions = record ? actions.filter((a) => a.meeting_record_id === record.id) : [];
    const picture = record?.situation_contribution_id ? pictures.find((p) => p.id === record.situation_contribution_id) : undefined;
    const view = minutesItemView(viewer, {
      tableId: meeting.table_id,
      invitedOrganisationIds: item.invitedOrganisationIds,
      situationPicture: picture
        ? { ownerOrganisationId: picture.owner_organisation_id, releasedToOrganisationIds: grants.filter((g) => g.contribution_id === picture.id).map((g) => g.grantee_organisation_id) }
        : null,
      actionOwnerOrganisationIds: itemActions.map((a) => a.owner_organisation_id),
      caseDirectorOrganisationId: record?.case_director_organisation_id ?? null,
    });
    if (!view.visible) return [];
    if (item.subject_id && (view.subjectName || view.situationPicture || view.actionIndexes.length > 0)) subjectIds.push(item.subject_id);
    const kase = processes.find((p) => p.id === item.case_id);
    const process = requireProcess(kase?.process_key ?? 'zvt', kase?.process_version ?? 1);
    return [
      {
        agendaItemId: item.id,
        case: { reference: item.reference, title: view.subjectName ? (item.subject_name ?? item.group_name ?? null) : null },
        recorded: record !== undefined,
        situationPicture:
          view.situationPicture && picture ? { text: (picture.content as { text: string }).text, category: picture.category, owner: picture.owner_name } : null,
        caseDirector: record?.case_director_user_id ? { name: record.case_director_name ?? '', organisation: record.case_director_organisation_name ?? '' } : null,
        actions: view.actionIndexes.flatMap((i) => {
          const action = itemActions[i];
          return action ? [presentAction(actor, action)] : [];
        }),
        releaseRequests: itemActions.flatMap((a) =>
          a.data
            .filter((d) => mayDecideOnPlanRelease(actor, d.owner_organisation_id))
            .map((d) => ({ actionId: a.id, actionOwner: a.owner_name, actionDescription: a.description, dueOn: a.due_on, data: presentActionData(actor, d) })),
        ),
        outcome: record ? presentOutcome(process, record, names, view.full) : null,
      },
    ];
  });
  return { items: shown, subjectIds };
}

type MinutesItem = Awaited<ReturnType<typeof minutesItems>>['items'][number];

function presentMeeting(meeting: MeetingRow) {
  return { id: meeting.id, title: meetingTitle(meeting.kind, meeting.municipality), date: meeting.starts_on, startTime: meeting.start_time, location: meeting.location, status: meeting.status };
}

/** ZVT-3A.4: the minutes of a meeting for the actor (a partner not invited to any item gets no items). */
export async function getMinutes(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, actor, meetingId, 'meeting.read');
    const { items, subjectIds } = await minutesItems(trx, actor, meeting);
    await recordProcessing(trx, actor, trace, { action: 'minutes.read', activity: 'zvt-meetings', recordType: 'meeting', recordId: meetingId, subjectIds, outcome: 'allowed' });
    return { meeting: presentMeeting(meeting), items, producedAt: ctx.clock.now().toISOString() };
  });
}

/**
 * ZVT-3A.4, X-6: the same minutes as a PDF, built from exactly what `getMinutes` shows the actor. A partner with no
 * item in this meeting gets not-found: there are no minutes for it.
 */
export async function getMinutesPdf(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string): Promise<{ fileName: string; file: Buffer }> {
  const { meeting, items } = await ctx.db.transaction().execute(async (trx) => {
    const row = await requireMeeting(trx, actor, meetingId, 'meeting.read');
    const found = await minutesItems(trx, actor, row);
    if (found.items.length === 0) throw new AccessDenied({ action: 'minutes.export', activity: 'zvt-meetings', recordType: 'meeting', recordId: meetingId });
    await recordProcessing(trx, actor, trace, { action: 'minutes.export', activity: 'zvt-meetings', recordType: 'meeting', recordId: meetingId, subjectIds: found.subjectIds, outcome: 'allowed' });
    return { meeting: row, ...found };
  });
  const file = await renderMinutesPdf({ meeting: presentMeeting(meeting), items, producedAt: ctx.clock.now(), forOrganisation: actor.organisationName, full: actor.role === 'chain-director' });
  return { fileName: `verslag-casusoverleg-${meeting.starts_on}.pdf`, file };
}

/**
 * ZVT-3A.3: the owner of a contribution that a plan action needs decides for that action (the activity): release —
 * a release to the action's partner, linked to the action — or refuse with a reason the chain director and the
 * partner see. Anyone but the owner gets not-found.
 */
export async function decidePlanRelease(ctx: ServiceContext, actor: Actor, trace: TraceContext, actionId: string, contributionId: string, input: z.infer<typeof ZPlanReleaseDecisionInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findActionData(trx, actionId, contributionId);
    if (!row || !actor.tableIds.includes(row.table_id) || !mayDecideOnPlanRelease(actor, row.contribution_owner_id)) {
      throw new AccessDenied({ action: 'plan-release.decide', activity: 'zvt-data-sharing', recordType: 'contribution', recordId: contributionId });
    }
    if (row.status !== 'pending') throw new AppError('conflict', 'Over deze gegevens voor deze actie is al besloten.');
    const now = ctx.clock.now();
    if (input.decision === 'release') {
      const grant = await insertGrant(trx, {
        contribution_id: contributionId,
        grantee_organisation_id: row.action_owner_id,
        activity: `Plan van aanpak ${row.reference}: ${row.description}`.slice(0, 300),
        granted_by: actor.userId,
      });
      await repo.decideActionData(trx, row.id, { status: 'released', grant_id: grant.id, refusal_reason: null, decided_by: actor.userId, decided_at: now });
    } else {
      const reason = input.reason?.trim() ?? '';
      if (reason.length < 10) {
        throw new AppError('invalid-input', 'Geef de reden van de weigering (minstens 10 tekens).', { errors: [{ field: 'body.reason', message: 'Geef de reden van de weigering (minstens 10 tekens).' }] });
      }
      await repo.decideActionData(trx, row.id, { status: 'refused', grant_id: null, refusal_reason: reason, decided_by: actor.userId, decided_at: now });
    }
    await recordProcessing(trx, actor, trace, {
      action: 'plan-release.decide',
      activity: 'zvt-data-sharing',
      recordType: 'contribution',
      recordId: contributionId,
      subjectIds: row.subject_id ? [row.subject_id] : [],
      outcome: 'allowed',
    });
    return { status: input.decision === 'release' ? ('released' as const) : ('refused' as const) };
  });
}

/** ZVT-3A.5: the chain director's monitoring appointments that are past or due within two weeks. */
export async function listMonitoringAppointments(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  if (actor.role !== 'chain-director') return { appointments: [] };
  return ctx.db.transaction().execute(async (trx) => {
    const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
    const rows = (await repo.monitoringAppointments(trx, actor.tableIds)).flatMap((r) => {
      if (r.monitoring_on === null) return [];
      const status = monitoringStatus(r.monitoring_on, today);
      return status === 'later' ? [] : [{ ...r, monitoring_on: r.monitoring_on, status }];
    });
    const names = await repo.organisationNames(trx, rows.flatMap((r) => r.monitoring_with));
    await recordProcessing(trx, actor, trace, {
      action: 'monitoring.list',
      activity: 'zvt-meetings',
      recordType: 'meeting-record',
      recordId: null,
      subjectIds: rows.flatMap((r) => (r.subject_id ? [r.subject_id] : [])),
      outcome: 'allowed',
    });
    return {
      appointments: rows.map((r) => ({
        caseId: r.case_id,
        reference: r.reference,
        title: r.subject_name ?? r.group_name ?? r.reference,
        table: r.table_name,
        monitoringOn: r.monitoring_on,
        meetingOn: r.meeting_on,
        with: r.monitoring_with.map((id) => names.get(id) ?? ''),
        status: r.status,
      })),
    };
  });
}

/**
 * ZVT-3A.2: for the case page — the case director and the latest case meeting's record as the actor may see it
 * (the same rule as the minutes). Someone who cannot see the case gets not-found.
 */
export async function getCasePlan(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const kase = (await findCase(trx, caseScope(actor), caseId)) ?? (actor.role === 'partner-professional' ? await findCaseReleasedTo(trx, actor.organisationId, actor.tableIds, caseId) : undefined);
    if (!kase) throw new AccessDenied({ action: 'case-plan.read', activity: 'zvt-meetings', recordType: 'case', recordId: caseId });
    const director = kase.case_director_user_id
      ? await trx
          .selectFrom('users as u')
          .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
          .select(['u.display_name', 'o.name'])
          .where('u.id', '=', kase.case_director_user_id)
          .executeTakeFirst()
      : undefined;
    let latest: { meetingId: string; meetingOn: string; item: MinutesItem } | null = null;
    const [record] = await repo.recordsOfCase(trx, caseId);
    const meeting = record ? await findMeeting(trx, actor.tableIds, record.meeting_id) : undefined;
    if (record && meeting) {
      const [item] = (await minutesItems(trx, actor, meeting, record.agenda_item_id)).items;
      if (item) latest = { meetingId: meeting.id, meetingOn: meeting.starts_on, item };
    }
    await recordProcessing(trx, actor, trace, {
      action: 'case-plan.read',
      activity: 'zvt-meetings',
      recordType: 'case',
      recordId: caseId,
      subjectIds: kase.subject_id ? [kase.subject_id] : [],
      outcome: 'allowed',
    });
    return { caseDirector: director ? { name: director.display_name, organisation: director.name } : null, latest };
  });
}
