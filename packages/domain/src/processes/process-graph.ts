import type { OutcomeDefinition, ProcessDefinition, RetentionRule } from './process-definition.ts';

/** Where an outcome leads, as a tagged value. */
export type OutcomeTarget = { readonly kind: 'phase'; readonly id: string } | { readonly kind: 'endState'; readonly id: string };

/**
 * Where an outcome leads.
 *
 * @param outcome - the outcome
 */
export function targetOf(outcome: OutcomeDefinition): OutcomeTarget {
  return 'phase' in outcome.to ? { kind: 'phase', id: outcome.to.phase } : { kind: 'endState', id: outcome.to.endState };
}

const startsRetention = (outcome: OutcomeDefinition): boolean => outcome.duties.includes('start-retention');

function reachableFrom(initial: string, edges: readonly OutcomeDefinition[], phases: Set<string>): Set<string> {
  const reachable = new Set<string>(phases.has(initial) ? [initial] : []);
  const queue = [...reachable];
  for (let phase = queue.pop(); phase !== undefined; phase = queue.pop()) {
    for (const outcome of edges.filter((o) => o.from === phase)) {
      const target = targetOf(outcome);
      if (target.kind === 'phase' && phases.has(target.id) && !reachable.has(target.id)) {
        reachable.add(target.id);
        queue.push(target.id);
      }
    }
  }
  return reachable;
}

function phasesThatCanEnd(edges: readonly OutcomeDefinition[], endStates: Set<string>): Set<string> {
  const canEnd = new Set<string>();
  for (const outcome of edges) {
    const target = targetOf(outcome);
    if (target.kind === 'endState' && endStates.has(target.id)) canEnd.add(outcome.from);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const outcome of edges) {
      const target = targetOf(outcome);
      if (target.kind === 'phase' && canEnd.has(target.id) && !canEnd.has(outcome.from)) {
        canEnd.add(outcome.from);
        changed = true;
      }
    }
  }
  return canEnd;
}

/** Phases entered only on paths that passed an outcome with the `start-retention` duty (greatest fixed point). */
function retentionStartedIn(initial: string, edges: readonly OutcomeDefinition[], reachable: Set<string>): Set<string> {
  const started = new Set([...reachable].filter((phase) => phase !== initial));
  for (let changed = true; changed; ) {
    changed = false;
    for (const outcome of edges) {
      const target = targetOf(outcome);
      if (target.kind !== 'phase' || !started.has(target.id) || !reachable.has(outcome.from)) continue;
      if (!startsRetention(outcome) && !started.has(outcome.from)) {
        started.delete(target.id);
        changed = true;
      }
    }
  }
  return started;
}

/**
 * The graph checks of `validateProcessDefinition`: reachability of phases, a way to an end state from every
 * phase, every end state reached, and the retention clock started before a phased end state.
 *
 * @param def - the definition
 * @param ids - the known phase and end-state ids
 */
export function checkGraph(def: ProcessDefinition, ids: { phases: Set<string>; endStates: Set<string> }): string[] {
  const problems: string[] = [];
  const edges = def.outcomes.filter((outcome) => ids.phases.has(outcome.from));
  const reachable = reachableFrom(def.initialPhase, edges, ids.phases);
  const canEnd = phasesThatCanEnd(edges, ids.endStates);
  for (const { id } of def.phases) {
    if (ids.phases.has(def.initialPhase) && !reachable.has(id)) {
      problems.push(`Fase '${id}' is niet bereikbaar vanuit beginfase '${def.initialPhase}'.`);
    }
    if (!canEnd.has(id)) {
      problems.push(`Vanuit fase '${id}' is geen eindtoestand bereikbaar: dat pad heeft geen bewaartermijn (X-4).`);
    }
  }
  const reachedEnds = new Set(def.outcomes.map(targetOf).flatMap((t) => (t.kind === 'endState' ? [t.id] : [])));
  for (const { id } of def.endStates) {
    if (!reachedEnds.has(id)) problems.push(`Eindtoestand '${id}' wordt door geen enkele uitkomst bereikt.`);
  }
  const started = retentionStartedIn(def.initialPhase, edges, reachable);
  for (const outcome of edges) {
    const target = targetOf(outcome);
    if (target.kind !== 'endState' || !reachable.has(outcome.from)) continue;
    const rule: RetentionRule | undefined = def.endStates.find((e) => e.id === target.id)?.retention;
    if (rule?.kind === 'phased' && !startsRetention(outcome) && !started.has(outcome.from)) {
      problems.push(
        `Eindtoestand '${target.id}' heeft een gefaseerde bewaartermijn, maar uitkomst '${outcome.id}' bereikt haar langs een pad zonder plicht 'start-retention'.`,
      );
    }
  }
  return problems;
}
