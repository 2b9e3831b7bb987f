import { describe, expect, it } from 'vitest';
import {
  caseDirectorProblems,
  mayDecideOnPlanRelease,
  meetingOutcomeProblems,
  meetingRecordRefusal,
  minutesItemView,
  monitoringStatus,
  planActionProblems,
  type MinutesItemFacts,
} from './meeting-record.ts';

const MEETING = '2026-12-01';
const MOTIVATION = 'Iedereen is het eens: het plan is concreet en haalbaar.';
const open = { meetingDate: MEETING, meetingStatus: 'planned', meetingKind: 'case-meeting', casePhase: '3A', caseEndState: null, outcomeRecorded: false };

describe('ZVT-3A.2 when the meeting can be recorded', () => {
  it('ZVT-3A.2 from the meeting day on, not the day before', () => {
    expect(meetingRecordRefusal({ ...open, today: '2026-11-30' })).toMatch(/vanaf de vergaderdag \(2026-12-01\)/);
    expect(meetingRecordRefusal({ ...open, today: MEETING })).toBeNull();
    expect(meetingRecordRefusal({ ...open, today: '2026-12-20' })).toBeNull();
  });

  it('ZVT-3A.2 not for a cancelled meeting, another kind of meeting, a case outside 3A, or after the outcome', () => {
    expect(meetingRecordRefusal({ ...open, meetingStatus: 'cancelled', today: MEETING })).toMatch(/geannuleerd/);
    expect(meetingRecordRefusal({ ...open, meetingKind: 'focus', today: MEETING })).toMatch(/casusoverleg/);
    expect(meetingRecordRefusal({ ...open, casePhase: '4A', today: MEETING })).toMatch(/fase 3A/);
    expect(meetingRecordRefusal({ ...open, caseEndState: 'other-table', today: MEETING })).toMatch(/fase 3A/);
    expect(meetingRecordRefusal({ ...open, outcomeRecorded: true, today: MEETING })).toMatch(/gesloten/);
  });
});

describe('ZVT-3A.2 plan actions: who does what, by when, with which data', () => {
  const context = { meetingDate: MEETING, invitedOrganisationIds: ['care', 'police'], chainDirectionOrganisationId: 'municipality', caseContributionIds: ['k1', 'k2'] };
  const action = { ownerOrganisationId: 'care', description: 'Gezinsbegeleiding starten', dueOn: '2026-12-15', contributionIds: ['k1'] };

  it('ZVT-3A.2 a valid action has no problems', () => {
    expect(planActionProblems(action, context)).toEqual([]);
  });

  it('ZVT-3A.2 the owner must be invited to this agenda item, and is never the municipality (ZVT-E.1)', () => {
    expect(planActionProblems({ ...action, ownerOrganisationId: 'youth-work' }, context)).toEqual([{ field: 'ownerOrganisationId', message: expect.stringMatching(/uitgenodigd/) as string }]);
    expect(planActionProblems({ ...action, ownerOrganisationId: 'municipality' }, { ...context, invitedOrganisationIds: ['care', 'municipality'] })[0]?.message).toMatch(/ketenregie/);
  });

  it('ZVT-3A.2 due date: the meeting day itself is allowed, the day before is not; at most a year ahead', () => {
    expect(planActionProblems({ ...action, dueOn: MEETING }, context)).toEqual([]);
    expect(planActionProblems({ ...action, dueOn: '2026-11-30' }, context).map((p) => p.field)).toEqual(['dueOn']);
    expect(planActionProblems({ ...action, dueOn: '2027-12-01' }, context)).toEqual([]);
    expect(planActionProblems({ ...action, dueOn: '2027-12-02' }, context).map((p) => p.field)).toEqual(['dueOn']);
    expect(planActionProblems({ ...action, dueOn: '2026-02-30' }, context).map((p) => p.field)).toEqual(['dueOn']);
  });

  it('ZVT-3A.2 the description says what; the data named are contributions of this case, each once', () => {
    expect(planActionProblems({ ...action, description: '  kort   ' }, context).map((p) => p.field)).toEqual(['description']);
    expect(planActionProblems({ ...action, description: '1234567890' }, context)).toEqual([]);
    expect(planActionProblems({ ...action, contributionIds: ['k9'] }, context).map((p) => p.field)).toEqual(['contributionIds']);
    expect(planActionProblems({ ...action, contributionIds: ['k1', 'k1'] }, context).map((p) => p.field)).toEqual(['contributionIds']);
    expect(planActionProblems({ ...action, contributionIds: [] }, context)).toEqual([]);
  });
});

