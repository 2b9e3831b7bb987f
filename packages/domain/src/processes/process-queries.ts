import { DomainError } from '../errors.ts';
import type { EndStateDefinition, OutcomeDefinition, PhaseDefinition, ProcessDefinition } from './process-definition.ts';

/**
 * The phase with this id.
 *
 * @throws DomainError `unknown-phase` when the definition has no such phase
 */
export function phaseOf(def: ProcessDefinition, id: string): PhaseDefinition {
  const phase = def.phases.find((p) => p.id === id);
  if (phase === undefined) throw new DomainError('unknown-phase', `Onbekende fase '${id}' in proces '${def.key}' v${def.version}.`);
  return phase;
}

/**
 * The end state with this id.
 *
 * @throws DomainError `unknown-end-state` when the definition has no such end state
 */
export function endStateOf(def: ProcessDefinition, id: string): EndStateDefinition {
  const endState = def.endStates.find((e) => e.id === id);
  if (endState === undefined) {
    throw new DomainError('unknown-end-state', `Onbekende eindtoestand '${id}' in proces '${def.key}' v${def.version}.`);
  }
  return endState;
}

/**
 * The outcomes that can end a phase, in definition order.
 *
 * @throws DomainError `unknown-phase` when the definition has no such phase
 */
export function outcomesFrom(def: ProcessDefinition, phaseId: string): readonly OutcomeDefinition[] {
  phaseOf(def, phaseId);
  return def.outcomes.filter((outcome) => outcome.from === phaseId);
}

/**
 * The outcome `outcomeId` of phase `phaseId`: the only way to move a case on.
 *
 * @throws DomainError `unknown-phase` for an unknown phase; `invalid-transition` when the phase has no such outcome
 */
export function findOutcome(def: ProcessDefinition, phaseId: string, outcomeId: string): OutcomeDefinition {
  const outcome = outcomesFrom(def, phaseId).find((o) => o.id === outcomeId);
  if (outcome === undefined) {
    throw new DomainError('invalid-transition', `Uitkomst '${outcomeId}' is niet mogelijk vanuit fase '${phaseId}'.`);
  }
  return outcome;
}
