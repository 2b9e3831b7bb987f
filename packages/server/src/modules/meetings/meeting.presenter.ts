import { DUTCH_TIME_ZONE, MEETING_KIND_DEFINITIONS, agendaIsOpen, missingMinimumPartners, publicHolidayOn, type MeetingKind } from '@ketentafel/domain';
import type { Actor } from '../../auth/actor.ts';
import type { AgendaItemRow, MeetingRow, SeriesRow } from './meeting.repository.ts';

/** "Casusoverleg ZVT Hillegom": the title of a meeting, in the app and in the calendar export. */
export function meetingTitle(kind: MeetingKind, municipality: string): string {
  return `${MEETING_KIND_DEFINITIONS[kind].label} ZVT ${municipality}`;
}

/** Whether the actor may move, cancel or relocate this meeting: the chain director of its table, before it starts. */
export function canManage(actor: Actor, row: Pick<MeetingRow, 'table_id' | 'status' | 'starts_at'>, now: Date): boolean {
  return actor.role === 'chain-director' && actor.tableIds.includes(row.table_id) && row.status === 'planned' && row.starts_at.getTime() > now.getTime();
}

/**
 * Whether the actor may change this meeting's agenda (add and remove items, invite partners): the chain director
 * of its table, until the end of the meeting's day in Dutch time — also during the meeting (ADR 0023).
 */
export function canManageAgenda(actor: Actor, row: Pick<MeetingRow, 'table_id' | 'status' | 'starts_on'>, now: Date): boolean {
  return actor.role === 'chain-director' && actor.tableIds.includes(row.table_id) && agendaIsOpen({ status: row.status, date: row.starts_on }, now, DUTCH_TIME_ZONE);
}

export function presentMeetingSummary(actor: Actor, row: MeetingRow, visibleItemCount: number, now: Date) {
  return {
    id: row.id,
    seriesId: row.series_id,
    table: { id: row.table_id, name: row.table_name, municipality: row.municipality },
    kind: row.kind,
    title: meetingTitle(row.kind, row.municipality),
    scheduledOn: row.scheduled_on,
    startsOn: row.starts_on,
    startTime: row.start_time,
    startsAt: row.starts_at.toISOString(),
    durationMinutes: row.duration_minutes,
    location: row.location,
    status: row.status,
    moved: row.starts_on !== row.scheduled_on,
    publicHoliday: publicHolidayOn(row.starts_on)?.name ?? null,
    agendaItemCount: visibleItemCount,
    abilities: { manage: canManage(actor, row, now), manageAgenda: canManageAgenda(actor, row, now) },
  };
}

export function presentSeries(actor: Actor, row: SeriesRow, meetings: ReturnType<typeof presentMeetingSummary>[]) {
  return {
    id: row.id,
    table: { id: row.table_id, name: row.table_name, municipality: row.municipality },
    kind: row.kind,
    title: meetingTitle(row.kind, row.municipality),
    intervalWeeks: row.interval_weeks,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    location: row.location,
    meetings,
    abilities: { manage: actor.role === 'chain-director' && actor.tableIds.includes(row.table_id) },
  };
}

/**
 * One agenda item. Suggestions are for the chain director only; every viewer of an item (the chain director
 * and the invited partners) sees who else is invited, because they meet.
 */
export function presentAgendaItem(
  actor: Actor,
  kind: MeetingKind,
  item: AgendaItemRow,
  suggestedOrganisationIds: readonly string[],
) {
  return {
    id: item.id,
    case: { id: item.case_id, reference: item.reference, title: item.subject_name ?? item.group_name ?? item.reference, phase: item.phase },
    goal: item.goal,
    invitations: item.invitations.map((i) => ({ id: i.organisation_id, name: i.name, kind: i.kind })),
    suggestedOrganisationIds: actor.role === 'chain-director' ? [...suggestedOrganisationIds] : [],
    missingMinimumPartnerKinds: missingMinimumPartners(kind, item.invitations.map((i) => i.kind)),
  };
}
