import { addCalendarMonths, addDays, compareIsoDates, isIsoDate, type IsoDate } from '../dates.ts';
import { MIN_MOTIVATION_LENGTH, normalizeMotivation } from '../motivation.ts';

/**
 * The record of one agenda item of a case meeting (ZVT-3A.2 – ZVT-3A.5): the shared situation picture, the plan
 * (actions with an owning partner, a due date and the data that partner needs), the case director and the outcome.
 * Pure rules; the server applies them and stores the record.
 */

/** ZVT-3A.5: the outcomes of a case meeting, as the process definition names them (phase 3A). */
export const MEETING_RECORD_OUTCOMES = ['plan-with-monitoring', 'other-table', 'scale-down'] as const;
export type MeetingRecordOutcome = (typeof MEETING_RECORD_OUTCOMES)[number];

/** Shortest description of a plan action: "who does what" must say what. */
export const MIN_ACTION_DESCRIPTION_LENGTH = 10;

/** How many days ahead the chain director's start page lists a monitoring appointment as due. */
export const MONITORING_DUE_WITHIN_DAYS = 14;

/** One problem with what the chain director entered, keyed by the input field it concerns. */
export interface MeetingRecordProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * ZVT-3A.2: whether the meeting's record can be written now, or why not (Dutch). The chain director records
 * during the meeting: from the meeting day on (not before: nothing has been agreed yet), for a meeting that was
 * not cancelled, about a case that is still in the case-meeting phase and has not ended; once the outcome is
 * recorded the record is closed.
 */
export function meetingRecordRefusal(input: {
  readonly meetingDate: IsoDate;
  readonly meetingStatus: string;
  readonly meetingKind: string;
  readonly casePhase: string;
  readonly caseEndState: string | null;
  readonly outcomeRecorded: boolean;
  readonly today: IsoDate;
}): string | null {
  if (input.meetingKind !== 'case-meeting') return 'Alleen van een casusoverleg wordt een verslag met plan van aanpak vastgelegd (ZVT-3A.2).';
  if (input.meetingStatus === 'cancelled') return 'Dit overleg is geannuleerd; er is niets vast te leggen.';
  if (compareIsoDates(input.today, input.meetingDate) < 0) return `Het verslag wordt tijdens het overleg vastgelegd, vanaf de vergaderdag (${input.meetingDate}).`;
  if (input.outcomeRecorded) return 'De uitkomst van dit agendapunt is al vastgelegd; het verslag is gesloten.';
  if (input.caseEndState !== null || input.casePhase !== '3A') return 'De casus is niet (meer) in het casusoverleg (fase 3A).';
  return null;
}

/** One action of the plan as entered. */
export interface PlanActionInput {
  readonly ownerOrganisationId: string;
  readonly description: string;
  readonly dueOn: string;
  /** The contributions of the case this partner needs for its task (ZVT-3A.2 "which data each needs"). */
  readonly contributionIds: readonly string[];
}

/**
 * ZVT-3A.2: everything wrong with one plan action (empty when it may be recorded). The owner is a partner invited
 * to this agenda item (only those attend and are mandated to agree, ZVT-3A.1) and never the municipality that runs
 * chain direction (ZVT-E.1); the due date lies on or after the meeting day and within a year; the data named are
 * contributions of this case, each once.
 */
export function planActionProblems(
  input: PlanActionInput,
  context: {
    readonly meetingDate: IsoDate;
    readonly invitedOrganisationIds: readonly string[];
    readonly chainDirectionOrganisationId: string;
    readonly caseContributionIds: readonly string[];
  },
): readonly MeetingRecordProblem[] {
  const problems: MeetingRecordProblem[] = [];
  if (input.ownerOrganisationId === context.chainDirectionOrganisationId) {
    problems.push({ field: 'ownerOrganisationId', message: 'De gemeente voert de ketenregie; een actie is van een ketenpartner (ZVT-E.1).' });
  } else if (!context.invitedOrganisationIds.includes(input.ownerOrganisationId)) {
    problems.push({ field: 'ownerOrganisationId', message: 'Een actie is van een ketenpartner die voor dit agendapunt is uitgenodigd (ZVT-3A.1).' });
  }
  if (input.description.trim().length < MIN_ACTION_DESCRIPTION_LENGTH) {
    problems.push({ field: 'description', message: `Beschrijf wat de partner doet (minstens ${String(MIN_ACTION_DESCRIPTION_LENGTH)} tekens).` });
  }
  if (!isIsoDate(input.dueOn)) {
    problems.push({ field: 'dueOn', message: 'Vul een geldige datum in.' });
  } else if (compareIsoDates(input.dueOn, context.meetingDate) < 0) {
    problems.push({ field: 'dueOn', message: `De actie is niet vóór het overleg (${context.meetingDate}) af te ronden; kies een latere datum.` });
  } else if (compareIsoDates(input.dueOn, addCalendarMonths(context.meetingDate, 12)) > 0) {
    problems.push({ field: 'dueOn', message: 'Kies een datum binnen een jaar na het overleg.' });
  }
  const unknown = input.contributionIds.filter((id) => !context.caseContributionIds.includes(id));
  if (unknown.length > 0) problems.push({ field: 'contributionIds', message: 'Kies alleen gegevens van deze casus.' });
  else if (new Set(input.contributionIds).size !== input.contributionIds.length) problems.push({ field: 'contributionIds', message: 'Noem elk gegeven één keer.' });
  return problems;
}

