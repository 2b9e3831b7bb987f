import { describe, it, expect } from 'vitest';
import { ADMISSION_DECISION_LABELS } from '../admission.ts';
import type { OutcomeDefinition, RetentionRule } from './process-definition.ts';
import { endStateOf, findOutcome, outcomesFrom, phaseOf } from './process-queries.ts';
import { validateProcessDefinition } from './process-validation.ts';
import { zvtProcessV1 as zvt } from './zvt.ts';

const target = (o: OutcomeDefinition): string => ('phase' in o.to ? `phase:${o.to.phase}` : `end:${o.to.endState}`);
const outcome = (from: string, id: string): OutcomeDefinition => findOutcome(zvt, from, id);
const retention = (endState: string): RetentionRule => endStateOf(zvt, endState).retention;

describe('ZVT process v1 (seed 000)', () => {
  it('is a valid process definition (X-4)', () => {
    expect(validateProcessDefinition(zvt)).toEqual([]);
    expect([zvt.key, zvt.version, zvt.name, zvt.initialPhase]).toEqual(['zvt', 1, 'Zorg- en Veiligheidstafel Jeugd', '1']);
  });

  it('has the phases of the seed in order', () => {
    expect(zvt.phases.map((p) => [p.id, p.name])).toEqual([
      ['1', 'Aanmelding'],
      ['2A', 'Triage en voorbereiding casusoverleg'],
      ['2A-focus', 'Focusoverleg'],
      ['2B', 'Triage via focusoverleg kerngroep (groepsaanpak)'],
      ['2B-decision', 'Besluitvorming plan van aanpak groep (burgemeester/wethouder of driehoek)'],
      ['3A', 'Casusoverleg'],
      ['4A', 'Afschaling'],
    ]);
  });

  it('has exactly these transitions', () => {
    expect(zvt.outcomes.map((o) => `${o.from} --${o.id}--> ${target(o)}`)).toEqual([
      '1 --not-admitted--> end:not-admitted',
      '1 --admitted--> phase:2A',
      '1 --insufficient-data--> phase:2A',
      '1 --group-scan--> phase:2B',
      '2A --to-case-meeting--> phase:3A',
      '2A --not-to-case-meeting--> end:not-to-case-meeting',
      '2A --doubt-focus-meeting--> phase:2A-focus',
      '2A-focus --focus-to-case-meeting--> phase:3A',
      '2A-focus --focus-not-to-case-meeting--> end:not-to-case-meeting',
      '2B --no-group-approach--> end:no-group-approach',
      '2B --draft-plan--> phase:2B-decision',
      '2B-decision --plan-adopted--> end:group-approach-adopted',
      '2B-decision --plan-adopted-individual-registrations--> end:group-approach-adopted',
      '2B-decision --plan-adopted-veiligheidshuis--> end:group-approach-adopted',
      '2B-decision --plan-needs-change--> phase:2B-decision',
      '2B-decision --plan-not-adopted--> end:group-approach-not-adopted',
      '3A --plan-with-monitoring--> phase:3A',
      '3A --other-table--> end:other-table',
      '3A --scale-down--> phase:4A',
      '4A --scale-down-completed--> end:scaled-down',
    ]);
  });

  it('names only requirement ids that exist in SPEC.md', () => {
    const known = new Set([
      ...['1.1', '1.2', '1.3', '1.4', '2A.1', '2A.2', '2A.3', '2A.4', '2A.5', '2B.1', '2B.2', '2B.3', '2B.4'].map((n) => `ZVT-${n}`),
      ...['3A.1', '3A.2', '3A.3', '3A.4', '3A.5', '4A.1', '4A.2', 'E.1', 'E.2'].map((n) => `ZVT-${n}`),
      ...['1', '2', '3', '4', '5', '6'].map((n) => `X-${n}`),
    ]);
    const used = [
      ...zvt.phases.flatMap((p) => p.requirementIds),
      ...zvt.outcomes.flatMap((o) => o.requirementIds),
      ...zvt.endStates.flatMap((e) => e.retention.requirementIds),
      ...zvt.maxInactivity.retention.requirementIds,
    ];
    expect(used.filter((id) => !known.has(id))).toEqual([]);
    for (const p of zvt.phases) expect(p.requirementIds.length, p.id).toBeGreaterThan(0);
    for (const o of zvt.outcomes) expect(o.requirementIds.length, o.id).toBeGreaterThan(0);
  });
});

