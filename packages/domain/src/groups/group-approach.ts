import { ageOn } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { assertMotivation } from '../motivation.ts';
import { MEETING_KIND_DEFINITIONS, type PartnerKind } from '../meetings/meeting-kinds.ts';
import type { OutcomeDefinition, ProcessDefinition } from '../processes/process-definition.ts';
import { findOutcome, phaseOf } from '../processes/process-queries.ts';

/** ZVT-2B.2: the priority advice of the draft plan. */
export type GroupPriority = 'low' | 'medium' | 'high';
export const GROUP_PRIORITIES = ['low', 'medium', 'high'] as const satisfies readonly GroupPriority[];
export const GROUP_PRIORITY_LABELS: Readonly<Record<GroupPriority, string>> = { low: 'laag', medium: 'midden', high: 'hoog' };

/** ZVT-2B.3: who decides on the draft plan. */
export type DecidingBody = 'mayor-and-alderman' | 'triangle';
export const DECIDING_BODY_LABELS: Readonly<Record<DecidingBody, string>> = {
  'mayor-and-alderman': 'burgemeester en wethouder jeugd',
  triangle: 'lokale driehoek (burgemeester, officier van justitie, politie)',
};

/**
 * ZVT-2B.3 (seed 000 2B step 6): the chain director presents the draft plan to the mayor and the alderman for youth
 * when the priority is low or medium, and to the triangle when the priority is high or the group is criminal.
 */
export function decidingBody(plan: { readonly priority: GroupPriority; readonly criminalGroup: boolean }): DecidingBody {
  return plan.priority === 'high' || plan.criminalGroup ? 'triangle' : 'mayor-and-alderman';
}

/** The group picture of the core-group focus meeting (ZVT-2B.1): five themes from seed 000 2B step 2. */
export const GROUP_PICTURE_THEMES = [
  { id: 'behaviour', label: 'Kenmerken en typering van het gedrag van de groep' },
  { id: 'impact', label: 'Impact van de groep en haar gedrag op de omgeving' },
  { id: 'composition', label: 'Samenstelling van de groep' },
  { id: 'dynamics', label: 'Groepsdynamische processen' },
  { id: 'slidingRisk', label: 'Risico op afglijden' },
] as const;
export type GroupPictureTheme = (typeof GROUP_PICTURE_THEMES)[number]['id'];

/** The police group scan is a PDF document (content-type whitelist); 5 MiB is a product limit. */
export const GROUP_SCAN_DOCUMENT = Object.freeze({ maxBytes: 5 * 1024 * 1024, contentTypes: ['application/pdf'] as const });

/**
 * Checks a scan document before it is stored: the declared type is on the whitelist, the bytes are a PDF (magic
 * number `%PDF-`, so a renamed file is refused) and the size is within the limit.
 *
 * @returns `null` when acceptable, else which rule it breaks
 */
export function scanDocumentProblem(file: { readonly contentType: string; readonly bytes: Uint8Array }): 'content-type' | 'too-large' | 'empty' | null {
  if (!(GROUP_SCAN_DOCUMENT.contentTypes as readonly string[]).includes(file.contentType)) return 'content-type';
  if (file.bytes.length === 0) return 'empty';
  if (file.bytes.length > GROUP_SCAN_DOCUMENT.maxBytes) return 'too-large';
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  if (!magic.every((b, i) => file.bytes[i] === b)) return 'content-type';
  return null;
}

/**
 * ZVT-2B.1: the core group of a group approach — the table partners of the kinds the core-group focus meeting names
 * ("in ieder geval" youth work, Voor Ieder 1 (youth care), police) plus partners the chain director asked to join
 * ("op verzoek"). Only while the group is in a phase of the core-group meeting, or its plan was adopted (the group
 * approach goes on in follow-up meetings); before admission (phase 1) only the chain director and the referrer.
 *
 * @param process - the group's process definition
 * @param group - the phase and end state of the group case
 * @param tablePartners - the organisations of the table with their kind
 * @param addedOrganisationIds - partners added on request
 */
