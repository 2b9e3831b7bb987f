import { MEETING_KIND_DEFINITIONS, PARTNER_KIND_LABELS, type MeetingKind, type PartnerKind } from '@ketentafel/domain';
import type { MeetingSummary } from '../api/meeting-types.ts';

/** "Casusoverleg", "Focusoverleg", … */
export function meetingKindLabel(kind: MeetingKind): string {
  return MEETING_KIND_DEFINITIONS[kind].label;
}

/** "120 minuten". */
export function formatDuration(minutes: number): string {
  return `${String(minutes)} minuten`;
}

/** "gepland", "geannuleerd", "verplaatst". */
export function meetingStatusLabel(meeting: Pick<MeetingSummary, 'status' | 'moved'>): string {
  if (meeting.status === 'cancelled') return 'Geannuleerd';
  return meeting.moved ? 'Verplaatst' : 'Gepland';
}

/** "valt op Eerste Kerstdag" for a planned meeting on a public holiday, so the chain director can move it; else null. */
export function publicHolidayNote(meeting: Pick<MeetingSummary, 'status' | 'publicHoliday'>): string | null {
  return meeting.status === 'planned' && meeting.publicHoliday !== null ? `valt op ${meeting.publicHoliday}` : null;
}

/** A partner kind in Dutch ("jongerenwerk"); unknown kinds as they are. */
export function partnerKindLabel(kind: string): string {
  return Object.hasOwn(PARTNER_KIND_LABELS, kind) ? PARTNER_KIND_LABELS[kind as PartnerKind] : kind;
}

/** "1 agendapunt", "3 agendapunten", "geen agendapunten". */
export function agendaCount(count: number): string {
  if (count === 0) return 'geen agendapunten';
  return count === 1 ? '1 agendapunt' : `${String(count)} agendapunten`;
}
