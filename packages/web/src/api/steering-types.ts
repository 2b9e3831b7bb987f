import type { IsoDate } from './types.ts';

/** Hand-written mirrors of the steering-group, policy-signal and evaluation schemas (server modules of the same names). */

export type SteeringGroupRole = 'mayor' | 'alderman';
export type EscalationDecision = 'approved' | 'instruction' | 'rejected' | 'other';
export type PolicySignalKind = 'neighbourhood-problem' | 'chain-cooperation-gap' | 'other';

/** ZSteeringGroup. */
export interface SteeringGroup {
  readonly tableId: string;
  readonly members: readonly { readonly role: SteeringGroupRole; readonly title: string }[];
}

/** ZEscalation. */
export interface Escalation {
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly summary: string;
  readonly question: string;
  readonly escalatedAt: string;
  readonly escalatedBy: string;
  readonly decision: {
    readonly decidedOn: IsoDate;
    readonly decision: EscalationDecision;
    readonly text: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  } | null;
}

export interface EscalationInput {
  readonly caseId: string;
  readonly summary: string;
  readonly question: string;
}

export interface EscalationDecisionInput {
  readonly decidedOn: IsoDate;
  readonly decision: EscalationDecision;
  readonly text: string;
}

/** ZPolicySignal. */
export interface PolicySignal {
  readonly id: string;
  readonly kind: PolicySignalKind;
  readonly area: string;
  readonly description: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface PolicySignalInput {
  readonly kind: PolicySignalKind;
  readonly area: string;
  readonly description: string;
}

/** ZCsvFile: a file the server produced; the browser saves `content` as `fileName`. */
export interface CsvFile {
  readonly fileName: string;
  readonly mediaType: 'text/csv';
  readonly content: string;
}

/** A count with whether (and why) an export hides it. */
export interface EvaluationCount {
  readonly value: number;
  readonly suppressedOnExport: 'small-count' | 'derivable' | null;
}

/** ZEvaluation. */
export interface Evaluation {
  readonly table: { readonly id: string; readonly name: string };
  readonly year: number;
  readonly threshold: number;
  readonly registrations: { readonly total: EvaluationCount; readonly quarters: readonly { readonly quarter: number; readonly count: EvaluationCount }[] };
  readonly outcomes: {
    readonly total: EvaluationCount;
    readonly phases: readonly {
      readonly phase: string;
      readonly phaseName: string;
      readonly total: EvaluationCount;
      readonly outcomes: readonly { readonly outcome: string; readonly label: string; readonly count: EvaluationCount }[];
    }[];
  };
  readonly phaseDurations: readonly { readonly phase: string; readonly phaseName: string; readonly cases: EvaluationCount; readonly medianDays: number | null }[];
  readonly scaledDown: EvaluationCount;
  readonly deletions: { readonly onTime: EvaluationCount; readonly late: EvaluationCount; readonly total: EvaluationCount };
  /** ZVT-E.2: meetings held per kind (not cancelled, date passed, at least one agenda item; ADR 0019). */
  readonly meetingsHeld: { readonly total: EvaluationCount; readonly kinds: readonly { readonly kind: string; readonly label: string; readonly count: EvaluationCount }[] };
}
