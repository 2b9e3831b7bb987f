import { DomainError } from './errors.ts';

/**
 * Minimum length of a recorded motivation, counted after {@link normalizeMotivation}. Twenty characters is a
 * product decision: long enough to refuse "ok", "zie dossier" or a single word, short enough not to invite filler.
 */
export const MIN_MOTIVATION_LENGTH = 20;

/**
 * Trims a motivation and collapses runs of whitespace, so padding with spaces or newlines does not count.
 *
 * @param text - the motivation as typed
 */
export function normalizeMotivation(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Checks a motivation that the seeds require to be recorded (deferred informing ZVT-1.4, a deviating admission
 * decision ZVT-1.2, a retention deviation ZVT-4A.2) and returns it normalised.
 *
 * @param text - the motivation as typed
 * @throws DomainError `motivation-required` when it is blank or shorter than {@link MIN_MOTIVATION_LENGTH}
 */
export function assertMotivation(text: string): string {
  const normalized = normalizeMotivation(text);
  if (normalized.length < MIN_MOTIVATION_LENGTH) {
    throw new DomainError(
      'motivation-required',
      `Een motivering is verplicht (minimaal ${MIN_MOTIVATION_LENGTH} tekens).`,
    );
  }
  return normalized;
}
