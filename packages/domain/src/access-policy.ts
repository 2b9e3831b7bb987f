import type { DataCategory, Participant, ProcessDefinition } from './processes/process-definition.ts';
import type { PolicyMeetingRelease } from './meetings/focus-release.ts';

/** The roles of Ketentafel users. */
export type Role = 'chain-director' | 'partner-professional' | 'privacy-officer' | 'application-administrator';

/** How a user is involved with one piece of case information; derived from the record, never claimed. */
export type Involvement = 'tableChainDirector' | 'referrer' | 'contributor' | 'caseDirector' | 'grantee' | 'invitee'
  | 'coreGroupPartner' | 'focusMeetingRecipient' | 'ownerOrganisation';

/**
 * One access rule: a role, involved in a given way, may see contributions of the given categories — in the
 * phases where the process definition lets that participant see the data (when `participant` is set).
 */
export interface AccessRule {
  readonly id: string;
  /** Dutch, for the privacy officer reviewing the policy next to the covenant. */
  readonly description: string;
  readonly requirementIds: readonly string[];
  readonly roles: readonly Role[];
  readonly involvement: Involvement;
  readonly participant?: Participant;
  readonly categories: 'all' | readonly DataCategory[];
}

/**
 * The access policy as data. Roles that appear in no rule (privacy officer, application
 * administrator) never see case content. Anything not allowed here is denied.
 */
