import {
  DUTCH_TIME_ZONE,
  MEETING_RECORD_OUTCOMES,
  caseDirectorProblems,
  findOutcome,
  meetingOutcomeProblems,
  meetingRecordRefusal,
  normalizeMotivation,
  planActionProblems,
  todayIn,
  type MeetingRecordProblem,
} from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseScope } from '../../access/case-policy.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { requireProcess } from '../../processes.ts';
import * as cases from '../cases/case.repository.ts';
import { findTableParties } from '../case-direction/direction.repository.ts';
import { agendaItemsOf, type MeetingRow } from '../meetings/meeting.repository.ts';
import { requireMeeting } from '../meetings/meeting.service.ts';
import { endAndDelete } from '../triage/triage.service.ts';
import * as repo from './meeting-record.repository.ts';
import { outcomeLabel, presentAction, presentCaseDirector, presentOutcome } from './meeting-record.presenter.ts';
import type { ZMeetingOutcomeInput, ZMeetingRecordInput, ZPlanActionInput } from './meeting-record.schemas.ts';

const PURPOSE_SITUATION_PICTURE = 'Casusoverleg: gezamenlijk toestandsbeeld (ZVT-3A.2)';

interface SituationPictureContent {
  text: string;
}

function invalid(problems: readonly MeetingRecordProblem[]): AppError {
  return new AppError('invalid-input', problems[0]?.message ?? 'Niet alle velden zijn goed ingevuld.', {
    errors: problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
  });
}

/**
 * The meeting and agenda item, for the chain director of the meeting's table; anyone else gets the same
 * not-found as for a meeting that does not exist (the record is the chain director's, ZVT-3A.2).
 */
async function requireItem(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, meetingId: string, itemId: string, forUpdate: boolean) {
  const meeting = await requireMeeting(trx, actor, meetingId, 'meeting.read');
  if (actor.role !== 'chain-director') throw new AccessDenied({ action: 'meeting-record.read', activity: 'zvt-meetings', recordType: 'agenda-item', recordId: itemId });
  const item = await repo.unsafeItemCase(trx, meetingId, itemId, { forUpdate });
  if (!item) throw new AppError('not-found', 'Dit agendapunt bestaat niet (meer).');
  const invitations = (await agendaItemsOf(trx, [meetingId])).find((i) => i.id === itemId)?.invitations ?? [];
  const [record] = await repo.recordsOf(trx, [itemId]);
  const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
  const refusal = meetingRecordRefusal({
    meetingDate: meeting.starts_on,
    meetingStatus: meeting.status,
    meetingKind: meeting.kind,
    casePhase: item.phase,
    caseEndState: item.end_state,
    outcomeRecorded: record?.outcome != null,
    today,
  });
  return { meeting, item, record, invitations, refusal, today };
}

type Loaded = Awaited<ReturnType<typeof requireItem>>;

function requireWritable(loaded: Loaded): void {
  if (loaded.refusal !== null) throw new AppError('rule-violation', loaded.refusal);
}

function log(trx: DbOrTrx, actor: Actor, trace: TraceContext, action: AuditAction, recordId: string, subjectId: string | null) {
  return recordProcessing(trx, actor, trace, { action, activity: 'zvt-meetings', recordType: 'meeting-record', recordId, subjectIds: subjectId ? [subjectId] : [], outcome: 'allowed' });
}

/** The chain director's view of one agenda item's record, with the choices the form needs. */
async function present(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, meeting: MeetingRow, itemId: string) {
  const { item, record, invitations, refusal } = await requireItem(ctx, trx, actor, meeting.id, itemId, false);
  const process = requireProcess(item.process_key, item.process_version);
  const [actions, parties, index, picture] = await Promise.all([
    record ? repo.actionsOf(trx, [record.id]) : Promise.resolve([]),
    findTableParties(trx, item.table_id),
    repo.contributionIndexOfCase(trx, item.case_id),
    record?.situation_contribution_id ? repo.contributionsById(trx, [record.situation_contribution_id]) : Promise.resolve([]),
  ]);
  const invitedIds = invitations.map((i) => i.organisation_id);
  const candidates = await repo.caseDirectorCandidates(trx, item.table_id, invitedIds.filter((id) => id !== parties.chainDirectionOrganisationId));
  const names = new Map(parties.partners.map((p) => [p.id, p.name]));
  const situation = picture[0];
  return {
    agendaItemId: item.agenda_item_id,
    meeting: { id: meeting.id, date: meeting.starts_on },
    case: { id: item.case_id, reference: item.reference, title: item.subject_name ?? item.group_name ?? item.reference, phase: item.phase },
    situationPicture: situation ? { text: (situation.content as SituationPictureContent).text, category: situation.category } : null,
    caseDirector: presentCaseDirector(record),
    actions: actions.map((a) => presentAction(actor, a)),
    outcome: record ? presentOutcome(process, record, names, true) : null,
    options: {
      invitedOrganisations: invitations.map((i) => ({ id: i.organisation_id, name: i.name })),
      tablePartners: parties.partners,
      caseDirectorCandidates: candidates.map((c) => ({ userId: c.id, name: c.display_name, organisation: { id: c.organisation_id, name: c.organisation_name } })),
      contributions: index.map((k) => ({ id: k.id, kind: k.kind, category: k.category, phase: k.phase, owner: { id: k.owner_organisation_id, name: k.owner_name } })),
      outcomes: MEETING_RECORD_OUTCOMES.map((id) => ({ id, label: outcomeLabel(process, id) })),
    },
    refusal,
    abilities: { record: refusal === null },
  };
}

