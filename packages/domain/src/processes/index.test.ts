import { describe, it, expect } from 'vitest';
import { builtInProcesses, findLatestProcess, findProcess } from './index.ts';
import { zvtProcessV1 } from './zvt.ts';

describe('built-in processes (ZVT-E.2 versioned definitions)', () => {
  it('ships the ZVT process v1, loaded and frozen', () => {
    expect(builtInProcesses.map((def) => `${def.key}@${def.version}`)).toEqual(['zvt@1']);
    expect(Object.isFrozen(builtInProcesses)).toBe(true);
    expect(Object.isFrozen(builtInProcesses[0]?.outcomes[0])).toBe(true);
    expect(builtInProcesses[0]).toEqual(zvtProcessV1);
  });

  it('findProcess finds by key and version only', () => {
    expect(findProcess('zvt', 1)?.name).toBe('Zorg- en Veiligheidstafel Jeugd');
    expect(findProcess('zvt', 2)).toBeUndefined();
    expect(findProcess('sjv', 1)).toBeUndefined();
  });

  it('findLatestProcess returns the newest version of a key', () => {
    expect(findLatestProcess('zvt')?.version).toBe(1);
    expect(findLatestProcess('unknown')).toBeUndefined();
  });
});
