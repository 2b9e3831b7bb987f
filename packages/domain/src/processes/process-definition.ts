/**
 * The vocabulary of process definitions: declarative, versioned descriptions of a table's work process
 * (phases, outcomes, who takes part, which data may be collected, informing duties and retention), written so
 * that a privacy officer can read one next to the covenant. Requirement ids from SPEC.md appear throughout.
 */

import type { MeetingKind } from '../meetings/meeting-kinds.ts';

/** Kinds of personal data a phase may collect (ZVT-1.1; art. 9 and 10 AVG). */
export type DataCategory = 'identifying' | 'care' | 'health' | 'criminal' | 'other';

/** All data categories. */
export const DATA_CATEGORIES = ['identifying', 'care', 'health', 'criminal', 'other'] as const satisfies readonly DataCategory[];

/** Dutch labels of the data categories. */
export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  identifying: 'Identificerende (DAT-)gegevens',
  care: 'Zorggegevens',
  health: 'Gezondheidsgegevens (art. 9 AVG)',
  criminal: 'Strafrechtelijke gegevens (art. 10 AVG)',
  other: 'Overige gegevens (zoals school, wonen, leefgebieden)',
};

/** Roles that may see a phase's data (glossary of SPEC.md). */
export type Participant = 'chainDirector' | 'referrer' | 'invitedPartner' | 'caseDirector' | 'executionCoordinator';

/** All participant roles. */
export const PARTICIPANTS = [
  'chainDirector',
  'referrer',
  'invitedPartner',
  'caseDirector',
  'executionCoordinator',
] as const satisfies readonly Participant[];

/** Dutch labels of the participant roles. */
export const PARTICIPANT_LABELS: Readonly<Record<Participant, string>> = {
  chainDirector: 'Ketenregisseur',
  referrer: 'Aanmelder',
  invitedPartner: 'Uitgenodigde ketenpartner',
  caseDirector: 'Casusregisseur',
  executionCoordinator: 'Uitvoeringscoördinator',
};

/**
 * Obligations that come with taking an outcome. The server fulfils them (or records a permitted deferral)
 * before acting on the new state; for an outcome into an end state that deletes at once, before the deletion.
 */
export type Duty = 'inform-subject' | 'targeted-data-request' | 'reassess-eligibility' | 'inform-outcome' | 'start-retention';

/** All duties. */
export const DUTIES = [
  'inform-subject',
  'targeted-data-request',
  'reassess-eligibility',
  'inform-outcome',
  'start-retention',
] as const satisfies readonly Duty[];

/** Dutch labels of the duties. */
export const DUTY_LABELS: Readonly<Record<Duty, string>> = {
  'inform-subject': 'Betrokkene informeren over de verwerking (of uitstel gemotiveerd vastleggen)',
  'targeted-data-request': 'Gerichte gegevensuitvraag bij ketenpartners',
  'reassess-eligibility': 'Criteria opnieuw toetsen na de gegevensuitvraag',
  'inform-outcome': 'Betrokkene informeren over de uitkomst, het doel, de thema’s, de deelnemers en de rechten',
  'start-retention': 'Gefaseerde bewaartermijn laten ingaan',
};

/**
 * How long the data of a case are kept once it reaches an end state. Every rule names the requirements it
 * implements. Months are calendar months, clamped to the month end (`addCalendarMonths`).
 *
 * - `delete-immediately`: all personal data are deleted on reaching the end state; only aggregate counts remain.
 * - `phased` (ZVT-4A.1): counted from the date of the outcome that carried the `start-retention` duty (e.g. the
 *   scale-down decision). Until `activeMonths` the file stays active; then it is inactive and only the declared
 *   `keepWhenInactive` fields remain; at `deleteAfterMonths` everything is deleted.
 * - `delete-after`: deleted `months` after reaching the end state (`end`) or after the last substantive change,
 *   not a read (`last-substantive-change`, HIA-6).
 */
export type RetentionRule =
  | { readonly kind: 'delete-immediately'; readonly requirementIds: readonly string[] }
  | {
      readonly kind: 'phased';
      readonly activeMonths: number;
      readonly deleteAfterMonths: number;
      readonly keepWhenInactive: readonly string[];
      readonly requirementIds: readonly string[];
    }
  | {
      readonly kind: 'delete-after';
      readonly months: number;
      readonly from: 'end' | 'last-substantive-change';
      readonly requirementIds: readonly string[];
    };

/** One step of the process. */
export interface PhaseDefinition {
  /** Stable id, e.g. '2A'. */
  readonly id: string;
  /** Dutch name as in the seed. */
  readonly name: string;
  /** Dutch goal of the phase as in the seed. */
  readonly goal: string;
  readonly requirementIds: readonly string[];
  /** Who may see this phase's data (besides share grants, which only narrow further). */
  readonly participants: readonly Participant[];
  /** Which data may be collected in this phase; empty means none (data minimisation per phase). */
  readonly dataCategories: readonly DataCategory[];
  /** Whether an outcome may lead from this phase back to itself (e.g. monitoring rounds of 3A). */
  readonly repeatable?: boolean;
  /**
   * The kind of meeting that discusses cases in this phase: only then may a case be put on the agenda of a
   * meeting of that kind (ZVT-3A.1; `agendaAdmission`). Absent: no meeting discusses this phase.
   */
  readonly meetingKind?: MeetingKind;
}

/** A possible decision at the end of a phase, leading to another phase or to an end state. */
export interface OutcomeDefinition {
  /** Unique within the definition. */
  readonly id: string;
  /** The phase this outcome ends. */
  readonly from: string;
  readonly to: { readonly phase: string } | { readonly endState: string };
  /** Dutch label. */
  readonly label: string;
  readonly requirementIds: readonly string[];
  /** Whether a recorded motivation (`assertMotivation`) is required to take this outcome. */
  readonly requiresMotivation: boolean;
  readonly duties: readonly Duty[];
  /**
   * Other outcomes of the same phase that may be recorded together in one decision ("en/of", ZVT-2B.3). They
   * must share the same target; the duties of all chosen outcomes apply.
   */
  readonly combinesWith?: readonly string[];
  /**
   * When taking this outcome starts new individual cases for selected members of a group (ZVT-2B.3): the phase
   * at which each new case starts and the duties that come with it.
   */
  readonly startsMemberCases?: { readonly phase: string; readonly duties: readonly Duty[] };
}

/** A final state of a case; its retention rule says when its data are deleted. */
export interface EndStateDefinition {
  readonly id: string;
  /** Dutch label. */
  readonly label: string;
  readonly retention: RetentionRule;
}

/** A complete, versioned work process (ZVT-E.2: a case keeps the version it started under). */
export interface ProcessDefinition {
  /** Stable key, e.g. 'zvt'. */
  readonly key: string;
  /** Positive integer; a changed process gets a new version. */
  readonly version: number;
  /** Dutch name. */
  readonly name: string;
  /** The document the definition follows (seed, covenant). */
  readonly source: string;
  readonly initialPhase: string;
  readonly phases: readonly PhaseDefinition[];
  readonly outcomes: readonly OutcomeDefinition[];
  readonly endStates: readonly EndStateDefinition[];
  /**
   * The longest a case may go without a substantive change before `retention` applies to it, whatever
   * phase it is in.
   */
  readonly maxInactivity: { readonly months: number; readonly retention: RetentionRule };
}
