import { compareIsoDates, type IsoDate } from './dates.ts';
import { MIN_MOTIVATION_LENGTH, normalizeMotivation } from './motivation.ts';
import type { ProcessDefinition } from './processes/process-definition.ts';

/**
 * ZVT-3A.2: direction (casusregie) over a case is held by a partner organisation of the table. It starts with
 * the referrer and can pass to another partner while the case is at the case meeting; who holds it when the
 * case is scaled down decides on deviations from retention (ZVT-4A.2). The municipality runs chain direction,
 * never case direction (ZVT-E.1).
 */

/** What the rules need to know about the case whose direction would pass. */
export interface DirectionCaseFacts {
  readonly phase: string;
  /** The scale-down decision that started phased retention; from then on the holder is fixed (ZVT-4A.2). */
  readonly scaleDownOn: IsoDate | null;
  /** The end state reached, or `null` while the case is open. */
  readonly endState: string | null;
}

/**
 * Whether direction can pass in the case's current state: only in a phase in which the process lets a case
 * director take part, and before scale-down (seed 000, 4A: "een andere partner die in fase 3 de regie heeft
 * overgenomen"; the partner holding direction at scale-down decides on retention).
 */
export function directionCanPass(process: ProcessDefinition, facts: DirectionCaseFacts): boolean {
  if (facts.endState !== null || facts.scaleDownOn !== null) return false;
  return process.phases.find((p) => p.id === facts.phase)?.participants.includes('caseDirector') ?? false;
}

/** A proposed transfer of direction, as the chain director records it from the case meeting. */
export interface DirectionTransferInput {
  readonly fromOrganisationId: string;
  readonly toOrganisationId: string;
  /** The partners of the table (may include the municipality that runs it). */
  readonly tablePartnerIds: readonly string[];
  /** The organisation that runs the table and its chain direction (the municipality). */
  readonly chainDirectionOrganisationId: string;
  /** The day direction passes, as agreed in the case meeting. */
  readonly transferredOn: IsoDate;
  readonly today: IsoDate;
  /** The earliest possible day: the registration, or the day of the previous transfer. */
  readonly notBefore: IsoDate;
  readonly motivation: string;
}

/** One thing wrong with a proposed transfer, keyed by the input field it concerns. */
export interface DirectionTransferProblem {
  readonly field: 'toOrganisationId' | 'transferredOn' | 'motivation';
  readonly message: string;
}

/**
 * ZVT-3A.2, ZVT-E.1: everything wrong with a proposed transfer of direction (empty when it may be recorded).
 * Direction passes only to another partner of the table, never to the municipality that runs chain direction;
 * on a day not in the future and not before the registration or the previous transfer; with a recorded
 * motivation.
 */
export function directionTransferProblems(input: DirectionTransferInput): readonly DirectionTransferProblem[] {
  const problems: DirectionTransferProblem[] = [];
  if (input.toOrganisationId === input.chainDirectionOrganisationId) {
    problems.push({ field: 'toOrganisationId', message: 'De gemeente voert de ketenregie, niet de casusregie (ZVT-E.1): kies een ketenpartner.' });
  } else if (input.toOrganisationId === input.fromOrganisationId) {
    problems.push({ field: 'toOrganisationId', message: 'Deze partner heeft de regie al; kies een andere ketenpartner.' });
  } else if (!input.tablePartnerIds.includes(input.toOrganisationId)) {
    problems.push({ field: 'toOrganisationId', message: 'De regie gaat alleen over naar een ketenpartner van deze tafel.' });
  }
  if (compareIsoDates(input.transferredOn, input.today) > 0) {
    problems.push({ field: 'transferredOn', message: 'De datum van overdracht ligt niet in de toekomst.' });
  } else if (compareIsoDates(input.transferredOn, input.notBefore) < 0) {
    problems.push({ field: 'transferredOn', message: `De datum van overdracht ligt niet vóór de aanmelding of de vorige overdracht (${input.notBefore}).` });
  }
  if (normalizeMotivation(input.motivation).length < MIN_MOTIVATION_LENGTH) {
    problems.push({ field: 'motivation', message: `Leg vast waarom de regie overgaat (minimaal ${String(MIN_MOTIVATION_LENGTH)} tekens).` });
  }
  return problems;
}

/**
 * ZVT-4A.2: who decides on a deviation from the retention schedule — the partner holding direction (any of
 * its professionals who can see the case) or the chain director of the table acting on its behalf.
 */
export function decidesOnRetention(actor: { readonly role: string; readonly organisationId: string }, directionOrganisationId: string): boolean {
  if (actor.role === 'chain-director') return true;
  return actor.role === 'partner-professional' && actor.organisationId === directionOrganisationId;
}