describe('ZVT-1.1 registration collects only what the criteria need', () => {
  it('phase 1 is seen by the chain director and the referrer, and collects identifying, care and criminal data — no health data', () => {
    expect(phaseOf(zvt, '1').participants).toEqual(['chainDirector', 'referrer']);
    expect(phaseOf(zvt, '1').dataCategories).toEqual(['identifying', 'care', 'criminal']);
  });
});

describe('ZVT-1.3 admission outcomes', () => {
  it('phase 1 outcome ids are exactly the admission decisions', () => {
    expect(outcomesFrom(zvt, '1').map((o) => o.id).sort()).toEqual(Object.keys(ADMISSION_DECISION_LABELS).sort());
  });

  it('not admitted: deleted at once', () => {
    expect(retention('not-admitted')).toEqual({ kind: 'delete-immediately', requirementIds: ['ZVT-1.3'] });
  });

  it('admitted → 2A, after informing the subject (ZVT-1.4)', () => {
    expect(outcome('1', 'admitted').duties).toEqual(['inform-subject']);
  });

  it('insufficient data → 2A with informing, a targeted data request and a reassessment', () => {
    expect(outcome('1', 'insufficient-data').duties).toEqual(['inform-subject', 'targeted-data-request', 'reassess-eligibility']);
  });

  it('police group scan → 2B', () => {
    expect(target(outcome('1', 'group-scan'))).toBe('phase:2B');
  });
});

describe('ZVT-2A.1 triage stays with the chain director and the referrer', () => {
  it('2A participants are exactly chainDirector and referrer', () => {
    expect(phaseOf(zvt, '2A').participants).toEqual(['chainDirector', 'referrer']);
  });
});

describe('ZVT-2A.4 / ZVT-2A.5 triage outcomes', () => {
  it('to the case meeting and from the focus meeting to the case meeting: the subject is informed of the outcome', () => {
    expect(outcome('2A', 'to-case-meeting').duties).toEqual(['inform-outcome']);
    expect(outcome('2A-focus', 'focus-to-case-meeting').duties).toEqual(['inform-outcome']);
  });

  it('not to the case meeting (from triage or focus meeting): motivated, and the data are deleted', () => {
    expect(outcome('2A', 'not-to-case-meeting').requiresMotivation).toBe(true);
    expect(outcome('2A-focus', 'focus-not-to-case-meeting').requiresMotivation).toBe(true);
    expect(retention('not-to-case-meeting').kind).toBe('delete-immediately');
  });

  it('ZVT-2A.4: every triage and focus-meeting outcome requires a motivation', () => {
    for (const o of zvt.outcomes.filter((x) => x.from === '2A' || x.from === '2A-focus')) {
      expect(o.requiresMotivation, o.id).toBe(true);
    }
  });

  it('ZVT-2A.4: → 3A, not → deleted at once, doubt → focus meeting, which decides → 3A or not', () => {
    expect(outcomesFrom(zvt, '2A').map((o) => `${o.id}:${target(o)}`)).toEqual([
      'to-case-meeting:phase:3A',
      'not-to-case-meeting:end:not-to-case-meeting',
      'doubt-focus-meeting:phase:2A-focus',
    ]);
    expect(outcomesFrom(zvt, '2A-focus').map((o) => target(o))).toEqual(['phase:3A', 'end:not-to-case-meeting']);
  });

  it('the focus meeting has invited partners besides the chain director and the referrer', () => {
    expect(phaseOf(zvt, '2A-focus').participants).toContain('invitedPartner');
  });
});

