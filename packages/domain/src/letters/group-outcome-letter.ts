import type { GroupDecisionOutcome } from '../groups/group-approach.ts';

/**
 * ZVT-2B.4 (seed 000 2B step 7): the letter to one person in a group scan about the outcome of the group approach.
 * Each member gets a letter of their own; it is made from the group's recorded decision and plan and must never name
 * the other members (they are data subjects of their own, and the addressee has no right to know them).
 */

/** The adopted decisions (ZVT-2B.3), as one sentence each for `{{uitkomst}}`. Only these lead to informing tasks. */
export const GROUP_OUTCOME_SENTENCES: Readonly<Partial<Record<GroupDecisionOutcome, string>>> = {
  'plan-adopted': 'Er is een plan van aanpak voor de groep vastgesteld, met maatregelen voor de groep en/of het gebied. De kerngroep groepsaanpak komt geregeld bij elkaar om te volgen hoe het gaat.',
  'plan-adopted-individual-registrations': 'Een aantal groepsleden wordt ook afzonderlijk besproken aan de Zorg- en Veiligheidstafel. Wie dat betreft, krijgt daarover een eigen brief.',
  'plan-adopted-veiligheidshuis': 'De groep of een aantal groepsleden wordt ook aangemeld bij het Veiligheidshuis.',
};

/** What a group outcome letter is made of, before it is cleaned of other members' names. */
export interface GroupLetterFacts {
  /** The outcome ids of the latest decision that adopted the plan. */
  readonly decisionOutcomes: readonly string[];
  readonly areaMeasures: string;
  readonly groupMeasures: string;
  readonly involveVeiligheidshuis: boolean;
  /** Whether this member is one of those with the need for an individual approach (never who else is). */
  readonly memberNeedsIndividualApproach: boolean;
  /** The organisations of the core group (ZVT-2B.1) and the municipality. */
  readonly participants: readonly string[];
}

/** The filled-in parts of the letter: `{{uitkomst}}`, `{{doel}}`, `{{thema's}}`, `{{deelnemers}}`. */
export interface GroupLetterContent {
  readonly outcome: string;
  readonly goal: string;
  readonly themes: readonly string[];
  readonly participants: readonly string[];
}

/** What replaces another member's name wherever a text of the group names them. */
export const OTHER_MEMBER_PLACEHOLDER = 'een ander groepslid';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces every mention of another member's full name (case and spacing insensitive, whole words) by
 * {@link OTHER_MEMBER_PLACEHOLDER}. Longer names first, so "Anna de Vries" goes before "Anna de".
 *
 * @param text - a free text of the group (plan measures), written by the chain director
 * @param otherNames - the full names of the other members of the group scan
 */
export function withoutOtherMembers(text: string, otherNames: readonly string[]): string {
  const names = [...new Set(otherNames.map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  return names.reduce((result, name) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    return result.replace(pattern, OTHER_MEMBER_PLACEHOLDER);
  }, text);
}

/**
 * ZVT-2B.4: the outcome, goal, themes and participants of the group approach for one member's letter, from the
 * adopted decision and the draft plan; other members' names are removed from every part.
 *
 * @returns `null` when the decision adopted no plan (then there is nothing to inform about by this letter)
 */
export function groupLetterContent(facts: GroupLetterFacts, otherNames: readonly string[]): GroupLetterContent | null {
  const sentences = facts.decisionOutcomes.map((id) => GROUP_OUTCOME_SENTENCES[id as GroupDecisionOutcome]).filter((s): s is string => s !== undefined);
  if (sentences.length === 0) return null;
  const clean = (text: string) => withoutOtherMembers(text.trim(), otherNames);
  const themes = [
    ...(facts.areaMeasures.trim() !== '' ? [`Maatregelen in het gebied: ${clean(facts.areaMeasures)}`] : []),
    ...(facts.groupMeasures.trim() !== '' ? [`Maatregelen voor de groep: ${clean(facts.groupMeasures)}`] : []),
    ...(facts.memberNeedsIndividualApproach ? ['Voor u is ook een aanpak nodig die op uzelf gericht is; daarover neemt de ketenregisseur contact met u op.'] : []),
    ...(facts.involveVeiligheidshuis ? ['Het Veiligheidshuis wordt bij de aanpak betrokken.'] : []),
  ];
  return {
    outcome: sentences.join(' '),
    goal: 'De overlast en de risico’s rond de groep verminderen en voorkomen dat jongeren verder afglijden, met de maatregelen uit het plan van aanpak.',
    themes: themes.length > 0 ? themes : ['De maatregelen uit het plan van aanpak; de ketenregisseur vertelt u welke.'],
    participants: facts.participants.map(clean),
  };
}
