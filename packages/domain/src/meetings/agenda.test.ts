import { describe, expect, it } from 'vitest';
import { zvtProcessV1 } from '../processes/zvt.ts';
import { validateProcessDefinition } from '../processes/process-validation.ts';
import type { ProcessDefinition } from '../processes/process-definition.ts';
import { agendaAdmission, meetingKindOfPhase, meetingView, visibleAgendaItems } from './agenda.ts';
import { MEETING_KINDS, type MeetingKind } from './meeting-kinds.ts';

const open = (phase: string, tableId = 't1') => ({ phase, tableId, endState: null });

describe('ZVT-3A.1 agenda admission follows the process definition', () => {
  it('ZVT-3A.1 only a case in 3A goes on a case meeting', () => {
    expect(agendaAdmission(zvtProcessV1, open('3A'), { tableId: 't1', kind: 'case-meeting' })).toEqual({ admitted: true });
    for (const phase of ['1', '2A', '2A-focus', '2B', '2B-decision', '4A']) {
      const result = agendaAdmission(zvtProcessV1, open(phase), { tableId: 't1', kind: 'case-meeting' });
      expect(result).toMatchObject({ admitted: false, reason: 'phase' });
    }
  });

  it('ZVT-2A.4 only a case in doubt (2A-focus) goes on a focus meeting; ZVT-2B.1 a group scan in 2B on the core-group focus meeting', () => {
    expect(agendaAdmission(zvtProcessV1, open('2A-focus'), { tableId: 't1', kind: 'focus' }).admitted).toBe(true);
    expect(agendaAdmission(zvtProcessV1, open('2A'), { tableId: 't1', kind: 'focus' }).admitted).toBe(false);
    expect(agendaAdmission(zvtProcessV1, open('2B'), { tableId: 't1', kind: 'core-group-focus' }).admitted).toBe(true);
    expect(agendaAdmission(zvtProcessV1, open('2B-decision'), { tableId: 't1', kind: 'core-group-focus' }).admitted).toBe(true);
    expect(agendaAdmission(zvtProcessV1, open('3A'), { tableId: 't1', kind: 'focus' }).admitted).toBe(false);
  });

  it('ZVT-3A.1 one table per municipality: a case of another table is refused even in the right phase', () => {
    expect(agendaAdmission(zvtProcessV1, open('3A', 't2'), { tableId: 't1', kind: 'case-meeting' })).toMatchObject({ admitted: false, reason: 'other-table' });
  });

  it('a case that reached an end state is on no agenda', () => {
    expect(agendaAdmission(zvtProcessV1, { tableId: 't1', phase: '3A', endState: 'other-table' }, { tableId: 't1', kind: 'case-meeting' })).toMatchObject({
      admitted: false,
      reason: 'ended',
    });
  });

  it('the refusal explains itself in Dutch, naming the phase and where the case does belong', () => {
    const result = agendaAdmission(zvtProcessV1, open('2A-focus'), { tableId: 't1', kind: 'case-meeting' });
    expect(result.admitted ? '' : result.message).toBe(
      'Volgens de procedure komt een casus in fase 2A-focus (Focusoverleg) alleen op een focusoverleg in aanmerking, niet op een casusoverleg (ZVT-3A.1).',
    );
    const triage = agendaAdmission(zvtProcessV1, open('2A'), { tableId: 't1', kind: 'case-meeting' });
    expect(triage.admitted ? '' : triage.message).toMatch(/op geen enkel overleg/);
  });

  it('the rule is data: another process definition admits other phases without code changes', () => {
    const variant: ProcessDefinition = { ...zvtProcessV1, phases: zvtProcessV1.phases.map((p) => (p.id === '2A' ? { ...p, meetingKind: 'case-meeting' } : p)) };
    expect(agendaAdmission(variant, open('2A'), { tableId: 't1', kind: 'case-meeting' }).admitted).toBe(true);
    expect(meetingKindOfPhase(variant, '2A')).toBe('case-meeting');
  });

  it('every meeting kind is reachable in ZVT v1, and an unknown kind in a definition is refused', () => {
    const declared = new Set(zvtProcessV1.phases.map((p) => p.meetingKind).filter((k): k is MeetingKind => k !== undefined));
    expect([...declared].sort()).toEqual([...MEETING_KINDS].sort());
    const broken = { ...zvtProcessV1, phases: zvtProcessV1.phases.map((p) => (p.id === '3A' ? { ...p, meetingKind: 'party' as MeetingKind } : p)) };
    expect(validateProcessDefinition(broken)).toContain("Fase '3A', soort overleg: onbekende waarde 'party'.");
  });
});

describe('ZVT-3A.1 who sees which agenda items', () => {
  const items = [
    { id: 'a', invitedOrganisationIds: ['police', 'youth-care'] },
    { id: 'b', invitedOrganisationIds: ['youth-work'] },
    { id: 'c', invitedOrganisationIds: [] },
  ];
  const viewer = (role: 'chain-director' | 'partner-professional' | 'privacy-officer' | 'application-administrator', organisationId: string, tableIds = ['t1']) => ({
    role,
    organisationId,
    tableIds,
  });

  it('ZVT-3A.1 the chain director of the table sees the whole agenda', () => {
    expect(visibleAgendaItems(viewer('chain-director', 'municipality'), 't1', items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(meetingView(viewer('chain-director', 'municipality'), 't1')).toBe('full-agenda');
  });

  it('ZVT-3A.1 a partner sees only the items its organisation is invited to; the others are not returned at all', () => {
    expect(visibleAgendaItems(viewer('partner-professional', 'youth-care'), 't1', items).map((i) => i.id)).toEqual(['a']);
    expect(visibleAgendaItems(viewer('partner-professional', 'youth-work'), 't1', items).map((i) => i.id)).toEqual(['b']);
    expect(visibleAgendaItems(viewer('partner-professional', 'school'), 't1', items)).toEqual([]);
    expect(meetingView(viewer('partner-professional', 'school'), 't1')).toBe('invited-items');
  });

  it('X-2 nobody outside the table, and no administrator or privacy officer, sees any item', () => {
    expect(meetingView(viewer('chain-director', 'municipality', ['t2']), 't1')).toBe('none');
    expect(visibleAgendaItems(viewer('partner-professional', 'police', ['t2']), 't1', items)).toEqual([]);
    for (const role of ['privacy-officer', 'application-administrator'] as const) {
      expect(visibleAgendaItems(viewer(role, 'police'), 't1', items)).toEqual([]);
    }
  });
});
