import { DECIDING_BODY_LABELS, GROUP_PRIORITY_LABELS, zvtProcessV1, type DecidingBody, type GroupPriority } from '@ketentafel/domain';

/** Dutch labels of the group approach (ZVT-2B), from the process definition where it has them. */
export function groupStatusLabel(phase: string, endState: string | null): string {
  if (endState !== null) return zvtProcessV1.endStates.find((e) => e.id === endState)?.label ?? endState;
  return zvtProcessV1.phases.find((p) => p.id === phase)?.name ?? phase;
}

export function groupOutcomeLabel(outcome: string): string {
  return zvtProcessV1.outcomes.find((o) => o.id === outcome)?.label ?? outcome;
}

export function decidingBodyLabel(body: DecidingBody): string {
  return DECIDING_BODY_LABELS[body];
}

export const DECIDING_BODY_LABELS_NL: Readonly<Record<DecidingBody, string>> = DECIDING_BODY_LABELS;

export function priorityLabel(priority: GroupPriority): string {
  return GROUP_PRIORITY_LABELS[priority];
}

/** The short labels of the decisions of ZVT-2B.3, for checkboxes. */
export const GROUP_DECISION_LABELS = {
  'plan-adopted': 'Vastgesteld: groeps- en/of gebiedsmaatregelen',
  'plan-adopted-individual-registrations': 'Vastgesteld met individuele aanmelding van groepsleden (door naar 2A)',
  'plan-adopted-veiligheidshuis': 'Vastgesteld met aanmelding bij het Veiligheidshuis',
  'plan-needs-change': 'Behoeft wijziging (aanpassen en opnieuw indienen bij de driehoek)',
  'plan-not-adopted': 'Niet vastgesteld (de groep wordt direct verwijderd)',
} as const;
