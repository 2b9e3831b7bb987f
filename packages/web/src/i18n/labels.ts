import { DEFERRAL_GROUNDS, ELIGIBILITY_FACT_LABELS, FACT_VALUE_LABELS, INFORMING_RECIPIENT_LABELS } from '@ketentafel/domain';
import type {
  AdmissionDecisionValue,
  Assessment,
  ConsentGiven,
  InformingRecipient,
  InformingStatus,
  LegalRepresentativeRelation,
  OrganisationKind,
  Role,
} from '../api/types.ts';

/**
 * Dutch labels of the values the API sends, keyed by the API's own identifiers (STYLE.md §13: one name per
 * concept). Labels the domain already owns (criteria, fact questions, fact values, admission decisions,
 * informing content, deferral grounds, recipients) come from `@ketentafel/domain` and are not repeated here.
 */

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'chain-director': 'Ketenregisseur',
  'partner-professional': 'Professional ketenpartner',
  'privacy-officer': 'Privacy officer (FG)',
  'application-administrator': 'Applicatiebeheerder',
};

/**
 * The choices in the admission decision form (ZVT-1.3), worded as actions. A recorded decision is shown with
 * the domain's ADMISSION_DECISION_LABELS instead.
 */
export const DECISION_CHOICE_LABELS: Readonly<Record<AdmissionDecisionValue, string>> = {
  'not-admitted': 'Niet in behandeling nemen',
  admitted: 'Toelaten → triage (2A)',
  'insufficient-data': 'Onvoldoende gegevens → triage (2A) met gerichte uitvraag',
  'group-scan': 'Groepsscan → groepsaanpak (2B)',
};

export const ASSESSMENT_OUTCOME_LABELS: Readonly<Record<NonNullable<Assessment['outcome']>, string>> = {
  eligible: 'Voldoet aan de criteria',
  'not-eligible': 'Voldoet niet aan de criteria',
  'insufficient-data': 'Onvoldoende gegevens om te beoordelen',
};

export const INFORMING_STATUS_LABELS: Readonly<Record<InformingStatus, string>> = {
  open: 'Nog informeren',
  deferred: 'Uitgesteld',
  done: 'Geïnformeerd',
};

export const CONSENT_LABELS: Readonly<Record<ConsentGiven, string>> = {
  yes: 'ja',
  no: 'nee',
  'not-applicable': 'n.v.t. (niet gevraagd)',
};

export const RELATION_LABELS: Readonly<Record<LegalRepresentativeRelation, string>> = {
  parent: 'ouder',
  guardian: 'voogd',
  other: 'anders',
};

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  municipality: 'Gemeente',
  police: 'Politie',
  'public-prosecutor': 'Openbaar Ministerie',
  'youth-care': 'Jeugdhulp',
  'youth-work': 'Jongerenwerk',
  'school-attendance': 'Leerplicht / RMC',
  'social-team': 'Sociaal team',
  probation: 'Reclassering',
  'safety-house': 'Zorg- en Veiligheidshuis',
  other: 'Anders',
};

/** The kinds of contribution (data a partner brought into a case; `Contribution.kind`). */
export const CONTRIBUTION_KIND_LABELS: Readonly<Record<string, string>> = {
  'registration-reason': 'Reden van aanmelding',
  'criteria-criminal': 'Criteriafeiten (strafrechtelijk)',
  'criteria-care': 'Criteriafeiten (zorg)',
  'criteria-other': 'Criteriafeiten (overig)',
  'partner-query-answer': 'Antwoord op partnervraag',
  'triage-record': 'Triagevastlegging',
  'situation-picture': 'Toestandsbeeld casusoverleg',
};

/** Keys of a contribution's content that are not criteria facts (those use the domain's question text). */
const CONTRIBUTION_CONTENT_LABELS: Readonly<Record<string, string>> = { reason: 'Reden' };

/** The label of one key of a contribution's content: a criteria question, "Reden", or the raw key. */
export function contributionContentLabel(key: string): string {
  return CONTRIBUTION_CONTENT_LABELS[key] ?? labelOf(ELIGIBILITY_FACT_LABELS, key);
}

/** A value of a contribution's content as text: yes/no/unknown in Dutch ("Ja"), other text as is. */
export function contributionContentValue(value: unknown): string {
  if (value === 'yes' || value === 'no' || value === 'unknown') {
    const label = FACT_VALUE_LABELS[value];
    return label.charAt(0).toUpperCase() + label.slice(1);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** Looks up a label, falling back to the raw value for identifiers this build does not know yet. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/** Joins recipients as Dutch prose: "de jeugdige zelf en de wettelijk vertegenwoordiger(s)". */
export function recipientsText(recipients: readonly InformingRecipient[]): string {
  return recipients.map((r) => INFORMING_RECIPIENT_LABELS[r].replace(/^De /, 'de ')).join(' en ');
}

/** The Dutch label of a deferral ground id, from the domain's list. */
export function deferralGroundLabel(id: string): string {
  return DEFERRAL_GROUNDS.find((ground) => ground.id === id)?.label ?? id;
}
