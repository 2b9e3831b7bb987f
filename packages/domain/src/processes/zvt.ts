import type { ProcessDefinition, RetentionRule } from './process-definition.ts';

const ALL_DATA = ['identifying', 'care', 'health', 'criminal', 'other'] as const;

/** ZVT-4A.1: active 0–6 months after the decision, inactive with a declared administrative set until 12 months. */
function phasedRetention(keepWhenInactive: readonly string[], requirementIds: readonly string[]): RetentionRule {
  return { kind: 'phased', activeMonths: 6, deleteAfterMonths: 12, keepWhenInactive, requirementIds };
}

/**
 * The Zorg- en Veiligheidstafel Jeugd work process of seed 000 (Werkproces ZVT Jeugd HLT), version 1.
 *
 * Reading notes a reviewer may question:
 * - Phase '1' outcome ids equal `AdmissionDecision`; they carry no `requiresMotivation` because the eligibility
 *   assessment explains them and a deviating decision needs a reason through `decisionRequiresReason` (ZVT-1.2).
 *   Outcomes by which a meeting stops or redirects a case do require one (the referrer handles the case
 *   further and needs to know why).
 * - '2A-focus' is a phase of its own: the focus meeting has other participants than triage (ZVT-2A.4).
 * - The group approach is two phases: '2B' (core group: group picture, draft plan or not, ZVT-2B.1/2B.2) and
 *   '2B-decision' (mayor + alderman and/or triangle, ZVT-2B.3). The three "adopted" outcomes may be recorded
 *   together ("en/of"); individual registrations start new cases at '2A' with the informing duty. The group
 *   approach itself continues in existing consultations outside the table, so the group file ends in
 *   'group-approach-adopted', kept on the same phased schedule as a scaled-down case (product decision; the
 *   seed names no period for it).
 * - Deleting at once when the table stops without a plan ('no-group-approach', 'group-approach-not-adopted')
 *   is a product decision by analogy with ZVT-1.3 (AVG art. 5(1)(e)); the seed says it for 1, 2A and 3A only.
 * - Health data (art. 9 AVG) may not be collected at registration, in the focus meeting or in the group
 *   approach: deciding admission, whether a joint approach makes sense, or a group picture does not need them.
 * - meetingKind says which meeting may put a case of a phase on its agenda (ZVT-3A.1): '2A-focus' the focus
 *   meeting, '2B' and '2B-decision' the core-group focus meeting (it meets again to draft the plan, seed 000
 *   2B step 5), '3A' the case meeting (monitoring rounds come back to it). Phases 1, 2A and 4A have none.
 * - Every triage and focus-meeting outcome (ZVT-2A.4) requires a motivation, not only the negative ones: the
 *   outcome letter (ZVT-2A.5) and the case meeting's goal build on why the case goes on (ADR 0014).
 * - maxInactivity: 12 calendar months without a substantive change, then everything is deleted. The seed
 *   names no such period; X-4 requires one. Twelve months matches the longest period the seed does name
 *   (ZVT-4A.1), so no open case is kept longer than a scaled-down one.
 */
