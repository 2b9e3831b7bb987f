import { findProcess, type ProcessDefinition } from '@ketentafel/domain';

/**
 * The process definition a table or case is bound to. A missing definition means a version that was
 * shipped has been removed from the code, which must never happen: cases keep their version (ZVT-E.2).
 */
export function requireProcess(key: string, version: number): ProcessDefinition {
  const process = findProcess(key, version);
  if (!process) throw new Error(`process definition ${key}@${version} is not available`);
  return process;
}
