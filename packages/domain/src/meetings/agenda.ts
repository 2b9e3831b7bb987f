import type { ProcessDefinition } from '../processes/process-definition.ts';
import type { Role } from '../access-policy.ts';
import { MEETING_KIND_DEFINITIONS, type MeetingKind } from './meeting-kinds.ts';

/** What the agenda rule needs to know about a case. */
export interface AgendaCase {
  readonly tableId: string;
  readonly phase: string;
  /** Set once the case reached an end state: such a case is on no agenda any more. */
  readonly endState: string | null;
}

/** What the agenda rule needs to know about a meeting. */
export interface AgendaMeeting {
  readonly tableId: string;
  readonly kind: MeetingKind;
}

export type AgendaAdmission =
  | { readonly admitted: true }
  | { readonly admitted: false; readonly reason: 'other-table' | 'ended' | 'phase'; readonly message: string };

/**
 * The meeting kind that discusses cases in a phase, as the process definition declares it
 * (`PhaseDefinition.meetingKind`), or `undefined` when no meeting discusses that phase.
 */
export function meetingKindOfPhase(process: ProcessDefinition, phaseId: string): MeetingKind | undefined {
  return process.phases.find((p) => p.id === phaseId)?.meetingKind;
}

/**
 * ZVT-3A.1 (and ZVT-2A.4, ZVT-2B.1): a case may be put on a meeting's agenda only when it belongs to the
 * same table and the procedure admits it to that kind of meeting — its current phase declares that
 * meeting kind in the process definition the case runs under. Messages are Dutch.
 */
export function agendaAdmission(process: ProcessDefinition, theCase: AgendaCase, meeting: AgendaMeeting): AgendaAdmission {
  if (theCase.tableId !== meeting.tableId) {
    return { admitted: false, reason: 'other-table', message: 'Deze casus hoort bij een andere tafel en kan niet op dit overleg worden besproken.' };
  }
  if (theCase.endState !== null) {
    return { admitted: false, reason: 'ended', message: 'Deze casus is afgesloten en kan niet meer worden geagendeerd.' };
  }
  const kind = meetingKindOfPhase(process, theCase.phase);
  if (kind !== meeting.kind) {
    const phase = process.phases.find((p) => p.id === theCase.phase);
    const where = kind === undefined ? 'op geen enkel overleg' : `alleen op een ${MEETING_KIND_DEFINITIONS[kind].label.toLowerCase()}`;
    return {
      admitted: false,
      reason: 'phase',
      message: `Volgens de procedure komt een casus in fase ${theCase.phase}${phase ? ` (${phase.name})` : ''} ${where} in aanmerking, niet op een ${MEETING_KIND_DEFINITIONS[meeting.kind].label.toLowerCase()} (ZVT-3A.1).`,
    };
  }
  return { admitted: true };
}

/** Who is looking at an agenda. */
export interface AgendaViewer {
  readonly role: Role;
  readonly organisationId: string;
  readonly tableIds: readonly string[];
}

/** One agenda item, with the organisations invited to it. */
export interface AgendaItemInvitations {
  readonly invitedOrganisationIds: readonly string[];
}

/** How much of a meeting someone sees. */
export type MeetingView = 'full-agenda' | 'invited-items' | 'none';

/**
 * ZVT-3A.1: the chain director of the table sees the whole agenda; a partner professional of the table sees
 * the meeting (date, place, kind) and only the items their organisation is invited to; administrators and
 * the privacy officer see no meetings (they would reveal nothing useful and nothing is for them).
 */
export function meetingView(viewer: AgendaViewer, meetingTableId: string): MeetingView {
  if (!viewer.tableIds.includes(meetingTableId)) return 'none';
  switch (viewer.role) {
    case 'chain-director':
      return 'full-agenda';
    case 'partner-professional':
      return 'invited-items';
    case 'privacy-officer':
    case 'application-administrator':
      return 'none';
  }
}

/**
 * The agenda items a viewer may see at all; the others are not returned, not even counted (ADR 0013): a
 * partner that is not invited to an item learns nothing of it, not even that a young person is discussed.
 */
export function visibleAgendaItems<T extends AgendaItemInvitations>(viewer: AgendaViewer, meetingTableId: string, items: readonly T[]): T[] {
  switch (meetingView(viewer, meetingTableId)) {
    case 'full-agenda':
      return [...items];
    case 'invited-items':
      return items.filter((item) => item.invitedOrganisationIds.includes(viewer.organisationId));
    case 'none':
      return [];
  }
}