/** ZVT-3A.2: the record of one agenda item as the chain director sees and edits it. */
export async function getMeetingRecord(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, item } = await requireItem(ctx, trx, actor, meetingId, itemId, false);
    const result = await present(ctx, trx, actor, meeting, itemId);
    await log(trx, actor, trace, 'meeting-record.read', itemId, item.subject_id);
    return result;
  });
}

/**
 * ZVT-3A.2: the chain director records the shared situation picture (one contribution of the chain direction,
 * phase 3A, so the access policy and the owner's releases govern it) and/or the case director (a professional of
 * an invited partner; the case row holds it for the access policy).
 */
export async function saveMeetingRecord(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string, input: z.infer<typeof ZMeetingRecordInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await requireItem(ctx, trx, actor, meetingId, itemId, true);
    requireWritable(loaded);
    const { meeting, item, invitations } = loaded;
    const now = ctx.clock.now();
    const recordId = await repo.ensureRecord(trx, { agenda_item_id: itemId, meeting_id: meetingId, case_id: item.case_id, recorded_by: actor.userId });
    if (input.situationPicture) {
      const content: SituationPictureContent = { text: input.situationPicture.text };
      const existing = loaded.record?.situation_contribution_id;
      if (existing) {
        await repo.updateSituationPicture(trx, existing, input.situationPicture.category, content);
      } else {
        const created = await repo.insertSituationPicture(trx, {
          case_id: item.case_id,
          owner_organisation_id: actor.organisationId,
          category: input.situationPicture.category,
          content,
          created_by: actor.userId,
          purpose: PURPOSE_SITUATION_PICTURE,
        });
        await repo.updateRecord(trx, recordId, { situation_contribution_id: created.id }, now);
      }
    }
    if (input.caseDirectorUserId !== undefined) {
      if (input.caseDirectorUserId !== null) {
        const parties = await findTableParties(trx, item.table_id);
        const problems = caseDirectorProblems(await repo.userForCaseDirector(trx, input.caseDirectorUserId), {
          tableId: item.table_id,
          invitedOrganisationIds: invitations.map((i) => i.organisation_id),
          chainDirectionOrganisationId: parties.chainDirectionOrganisationId,
        });
        if (problems.length > 0) throw invalid(problems);
      }
      await repo.updateRecord(trx, recordId, { case_director_user_id: input.caseDirectorUserId }, now);
      await repo.setCaseDirector(trx, item.case_id, input.caseDirectorUserId);
    }
    await repo.updateRecord(trx, recordId, {}, now);
    await cases.touchCase(trx, item.case_id, now);
    await log(trx, actor, trace, 'meeting-record.update', itemId, item.subject_id);
    return present(ctx, trx, actor, meeting, itemId);
  });
}

/**
 * ZVT-3A.2, ZVT-3A.3: one action of the plan — which invited partner does what, by when, and which data (contributions)
 * it needs for that. The data are requested, not released: each owner decides per action (the action is the activity).
 */
export async function addPlanAction(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string, input: z.infer<typeof ZPlanActionInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await requireItem(ctx, trx, actor, meetingId, itemId, true);
    requireWritable(loaded);
    const { meeting, item, invitations } = loaded;
    const [parties, index] = await Promise.all([findTableParties(trx, item.table_id), repo.contributionIndexOfCase(trx, item.case_id)]);
    const problems = planActionProblems(input, {
      meetingDate: meeting.starts_on,
      invitedOrganisationIds: invitations.map((i) => i.organisation_id),
      chainDirectionOrganisationId: parties.chainDirectionOrganisationId,
      caseContributionIds: index.map((k) => k.id),
    });
    if (problems.length > 0) throw invalid(problems);
    // Data the partner already owns need no release.
    const owned = new Set(index.filter((k) => k.owner_organisation_id === input.ownerOrganisationId).map((k) => k.id));
    const recordId = await repo.ensureRecord(trx, { agenda_item_id: itemId, meeting_id: meetingId, case_id: item.case_id, recorded_by: actor.userId });
    const action = await repo.insertAction(trx, {
      meeting_record_id: recordId,
      case_id: item.case_id,
      owner_organisation_id: input.ownerOrganisationId,
      description: input.description.trim(),
      due_on: input.dueOn,
      created_by: actor.userId,
    });
    await repo.insertActionData(trx, input.contributionIds.filter((id) => !owned.has(id)).map((id) => ({ plan_action_id: action.id, case_id: item.case_id, contribution_id: id })));
    const now = ctx.clock.now();
    await repo.updateRecord(trx, recordId, {}, now);
    await cases.touchCase(trx, item.case_id, now);
    await recordProcessing(trx, actor, trace, { action: 'plan-action.add', activity: 'zvt-meetings', recordType: 'plan-action', recordId: action.id, subjectIds: item.subject_id ? [item.subject_id] : [], outcome: 'allowed' });
    return present(ctx, trx, actor, meeting, itemId);
  });
}