describe('ZVT-3A.2 the case director', () => {
  const context = { tableId: 't1', invitedOrganisationIds: ['care', 'police'], chainDirectionOrganisationId: 'municipality' };
  const professional = { role: 'partner-professional', organisationId: 'care', active: true, tableIds: ['t1'] };

  it('ZVT-3A.2 a professional of an invited partner at this table', () => {
    expect(caseDirectorProblems(professional, context)).toEqual([]);
  });

  it('ZVT-3A.2 refused: unknown or inactive, of a partner not invited, not at the table, the chain director, or anyone of the municipality (ZVT-E.1)', () => {
    expect(caseDirectorProblems(undefined, context)[0]?.message).toMatch(/actieve gebruiker/);
    expect(caseDirectorProblems({ ...professional, active: false }, context)[0]?.message).toMatch(/actieve gebruiker/);
    expect(caseDirectorProblems({ ...professional, organisationId: 'youth-work' }, context)[0]?.message).toMatch(/uitgenodigd/);
    expect(caseDirectorProblems({ ...professional, tableIds: ['t2'] }, context)[0]?.message).toMatch(/deel aan deze tafel/);
    expect(caseDirectorProblems({ ...professional, role: 'chain-director', organisationId: 'municipality' }, context)[0]?.message).toMatch(/ketenregie, niet de casusregie/);
    expect(caseDirectorProblems({ ...professional, organisationId: 'municipality' }, { ...context, invitedOrganisationIds: ['municipality'] })[0]?.message).toMatch(/ketenregie/);
    expect(caseDirectorProblems({ ...professional, role: 'privacy-officer' }, context)[0]?.message).toMatch(/professional van een ketenpartner/);
  });
});

describe('ZVT-3A.5 the outcome of the case meeting', () => {
  const complete = { meetingDate: MEETING, tablePartnerIds: ['care', 'police', 'youth-work'], hasSituationPicture: true, actionCount: 1, hasCaseDirector: true, maxInactivityMonths: 12 };
  const plan = { outcome: 'plan-with-monitoring' as const, motivation: MOTIVATION, monitoringOn: '2027-01-12', monitoringWithOrganisationIds: ['care'] };

  it('ZVT-3A.5 a plan with a monitoring appointment after the meeting, with a partner of the table', () => {
    expect(meetingOutcomeProblems(plan, complete)).toEqual([]);
  });

  it('ZVT-3A.5 the monitoring date must be after the meeting: the meeting day itself is refused, the next day allowed', () => {
    expect(meetingOutcomeProblems({ ...plan, monitoringOn: MEETING }, complete).map((p) => p.field)).toEqual(['monitoringOn']);
    expect(meetingOutcomeProblems({ ...plan, monitoringOn: '2026-12-02' }, complete)).toEqual([]);
    expect(meetingOutcomeProblems({ ...plan, monitoringOn: undefined }, complete).map((p) => p.field)).toEqual(['monitoringOn']);
  });

  it('ZVT-3A.5, X-4 the monitoring date lies before the case would lapse for inactivity (12 months: the day before is the last)', () => {
    expect(meetingOutcomeProblems({ ...plan, monitoringOn: '2027-11-30' }, complete)).toEqual([]);
    expect(meetingOutcomeProblems({ ...plan, monitoringOn: '2027-12-01' }, complete).map((p) => p.field)).toEqual(['monitoringOn']);
  });

  it('ZVT-3A.5 with whom: at least one partner, all of the table', () => {
    expect(meetingOutcomeProblems({ ...plan, monitoringWithOrganisationIds: [] }, complete).map((p) => p.field)).toEqual(['monitoringWithOrganisationIds']);
    expect(meetingOutcomeProblems({ ...plan, monitoringWithOrganisationIds: ['elsewhere'] }, complete).map((p) => p.field)).toEqual(['monitoringWithOrganisationIds']);
  });

  it('ZVT-3A.2, ZVT-3A.5 a plan needs the situation picture, an action and a case director', () => {
    const problems = meetingOutcomeProblems(plan, { ...complete, hasSituationPicture: false, actionCount: 0, hasCaseDirector: false });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/toestandsbeeld/),
      expect.stringMatching(/minstens één actie/),
      expect.stringMatching(/casusregisseur/),
    ]);
  });

  it('ZVT-3A.5 every outcome needs a motivation of at least 20 characters (whitespace does not count)', () => {
    for (const outcome of ['plan-with-monitoring', 'other-table', 'scale-down'] as const) {
      const input = outcome === 'plan-with-monitoring' ? { ...plan, motivation: '   te   kort   ' } : { outcome, motivation: 'te kort' };
      expect(meetingOutcomeProblems(input, complete).map((p) => p.field)).toEqual(['motivation']);
    }
    expect(meetingOutcomeProblems({ outcome: 'scale-down', motivation: '12345678901234567890' }, complete)).toEqual([]);
    expect(meetingOutcomeProblems({ outcome: 'scale-down', motivation: '1234567890123456789' }, complete).map((p) => p.field)).toEqual(['motivation']);
  });

  it('ZVT-3A.5 other table and scale down carry no monitoring appointment, and need no plan', () => {
    const bare = { ...complete, hasSituationPicture: false, actionCount: 0, hasCaseDirector: false };
    expect(meetingOutcomeProblems({ outcome: 'other-table', motivation: MOTIVATION }, bare)).toEqual([]);
    expect(meetingOutcomeProblems({ outcome: 'scale-down', motivation: MOTIVATION }, bare)).toEqual([]);
    expect(meetingOutcomeProblems({ outcome: 'scale-down', motivation: MOTIVATION, monitoringOn: '2027-01-12' }, bare).map((p) => p.field)).toEqual(['monitoringOn']);
    expect(meetingOutcomeProblems({ outcome: 'other-table', motivation: MOTIVATION, monitoringWithOrganisationIds: ['care'] }, bare).map((p) => p.field)).toEqual(['monitoringOn']);
  });
});

