import { builtInProcesses, findProcess } from '@ketentafel/domain';

/** A phase as the UI needs it. */
export interface PhaseInfo {
  readonly id: string;
  readonly name: string;
}

/**
 * The phases of a process version, from the domain's process definition (a case keeps the version it started
 * under, ZVT-E.2). Empty when this build does not know the version.
 */
export function processPhases(key: string, version: number): readonly PhaseInfo[] {
  return findProcess(key, version)?.phases.map((phase) => ({ id: phase.id, name: phase.name })) ?? [];
}

/** The Dutch name of a phase, falling back to "fase <id>". */
export function phaseName(phases: readonly PhaseInfo[], id: string): string {
  return phases.find((phase) => phase.id === id)?.name ?? `fase ${id}`;
}

/** Transition outcomes that are not outcomes of the process definition. */
const SYSTEM_OUTCOMES: Readonly<Record<string, string>> = { registered: 'Aangemeld' };

/** The Dutch label of a history outcome: the process definition's outcome label, or the raw id. */
export function outcomeLabel(key: string, version: number, outcome: string): string {
  return SYSTEM_OUTCOMES[outcome] ?? findProcess(key, version)?.outcomes.find((o) => o.id === outcome)?.label ?? outcome;
}

/** A process version as a select option: `value` is `key@version`. */
export interface ProcessOption {
  readonly value: string;
  readonly key: string;
  readonly version: number;
  readonly label: string;
}

/**
 * The process versions an administrator can choose for a table: the built-in definitions, plus any version
 * already in use that this build does not know (shown by key).
 */
export function processOptions(inUse: readonly { readonly key: string; readonly version: number }[]): ProcessOption[] {
  const options = new Map<string, ProcessOption>();
  const add = (key: string, version: number, name: string) => {
    const value = `${key}@${String(version)}`;
    if (!options.has(value)) options.set(value, { value, key, version, label: `${name} (versie ${String(version)})` });
  };
  for (const process of builtInProcesses) add(process.key, process.version, process.name);
  for (const { key, version } of inUse) add(key, version, key);
  return [...options.values()];
}
