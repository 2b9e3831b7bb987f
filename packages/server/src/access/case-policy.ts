import { builtInProcesses, decidesOnRetention, directionCanPass } from '@ketentafel/domain';
import type { Actor } from '../auth/actor.ts';
import { requireProcess } from '../processes.ts';

/**
 * Which cases an actor can see at all, as data the repository turns into SQL (X-2, ZVT-2A.1).
 * In phase 1 and 2A the data stay with the chain director and the referrer only: a partner
 * professional sees the cases they registered, at tables they belong to. Administrators and privacy
 * officers see no case content.
 */
export type CaseScope =
  | { readonly kind: 'none' }
  | { readonly kind: 'tables'; readonly tableIds: readonly string[] }
  | {
      readonly kind: 'referred-by';
      readonly tableIds: readonly string[];
      readonly userId: string;
      /** ZVT-3A.2 (ADR 0012): also the cases whose direction this organisation holds, in `directionPhases`. */
      readonly organisationId: string;
      readonly directionPhases: readonly DirectionPhases[];
    };

/** Per process version, the phases in which the partner holding direction takes part (the case director's phases). */
export interface DirectionPhases {
  readonly processKey: string;
  readonly processVersion: number;
  readonly phases: readonly string[];
}

/**
 * ZVT-3A.2: from the case meeting on (the phases where the process lets the case director take part: 3A, 4A in
 * ZVT), the professionals of the organisation holding direction see the case at their tables; before that,
 * only the referrer does (ZVT-2A.1, ADR 0004). What they see of the contributions stays with the access policy.
 */
const DIRECTION_PHASES: readonly DirectionPhases[] = builtInProcesses
  .map((p) => ({ processKey: p.key, processVersion: p.version, phases: p.phases.filter((ph) => ph.participants.includes('caseDirector')).map((ph) => ph.id) }))
  .filter((d) => d.phases.length > 0);

export function caseScope(actor: Actor): CaseScope {
  if (actor.tableIds.length === 0) return { kind: 'none' };
  switch (actor.role) {
    case 'chain-director':
      return { kind: 'tables', tableIds: actor.tableIds };
    case 'partner-professional':
      return { kind: 'referred-by', tableIds: actor.tableIds, userId: actor.userId, organisationId: actor.organisationId, directionPhases: DIRECTION_PHASES };
    case 'privacy-officer':
    case 'application-administrator':
      return { kind: 'none' };
  }
}

/** What the facts of one case are, as far as abilities depend on them. */
export interface CaseFacts {
  readonly tableId: string;
  readonly phase: string;
  readonly referrerUserId: string;
  readonly informingStatus: 'open' | 'done' | 'deferred' | null;
  /** When informing was deferred: the planned date. Once it has passed, the deferral no longer counts. */
  readonly informingPlannedOn: string | null;
  readonly processKey: string;
  readonly processVersion: number;
  /** The partner organisation holding direction (ZVT-3A.2). */
  readonly directionOrganisationId: string;
  readonly scaleDownOn: string | null;
  readonly endState: string | null;
}

/** What the actor may do with a case they can see. Sent with each record so the UI never re-derives it. */
export interface CaseAbilities {
  readonly assess: boolean;
  readonly decideAdmission: boolean;
  readonly recordInforming: boolean;
  readonly sendPartnerQuery: boolean;
  /** ZVT-3A.2: record that direction passes to another partner (chain director, case meeting). */
  readonly transferDirection: boolean;
  /** ZVT-4A.2: deviate from the retention schedule (partner holding direction, or chain director for it). */
  readonly recordRetentionException: boolean;
  /** Place or lift a legal hold (chain director). */
  readonly placeLegalHold: boolean;
}

/**
 * ZVT-1.4: partner queries of 2A wait until the subject was informed, or informing was deferred with a
 * motivation and the planned date has not yet passed (an overdue deferral blocks again).
 */
export function informingAllowsQueries(facts: Pick<CaseFacts, 'informingStatus' | 'informingPlannedOn'>, today: string): boolean {
  if (facts.informingStatus === 'done') return true;
  return facts.informingStatus === 'deferred' && facts.informingPlannedOn !== null && facts.informingPlannedOn >= today;
}

export function caseAbilities(actor: Actor, facts: CaseFacts, today: string): CaseAbilities {
  const isChainDirector = actor.role === 'chain-director' && actor.tableIds.includes(facts.tableId);
  const isReferrer = actor.role === 'partner-professional' && actor.userId === facts.referrerUserId;
  const informingOpen = facts.informingStatus === 'open' || facts.informingStatus === 'deferred';
  return {
    assess: isChainDirector && facts.phase === '1',
    decideAdmission: isChainDirector && facts.phase === '1',
    recordInforming: (isChainDirector || isReferrer) && informingOpen,
    sendPartnerQuery: isChainDirector && facts.phase === '2A' && informingAllowsQueries(facts, today),
    transferDirection: isChainDirector && directionCanPass(requireProcess(facts.processKey, facts.processVersion), facts),
    recordRetentionException:
      (isChainDirector || actor.role === 'partner-professional') && facts.scaleDownOn !== null && decidesOnRetention(actor, facts.directionOrganisationId),
    placeLegalHold: isChainDirector,
  };
}