export function coreGroupOrganisationIds(
  process: ProcessDefinition,
  group: { readonly phase: string; readonly endState: string | null },
  tablePartners: readonly { readonly id: string; readonly kind: string }[],
  addedOrganisationIds: readonly string[] = [],
): string[] {
  const inCoreGroupPhase = group.endState === null && phaseOf(process, group.phase).meetingKind === 'core-group-focus';
  const adopted = group.endState === 'group-approach-adopted';
  if (!inCoreGroupPhase && !adopted) return [];
  const kinds: readonly PartnerKind[] = MEETING_KIND_DEFINITIONS['core-group-focus'].minimumPartnerKinds;
  const members = tablePartners.filter((p) => (kinds as readonly string[]).includes(p.kind)).map((p) => p.id);
  const tableIds = new Set(tablePartners.map((p) => p.id));
  return [...new Set([...members, ...addedOrganisationIds.filter((id) => tableIds.has(id))])];
}

/** ZVT-2B.2: the outcome of the core-group focus meeting. */
export type GroupMeetingOutcome =
  | { readonly outcome: 'no-group-approach'; readonly motivation: string }
  | {
      readonly outcome: 'draft-plan';
      readonly areaMeasures: string;
      readonly groupMeasures: string;
      /** Member ids with the need for an individual approach (may be empty). */
      readonly individualApproachMemberIds: readonly string[];
      readonly involveVeiligheidshuis: boolean;
      readonly priority: GroupPriority;
      readonly criminalGroup: boolean;
    };

/**
 * Validates the 2B outcome against the process and returns the outcome definition to follow.
 *
 * @throws DomainError `motivation-required` for "no group approach" without a real motivation;
 *   `invalid-argument` for a draft plan without any measure
 */
export function groupMeetingOutcome(process: ProcessDefinition, phase: string, input: GroupMeetingOutcome): OutcomeDefinition {
  const outcome = findOutcome(process, phase, input.outcome);
  if (input.outcome === 'no-group-approach') assertMotivation(input.motivation);
  else if (input.areaMeasures.trim() === '' && input.groupMeasures.trim() === '' && input.individualApproachMemberIds.length === 0) {
    throw new DomainError('invalid-argument', 'Een concept plan van aanpak noemt gebiedsmaatregelen, groepsmaatregelen of een individuele aanpak.');
  }
  return outcome;
}

/** ZVT-2B.3: the decisions the deciding body can take; several adopted outcomes may hold together. */
export type GroupDecisionOutcome =
  | 'plan-adopted'
  | 'plan-adopted-individual-registrations'
  | 'plan-adopted-veiligheidshuis'
  | 'plan-needs-change'
  | 'plan-not-adopted';

/**
 * Checks a set of decision outcomes (ZVT-2B.3, "en/of"): each is an outcome of the phase, a combination only of
 * outcomes that declare each other in `combinesWith` (so all lead to the same target), and a motivation where one of
 * them requires it. "Adopted with individual registrations" needs at least one chosen member.
 *
 * @returns the outcome definitions in the given order
 * @throws DomainError `invalid-transition` or `invalid-argument`; `motivation-required`
 */
export function groupDecisionOutcomes(
  process: ProcessDefinition,
  phase: string,
  input: { readonly outcomes: readonly string[]; readonly motivation: string; readonly memberIdsToRegister: readonly string[] },
): OutcomeDefinition[] {
  if (input.outcomes.length === 0) throw new DomainError('invalid-argument', 'Kies minstens één besluit.');
  if (new Set(input.outcomes).size !== input.outcomes.length) throw new DomainError('invalid-argument', 'Een besluit staat er dubbel in.');
  const outcomes = input.outcomes.map((id) => findOutcome(process, phase, id));
  if (outcomes.length > 1) {
    for (const outcome of outcomes) {
      const others = outcomes.filter((o) => o.id !== outcome.id);
      if (!others.every((o) => outcome.combinesWith?.includes(o.id) ?? false)) {
        throw new DomainError('invalid-argument', `Besluit '${outcome.label}' kan niet samen met de andere gekozen besluiten.`);
      }
    }
  }
  if (outcomes.some((o) => o.requiresMotivation)) assertMotivation(input.motivation);
  const registers = outcomes.some((o) => o.startsMemberCases !== undefined);
  if (registers && input.memberIdsToRegister.length === 0) {
    throw new DomainError('invalid-argument', 'Kies de groepsleden die individueel worden aangemeld.');
  }
  if (!registers && input.memberIdsToRegister.length > 0) {
    throw new DomainError('invalid-argument', 'Groepsleden worden alleen aangemeld bij het besluit "vastgesteld met individuele aanmelding".');
  }
  return outcomes;
}

