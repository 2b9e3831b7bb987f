import type { EligibilityAssessment } from './eligibility.ts';

/**
 * The outcome of phase 1 (ZVT-1.3). The ids equal the outcome ids of phase '1' in the ZVT process definition.
 */
export type AdmissionDecision = 'not-admitted' | 'admitted' | 'insufficient-data' | 'group-scan';

/** What was registered: one young person, or a police group scan (ZVT-1.3). */
export type RegistrationKind = 'individual' | 'group-scan';

/** Dutch labels of the admission decisions. */
export const ADMISSION_DECISION_LABELS: Readonly<Record<AdmissionDecision, string>> = {
  'not-admitted': 'Niet in behandeling genomen; de aanmelder handelt de casus zelf af',
  admitted: 'Voldoet aan de criteria: door naar fase 2A triage',
  'insufficient-data': 'Onvoldoende gegevens, niet zonder meer uitgesloten: door naar fase 2A met gerichte gegevensuitvraag',
  'group-scan': 'Groepsscan politie, groepsaanpak nodig: door naar fase 2B',
};

/**
 * The decision the system proposes to the chain director (ZVT-1.2, ZVT-1.3). A group scan goes to 2B whatever
 * the assessment (the criteria are tested per person, not per group); otherwise eligible → admitted,
 * not-eligible → not-admitted, insufficient-data → insufficient-data.
 *
 * @param assessment - the result of `assessEligibility` (only its outcome is used)
 * @param registrationKind - individual registration or police group scan
 */
export function proposeAdmission(
  assessment: Pick<EligibilityAssessment, 'outcome'>,
  registrationKind: RegistrationKind,
): AdmissionDecision {
  if (registrationKind === 'group-scan') return 'group-scan';
  switch (assessment.outcome) {
    case 'eligible':
      return 'admitted';
    case 'not-eligible':
      return 'not-admitted';
    case 'insufficient-data':
      return 'insufficient-data';
  }
}

/**
 * Whether the chain director must record a reason (ZVT-1.2): when the decision differs from the proposal.
 * Check the reason itself with `assertMotivation`.
 *
 * @param proposal - what {@link proposeAdmission} proposed
 * @param decision - what the chain director decided
 */
export function decisionRequiresReason(proposal: AdmissionDecision, decision: AdmissionDecision): boolean {
  return proposal !== decision;
}
