import { describe, expect, it } from 'vitest';
import { evaluateContributionAccess, type PolicyActor, type PolicyContribution } from '../access-policy.ts';
import { addDays } from '../dates.ts';
import { zvtProcessV1 } from '../processes/zvt.ts';
import { focusItemConcluded, focusReleaseIsCurrent, focusReleaseProblem, type FocusReleaseFacts } from './focus-release.ts';

const MEETING_DAY = '2026-12-01';
const release: FocusReleaseFacts = { meetingKind: 'focus', meetingDate: MEETING_DAY, meetingStatus: 'planned', itemConcluded: false, withdrawnAt: null };

/** A care contribution of the police, phase 2A (a triage answer), at table t1. */
const base: PolicyContribution = {
  tableId: 't1',
  phase: '2A',
  category: 'care',
  ownerOrganisationId: 'police',
  createdByUserId: 'u-police',
  caseReferrerUserId: 'u-school',
  caseDirectorUserId: null,
  grants: [],
};
const youthWork: PolicyActor = { userId: 'u-yw', organisationId: 'youth-work', role: 'partner-professional', tableIds: ['t1'] };
const youthCare: PolicyActor = { userId: 'u-yc', organisationId: 'youth-care', role: 'partner-professional', tableIds: ['t1'] };

/** The contribution as the policy sees it on `today`, with one focus-meeting release for an item youth work is invited to. */
function on(today: string, facts: Partial<FocusReleaseFacts> = {}, invited: readonly string[] = ['youth-work']): PolicyContribution {
  return { ...base, meetingReleases: [{ invitedOrganisationIds: invited, current: focusReleaseIsCurrent({ ...release, ...facts }, today) }] };
}

describe('ZVT-2A.4 focus meeting: each owner shares only what it releases for that meeting', () => {
  it('ZVT-2A.4 boundaries: the day before nothing, the meeting day itself visible, the day after nothing', () => {
    expect(evaluateContributionAccess(youthWork, on(addDays(MEETING_DAY, -1)), zvtProcessV1).visible).toBe(false);
    expect(evaluateContributionAccess(youthWork, on(MEETING_DAY), zvtProcessV1)).toMatchObject({ visible: true, ruleIds: ['focus-meeting-release'], abilities: { release: false } });
    expect(evaluateContributionAccess(youthWork, on(addDays(MEETING_DAY, 1)), zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-2A.4 the boundaries over a month and a year end (calendar dates, not 24-hour periods)', () => {
    for (const day of ['2026-12-31', '2027-01-01', '2028-02-29']) {
      expect(focusReleaseIsCurrent({ ...release, meetingDate: day }, addDays(day, -1))).toBe(false);
      expect(focusReleaseIsCurrent({ ...release, meetingDate: day }, day)).toBe(true);
      expect(focusReleaseIsCurrent({ ...release, meetingDate: day }, addDays(day, 1))).toBe(false);
    }
  });

  it('ZVT-2A.4 only partners invited to that agenda item see it; another partner of the table does not', () => {
    expect(evaluateContributionAccess(youthCare, on(MEETING_DAY), zvtProcessV1).visible).toBe(false);
    expect(evaluateContributionAccess(youthCare, on(MEETING_DAY, {}, ['youth-work', 'youth-care']), zvtProcessV1).visible).toBe(true);
    expect(evaluateContributionAccess(youthWork, on(MEETING_DAY, {}, []), zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-2A.4 any category: the owner decides what it shares for the meeting', () => {
    for (const category of ['identifying', 'care', 'health', 'criminal', 'other'] as const) {
      expect(evaluateContributionAccess(youthWork, { ...on(MEETING_DAY), category }, zvtProcessV1).visible).toBe(true);
    }
  });

  it('ZVT-2A.4 a withdrawal takes effect at once, also on the meeting day', () => {
    expect(evaluateContributionAccess(youthWork, on(MEETING_DAY, { withdrawnAt: `${MEETING_DAY}T09:15:00.000Z` }), zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-2A.4 once the focus meeting decided about the item, or when the meeting is cancelled, nothing shows', () => {
    expect(evaluateContributionAccess(youthWork, on(MEETING_DAY, { itemConcluded: true }), zvtProcessV1).visible).toBe(false);
    expect(evaluateContributionAccess(youthWork, on(MEETING_DAY, { meetingStatus: 'cancelled' }), zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-2A.4 only a focus meeting: a release cannot be scoped to a case meeting or core group', () => {
    expect(focusReleaseIsCurrent({ ...release, meetingKind: 'case-meeting' }, MEETING_DAY)).toBe(false);
    expect(focusReleaseProblem({ ...release, meetingKind: 'case-meeting' }, MEETING_DAY)).toMatch(/focusoverleg/);
  });

  it('X-2 roles without case content, and a partner of another table, never see it', () => {
    for (const role of ['privacy-officer', 'application-administrator', 'chain-director'] as const) {
      const access = evaluateContributionAccess({ ...youthWork, role }, on(MEETING_DAY), zvtProcessV1);
      expect(access.ruleIds).not.toContain('focus-meeting-release');
    }
    expect(evaluateContributionAccess({ ...youthWork, tableIds: ['t2'] }, on(MEETING_DAY), zvtProcessV1).visible).toBe(false);
  });

  it('ZVT-2A.4 the owner may release ahead of the meeting and on the day, not after it', () => {
    expect(focusReleaseProblem(release, addDays(MEETING_DAY, -14))).toBeNull();
    expect(focusReleaseProblem(release, MEETING_DAY)).toBeNull();
    expect(focusReleaseProblem(release, addDays(MEETING_DAY, 1))).toMatch(/al geweest/);
    expect(focusReleaseProblem({ ...release, meetingStatus: 'cancelled' }, MEETING_DAY)).toMatch(/geannuleerd/);
    expect(focusReleaseProblem({ ...release, itemConcluded: true }, MEETING_DAY)).toMatch(/besloten/);
  });

  it('ZVT-2A.4 the item is concluded when the case left the focus-meeting phase or ended', () => {
    expect(focusItemConcluded(zvtProcessV1, '2A-focus', false)).toBe(false);
    expect(focusItemConcluded(zvtProcessV1, '3A', false)).toBe(true);
    expect(focusItemConcluded(zvtProcessV1, '2A-focus', true)).toBe(true);
    expect(focusItemConcluded(zvtProcessV1, '2A', false)).toBe(true);
  });
});