/** The user proposed as case director. */
export interface CaseDirectorCandidate {
  readonly role: string;
  readonly organisationId: string;
  readonly active: boolean;
  readonly tableIds: readonly string[];
}

/**
 * ZVT-3A.2, ZVT-E.1: everything wrong with a proposed case director. A professional (not the chain director) of a
 * partner invited to this agenda item, who takes part in the table; never someone of the municipality that runs
 * chain direction ("de gemeente voert de ketenregie en niet de casusregie").
 */
export function caseDirectorProblems(
  candidate: CaseDirectorCandidate | undefined,
  context: { readonly tableId: string; readonly invitedOrganisationIds: readonly string[]; readonly chainDirectionOrganisationId: string },
): readonly MeetingRecordProblem[] {
  const field = 'caseDirectorUserId';
  if (candidate === undefined || !candidate.active) return [{ field, message: 'Kies een actieve gebruiker als casusregisseur.' }];
  if (candidate.organisationId === context.chainDirectionOrganisationId) {
    return [{ field, message: 'De gemeente voert de ketenregie, niet de casusregie (ZVT-E.1): kies een professional van een ketenpartner.' }];
  }
  if (candidate.role !== 'partner-professional') return [{ field, message: 'De casusregisseur is een professional van een ketenpartner.' }];
  if (!context.invitedOrganisationIds.includes(candidate.organisationId)) {
    return [{ field, message: 'De casusregisseur werkt bij een ketenpartner die voor dit agendapunt is uitgenodigd.' }];
  }
  if (!candidate.tableIds.includes(context.tableId)) return [{ field, message: 'De casusregisseur neemt deel aan deze tafel.' }];
  return [];
}

/** The outcome as entered (ZVT-3A.5). */
export interface MeetingOutcomeInput {
  readonly outcome: MeetingRecordOutcome;
  readonly motivation: string;
  readonly monitoringOn?: string | undefined;
  readonly monitoringWithOrganisationIds?: readonly string[] | undefined;
}

/**
 * ZVT-3A.5: everything wrong with a proposed outcome (empty when it may be recorded). Every outcome needs a
 * motivation. A plan with monitoring needs the situation picture, at least one action, a case director and a
 * monitoring appointment: a return date after the meeting (and before the case would lapse for inactivity) with
 * at least one partner of the table. Other table and scale down carry no monitoring appointment.
 */
export function meetingOutcomeProblems(
  input: MeetingOutcomeInput,
  context: {
    readonly meetingDate: IsoDate;
    readonly tablePartnerIds: readonly string[];
    readonly hasSituationPicture: boolean;
    readonly actionCount: number;
    readonly hasCaseDirector: boolean;
    /** The process's maximum period without activity: a later monitoring date would come after deletion. */
    readonly maxInactivityMonths: number;
  },
): readonly MeetingRecordProblem[] {
  const problems: MeetingRecordProblem[] = [];
  if (normalizeMotivation(input.motivation).length < MIN_MOTIVATION_LENGTH) {
    problems.push({ field: 'motivation', message: `Motiveer de uitkomst (minimaal ${String(MIN_MOTIVATION_LENGTH)} tekens).` });
  }
  const withWhom = input.monitoringWithOrganisationIds ?? [];
  if (input.outcome !== 'plan-with-monitoring') {
    if (input.monitoringOn !== undefined || withWhom.length > 0) {
      problems.push({ field: 'monitoringOn', message: 'Alleen bij een plan van aanpak hoort een vervolgafspraak voor monitoring.' });
    }
    return problems;
  }
  if (!context.hasSituationPicture) problems.push({ field: 'outcome', message: 'Leg eerst het gezamenlijke toestandsbeeld vast (ZVT-3A.2).' });
  if (context.actionCount === 0) problems.push({ field: 'outcome', message: 'Een plan van aanpak heeft minstens één actie (wie doet wat, ZVT-3A.2).' });
  if (!context.hasCaseDirector) problems.push({ field: 'outcome', message: 'Leg eerst vast wie de casusregisseur wordt (ZVT-3A.2).' });
  if (input.monitoringOn === undefined || !isIsoDate(input.monitoringOn)) {
    problems.push({ field: 'monitoringOn', message: 'Vul de datum in waarop de casus terugkomt voor monitoring.' });
  } else if (compareIsoDates(input.monitoringOn, context.meetingDate) <= 0) {
    problems.push({ field: 'monitoringOn', message: `De monitoring is na dit overleg (${context.meetingDate}); kies een latere datum.` });
  } else if (compareIsoDates(input.monitoringOn, addCalendarMonths(context.meetingDate, context.maxInactivityMonths)) >= 0) {
    problems.push({ field: 'monitoringOn', message: `Kies een datum binnen ${String(context.maxInactivityMonths)} maanden: daarna zou de casus al wegens inactiviteit verwijderd zijn (X-4).` });
  }
  if (withWhom.length === 0) problems.push({ field: 'monitoringWithOrganisationIds', message: 'Kies met welke ketenpartners de casus terugkomt.' });
  else if (withWhom.some((id) => !context.tablePartnerIds.includes(id))) {
    problems.push({ field: 'monitoringWithOrganisationIds', message: 'Kies alleen ketenpartners van deze tafel.' });
  }
  return problems;
}