describe('ZVT-2B group approach', () => {
  it('ZVT-2B.2: no group approach ends (deleted at once); a draft plan goes to the decision phase', () => {
    expect(retention('no-group-approach').kind).toBe('delete-immediately');
    expect(target(outcome('2B', 'draft-plan'))).toBe('phase:2B-decision');
  });

  it('ZVT-2B.3: the three "adopted" outcomes may be recorded together and all start the phased retention', () => {
    const adopted = ['plan-adopted', 'plan-adopted-individual-registrations', 'plan-adopted-veiligheidshuis'];
    for (const id of adopted) {
      const o = outcome('2B-decision', id);
      expect([...(o.combinesWith ?? [])].sort()).toEqual(adopted.filter((other) => other !== id).sort());
      expect(o.duties).toEqual(['inform-outcome', 'start-retention']);
    }
    expect(retention('group-approach-adopted')).toMatchObject({ kind: 'phased', activeMonths: 6, deleteAfterMonths: 12 });
  });

  it('ZVT-2B.3: individual registration starts each member at 2A with the informing duty', () => {
    expect(outcome('2B-decision', 'plan-adopted-individual-registrations').startsMemberCases).toEqual({
      phase: '2A',
      duties: ['inform-subject'],
    });
  });

  it('ZVT-2B.3: a plan that needs change goes back for resubmission; not adopted ends and is deleted', () => {
    expect(target(outcome('2B-decision', 'plan-needs-change'))).toBe('phase:2B-decision');
    expect(phaseOf(zvt, '2B-decision').repeatable).toBe(true);
    expect(retention('group-approach-not-adopted').kind).toBe('delete-immediately');
  });

  it('ZVT-2B.4: the people in the group scan are informed of every final group decision', () => {
    for (const o of zvt.outcomes.filter((x) => x.from.startsWith('2B') && 'endState' in x.to)) {
      expect(o.duties, o.id).toContain('inform-outcome');
    }
  });
});

describe('ZVT-3A.5 case meeting outcomes', () => {
  it('a plan with monitoring loops back to 3A', () => {
    expect(target(outcome('3A', 'plan-with-monitoring'))).toBe('phase:3A');
    expect(phaseOf(zvt, '3A').repeatable).toBe(true);
  });

  it('another table: motivated, and the case data are deleted', () => {
    expect(outcome('3A', 'other-table').requiresMotivation).toBe(true);
    expect(retention('other-table')).toEqual({ kind: 'delete-immediately', requirementIds: ['ZVT-3A.5'] });
  });

  it('scale down → 4A and starts the retention clock', () => {
    expect(target(outcome('3A', 'scale-down'))).toBe('phase:4A');
    expect(outcome('3A', 'scale-down').duties).toEqual(['start-retention']);
  });
});

describe('ZVT-4A.1 phased retention after scale-down', () => {
  it('scaled down: 6 months active, deleted after 12, with a declared inactive set', () => {
    expect(retention('scaled-down')).toEqual({
      kind: 'phased',
      activeMonths: 6,
      deleteAfterMonths: 12,
      keepWhenInactive: ['subjectName', 'birthDate', 'table', 'referrer', 'phaseDates', 'scaleDownDate'],
      requirementIds: ['ZVT-4A.1', 'ZVT-4A.2'],
    });
  });
});

describe('X-4 deletion declared for every end and for inactivity', () => {
  it('deletes at once exactly the ends where the table stops without a plan', () => {
    const immediate = zvt.endStates.filter((e) => e.retention.kind === 'delete-immediately').map((e) => e.id);
    expect(immediate).toEqual(['not-admitted', 'not-to-case-meeting', 'no-group-approach', 'group-approach-not-adopted', 'other-table']);
  });

  it('maxInactivity: 12 months, then deleted', () => {
    expect(zvt.maxInactivity).toEqual({ months: 12, retention: { kind: 'delete-immediately', requirementIds: ['X-4'] } });
  });
});