export const ACCESS_POLICY: readonly AccessRule[] = Object.freeze([
  {
    id: 'chain-director-of-table',
    description: 'De ketenregisseur van de tafel ziet de gegevens van de fasen waarin de ketenregisseur deelneemt.',
    requirementIds: ['ZVT-2A.1', 'ZVT-3A.2', 'X-2'],
    roles: ['chain-director'],
    involvement: 'tableChainDirector',
    participant: 'chainDirector',
    categories: 'all',
  },
  {
    id: 'referrer',
    description: 'De aanmelder ziet de gegevens van de fasen waarin de aanmelder deelneemt (aanmelding en triage blijven bij ketenregisseur en aanmelder).',
    requirementIds: ['ZVT-2A.1', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'referrer',
    participant: 'referrer',
    categories: 'all',
  },
  {
    id: 'contributor',
    description: 'Wie een bijdrage heeft gegeven, ziet die altijd (zeggenschap).',
    requirementIds: ['ZVT-2A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'contributor',
    categories: 'all',
  },
  {
    id: 'case-director',
    description: 'De casusregisseur ziet de gegevens van de fasen waarin de casusregisseur deelneemt.',
    requirementIds: ['ZVT-3A.2', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'caseDirector',
    participant: 'caseDirector',
    categories: 'all',
  },
  {
    id: 'grantee',
    description: 'Een ketenpartner ziet een bijdrage die de eigenaar aan die partner heeft vrijgegeven, zolang de vrijgave niet is ingetrokken.',
    requirementIds: ['ZVT-2A.3', 'ZVT-3A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'grantee',
    categories: 'all',
  },
  {
    id: 'invitee',
    description:
      'Een ketenpartner die de ketenregisseur voor een agendapunt heeft uitgenodigd, ziet tot en met de dag van dat overleg alleen de identificerende gegevens van de casus (wie wordt besproken); al het andere alleen wanneer de eigenaar het vrijgeeft. De gegevens zijn alleen voor het overleg.',
    requirementIds: ['ZVT-3A.1', 'ZVT-3A.3', 'ZVT-2A.4', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'invitee',
    participant: 'invitedPartner',
    categories: ['identifying'],
  },
  {
    id: 'core-group-partner',
    description:
      'Een ketenpartner in de kerngroep groepsaanpak (in ieder geval jongerenwerk, jeugdhulp zoals Voor Ieder 1 en politie; andere partners op verzoek van de ketenregisseur) ziet van een groep wie erin zit en het groepsbeeld, het concept plan van aanpak en de besluiten, zolang de groep in de kerngroep is of de groepsaanpak is vastgesteld. Strafrechtelijke en zorggegevens (zoals de groepsscan) alleen wanneer de eigenaar ze vrijgeeft.',
    requirementIds: ['ZVT-2B.1', 'ZVT-2B.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'coreGroupPartner',
    categories: ['identifying', 'other'],
  },
  {
    id: 'focus-meeting-release',
    description:
      'Een ketenpartner die is uitgenodigd voor een agendapunt van een focusoverleg, ziet wat de eigenaar voor dat overleg heeft vrijgegeven: alleen op de dag van het overleg, tot het focusoverleg over de casus heeft besloten, en niet meer zodra de eigenaar de vrijgave intrekt (ADR 0019).',
    requirementIds: ['ZVT-2A.4', 'ZVT-2A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'focusMeetingRecipient',
    categories: 'all',
  },
  {
    id: 'owner-organisation',
    description:
      'Legt iemand van buiten de eigenaar-organisatie een bijdrage namens haar vast (de ketenregisseur registreert een groepsscan namens de politie), dan zien de medewerkers van die organisatie aan de tafel die bijdrage vanaf het vastleggen en geven alleen zij haar vrij (zeggenschap).',
    requirementIds: ['ZVT-3A.3', 'ZVT-1.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'ownerOrganisation',
    categories: 'all',
  },
] satisfies AccessRule[]);

/** Who is asking. */
export interface PolicyActor {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly tableIds: readonly string[];
}

/** A release of one contribution by its owner to a named partner for a named activity (ZVT-3A.3). */
export interface PolicyGrant {
  readonly granteeOrganisationId: string;
  readonly activity: string;
  /** Set when the owner withdrew the release; a withdrawal takes effect at once. */
  readonly withdrawnAt: string | null;
}

/**
 * An invitation of a partner organisation to an agenda item about the case (ZVT-3A.1). `current` is true
 * from the invitation up to and including the day of the meeting, while the meeting is not cancelled
 * (`invitationIsCurrent`): the data are for the meeting only (ZVT-3A.3).
 */
export interface PolicyInvitation {
  readonly organisationId: string;
  readonly current: boolean;
}

/** One piece of case information, with what the policy needs to know about its case. */
export interface PolicyContribution {
  readonly tableId: string;
  readonly phase: string;
  readonly category: DataCategory;
  readonly ownerOrganisationId: string;
  readonly createdByUserId: string;
  readonly caseReferrerUserId: string;
  readonly caseDirectorUserId: string | null;
  readonly grants: readonly PolicyGrant[];
  /** Invitations to agenda items about the case; absent means none. */
  readonly invitations?: readonly PolicyInvitation[];
  /** ZVT-2B.1: the organisations in the core group of a group case (`coreGroupOrganisationIds`); absent means none. */
  readonly coreGroupOrganisationIds?: readonly string[];
  /** Releases by the owner for an agenda item of a focus meeting (ZVT-2A.4); absent means none. */
  readonly meetingReleases?: readonly PolicyMeetingRelease[];
  /**
   * True when someone outside the owner organisation recorded the contribution on its behalf (the chain director
   * registering a group scan for the police): derived from the creator's organisation, never claimed; absent means no.
   */
  readonly recordedOnBehalfOfOwner?: boolean;
}

export interface ContributionAccess {
  readonly visible: boolean;
  /** The rules that allow it (empty when denied). */
  readonly ruleIds: readonly string[];
  readonly abilities: {
    /** Release to another partner, or withdraw a release: only the owner (zeggenschap). */
    readonly release: boolean;
  };
}

/** The involvements an actor has with a contribution, derived from the record alone. */
export function involvementsOf(actor: PolicyActor, contribution: PolicyContribution): ReadonlySet<Involvement> {
  const atTable = actor.tableIds.includes(contribution.tableId);
  const result = new Set<Involvement>();
  if (!atTable) return result;
  if (actor.role === 'chain-director') result.add('tableChainDirector');
  if (actor.userId === contribution.caseReferrerUserId) result.add('referrer');
  if (actor.userId === contribution.createdByUserId && actor.organisationId === contribution.ownerOrganisationId) result.add('contributor');
  if (contribution.caseDirectorUserId !== null && actor.userId === contribution.caseDirectorUserId) result.add('caseDirector');
  if (contribution.grants.some((g) => g.withdrawnAt === null && g.granteeOrganisationId === actor.organisationId)) result.add('grantee');
  if (contribution.invitations?.some((i) => i.current && i.organisationId === actor.organisationId)) result.add('invitee');
  if (contribution.coreGroupOrganisationIds?.includes(actor.organisationId)) result.add('coreGroupPartner');
  if (contribution.meetingReleases?.some((r) => r.current && r.invitedOrganisationIds.includes(actor.organisationId))) result.add('focusMeetingRecipient');
  if (contribution.recordedOnBehalfOfOwner === true && actor.organisationId === contribution.ownerOrganisationId) result.add('ownerOrganisation');
  return result;
}

function participates(process: ProcessDefinition, phaseId: string, participant: Participant): boolean {
  return process.phases.find((p) => p.id === phaseId)?.participants.includes(participant) ?? false;
}

/**
 * Evaluates the policy for one actor and one contribution: the single place where "may this user see
 * this?" is decided. Pure; the server applies it in the repository and removes what is not visible.
 */
export function evaluateContributionAccess(
  actor: PolicyActor,
  contribution: PolicyContribution,
  process: ProcessDefinition,
  policy: readonly AccessRule[] = ACCESS_POLICY,
): ContributionAccess {
  const involvements = involvementsOf(actor, contribution);
  const ruleIds = policy
    .filter(
      (rule) =>
        rule.roles.includes(actor.role) &&
        involvements.has(rule.involvement) &&
        (rule.participant === undefined || participates(process, contribution.phase, rule.participant)) &&
        (rule.categories === 'all' || rule.categories.includes(contribution.category)),
    )
    .map((rule) => rule.id);
  const visible = ruleIds.length > 0;
  return {
    visible,
    ruleIds,
    abilities: { release: visible && actor.role === 'partner-professional' && actor.organisationId === contribution.ownerOrganisationId },
  };
}

/**
 * Whether an invitation still lets the invitee see the case (ZVT-3A.3 "data are for the meeting only"): up to
 * and including the meeting day, unless the meeting was cancelled.
 *
 * @param meeting - the meeting's date (`YYYY-MM-DD`, Dutch time) and status
 * @param today - today's date in the table's zone
 */
export function invitationIsCurrent(meeting: { readonly date: string; readonly status: string }, today: string): boolean {
  return meeting.status !== 'cancelled' && today <= meeting.date;
}

/**
 * One rule of the contribution index (ZVT-2A.3, seed 000 footnote 4): who may know *that* a contribution exists
 * (owner organisation, kind, category, phase — never its content), so that they can ask the owner for it.
 * Case-level: the involvement is the actor's involvement with any contribution of the case.
 */
export interface IndexRule {
  readonly id: string;
  /** Dutch, for the privacy officer reviewing the policy next to the covenant. */
  readonly description: string;
  readonly requirementIds: readonly string[];
  readonly roles: readonly Role[];
  readonly involvement: Involvement;
}

/**
 * The contribution index policy as data (ADR 0011). Only partner professionals who are already involved in the case
 * may know which contributions exist and ask their owners for them; an uninvolved partner learns nothing, not even
 * that the case exists. The chain director does not ask: the chain director acts for the referrer and uses no data
 * for a plan activity. Anything not allowed here is denied.
 */
export const CONTRIBUTION_INDEX_POLICY: readonly IndexRule[] = Object.freeze([
  {
    id: 'index-referrer',
    description: 'De aanmelder weet welke bijdragen er in de casus zijn en kan de eigenaar erom vragen.',
    requirementIds: ['ZVT-2A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'referrer',
  },
  {
    id: 'index-contributor',
    description: 'Een partner die zelf een bijdrage inbracht, weet welke andere bijdragen er zijn en kan de eigenaar erom vragen.',
    requirementIds: ['ZVT-2A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'contributor',
  },
  {
    id: 'index-case-director',
    description: 'De casusregisseur weet welke bijdragen er zijn en kan de eigenaar erom vragen.',
    requirementIds: ['ZVT-3A.2', 'ZVT-2A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'caseDirector',
  },
  {
    id: 'index-grantee',
    description: 'Een partner aan wie een eigenaar iets uit de casus heeft vrijgegeven (een rol in het plan van aanpak), weet welke bijdragen er zijn en kan de eigenaar om andere vragen, zolang die vrijgave niet is ingetrokken.',
    requirementIds: ['ZVT-3A.3', 'ZVT-2A.3', 'X-2'],
    roles: ['partner-professional'],
    involvement: 'grantee',
  },
] satisfies IndexRule[]);

/** The union of an actor's involvements with the contributions of one case. */
export function caseInvolvementsOf(actor: PolicyActor, caseContributions: readonly PolicyContribution[]): ReadonlySet<Involvement> {
  const result = new Set<Involvement>();
  for (const contribution of caseContributions) for (const involvement of involvementsOf(actor, contribution)) result.add(involvement);
  return result;
}

export interface ContributionIndexAccess {
  /** The actor may know which contributions the case has (not their content). */
  readonly known: boolean;
  /** The rules that allow it (empty when denied). */
  readonly ruleIds: readonly string[];
}

/**
 * Whether an actor may know which contributions a case has (the index, without content), by the index policy.
 * Pure; decides for a whole case, because the index is the list of all of its contributions.
 */
export function evaluateContributionIndex(
  actor: PolicyActor,
  caseContributions: readonly PolicyContribution[],
  policy: readonly IndexRule[] = CONTRIBUTION_INDEX_POLICY,
): ContributionIndexAccess {
  const involvements = caseInvolvementsOf(actor, caseContributions);
  const ruleIds = policy.filter((rule) => rule.roles.includes(actor.role) && involvements.has(rule.involvement)).map((rule) => rule.id);
  return { known: ruleIds.length > 0, ruleIds };
}

/**
 * Seed 000 footnote 4: a partner that wants to use another partner's contribution asks its owner. Asking needs the
 * index (the actor may know the contribution exists) and another owner: one does not ask one's own organisation.
 */
export function mayRequestContribution(actor: PolicyActor, contribution: PolicyContribution, index: ContributionIndexAccess): boolean {
  return (
    index.known &&
    actor.role === 'partner-professional' &&
    actor.tableIds.includes(contribution.tableId) &&
    actor.organisationId !== contribution.ownerOrganisationId
  );
}