/** Who reads the minutes. */
export interface MinutesViewer {
  readonly role: string;
  readonly organisationId: string;
  readonly tableIds: readonly string[];
}

/** What the minutes rule needs to know about one agenda item's record. */
export interface MinutesItemFacts {
  readonly tableId: string;
  readonly invitedOrganisationIds: readonly string[];
  /** The situation picture's owner and the partners it is released to (active releases only), or `null`. */
  readonly situationPicture: { readonly ownerOrganisationId: string; readonly releasedToOrganisationIds: readonly string[] } | null;
  readonly actionOwnerOrganisationIds: readonly string[];
  readonly caseDirectorOrganisationId: string | null;
}

/** What of one item's minutes a viewer sees. */
export interface MinutesItemView {
  readonly visible: boolean;
  /** The chain director: everything, including the motivation. */
  readonly full: boolean;
  readonly situationPicture: boolean;
  /** Indexes (into `actionOwnerOrganisationIds`) of the actions shown. */
  readonly actionIndexes: readonly number[];
  /** Whether the young person's name is shown: only to a partner with a role in the plan (ZVT-3A.3). */
  readonly subjectName: boolean;
}

const NOTHING: MinutesItemView = { visible: false, full: false, situationPicture: false, actionIndexes: [], subjectName: false };

/**
 * ZVT-3A.4, ZVT-3A.3: what one viewer sees of one agenda item's minutes. The chain director of the table sees all.
 * A partner sees an item only when its organisation was invited to it, and then only what was released to it:
 * the situation picture when it owns it or the owner released it to this partner; of the plan only its own
 * actions. A partner without a role in the plan (no action, not the case director's organisation, nothing
 * released) takes no personal data: it sees the agreements without the young person's name.
 */
export function minutesItemView(viewer: MinutesViewer, item: MinutesItemFacts): MinutesItemView {
  if (!viewer.tableIds.includes(item.tableId)) return NOTHING;
  const all = item.actionOwnerOrganisationIds.map((_, i) => i);
  if (viewer.role === 'chain-director') return { visible: true, full: true, situationPicture: item.situationPicture !== null, actionIndexes: all, subjectName: true };
  if (viewer.role !== 'partner-professional' || !item.invitedOrganisationIds.includes(viewer.organisationId)) return NOTHING;
  const picture = item.situationPicture;
  const situationPicture = picture !== null && (picture.ownerOrganisationId === viewer.organisationId || picture.releasedToOrganisationIds.includes(viewer.organisationId));
  const actionIndexes = all.filter((i) => item.actionOwnerOrganisationIds[i] === viewer.organisationId);
  const roleInPlan = actionIndexes.length > 0 || item.caseDirectorOrganisationId === viewer.organisationId || situationPicture;
  return { visible: true, full: false, situationPicture, actionIndexes, subjectName: roleInPlan };
}

/**
 * ZVT-3A.3: who decides whether a contribution goes with a plan action — only its owner (zeggenschap): a
 * professional of the owning partner, or the chain director for what the chain direction itself contributed
 * (the situation picture, the triage record).
 */
export function mayDecideOnPlanRelease(actor: { readonly role: string; readonly organisationId: string }, ownerOrganisationId: string): boolean {
  return actor.organisationId === ownerOrganisationId && (actor.role === 'partner-professional' || actor.role === 'chain-director');
}

/** The start page's "Monitoring-afspraken": a monitoring date that is past or within {@link MONITORING_DUE_WITHIN_DAYS} days. */
export function monitoringStatus(monitoringOn: IsoDate, today: IsoDate): 'overdue' | 'due' | 'later' {
  if (compareIsoDates(monitoringOn, today) < 0) return 'overdue';
  return compareIsoDates(monitoringOn, addDays(today, MONITORING_DUE_WITHIN_DAYS)) <= 0 ? 'due' : 'later';
}
