import { agendaAdmission } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { requireProcess } from '../../processes.ts';
import { touchCase } from '../cases/case.repository.ts';
import * as repo from './meeting.repository.ts';
import { canManageAgenda } from './meeting.presenter.ts';
import { loadMeetingDetail, requireMeeting } from './meeting.service.ts';

type AgendaAction = 'agenda-candidates.list' | 'agenda-item.add' | 'agenda-item.remove' | 'agenda-item.invite';

/** The meeting, for the chain director of its table, while its agenda is open (planned, until the end of its day; ADR 0023). */
async function requireManageableMeeting(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, meetingId: string, action: AgendaAction) {
  const row = await requireMeeting(trx, actor, meetingId, action, action !== 'agenda-candidates.list');
  if (actor.role !== 'chain-director') throw new AppError('forbidden', 'Alleen de ketenregisseur stelt de agenda op en nodigt ketenpartners uit (ZVT-3A.1).');
  if (!canManageAgenda(actor, row, ctx.clock.now())) {
    throw new AppError('rule-violation', 'Dit overleg is geannuleerd of de vergaderdag is voorbij; de agenda kan niet meer worden gewijzigd.');
  }
  return row;
}

/** ZVT-3A.1: the open cases of the meeting's table that the procedure admits to this kind of meeting and are not on its agenda yet. */
export async function listAgendaCandidates(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireManageableMeeting(ctx, trx, actor, meetingId, 'agenda-candidates.list');
    const onAgenda = new Set((await repo.agendaItemsOf(trx, [meeting.id])).map((i) => i.case_id));
    const cases = (await repo.unsafeOpenCasesOfTable(trx, meeting.table_id)).filter(
      (c) =>
        !onAgenda.has(c.id) &&
        agendaAdmission(requireProcess(c.process_key, c.process_version), { tableId: c.table_id, phase: c.phase, endState: c.end_state }, { tableId: meeting.table_id, kind: meeting.kind }).admitted,
    );
    await recordProcessing(trx, actor, trace, {
      action: 'agenda-candidates.list',
      activity: 'zvt-meetings',
      recordType: 'meeting',
      recordId: meetingId,
      subjectIds: cases.flatMap((c) => (c.subject_id ? [c.subject_id] : [])),
      outcome: 'allowed',
    });
    return { candidates: cases.map((c) => ({ id: c.id, reference: c.reference, title: c.subject_name ?? c.group_name ?? c.reference, phase: c.phase })) };
  });
}

/**
 * ZVT-3A.1: the chain director puts a case on the agenda with the goal of discussing it. Only a case of the
 * same table whose phase admits this kind of meeting (the process definition's `meetingKind`); otherwise 422
 * with the reason in Dutch. A case the chain director cannot see is not-found.
 */
export async function addAgendaItem(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, input: { caseId: string; goal: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireManageableMeeting(ctx, trx, actor, meetingId, 'agenda-item.add');
    const theCase = await repo.unsafeCaseForAgenda(trx, input.caseId);
    if (!theCase || !actor.tableIds.includes(theCase.table_id)) {
      throw new AccessDenied({ action: 'agenda-item.add', activity: 'zvt-meetings', recordType: 'case', recordId: input.caseId });
    }
    const admission = agendaAdmission(
      requireProcess(theCase.process_key, theCase.process_version),
      { tableId: theCase.table_id, phase: theCase.phase, endState: theCase.end_state },
      { tableId: meeting.table_id, kind: meeting.kind },
    );
    if (!admission.admitted) throw new AppError('rule-violation', admission.message, { errors: [{ field: 'body.caseId', message: admission.message }] });
    const created = await repo.insertAgendaItem(trx, { meeting_id: meeting.id, case_id: theCase.id, goal: input.goal, added_by: actor.userId });
    if (!created) throw new AppError('conflict', 'Deze casus staat al op de agenda van dit overleg.');
    await touchCase(trx, theCase.id, ctx.clock.now());
    await recordProcessing(trx, actor, trace, {
      action: 'agenda-item.add',
      activity: 'zvt-meetings',
      recordType: 'agenda-item',
      recordId: created.id,
      subjectIds: theCase.subject_id ? [theCase.subject_id] : [],
      outcome: 'allowed',
    });
    return itemOf(ctx, trx, actor, meeting, created.id);
  });
}

async function itemOf(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, meeting: repo.MeetingRow, itemId: string) {
  const { detail } = await loadMeetingDetail(ctx, trx, actor, meeting);
  const item = detail.agenda.find((i) => i.id === itemId);
  if (!item) throw new Error('agenda item vanished inside its own transaction');
  return item;
}

/** Takes a case off the agenda (before the meeting); its invitations go with it. */
export async function removeAgendaItem(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireManageableMeeting(ctx, trx, actor, meetingId, 'agenda-item.remove');
    const removed = await repo.deleteAgendaItem(trx, meeting.id, itemId);
    if (!removed) throw new AppError('not-found', 'Dit agendapunt bestaat niet (meer).');
    await repo.uncountAgendaItem(trx, meeting.id);
    const theCase = await repo.unsafeCaseForAgenda(trx, removed.case_id);
    await recordProcessing(trx, actor, trace, {
      action: 'agenda-item.remove',
      activity: 'zvt-meetings',
      recordType: 'agenda-item',
      recordId: itemId,
      subjectIds: theCase?.subject_id ? [theCase.subject_id] : [],
      outcome: 'allowed',
    });
  });
}

/**
 * ZVT-3A.1: the partners invited to one agenda item ("only partners the chain director invites on the basis of
 * triage attend, per agenda item"). Replaces the set; only partners of the table can be invited.
 */
export async function setInvitations(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string, organisationIds: readonly string[]) {
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireManageableMeeting(ctx, trx, actor, meetingId, 'agenda-item.invite');
    const item = (await repo.agendaItemsOf(trx, [meeting.id])).find((i) => i.id === itemId);
    if (!item) throw new AppError('not-found', 'Dit agendapunt bestaat niet (meer).');
    const partners = new Set((await repo.tablePartners(trx, meeting.table_id)).map((p) => p.id));
    const unique = [...new Set(organisationIds)];
    const outside = unique.filter((id) => !partners.has(id));
    if (outside.length > 0) {
      throw new AppError('invalid-input', 'Alleen ketenpartners van deze tafel kunnen worden uitgenodigd.', {
        errors: [{ field: 'body.organisationIds', message: 'Kies ketenpartners van deze tafel.' }],
      });
    }
    await repo.replaceInvitations(trx, itemId, unique, actor.userId);
    await recordProcessing(trx, actor, trace, {
      action: 'agenda-item.invite',
      activity: 'zvt-meetings',
      recordType: 'agenda-item',
      recordId: itemId,
      subjectIds: item.subject_id ? [item.subject_id] : [],
      outcome: 'allowed',
    });
    return itemOf(ctx, trx, actor, meeting, itemId);
  });
}
