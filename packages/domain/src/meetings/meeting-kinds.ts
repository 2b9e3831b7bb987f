/**
 * The meetings of a table (glossary: focusoverleg / casusoverleg / kerngroep → meeting kind), as data a
 * reviewer can read next to seed 000. A process definition says per phase which kind of meeting admits a
 * case (`PhaseDefinition.meetingKind`); this file says what each kind is.
 */

/** The kinds of meeting of a Zorg- en Veiligheidstafel. */
export type MeetingKind = 'focus' | 'core-group-focus' | 'case-meeting';

/** All meeting kinds. */
export const MEETING_KINDS = ['focus', 'core-group-focus', 'case-meeting'] as const satisfies readonly MeetingKind[];

/**
 * Kinds of partner organisation, as stored in `organisations.kind`. Only the kinds a meeting kind names as
 * minimum participants are listed here; other kinds exist (school attendance, prosecutor, social team, …).
 */
export type PartnerKind = 'police' | 'youth-care' | 'youth-work';

/** Dutch labels of the partner kinds that meeting rules name. */
export const PARTNER_KIND_LABELS: Readonly<Record<PartnerKind, string>> = {
  police: 'politie',
  'youth-care': 'jeugdhulp (zoals Stichting Voor Ieder 1)',
  'youth-work': 'jongerenwerk',
};

/** What one kind of meeting is. */
export interface MeetingKindDefinition {
  readonly id: MeetingKind;
  /** Dutch name, also the calendar title ("Casusoverleg ZVT <tafel>"). */
  readonly label: string;
  /** The usual number of weeks between two meetings of a series; the chain director may choose another. */
  readonly defaultIntervalWeeks: number;
  /** Usual length in minutes (the seed names none; a default the chain director changes per series). */
  readonly defaultDurationMinutes: number;
  /**
   * Partner kinds that take part in every meeting of this kind ("in ieder geval"). Seed 000 names
   * organisations (politie, Stichting Voor Ieder 1, het jongerenwerk); Ketentafel stores organisations with a
   * kind, and Voor Ieder 1 is a youth-care foundation, so the rule names kinds: any table can meet it with its
   * own local organisations.
   */
  readonly minimumPartnerKinds: readonly PartnerKind[];
  readonly requirementIds: readonly string[];
}

/**
 * The three meeting kinds of seed 000.
 * - focus meeting (2A, "bij twijfel"): "in beginsel eens in de twee weken"; at least police, Voor Ieder 1 and
 *   youth work (ZVT-2A.4).
 * - core-group focus meeting (2B): at least youth work, Voor Ieder 1 and police (ZVT-2B.1). The seed names no
 *   cadence ("wordt bij elkaar geroepen"); Ketentafel proposes every four weeks (product decision) and the
 *   chain director moves, cancels or adds dates as needed.
 * - case meeting (3A): "in beginsel eens in de drie weken"; only partners invited per agenda item attend, so
 *   there is no fixed minimum (ZVT-3A.1).
 */
export const MEETING_KIND_DEFINITIONS: Readonly<Record<MeetingKind, MeetingKindDefinition>> = Object.freeze({
  focus: {
    id: 'focus',
    label: 'Focusoverleg',
    defaultIntervalWeeks: 2,
    defaultDurationMinutes: 60,
    minimumPartnerKinds: ['police', 'youth-care', 'youth-work'],
    requirementIds: ['ZVT-2A.4'],
  },
  'core-group-focus': {
    id: 'core-group-focus',
    label: 'Focusoverleg kerngroep groepsaanpak',
    defaultIntervalWeeks: 4,
    defaultDurationMinutes: 90,
    minimumPartnerKinds: ['youth-work', 'youth-care', 'police'],
    requirementIds: ['ZVT-2B.1'],
  },
  'case-meeting': {
    id: 'case-meeting',
    label: 'Casusoverleg',
    defaultIntervalWeeks: 3,
    defaultDurationMinutes: 120,
    minimumPartnerKinds: [],
    requirementIds: ['ZVT-3A.1'],
  },
} satisfies Record<MeetingKind, MeetingKindDefinition>);

/** Whether a string is a known meeting kind. */
export function isMeetingKind(value: string): value is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(value);
}

/**
 * The minimum partner kinds of a meeting kind that are missing from a set of organisation kinds (for a table:
 * its partners; for an agenda item: the invited organisations). Empty when the minimum is met.
 *
 * @param kind - the meeting kind
 * @param organisationKinds - the kinds of the organisations present
 */
export function missingMinimumPartners(kind: MeetingKind, organisationKinds: readonly string[]): PartnerKind[] {
  return MEETING_KIND_DEFINITIONS[kind].minimumPartnerKinds.filter((required) => !organisationKinds.includes(required));
}
