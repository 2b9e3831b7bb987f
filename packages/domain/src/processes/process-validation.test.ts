import { describe, it, expect } from 'vitest';
import { expectDomainError } from '../test-support.ts';
import type { OutcomeDefinition, PhaseDefinition, ProcessDefinition } from './process-definition.ts';
import { broken, outcome, phase, validDefinition } from './process-fixture.ts';
import { loadProcessDefinition, validateProcessDefinition } from './process-validation.ts';

const base = validDefinition();

function withPhases(def: ProcessDefinition, ...phases: PhaseDefinition[]): ProcessDefinition {
  return { ...def, phases: [...def.phases, ...phases] };
}
function withOutcomes(def: ProcessDefinition, ...outcomes: OutcomeDefinition[]): ProcessDefinition {
  return { ...def, outcomes: [...def.outcomes, ...outcomes] };
}
function replaceOutcome(def: ProcessDefinition, id: string, change: Partial<OutcomeDefinition>): ProcessDefinition {
  return { ...def, outcomes: def.outcomes.map((o) => (o.id === id ? { ...o, ...change } : o)) };
}
function problemsOf(def: ProcessDefinition): string[] {
  return validateProcessDefinition(def);
}

describe('validateProcessDefinition', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(base)).toEqual([]);
  });

  describe('X-4 every path ends in an end state with a retention rule', () => {
    it('refuses a phase from which no end state is reachable (a loop without exit)', () => {
      const def = withOutcomes(
        withPhases(base, phase('limbo', { repeatable: true })),
        outcome('park', 'intake', { phase: 'limbo' }),
        outcome('stay', 'limbo', { phase: 'limbo' }),
      );
      const problems = problemsOf(def);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain("fase 'limbo' is geen eindtoestand bereikbaar");
    });

    it('refuses a phase without any outcome, and names the phases that only lead there', () => {
      const def = withOutcomes(
        withPhases(base, phase('dead-end'), phase('before-dead-end')),
        outcome('to-before', 'intake', { phase: 'before-dead-end' }),
        outcome('to-dead-end', 'before-dead-end', { phase: 'dead-end' }),
      );
      const problems = problemsOf(def);
      expect(problems.filter((p) => p.includes('geen eindtoestand bereikbaar'))).toHaveLength(2);
      expect(problems.join('\n')).toContain("'dead-end'");
      expect(problems.join('\n')).toContain("'before-dead-end'");
    });

    it('refuses an end state without a retention rule', () => {
      const def = broken({ ...base, endStates: [{ id: 'rejected', label: 'Afgewezen' }, base.endStates[1]] });
      expect(problemsOf(def)).toEqual(["Geen bewaartermijnregel voor eindtoestand 'rejected' (X-4)."]);
    });

    it('refuses a retention rule without requirement ids', () => {
      const def: ProcessDefinition = {
        ...base,
        endStates: [{ id: 'rejected', label: 'Afgewezen', retention: { kind: 'delete-immediately', requirementIds: [] } }, ...base.endStates.slice(1)],
      };
      expect(problemsOf(def)).toEqual(["Bewaartermijnregel van eindtoestand 'rejected' noemt geen eis-id."]);
    });

    it('refuses a retention rule of an unknown kind', () => {
      const def = broken({ ...base, endStates: [{ id: 'rejected', label: 'x', retention: { kind: 'keep-forever', requirementIds: ['T'] } }, base.endStates[1]] });
      expect(problemsOf(def).join('\n')).toContain("onbekende soort 'keep-forever'");
    });

    it('refuses a missing maxInactivity', () => {
      const { maxInactivity: _omitted, ...rest } = base;
      const problems = problemsOf(broken(rest));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('maxInactivity ontbreekt');
    });

    it.each([0, -3, 1.5])('refuses maxInactivity of %d months', (months) => {
      const def: ProcessDefinition = { ...base, maxInactivity: { ...base.maxInactivity, months } };
      expect(problemsOf(def)).toEqual(['maxInactivity.months moet een geheel getal groter dan 0 zijn (X-4).']);
    });

    it('refuses maxInactivity without a retention rule, or with a phased one', () => {
      expect(problemsOf(broken({ ...base, maxInactivity: { months: 12 } }))).toEqual(['Geen bewaartermijnregel voor maxInactivity (X-4).']);
      const phased: ProcessDefinition = {
        ...base,
        maxInactivity: { months: 12, retention: { kind: 'phased', activeMonths: 1, deleteAfterMonths: 2, keepWhenInactive: ['x'], requirementIds: ['T'] } },
      };
      expect(problemsOf(phased).join('\n')).toContain('maxInactivity: een gefaseerde bewaartermijn kan hier niet');
    });
  });

  describe('retention rules', () => {
    const withClosedRetention = (retention: unknown): ProcessDefinition =>
      broken({ ...base, endStates: [base.endStates[0], { id: 'closed', label: 'Afgesloten', retention }] });

    it.each([
      [12, 12],
      [13, 12],
      [0, 12],
      [6, 0],
    ])('refuses phased activeMonths %d / deleteAfterMonths %d', (activeMonths, deleteAfterMonths) => {
      const problems = problemsOf(
        withClosedRetention({ kind: 'phased', activeMonths, deleteAfterMonths, keepWhenInactive: ['x'], requirementIds: ['T'] }),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain("Gefaseerde bewaartermijn van eindtoestand 'closed'");
    });

    it('accepts phased 1 / 2 and refuses an empty keepWhenInactive', () => {
      expect(problemsOf(withClosedRetention({ kind: 'phased', activeMonths: 1, deleteAfterMonths: 2, keepWhenInactive: ['x'], requirementIds: ['T'] }))).toEqual([]);
      expect(
        problemsOf(withClosedRetention({ kind: 'phased', activeMonths: 1, deleteAfterMonths: 2, keepWhenInactive: [], requirementIds: ['T'] })),
      ).toEqual(["Gefaseerde bewaartermijn van eindtoestand 'closed': keepWhenInactive noemt geen gegevens."]);
    });

    it('refuses delete-after with zero months and accepts it with a positive number', () => {
      expect(problemsOf(withClosedRetention({ kind: 'delete-after', months: 0, from: 'end', requirementIds: ['T'] }))).toHaveLength(1);
      expect(problemsOf(withClosedRetention({ kind: 'delete-after', months: 60, from: 'last-substantive-change', requirementIds: ['T'] }))).toEqual([]);
    });

    it('refuses a phased end state reached without the start-retention duty', () => {
      const problems = problemsOf(replaceOutcome(base, 'close', { duties: [] }));
      expect(problems).toEqual([
        "Eindtoestand 'closed' heeft een gefaseerde bewaartermijn, maar uitkomst 'finish' bereikt haar langs een pad zonder plicht 'start-retention'.",
      ]);
    });

    it('refuses a second path into the retention phase that skips start-retention', () => {
      const def = withOutcomes(base, outcome('shortcut', 'intake', { phase: 'closing' }));
      expect(problemsOf(def).join('\n')).toContain("uitkomst 'finish' bereikt haar langs een pad zonder plicht 'start-retention'");
    });

    it('accepts start-retention on the outcome into the phased end state itself', () => {
      const def = replaceOutcome(replaceOutcome(base, 'close', { duties: [] }), 'finish', { duties: ['start-retention'] });
      expect(problemsOf(def)).toEqual([]);
    });
  });

  describe('structure', () => {
    it('refuses an unreachable phase', () => {
      const def = withOutcomes(withPhases(base, phase('orphan')), outcome('orphan-out', 'orphan', { endState: 'rejected' }));
      expect(problemsOf(def)).toEqual(["Fase 'orphan' is niet bereikbaar vanuit beginfase 'intake'."]);
    });

    it('refuses dangling outcome targets and sources', () => {
      const def = withOutcomes(
        base,
        outcome('to-nowhere', 'intake', { phase: 'nowhere' }),
        outcome('to-gone', 'meeting', { endState: 'gone' }),
        outcome('from-nowhere', 'nowhere', { endState: 'rejected' }),
      );
      expect(problemsOf(def)).toEqual([
        "Uitkomst 'to-nowhere' verwijst naar onbekende fase 'nowhere'.",
        "Uitkomst 'to-gone' verwijst naar onbekende eindtoestand 'gone'.",
        "Uitkomst 'from-nowhere' vertrekt uit onbekende fase 'nowhere'.",
      ]);
    });

    it('refuses a missing initial phase', () => {
      expect(problemsOf({ ...base, initialPhase: 'start' })).toEqual(["Beginfase 'start' bestaat niet."]);
    });

    it('refuses duplicate and empty ids, and ids that are both phase and end state', () => {
      const def: ProcessDefinition = {
        ...withOutcomes(withPhases(base, phase('intake')), outcome('accept', 'intake', { phase: 'meeting' })),
        endStates: [...base.endStates, { id: 'meeting', label: 'x', retention: { kind: 'delete-immediately', requirementIds: ['T'] } }],
      };
      const problems = problemsOf(def);
      expect(problems).toContain("Fase-id 'intake' komt meer dan eens voor.");
      expect(problems).toContain("Uitkomst-id 'accept' komt meer dan eens voor.");
      expect(problems).toContain("'meeting' is zowel een fase als een eindtoestand.");
      expect(problemsOf(withPhases(base, phase(''))).join('\n')).toContain('Fase zonder id.');
    });

    it('refuses an end state that no outcome reaches', () => {
      const def: ProcessDefinition = {
        ...base,
        endStates: [...base.endStates, { id: 'spare', label: 'x', retention: { kind: 'delete-immediately', requirementIds: ['T'] } }],
      };
      expect(problemsOf(def)).toEqual(["Eindtoestand 'spare' wordt door geen enkele uitkomst bereikt."]);
    });

    it('allows a loop back to the same phase only when the phase is repeatable', () => {
      const def = { ...base, phases: base.phases.map((p) => (p.id === 'meeting' ? { ...p, repeatable: false } : p)) };
      expect(problemsOf(def)).toEqual(["Uitkomst 'monitor' leidt terug naar fase 'meeting', die niet herhaalbaar (repeatable) is."]);
    });

    it('refuses an empty key and a version that is not a positive integer', () => {
      expect(problemsOf({ ...base, key: '' })).toEqual(['De procesdefinitie heeft geen key.']);
      expect(problemsOf({ ...base, version: 0 })).toEqual(['version moet een geheel getal groter dan 0 zijn.']);
      expect(problemsOf({ ...base, version: 1.1 })).toHaveLength(1);
    });

    it('requires requirement ids on phases and outcomes', () => {
      const def = replaceOutcome({ ...base, phases: base.phases.map((p, i) => (i === 0 ? { ...p, requirementIds: [] } : p)) }, 'reject', {
        requirementIds: [],
      });
      expect(problemsOf(def)).toEqual(["Fase 'intake' noemt geen eis-id.", "Uitkomst 'reject' noemt geen eis-id."]);
    });

    it('refuses unknown participants, data categories and duties, and a phase without participants', () => {
      const def = broken({
        ...base,
        phases: [{ ...base.phases[0], participants: ['mayor'], dataCategories: ['financial'] }, ...base.phases.slice(1)],
        outcomes: base.outcomes.map((o) => (o.id === 'reject' ? { ...o, duties: ['shred'] } : o)),
      });
      expect(problemsOf(def)).toEqual([
        "Fase 'intake', deelnemers: onbekende waarde 'mayor'.",
        "Fase 'intake', gegevenscategorieën: onbekende waarde 'financial'.",
        "Uitkomst 'reject', plichten: onbekende waarde 'shred'.",
      ]);
      const noParticipants = { ...base, phases: base.phases.map((p, i) => (i === 0 ? { ...p, participants: [] } : p)) };
      expect(problemsOf(noParticipants)).toEqual(["Fase 'intake' noemt geen deelnemers."]);
    });

    it('refuses combinable outcomes that are one-sided, from another phase, or lead elsewhere', () => {
      const oneSided = replaceOutcome(base, 'accept', { combinesWith: ['accept-too'] });
      const withPartner = withOutcomes(oneSided, outcome('accept-too', 'intake', { phase: 'meeting' }));
      expect(problemsOf(withPartner)).toEqual(["Uitkomst 'accept' is combineerbaar met 'accept-too', maar niet omgekeerd."]);
      const symmetric = replaceOutcome(withPartner, 'accept-too', { combinesWith: ['accept'] });
      expect(problemsOf(symmetric)).toEqual([]);
      const otherTarget = replaceOutcome(base, 'accept', { combinesWith: ['reject'] });
      expect(problemsOf(otherTarget).join('\n')).toContain("combineerbaar met 'reject', maar dat is geen andere uitkomst");
      const otherPhase = replaceOutcome(base, 'accept', { combinesWith: ['monitor'] });
      expect(problemsOf(otherPhase)).toHaveLength(1);
      const unknown = replaceOutcome(base, 'accept', { combinesWith: ['nope'] });
      expect(problemsOf(unknown)).toHaveLength(1);
    });

    it('refuses member cases that start in an unknown phase', () => {
      const def = replaceOutcome(base, 'accept', { startsMemberCases: { phase: 'triage', duties: ['inform-subject'] } });
      expect(problemsOf(def)).toEqual(["Uitkomst 'accept' start nieuwe casussen in onbekende fase 'triage'."]);
      const ok = replaceOutcome(base, 'accept', { startsMemberCases: { phase: 'meeting', duties: ['inform-subject'] } });
      expect(problemsOf(ok)).toEqual([]);
    });

    it('lists all problems at once', () => {
      const { maxInactivity: _omitted, ...rest } = withOutcomes(withPhases(base, phase('orphan')), outcome('to-nowhere', 'intake', { phase: 'nowhere' }));
      const problems = problemsOf(broken(rest));
      expect(problems.length).toBeGreaterThanOrEqual(3);
      expect(problems.join('\n')).toContain('maxInactivity ontbreekt');
      expect(problems.join('\n')).toContain("'orphan' is niet bereikbaar");
      expect(problems.join('\n')).toContain("onbekende fase 'nowhere'");
    });
  });
});

describe('loadProcessDefinition', () => {
  it('returns a deeply frozen copy and leaves the input alone', () => {
    const input = validDefinition();
    const loaded = loadProcessDefinition(input);
    expect(loaded).toEqual(input);
    expect(loaded).not.toBe(input);
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.phases)).toBe(true);
    expect(Object.isFrozen(loaded.outcomes[0]?.to)).toBe(true);
    expect(Object.isFrozen(loaded.endStates[1]?.retention)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.phases)).toBe(false);
  });

  it('throws invalid-process-definition listing every problem', () => {
    const def = broken({ ...base, initialPhase: 'start', maxInactivity: undefined });
    const error = expectDomainError(() => loadProcessDefinition(def), 'invalid-process-definition');
    expect(error.details).toEqual(validateProcessDefinition(def));
    expect(error.details.length).toBeGreaterThanOrEqual(2);
    for (const problem of error.details) expect(error.message).toContain(problem);
    expect(error.message).toContain("'test' versie 1");
  });
});