/** ZVT-2B.4: what the people in the group scan are informed of. */
export const GROUP_INFORMING_ITEMS = [
  { id: 'outcome', label: 'De uitkomst van de triage (besluit over de groepsaanpak)' },
  { id: 'goal', label: 'Het doel' },
  { id: 'themes', label: 'De gespreksthema’s' },
  { id: 'participants', label: 'De deelnemers aan het overleg' },
  { id: 'rights', label: 'De rechten van de betrokkene' },
] as const;
export type GroupInformingItem = (typeof GROUP_INFORMING_ITEMS)[number]['id'];

/**
 * ZVT-2B.4: an informing task is done only when it is recorded as sent, covering every item of
 * {@link GROUP_INFORMING_ITEMS}.
 *
 * @returns the items missing (empty when complete)
 */
export function missingGroupInformingItems(items: readonly string[]): GroupInformingItem[] {
  return GROUP_INFORMING_ITEMS.map((i) => i.id).filter((id) => !items.includes(id));
}

/** What recording an outcome does to the group file's retention (X-4, ADR 0017). */
export type GroupRetentionPlan =
  | { readonly kind: 'continue'; readonly phase: string }
  | { readonly kind: 'delete-at-once'; readonly endState: string }
  | { readonly kind: 'phased'; readonly endState: string; readonly scaleDownOn: string };

/**
 * ADR 0017: the retention consequence of the outcomes of a 2B phase, read from the process definition alone. An
 * outcome that stays in a phase continues (the maximum inactivity of the process still applies); an end state with a
 * `delete-immediately` rule ("no group approach", "not adopted") deletes the group, its members and the scan at once,
 * like "not" in 2A.4; an end state with a phased rule ("adopted") starts the phased schedule on the decision date
 * (`start-retention`), as a scale-down does.
 *
 * @throws DomainError `invalid-argument` when the outcomes lead to different targets
 */
export function groupRetentionPlan(process: ProcessDefinition, outcomes: readonly OutcomeDefinition[], decidedOn: string): GroupRetentionPlan {
  const first = outcomes[0];
  if (first === undefined) throw new DomainError('invalid-argument', 'Geen uitkomst.');
  const key = (o: OutcomeDefinition) => ('phase' in o.to ? `phase:${o.to.phase}` : `end:${o.to.endState}`);
  if (!outcomes.every((o) => key(o) === key(first))) throw new DomainError('invalid-argument', 'De gekozen uitkomsten leiden niet naar hetzelfde vervolg.');
  if ('phase' in first.to) return { kind: 'continue', phase: first.to.phase };
  const endStateId = first.to.endState;
  const endState = process.endStates.find((e) => e.id === endStateId);
  if (endState === undefined) throw new DomainError('unknown-end-state', `Onbekende eindtoestand '${endStateId}'.`);
  if (endState.retention.kind === 'delete-immediately') return { kind: 'delete-at-once', endState: endStateId };
  if (endState.retention.kind === 'phased' && outcomes.some((o) => o.duties.includes('start-retention'))) {
    return { kind: 'phased', endState: endStateId, scaleDownOn: decidedOn };
  }
  throw new DomainError('invalid-argument', `Eindtoestand '${endStateId}' heeft geen bewaarregel die de groepsaanpak kent.`);
}

/**
 * ZVT-2B.3 with ZVT-1.1/1.4: a member registered individually needs the legal representatives that the 2A informing
 * duty will address — at least one under 16, none from 18 (no unnecessary data about others), either way at 16 and 17.
 *
 * @param birthDate - the member's date of birth
 * @param onDate - the day of the registration
 */
export function memberRepresentativeRule(birthDate: string, onDate: string): 'required' | 'optional' | 'not-allowed' {
  const age = ageOn(birthDate, onDate);
  if (age < 16) return 'required';
  return age >= 18 ? 'not-allowed' : 'optional';
}
