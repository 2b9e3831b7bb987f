/**
 * Request and response shapes of the meeting API (packages/server/src/modules/meetings/meeting.schemas.ts),
 * written by hand like types.ts. The server's response schema is the contract.
 */
import type { MeetingKind } from '@ketentafel/domain';
import type { IsoDate, IsoDateTime } from './types.ts';

export type { MeetingKind };

interface TableRef {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
}

interface OrganisationRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** ZMeetingSummary: one meeting, with the number of agenda items the caller may see. */
export interface MeetingSummary {
  readonly id: string;
  readonly seriesId: string;
  readonly table: TableRef;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly scheduledOn: IsoDate;
  readonly startsOn: IsoDate;
  readonly startTime: string;
  readonly startsAt: IsoDateTime;
  readonly durationMinutes: number;
  readonly location: string;
  readonly status: 'planned' | 'cancelled';
  readonly moved: boolean;
  /** The Dutch public holiday the meeting falls on, or null. */
  readonly publicHoliday: string | null;
  readonly agendaItemCount: number;
  readonly abilities: { readonly manage: boolean; readonly manageAgenda: boolean };
}

/** ZMeetingSeries. */
export interface MeetingSeries {
  readonly id: string;
  readonly table: TableRef;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly intervalWeeks: number;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly location: string;
  readonly meetings: readonly MeetingSummary[];
  readonly abilities: { readonly manage: boolean };
}

/** ZMeetingSeriesInput: exactly one of `count` and `until`. */
export interface MeetingSeriesInput {
  readonly tableId: string;
  readonly kind: MeetingKind;
  readonly startDate: IsoDate;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly intervalWeeks: number;
  readonly count?: number;
  readonly until?: IsoDate;
  readonly location: string;
}

/** ZAgendaItem. */
export interface AgendaItem {
  readonly id: string;
  readonly case: { readonly id: string; readonly reference: string; readonly title: string; readonly phase: string };
  readonly goal: string;
  readonly invitations: readonly OrganisationRef[];
  readonly suggestedOrganisationIds: readonly string[];
  readonly missingMinimumPartnerKinds: readonly string[];
}

/** ZMeetingDetail: for a partner only the items its organisation is invited to. */
export interface MeetingDetail extends MeetingSummary {
  readonly agenda: readonly AgendaItem[];
  readonly partners: readonly OrganisationRef[];
}

/** ZMeetingUpdate: move (startsOn/startTime), change the location, or cancel. */
export interface MeetingUpdate {
  readonly startsOn?: IsoDate;
  readonly startTime?: string;
  readonly location?: string;
  readonly status?: 'cancelled';
}

/** ZAgendaCandidates: cases the procedure admits to this meeting. */
export interface AgendaCandidate {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly phase: string;
}