/** Removes an action from the plan; releases made for it are withdrawn at once (the activity is gone). */
export async function removePlanAction(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string, actionId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await requireItem(ctx, trx, actor, meetingId, itemId, true);
    requireWritable(loaded);
    const { meeting, item, record } = loaded;
    const grants = record ? await repo.deleteAction(trx, record.id, actionId) : undefined;
    if (!grants) throw new AppError('not-found', 'Deze actie bestaat niet (meer).');
    const now = ctx.clock.now();
    await repo.withdrawGrants(trx, grants, actor.userId, now);
    await cases.touchCase(trx, item.case_id, now);
    await recordProcessing(trx, actor, trace, { action: 'plan-action.remove', activity: 'zvt-meetings', recordType: 'plan-action', recordId: actionId, subjectIds: item.subject_id ? [item.subject_id] : [], outcome: 'allowed' });
    return present(ctx, trx, actor, meeting, itemId);
  });
}

/**
 * ZVT-3A.5: the motivated outcome. Plan with monitoring: the case stays at the case meeting with a return date and
 * partners. Other table: the case data are deleted at once (the same path as "not admitted" and the 2A "not"
 * outcome; the referrer gets the motivation as advice). Scale down: phase 4A with `scale_down_on` = the meeting
 * day (the decision), which starts the phased retention (ZVT-4A.1).
 */
export async function decideMeetingOutcome(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, itemId: string, input: z.infer<typeof ZMeetingOutcomeInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await requireItem(ctx, trx, actor, meetingId, itemId, true);
    requireWritable(loaded);
    const { meeting, item, record } = loaded;
    const process = requireProcess(item.process_key, item.process_version);
    const parties = await findTableParties(trx, item.table_id);
    const actions = record ? await repo.actionsOf(trx, [record.id]) : [];
    const problems = meetingOutcomeProblems(input, {
      meetingDate: meeting.starts_on,
      tablePartnerIds: parties.partners.map((p) => p.id),
      hasSituationPicture: Boolean(record?.situation_contribution_id),
      actionCount: actions.length,
      hasCaseDirector: Boolean(record?.case_director_user_id),
      maxInactivityMonths: process.maxInactivity.months,
    });
    if (problems.length > 0) throw invalid(problems);
    const outcome = findOutcome(process, '3A', input.outcome);
    const motivation = normalizeMotivation(input.motivation);
    const caseRow = await cases.findCase(trx, caseScope(actor), item.case_id, { forUpdate: true });
    if (!caseRow) throw new AppError('not-found', 'Niet gevonden of geen toegang.');
    if ('endState' in outcome.to) {
      await endAndDelete(trx, actor, trace, caseRow, {
        action: 'meeting-record.outcome',
        statisticsOutcome: outcome.id,
        rule: `${process.key}@${String(process.version)} ${outcome.to.endState}: direct verwijderen (ZVT-3A.5)`,
        message: `Volgens het casusoverleg hoort casus ${caseRow.reference} thuis op een andere overlegtafel; u registreert de afhandeling in uw eigen systeem.`,
        advice: motivation,
        onDate: loaded.today,
      });
      return { outcome: input.outcome, deleted: true, phase: null, scaleDownOn: null, record: null };
    }
    const now = ctx.clock.now();
    const recordId = await repo.ensureRecord(trx, { agenda_item_id: itemId, meeting_id: meetingId, case_id: item.case_id, recorded_by: actor.userId });
    const recorded = input.outcome === 'plan-with-monitoring' ? input.outcome : 'scale-down';
    const plan = recorded === 'plan-with-monitoring';
    await repo.updateRecord(
      trx,
      recordId,
      {
        outcome: recorded,
        motivation,
        decided_on: meeting.starts_on,
        decided_by: actor.userId,
        monitoring_on: plan ? (input.monitoringOn ?? null) : null,
        monitoring_with: plan ? [...new Set(input.monitoringWithOrganisationIds ?? [])] : [],
      },
      now,
    );
    await cases.insertTransition(trx, { case_id: item.case_id, from_phase: '3A', to_phase: outcome.to.phase, outcome: outcome.id });
    if (outcome.duties.includes('start-retention')) {
      await trx.updateTable('cases').set({ phase: outcome.to.phase, scale_down_on: meeting.starts_on, last_activity_at: now, last_substantive_change_at: now }).where('id', '=', item.case_id).execute();
    } else {
      await cases.updateCasePhase(trx, item.case_id, outcome.to.phase, now);
    }
    await log(trx, actor, trace, 'meeting-record.outcome', itemId, item.subject_id);
    return {
      outcome: input.outcome,
      deleted: false,
      phase: outcome.to.phase,
      scaleDownOn: outcome.duties.includes('start-retention') ? meeting.starts_on : null,
      record: await present(ctx, trx, actor, meeting, itemId),
    };
  });
}
