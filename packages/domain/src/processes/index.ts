import type { ProcessDefinition } from './process-definition.ts';
import { loadProcessDefinition } from './process-validation.ts';
import { zvtProcessV1 } from './zvt.ts';

/**
 * The process definitions that ship with Ketentafel, validated and frozen when this module loads: an invalid
 * built-in definition fails at start-up, never halfway through a case.
 */
export const builtInProcesses: readonly ProcessDefinition[] = Object.freeze([loadProcessDefinition(zvtProcessV1)]);

/**
 * A built-in process definition by key and version (ZVT-E.2: a case keeps the version it started under).
 *
 * @returns the definition, or `undefined` when there is none
 */
export function findProcess(key: string, version: number): ProcessDefinition | undefined {
  return builtInProcesses.find((def) => def.key === key && def.version === version);
}

/**
 * The newest built-in version of a process, for new cases.
 *
 * @returns the definition, or `undefined` when there is none with this key
 */
export function findLatestProcess(key: string): ProcessDefinition | undefined {
  let latest: ProcessDefinition | undefined;
  for (const def of builtInProcesses) {
    if (def.key === key && (latest === undefined || def.version > latest.version)) latest = def;
  }
  return latest;
}
