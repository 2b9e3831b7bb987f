import { compareIsoDates } from '../dates.ts';
import type { ProcessDefinition } from '../processes/process-definition.ts';
import type { MeetingKind } from './meeting-kinds.ts';

/**
 * ZVT-2A.4 "doubt → focus meeting, where each owner shares only what it releases for that meeting": a release of
 * one contribution by its owner, scoped to one agenda item of one focus meeting (not to a plan activity). What the
 * access policy needs of it: which organisations are invited to the item, and whether the release counts today
 * (`focusReleaseIsCurrent`). ADR 0019.
 */
export interface PolicyMeetingRelease {
  /** The organisations invited to the agenda item, now (an invitation withdrawn later also ends what it showed). */
  readonly invitedOrganisationIds: readonly string[];
  /** Computed with {@link focusReleaseIsCurrent}. */
  readonly current: boolean;
}

/** The facts of a focus-meeting release that decide whether it shows anything today. */
export interface FocusReleaseFacts {
  readonly meetingKind: MeetingKind;
  /** The meeting's date (`YYYY-MM-DD`, Dutch time): follows the meeting when it is moved. */
  readonly meetingDate: string;
  readonly meetingStatus: 'planned' | 'cancelled';
  /** The focus meeting decided about the item (the case left the focus-meeting phase), see {@link focusItemConcluded}. */
  readonly itemConcluded: boolean;
  /** Set when the owner withdrew the release; a withdrawal takes effect at once. */
  readonly withdrawnAt: string | null;
}

/**
 * Whether a focus-meeting release lets the invited partners see the contribution today (ADR 0019): only on the
 * meeting day itself (from 00:00 Dutch time), only while the item is not concluded, not when the meeting is
 * cancelled or the release withdrawn. Before the day nothing shows; the day after nothing shows, without any job.
 *
 * @param today - today's date in Dutch time (`todayIn(DUTCH_TIME_ZONE, clock)`)
 */
export function focusReleaseIsCurrent(release: FocusReleaseFacts, today: string): boolean {
  return (
    release.meetingKind === 'focus' &&
    release.meetingStatus === 'planned' &&
    release.withdrawnAt === null &&
    !release.itemConcluded &&
    compareIsoDates(today, release.meetingDate) === 0
  );
}

/**
 * Whether the focus meeting has decided about a case on its agenda: the case is no longer in a phase that the
 * process puts on a focus meeting (an outcome `focus-to-case-meeting` or `focus-not-to-case-meeting` was
 * recorded), or the case has ended.
 */
export function focusItemConcluded(process: ProcessDefinition, casePhase: string, caseEnded: boolean): boolean {
  return caseEnded || process.phases.find((p) => p.id === casePhase)?.meetingKind !== 'focus';
}

/**
 * Whether the owner may (still) release for this agenda item; a Dutch reason when not. A release can be made
 * ahead of the meeting, up to and including its day, for a focus meeting that is planned and an item that is
 * not concluded.
 */
export function focusReleaseProblem(release: Omit<FocusReleaseFacts, 'withdrawnAt'>, today: string): string | null {
  if (release.meetingKind !== 'focus') return 'Vrijgeven voor een overleg kan alleen voor een focusoverleg (ZVT-2A.4).';
  if (release.meetingStatus !== 'planned') return 'Dit focusoverleg is geannuleerd.';
  if (compareIsoDates(today, release.meetingDate) > 0) return 'Dit focusoverleg is al geweest.';
  if (release.itemConcluded) return 'Het focusoverleg heeft over deze casus al besloten.';
  return null;
}
