import { DUTCH_TIME_ZONE, focusItemConcluded, focusReleaseIsCurrent, todayIn, type PolicyMeetingRelease } from '@ketentafel/domain';
import type { DbOrTrx } from '../../db/database.ts';
import { requireProcess } from '../../processes.ts';
import * as repo from './focus-release.repository.ts';

/** Whether the focus meeting decided about the agenda item's case (ADR 0019). */
export function concluded(item: repo.CaseAgendaItemRow): boolean {
  return focusItemConcluded(requireProcess(item.process_key, item.process_version), item.phase, item.end_state !== null);
}

/** The facts of an agenda item that decide whether a release for it counts. */
export function facts(item: repo.CaseAgendaItemRow) {
  return { meetingKind: item.kind, meetingDate: item.starts_on, meetingStatus: item.status, itemConcluded: concluded(item) };
}

/**
 * The releases for a focus meeting of a case's contributions, as the access policy needs them (ZVT-2A.4): per
 * contribution, who is invited to the agenda item now and whether the release counts today.
 */
export async function caseMeetingReleases(db: DbOrTrx, caseId: string, now: Date): Promise<ReadonlyMap<string, PolicyMeetingRelease[]>> {
  const releases = await repo.meetingReleasesOfCase(db, caseId);
  const result = new Map<string, PolicyMeetingRelease[]>();
  if (releases.length === 0) return result;
  const items = await repo.unsafeAgendaItemsOfCase(db, caseId);
  const today = todayIn(DUTCH_TIME_ZONE, now);
  for (const release of releases) {
    const item = items.find((i) => i.id === release.agenda_item_id);
    if (!item) continue;
    const current = focusReleaseIsCurrent({ ...facts(item), withdrawnAt: release.withdrawn_at?.toISOString() ?? null }, today);
    result.set(release.contribution_id, [...(result.get(release.contribution_id) ?? []), { invitedOrganisationIds: item.invited_organisation_ids, current }]);
  }
  return result;
}

