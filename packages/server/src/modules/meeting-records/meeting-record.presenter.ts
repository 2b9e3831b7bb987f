import { mayDecideOnPlanRelease, type MeetingRecordOutcome, type ProcessDefinition } from '@ketentafel/domain';
import type { Actor } from '../../auth/actor.ts';
import type { ActionRow, RecordRow } from './meeting-record.repository.ts';

type DataRow = ActionRow['data'][number];

/** One data request of an action; `decide` only for its owner while the decision is open (ZVT-3A.3). */
export function presentActionData(actor: Actor, d: DataRow) {
  return {
    contributionId: d.contribution_id,
    kind: d.kind,
    category: d.category,
    owner: { id: d.owner_organisation_id, name: d.owner_name },
    // A release the owner withdrew later (or that went with its action) no longer counts.
    status: d.status === 'released' && d.withdrawn_at !== null ? ('withdrawn' as const) : d.status,
    refusalReason: d.refusal_reason,
    abilities: { decide: d.status === 'pending' && mayDecideOnPlanRelease(actor, d.owner_organisation_id) },
  };
}

export function presentAction(actor: Actor, a: ActionRow) {
  return {
    id: a.id,
    owner: { id: a.owner_organisation_id, name: a.owner_name },
    description: a.description,
    dueOn: a.due_on,
    data: a.data.map((d) => presentActionData(actor, d)),
  };
}

/** The outcome label as the process definition declares it. */
export function outcomeLabel(process: ProcessDefinition, outcome: MeetingRecordOutcome): string {
  return process.outcomes.find((o) => o.from === '3A' && o.id === outcome)?.label ?? outcome;
}

/** The recorded outcome; the motivation only when `full` (the chain director). */
export function presentOutcome(process: ProcessDefinition, record: RecordRow, names: ReadonlyMap<string, string>, full: boolean) {
  if (record.outcome === null || record.decided_on === null) return null;
  return {
    outcome: record.outcome,
    label: outcomeLabel(process, record.outcome),
    decidedOn: record.decided_on,
    motivation: full ? record.motivation : null,
    monitoringOn: record.monitoring_on,
    monitoringWith: record.monitoring_with.map((id) => ({ id, name: names.get(id) ?? '' })),
  };
}

export function presentCaseDirector(record: RecordRow | undefined) {
  if (!record?.case_director_user_id || record.case_director_organisation_id === null) return null;
  return {
    userId: record.case_director_user_id,
    name: record.case_director_name ?? '',
    organisation: { id: record.case_director_organisation_id, name: record.case_director_organisation_name ?? '' },
  };
}
