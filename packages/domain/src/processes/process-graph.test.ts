import { describe, it, expect } from 'vitest';
import { validDefinition } from './process-fixture.ts';
import { checkGraph, targetOf } from './process-graph.ts';
import { findOutcome } from './process-queries.ts';

const def = validDefinition();
const ids = { phases: new Set(def.phases.map((p) => p.id)), endStates: new Set(def.endStates.map((e) => e.id)) };

describe('process graph', () => {
  it('targetOf tags where an outcome leads', () => {
    expect(targetOf(findOutcome(def, 'intake', 'accept'))).toEqual({ kind: 'phase', id: 'meeting' });
    expect(targetOf(findOutcome(def, 'intake', 'reject'))).toEqual({ kind: 'endState', id: 'rejected' });
  });

  it('finds nothing wrong with the valid fixture', () => {
    expect(checkGraph(def, ids)).toEqual([]);
  });

  it('X-4: a cycle between two phases without exit is refused for both', () => {
    const cyclic = {
      ...def,
      phases: [...def.phases, { ...def.phases[1], id: 'ping', repeatable: false }, { ...def.phases[1], id: 'pong', repeatable: false }],
      outcomes: [
        ...def.outcomes,
        { ...def.outcomes[0], id: 'to-ping', from: 'intake', to: { phase: 'ping' } },
        { ...def.outcomes[0], id: 'ping-pong', from: 'ping', to: { phase: 'pong' } },
        { ...def.outcomes[0], id: 'pong-ping', from: 'pong', to: { phase: 'ping' } },
      ],
    } as typeof def;
    const problems = checkGraph(cyclic, { phases: new Set([...ids.phases, 'ping', 'pong']), endStates: ids.endStates });
    expect(problems).toEqual([
      "Vanuit fase 'ping' is geen eindtoestand bereikbaar: dat pad heeft geen bewaartermijn (X-4).",
      "Vanuit fase 'pong' is geen eindtoestand bereikbaar: dat pad heeft geen bewaartermijn (X-4).",
    ]);
  });
});
