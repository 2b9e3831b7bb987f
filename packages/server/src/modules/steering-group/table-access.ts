import type { Actor } from '../../auth/actor.ts';
import { AppError, notFoundOrNoAccess } from '../../errors.ts';

/**
 * Steering group, signals and evaluation belong to the chain direction of one table (ZVT-E.1: the municipality
 * runs chain direction): only a chain director who is a member of the table. Another table looks like not-found.
 */
export function requireChainDirectorOf(actor: Actor, tableId: string): void {
  if (actor.role !== 'chain-director') throw new AppError('forbidden', 'Alleen de ketenregisseur van de tafel kan dit.');
  if (!actor.tableIds.includes(tableId)) throw notFoundOrNoAccess();
}