export const zvtProcessV1: ProcessDefinition = {
  key: 'zvt',
  version: 1,
  name: 'Zorg- en Veiligheidstafel Jeugd',
  source: 'Werkproces Zorg- en Veiligheidstafel Jeugd HLT, behorende bij het convenant Zorg- en Veiligheidstafel Jeugd HLT (seed 000)',
  initialPhase: '1',
  phases: [
    {
      id: '1',
      name: 'Aanmelding',
      goal: 'Bepalen of een casus op de Zorg- en Veiligheidstafel behandeld moet worden.',
      requirementIds: ['ZVT-1.1', 'ZVT-1.2', 'ZVT-1.3', 'ZVT-1.4'],
      participants: ['chainDirector', 'referrer'],
      dataCategories: ['identifying', 'care', 'criminal'],
    },
    {
      id: '2A',
      name: 'Triage en voorbereiding casusoverleg',
      goal: 'Bepalen van het doel (wat moet opgelost worden en eventuele interventies), de betrokken partners en de thema’s van het casusoverleg.',
      requirementIds: ['ZVT-2A.1', 'ZVT-2A.2', 'ZVT-2A.3', 'ZVT-2A.4'],
      participants: ['chainDirector', 'referrer'],
      dataCategories: ALL_DATA,
    },
    {
      id: '2A-focus',
      name: 'Focusoverleg',
      goal: 'Bij twijfel met betrokken deelnemers bepalen of een gezamenlijke aanpak zinvol is.',
      requirementIds: ['ZVT-2A.4'],
      participants: ['chainDirector', 'referrer', 'invitedPartner'],
      dataCategories: ['identifying', 'care', 'criminal', 'other'],
      meetingKind: 'focus',
    },
    {
      id: '2B',
      name: 'Triage via focusoverleg kerngroep (groepsaanpak)',
      goal: 'Bepalen van de aanpak (wat moet opgelost worden en eventuele interventies) en prioritering van de groep.',
      requirementIds: ['ZVT-2B.1', 'ZVT-2B.2'],
      participants: ['chainDirector', 'referrer', 'invitedPartner'],
      dataCategories: ['identifying', 'care', 'criminal', 'other'],
      meetingKind: 'core-group-focus',
    },
    {
      id: '2B-decision',
      name: 'Besluitvorming plan van aanpak groep (burgemeester/wethouder of driehoek)',
      goal: 'Concept plan van aanpak met prioriteringsadvies laten vaststellen door burgemeester en wethouder jeugd (prioriteit laag of midden) en/of de driehoek (prioriteit hoog of criminele groep).',
      requirementIds: ['ZVT-2B.2', 'ZVT-2B.3', 'ZVT-2B.4'],
      participants: ['chainDirector', 'referrer', 'invitedPartner'],
      dataCategories: ['identifying', 'care', 'criminal', 'other'],
      repeatable: true,
      meetingKind: 'core-group-focus',
    },
    {
      id: '3A',
      name: 'Casusoverleg',
      goal: 'Bepalen van een gemeenschappelijk toestandsbeeld om te komen tot een plan van aanpak, afspraken over uitvoering en gegevensgebruik.',
      requirementIds: ['ZVT-3A.1', 'ZVT-3A.2', 'ZVT-3A.3', 'ZVT-3A.4'],
      participants: ['chainDirector', 'referrer', 'invitedPartner', 'caseDirector'],
      dataCategories: ALL_DATA,
      repeatable: true,
      meetingKind: 'case-meeting',
    },
    {
      id: '4A',
      name: 'Afschaling',
      goal: 'Afbouwen van de betrokkenheid van de Zorg- en Veiligheidstafel en opschonen van het procesregiedossier.',
      requirementIds: ['ZVT-4A.1', 'ZVT-4A.2'],
      participants: ['chainDirector', 'referrer', 'caseDirector'],
      dataCategories: ['other'],
    },
  ],
  outcomes: [
    // Phase 1 — ZVT-1.3
    {
      id: 'not-admitted',
      from: '1',
      to: { endState: 'not-admitted' },
      label: 'Niet in behandeling genomen; de ketenregisseur geeft zo nodig advies en de aanmelder handelt de casus zelf af',
      requirementIds: ['ZVT-1.3'],
      requiresMotivation: false,
      duties: [],
    },
    {
      id: 'admitted',
      from: '1',
      to: { phase: '2A' },
      label: 'Voldoet aan de criteria: door naar triage en voorbereiding casusoverleg',
      requirementIds: ['ZVT-1.3', 'ZVT-1.4'],
      requiresMotivation: false,
      duties: ['inform-subject'],
    },
    {
      id: 'insufficient-data',
      from: '1',
      to: { phase: '2A' },
      label: 'Onvoldoende gegevens, niet zonder meer uitgesloten: door naar triage met gerichte gegevensuitvraag',
      requirementIds: ['ZVT-1.3', 'ZVT-1.4'],
      requiresMotivation: false,
      duties: ['inform-subject', 'targeted-data-request', 'reassess-eligibility'],
    },
    {
      id: 'group-scan',
      from: '1',
      to: { phase: '2B' },
      label: 'Groepsscan van de politie, ketenoverstijgende groepsaanpak nodig: door naar triage via focusoverleg kerngroep',
      requirementIds: ['ZVT-1.3'],
      requiresMotivation: false,
      duties: [],
    },
    // Phase 2A — ZVT-2A.4, ZVT-2A.5
    {
      id: 'to-case-meeting',
      from: '2A',
      to: { phase: '3A' },
      label: 'Door naar het casusoverleg',
      requirementIds: ['ZVT-2A.4', 'ZVT-2A.5'],
      requiresMotivation: true,
      duties: ['inform-outcome'],
    },
    {
      id: 'not-to-case-meeting',
      from: '2A',
      to: { endState: 'not-to-case-meeting' },
      label: 'Niet door naar het casusoverleg; partners geven eventueel advies en de aanmelder handelt zelf verder af',
      requirementIds: ['ZVT-2A.4', 'ZVT-2A.5'],
      requiresMotivation: true,
      duties: ['inform-outcome'],
    },
    {
      id: 'doubt-focus-meeting',
      from: '2A',
      to: { phase: '2A-focus' },
      label: 'Twijfel of een gezamenlijke aanpak zinvol is: nadere beeldvorming in het focusoverleg',
      requirementIds: ['ZVT-2A.4'],
      requiresMotivation: true,
      duties: [],
    },
    // Focus meeting — ZVT-2A.4
    {
      id: 'focus-to-case-meeting',
      from: '2A-focus',
      to: { phase: '3A' },
      label: 'Gezamenlijke aanpak zinvol: door naar het casusoverleg',
      requirementIds: ['ZVT-2A.4', 'ZVT-2A.5'],
      requiresMotivation: true,
      duties: ['inform-outcome'],
    },
    {
      id: 'focus-not-to-case-meeting',
      from: '2A-focus',
      to: { endState: 'not-to-case-meeting' },
      label: 'Gezamenlijke aanpak niet zinvol: niet door naar het casusoverleg',
      requirementIds: ['ZVT-2A.4', 'ZVT-2A.5'],
      requiresMotivation: true,
      duties: ['inform-outcome'],
    },
    // Phase 2B — ZVT-2B.2
    {
      id: 'no-group-approach',
      from: '2B',
      to: { endState: 'no-group-approach' },
      label: 'Geen opdracht tot groepsaanpak; groepsleden kunnen zo nodig individueel worden aangemeld',
      requirementIds: ['ZVT-2B.2', 'ZVT-2B.4'],
      requiresMotivation: true,
      duties: ['inform-outcome'],
    },
    {
      id: 'draft-plan',
      from: '2B',
      to: { phase: '2B-decision' },
      label: 'Opdracht tot vervolg groepsaanpak: concept plan van aanpak met prioriteringsadvies opstellen',
      requirementIds: ['ZVT-2B.2'],
      requiresMotivation: false,
      duties: [],
    },
    // Decision on the group plan — ZVT-2B.3, ZVT-2B.4
    {
      id: 'plan-adopted',
      from: '2B-decision',
      to: { endState: 'group-approach-adopted' },
      label: 'Plan van aanpak vastgesteld: groeps- en/of gebiedsmaatregelen, vervolgoverleg groepsaanpak',
      requirementIds: ['ZVT-2B.3', 'ZVT-2B.4'],
      requiresMotivation: false,
      duties: ['inform-outcome', 'start-retention'],
      combinesWith: ['plan-adopted-individual-registrations', 'plan-adopted-veiligheidshuis'],
    },
    {
      id: 'plan-adopted-individual-registrations',
      from: '2B-decision',
      to: { endState: 'group-approach-adopted' },
      label: 'Plan van aanpak vastgesteld: groepsleden worden individueel aangemeld (door naar triage 2A)',
      requirementIds: ['ZVT-2B.3', 'ZVT-2B.4'],
      requiresMotivation: false,
      duties: ['inform-outcome', 'start-retention'],
      combinesWith: ['plan-adopted', 'plan-adopted-veiligheidshuis'],
      startsMemberCases: { phase: '2A', duties: ['inform-subject'] },
    },
    {
      id: 'plan-adopted-veiligheidshuis',
      from: '2B-decision',
      to: { endState: 'group-approach-adopted' },
      label: 'Plan van aanpak vastgesteld: de groep en/of groepsleden worden aangemeld bij het Veiligheidshuis',
      requirementIds: ['ZVT-2B.3', 'ZVT-2B.4'],
      requiresMotivation: false,
      duties: ['inform-outcome', 'start-retention'],
      combinesWith: ['plan-adopted', 'plan-adopted-individual-registrations'],
    },
    {
      id: 'plan-needs-change',
      from: '2B-decision',
      to: { phase: '2B-decision' },
      label: 'Plan van aanpak behoeft wijziging: aanpassen en opnieuw indienen',
      requirementIds: ['ZVT-2B.3'],
      requiresMotivation: true,
      duties: [],
    },
    {
      id: 'plan-not-adopted',
      from: '2B-decision',
      to: { endState: 'group-approach-not-adopted' },
      label: 'Plan van aanpak niet vastgesteld; groepsleden kunnen zo nodig individueel worden aangemeld',
      requirementIds: ['ZVT-2B.3', 'ZVT-2B.4'],
      requiresMotivation: true,
      duties: ['inform-outcome'],
    },
    // Phase 3A — ZVT-3A.5
    {
      id: 'plan-with-monitoring',
      from: '3A',
      to: { phase: '3A' },
      label: 'Integraal plan van aanpak met vervolgafspraak voor monitoring',
      requirementIds: ['ZVT-3A.2', 'ZVT-3A.5'],
      requiresMotivation: false,
      duties: [],
    },
    {
      id: 'other-table',
      from: '3A',
      to: { endState: 'other-table' },
      label: 'De casus hoort thuis op een andere overlegtafel; de aanmelder registreert de afhandeling in het eigen systeem',
      requirementIds: ['ZVT-3A.5'],
      requiresMotivation: true,
      duties: [],
    },
    {
      id: 'scale-down',
      from: '3A',
      to: { phase: '4A' },
      label: 'Besluit tot afschaling',
      requirementIds: ['ZVT-3A.5', 'ZVT-4A.1'],
      requiresMotivation: false,
      duties: ['start-retention'],
    },
    // Phase 4A — ZVT-4A.1
    {
      id: 'scale-down-completed',
      from: '4A',
      to: { endState: 'scaled-down' },
      label: 'Betrokkenheid afgebouwd: het dossier volgt de gefaseerde bewaartermijn',
      requirementIds: ['ZVT-4A.1'],
      requiresMotivation: false,
      duties: [],
    },
  ],
  endStates: [
    {
      id: 'not-admitted',
      label: 'Niet in behandeling genomen',
      retention: { kind: 'delete-immediately', requirementIds: ['ZVT-1.3'] },
    },
    {
      id: 'not-to-case-meeting',
      label: 'Niet door naar het casusoverleg',
      retention: { kind: 'delete-immediately', requirementIds: ['ZVT-2A.4'] },
    },
    {
      id: 'no-group-approach',
      label: 'Geen groepsaanpak',
      retention: { kind: 'delete-immediately', requirementIds: ['ZVT-2B.2', 'X-4'] },
    },
    {
      id: 'group-approach-adopted',
      label: 'Groepsaanpak vastgesteld',
      retention: phasedRetention(['groupName', 'table', 'referrer', 'phaseDates', 'decisionDate'], ['ZVT-2B.3', 'ZVT-4A.1', 'X-4']),
    },
    {
      id: 'group-approach-not-adopted',
      label: 'Plan van aanpak groep niet vastgesteld',
      retention: { kind: 'delete-immediately', requirementIds: ['ZVT-2B.3', 'X-4'] },
    },
    {
      id: 'other-table',
      label: 'Overgedragen aan een andere overlegtafel',
      retention: { kind: 'delete-immediately', requirementIds: ['ZVT-3A.5'] },
    },
    {
      id: 'scaled-down',
      label: 'Afgeschaald',
      retention: phasedRetention(
        ['subjectName', 'birthDate', 'table', 'referrer', 'phaseDates', 'scaleDownDate'],
        ['ZVT-4A.1', 'ZVT-4A.2'],
      ),
    },
  ],
  maxInactivity: { months: 12, retention: { kind: 'delete-immediately', requirementIds: ['X-4'] } },
};
