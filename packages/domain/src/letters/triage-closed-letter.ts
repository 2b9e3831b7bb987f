import { addDays, compareIsoDates } from '../dates.ts';

/**
 * ZVT-2A.5 for an outcome that deletes the case at once (ZVT-2A.4 "not → case meeting"; ADR 0021): the letter is made
 * before the outcome is recorded, and recording the outcome records when it was or will be sent. Afterwards nothing
 * of the case remains, so the sending can no longer be recorded later: a planned date is accepted instead.
 */

/** How far ahead a letter may be dated, and its sending planned (prepared today, posted in the coming days). */
export const CLOSING_LETTER_MAX_DAYS_AHEAD = 14;

/** Whether the letter was sent (on or before today) or will be (a planned date). */
export type ClosingLetterSending = 'sent' | 'planned';

/** What is wrong with the letter's dates, as a field and a Dutch message; `null` when they hold. */
export interface ClosingLetterProblem {
  readonly field: 'letterDate' | 'sentOn';
  readonly message: string;
}

/**
 * Checks the dates recorded with the outcome: the letter date from the registration to two weeks ahead; the sending
 * date from the letter date to two weeks ahead of today (the same bound, so a letter cannot be planned beyond it).
 *
 * @returns the kind of sending, or the problem
 */
export function closingLetterSending(input: { readonly registeredOn: string; readonly today: string; readonly letterDate: string; readonly sentOn: string }): ClosingLetterSending | ClosingLetterProblem {
  const last = addDays(input.today, CLOSING_LETTER_MAX_DAYS_AHEAD);
  if (compareIsoDates(input.letterDate, input.registeredOn) < 0 || compareIsoDates(input.letterDate, last) > 0) {
    return { field: 'letterDate', message: `De briefdatum ligt tussen de aanmelding en ${String(CLOSING_LETTER_MAX_DAYS_AHEAD)} dagen na vandaag.` };
  }
  if (compareIsoDates(input.sentOn, input.letterDate) < 0) return { field: 'sentOn', message: 'De brief wordt niet vóór de briefdatum verstuurd.' };
  if (compareIsoDates(input.sentOn, last) > 0) return { field: 'sentOn', message: `Verstuur de brief binnen ${String(CLOSING_LETTER_MAX_DAYS_AHEAD)} dagen.` };
  return compareIsoDates(input.sentOn, input.today) <= 0 ? 'sent' : 'planned';
}
