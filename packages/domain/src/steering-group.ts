/**
 * ZVT-E.1: every table has an administrative steering group — the mayor (public order and safety) and the
 * alderman for youth (care), seed 004 — to which the chain director escalates procedural matters of a case
 * that have got stuck, and which is involved in the table's policy signals. The steering group is recorded by
 * office, not by person: its members do not log in; the chain director records their decisions.
 */

export const STEERING_GROUP_ROLES = ['mayor', 'alderman'] as const;
export type SteeringGroupRole = (typeof STEERING_GROUP_ROLES)[number];

/** The offices as seed 004 names them; a table may give the exact title (e.g. the alderman's portfolio). */
export const DEFAULT_STEERING_GROUP_TITLES: Readonly<Record<SteeringGroupRole, string>> = {
  mayor: 'Burgemeester (openbare orde en veiligheid)',
  alderman: 'Wethouder Jeugd (zorg)',
};

export const ESCALATION_DECISIONS = ['approved', 'instruction', 'rejected', 'other'] as const;
export type EscalationDecision = (typeof ESCALATION_DECISIONS)[number];

export const ESCALATION_DECISION_LABELS: Readonly<Record<EscalationDecision, string>> = {
  approved: 'Ingestemd met de voorgestelde oplossing',
  instruction: 'Opdracht gegeven aan ketenpartner(s) (bestuurlijke doorzettingsmacht)',
  rejected: 'Niet ingestemd',
  other: 'Anders (zie toelichting)',
};

/** Seed 004 "Signaleringsrol": problems of young people in the neighbourhood and gaps in chain cooperation. */
export const POLICY_SIGNAL_KINDS = ['neighbourhood-problem', 'chain-cooperation-gap', 'other'] as const;
export type PolicySignalKind = (typeof POLICY_SIGNAL_KINDS)[number];

export const POLICY_SIGNAL_KIND_LABELS: Readonly<Record<PolicySignalKind, string>> = {
  'neighbourhood-problem': 'Probleem in de wijk',
  'chain-cooperation-gap': 'Lacune in de ketensamenwerking',
  other: 'Overig',
};
