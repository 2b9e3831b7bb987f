import { ageOn, compareIsoDates, type IsoDate } from './dates.ts';
import { DomainError } from './errors.ts';
import { assertMotivation } from './motivation.ts';

/** Who receives the information before phase 2A (ZVT-1.4). */
export type InformingRecipient = 'subject' | 'legalRepresentatives';

/** Dutch labels of the recipients. */
export const INFORMING_RECIPIENT_LABELS: Readonly<Record<InformingRecipient, string>> = {
  subject: 'De jeugdige zelf',
  legalRepresentatives: 'De wettelijk vertegenwoordiger(s)',
};

const SUBJECT_ONLY: readonly InformingRecipient[] = Object.freeze(['subject']);
const BOTH: readonly InformingRecipient[] = Object.freeze(['subject', 'legalRepresentatives']);
const REPRESENTATIVES_ONLY: readonly InformingRecipient[] = Object.freeze(['legalRepresentatives']);

/**
 * Who must be informed (ZVT-1.4), by age on the actual informing date (exact to the day, 29 February rule of
 * `birthdayOn`): 16 or older → the subject; under 12 → the legal representative(s) only; 12 to 15 → both.
 * The seed says "ouder dan 12 maar nog geen 16"; Ketentafel reads age 12 as part of that band, so that no
 * age falls between the rules.
 *
 * @param birthDate - the subject's date of birth
 * @param onDate - the day the information is given (store it with the informing record)
 * @throws DomainError `invalid-date` for invalid dates or an informing date before the birth date
 */
export function informingRecipients(birthDate: IsoDate, onDate: IsoDate): readonly InformingRecipient[] {
  const age = ageOn(birthDate, onDate);
  if (age >= 16) return SUBJECT_ONLY;
  return age >= 12 ? BOTH : REPRESENTATIVES_ONLY;
}

/** Identifier of one item the information must contain (ZVT-1.4). */
export type InformingContentItemId =
  | 'registration-grounds'
  | 'next-steps'
  | 'data-request'
  | 'data-sources'
  | 'rights'
  | 'consent';

/** What the information before phase 2A must contain (ZVT-1.4, seed 000 phase 1 step 5), as a checklist. */
export const INFORMING_CONTENT_ITEMS: readonly { readonly id: InformingContentItemId; readonly label: string }[] =
  Object.freeze([
    { id: 'registration-grounds', label: 'Welke gegevens aanleiding hebben gegeven om de casus aan te melden' },
    { id: 'next-steps', label: 'De vervolgstappen' },
    { id: 'data-request', label: 'Dat er voor de vervolgstappen een gegevensuitvraag bij ketenpartners wordt gedaan' },
    { id: 'data-sources', label: 'Zo veel mogelijk: welke gegevens worden verkregen, door wie ze worden verstrekt en waarom' },
    { id: 'rights', label: 'De rechten van de betrokkene bij de verwerking van persoonsgegevens' },
    { id: 'consent', label: 'Waar nodig: toestemming gevraagd voor het uitvragen van gegevens in de volgende fase' },
  ]);

/** Why informing may be deferred (ZVT-1.4: "inhoudelijk zwaarwegende redenen"). */
export type DeferralGround = 'third-party-interests' | 'subject-interest' | 'other';

/** The deferral grounds with Dutch labels, in form order. */
export const DEFERRAL_GROUNDS: readonly { readonly id: DeferralGround; readonly label: string }[] = Object.freeze([
  { id: 'third-party-interests', label: 'Bescherming van gerechtvaardigde belangen van derden' },
  { id: 'subject-interest', label: 'In het belang van de betrokkene zelf' },
  { id: 'other', label: 'Andere inhoudelijk zwaarwegende reden' },
]);

/** A request to inform later (ZVT-1.4). */
export interface DeferralInput {
  /** Why informing now is not possible; recorded in the case. */
  readonly motivation: string;
  /** The planned moment of informing; must be after `today`. */
  readonly plannedDate: IsoDate;
  /** Today in the table's time zone. */
  readonly today: IsoDate;
}

/**
 * Checks a deferral of informing (ZVT-1.4): it needs a recorded motivation and a planned informing date in
 * the future. Partner queries of 2A may be sent after a valid deferral.
 *
 * @param input - the deferral
 * @returns the normalised motivation to store
 * @throws DomainError `motivation-required` when the motivation is blank or too short (`MIN_MOTIVATION_LENGTH`);
 *   `invalid-date` when a date is invalid or `plannedDate` is not after `today`
 */
export function validateDeferral(input: DeferralInput): string {
  const motivation = assertMotivation(input.motivation);
  if (compareIsoDates(input.plannedDate, input.today) <= 0) {
    throw new DomainError('invalid-date', 'Het geplande moment van informeren moet na vandaag liggen.');
  }
  return motivation;
}