describe('ZVT-3A.4 minutes: only invited partners, each only what was released to it', () => {
  const item: MinutesItemFacts = {
    tableId: 't1',
    invitedOrganisationIds: ['care', 'police', 'youth-work'],
    situationPicture: { ownerOrganisationId: 'municipality', releasedToOrganisationIds: ['care'] },
    actionOwnerOrganisationIds: ['care', 'police', 'care'],
    caseDirectorOrganisationId: 'care',
  };
  const partner = (organisationId: string, tableIds = ['t1']) => ({ role: 'partner-professional', organisationId, tableIds });

  it('ZVT-3A.4 the chain director of the table sees everything', () => {
    expect(minutesItemView({ role: 'chain-director', organisationId: 'municipality', tableIds: ['t1'] }, item)).toEqual({
      visible: true,
      full: true,
      situationPicture: true,
      actionIndexes: [0, 1, 2],
      subjectName: true,
    });
    expect(minutesItemView({ role: 'chain-director', organisationId: 'municipality', tableIds: ['t2'] }, item).visible).toBe(false);
  });

  it('ZVT-3A.4 a partner not invited sees nothing, even at the same table; other roles see nothing', () => {
    expect(minutesItemView(partner('attendance'), item)).toMatchObject({ visible: false, situationPicture: false, actionIndexes: [] });
    expect(minutesItemView(partner('care', ['t2']), item).visible).toBe(false);
    expect(minutesItemView({ role: 'privacy-officer', organisationId: 'municipality', tableIds: ['t1'] }, item).visible).toBe(false);
  });

  it('ZVT-3A.3 an invited partner sees its own actions, and the situation picture only when released to it', () => {
    expect(minutesItemView(partner('care'), item)).toEqual({ visible: true, full: false, situationPicture: true, actionIndexes: [0, 2], subjectName: true });
    expect(minutesItemView(partner('police'), item)).toEqual({ visible: true, full: false, situationPicture: false, actionIndexes: [1], subjectName: true });
  });

  it('ZVT-3A.3 an invited partner without a role in the plan takes no personal data: no name, no picture, no actions', () => {
    expect(minutesItemView(partner('youth-work'), item)).toEqual({ visible: true, full: false, situationPicture: false, actionIndexes: [], subjectName: false });
  });

  it('ZVT-3A.3 the owner of the situation picture always sees it; the case director\u2019s organisation sees the name', () => {
    const owned = { ...item, situationPicture: { ownerOrganisationId: 'youth-work', releasedToOrganisationIds: [] } };
    expect(minutesItemView(partner('youth-work'), owned).situationPicture).toBe(true);
    const directed = { ...item, actionOwnerOrganisationIds: [], situationPicture: null, caseDirectorOrganisationId: 'youth-work' };
    expect(minutesItemView(partner('youth-work'), directed)).toMatchObject({ subjectName: true, situationPicture: false, actionIndexes: [] });
  });
});

describe('ZVT-3A.3 the owner decides per plan action', () => {
  it('ZVT-3A.3 only the owning organisation (its professional, or the chain director for chain direction\u2019s own data)', () => {
    expect(mayDecideOnPlanRelease({ role: 'partner-professional', organisationId: 'care' }, 'care')).toBe(true);
    expect(mayDecideOnPlanRelease({ role: 'chain-director', organisationId: 'municipality' }, 'municipality')).toBe(true);
    expect(mayDecideOnPlanRelease({ role: 'chain-director', organisationId: 'municipality' }, 'care')).toBe(false);
    expect(mayDecideOnPlanRelease({ role: 'partner-professional', organisationId: 'police' }, 'care')).toBe(false);
    expect(mayDecideOnPlanRelease({ role: 'privacy-officer', organisationId: 'care' }, 'care')).toBe(false);
  });
});

describe('ZVT-3A.5 monitoring appointments on the start page', () => {
  it('ZVT-3A.5 overdue before today; due from today up to and including 14 days ahead; later after that', () => {
    expect(monitoringStatus('2026-11-22', '2026-11-23')).toBe('overdue');
    expect(monitoringStatus('2026-11-23', '2026-11-23')).toBe('due');
    expect(monitoringStatus('2026-12-07', '2026-11-23')).toBe('due');
    expect(monitoringStatus('2026-12-08', '2026-11-23')).toBe('later');
  });
});
