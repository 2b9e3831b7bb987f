// A small valid process definition for this package's tests only; not exported from index.ts.
import type { OutcomeDefinition, PhaseDefinition, ProcessDefinition } from './process-definition.ts';

/** A phase with test defaults. */
export function phase(id: string, extra: Partial<PhaseDefinition> = {}): PhaseDefinition {
  return { id, name: id, goal: id, requirementIds: ['T-9'], participants: ['chainDirector'], dataCategories: [], ...extra };
}

/** An outcome with test defaults. */
export function outcome(
  id: string,
  from: string,
  to: OutcomeDefinition['to'],
  extra: Partial<OutcomeDefinition> = {},
): OutcomeDefinition {
  return { id, from, to, label: id, requirementIds: ['T-9'], requiresMotivation: false, duties: [], ...extra };
}

/**
 * A fresh, valid three-phase definition: intake → meeting (repeatable) → closing → 'closed' (phased), or
 * intake → 'rejected' (deleted at once).
 */
export function validDefinition(): ProcessDefinition {
  return {
    key: 'test',
    version: 1,
    name: 'Testproces',
    source: 'unit test',
    initialPhase: 'intake',
    phases: [
      phase('intake', { name: 'Aanmelding', participants: ['chainDirector', 'referrer'], dataCategories: ['identifying'] }),
      phase('meeting', { name: 'Overleg', participants: ['chainDirector', 'invitedPartner'], dataCategories: ['care'], repeatable: true }),
      phase('closing', { name: 'Afschaling' }),
    ],
    outcomes: [
      outcome('accept', 'intake', { phase: 'meeting' }, { duties: ['inform-subject'] }),
      outcome('reject', 'intake', { endState: 'rejected' }),
      outcome('monitor', 'meeting', { phase: 'meeting' }),
      outcome('close', 'meeting', { phase: 'closing' }, { duties: ['start-retention'] }),
      outcome('finish', 'closing', { endState: 'closed' }),
    ],
    endStates: [
      { id: 'rejected', label: 'Afgewezen', retention: { kind: 'delete-immediately', requirementIds: ['T-1'] } },
      {
        id: 'closed',
        label: 'Afgesloten',
        retention: {
          kind: 'phased',
          activeMonths: 6,
          deleteAfterMonths: 12,
          keepWhenInactive: ['subjectName'],
          requirementIds: ['T-3'],
        },
      },
    ],
    maxInactivity: { months: 12, retention: { kind: 'delete-immediately', requirementIds: ['T-4'] } },
  };
}

/** Casts a deliberately broken definition (missing fields the types require) for validation tests. */
export function broken(def: unknown): ProcessDefinition {
  return def as ProcessDefinition;
}
