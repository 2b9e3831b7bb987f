import { addCalendarMonths, compareIsoDates, isIsoDate, type IsoDate } from './dates.ts';
import { DomainError } from './errors.ts';
import { assertMotivation } from './motivation.ts';

/**
 * AVG art. 12(3): a request for access (art. 15) is answered "without undue delay and in any event within one
 * month of receipt". The period may be extended by at most two further months (see
 * {@link validateAccessRequestExtension}, ADR 0022).
 */
export const ACCESS_REQUEST_RESPONSE_MONTHS = 1;

/**
 * The statutory deadline of an access request: one calendar month after the day of receipt, clamped to
 * the end of the target month (Verordening 1182/71 art. 3 lid 2 sub c: a period in months ends on the day with
 * the same number as the day of receipt, or on the last day of the month when that day does not exist).
 * 2026-01-15 → 2026-02-15; 2026-01-31 → 2026-02-28; 2028-01-31 → 2028-02-29; 2026-12-31 → 2027-01-31.
 *
 * @param receivedOn - the day the request was received by the controller
 * @throws DomainError `invalid-date` for an invalid date
 */
export function accessRequestDeadline(receivedOn: IsoDate): IsoDate {
  return addCalendarMonths(receivedOn, ACCESS_REQUEST_RESPONSE_MONTHS);
}

/**
 * Checks the day of receipt when a request is recorded: it cannot lie in the future.
 *
 * @param receivedOn - the day of receipt as entered
 * @param today - today in the Netherlands
 * @throws DomainError `invalid-date` for an invalid date or one after `today`
 */
export function validateAccessRequestReceipt(receivedOn: IsoDate, today: IsoDate): IsoDate {
  if (compareIsoDates(receivedOn, today) > 0) {
    throw new DomainError('invalid-date', 'De datum van ontvangst ligt in de toekomst.');
  }
  return receivedOn;
}

/**
 * Whether an unanswered request is past its deadline on `today` (the deadline day itself is still on time).
 *
 * @throws DomainError `invalid-date` for an invalid date
 */
export function isAccessRequestOverdue(deadlineOn: IsoDate, today: IsoDate): boolean {
  return compareIsoDates(today, deadlineOn) > 0;
}

/** AVG art. 12(3): the period "may be extended by two further months where necessary". */
export const ACCESS_REQUEST_MAX_EXTENSION_MONTHS = 2;

/**
 * The deadline of an extended access request (X-3, ADR 0022): the one-month period plus the extension, counted
 * from the day of receipt as one period of 1 + `extensionMonths` months (Verordening 1182/71: a period in months
 * ends on the day with the same number, or on the last day of the month when that day does not exist), so a
 * clamped first deadline does not shorten the extension: received 2026-01-31 → 2026-02-28, extended by two
 * months → 2026-04-30 (not 04-28).
 *
 * @param receivedOn - the day of receipt
 * @param extensionMonths - 1 or 2
 * @throws DomainError `invalid-argument` for another number of months; `invalid-date` for an invalid date
 */
export function accessRequestExtendedDeadline(receivedOn: IsoDate, extensionMonths: number): IsoDate {
  if (!Number.isInteger(extensionMonths) || extensionMonths < 1 || extensionMonths > ACCESS_REQUEST_MAX_EXTENSION_MONTHS) {
    throw new DomainError('invalid-argument', `De termijn kan met één of twee maanden worden verlengd (AVG art. 12 lid 3), niet met ${String(extensionMonths)}.`);
  }
  return addCalendarMonths(receivedOn, ACCESS_REQUEST_RESPONSE_MONTHS + extensionMonths);
}

/** An extension as the handler records it. */
export interface AccessRequestExtensionInput {
  /** The day the request was received. */
  readonly receivedOn: IsoDate;
  /** The day the extension is decided (recorded): today in the Netherlands, never back-dated. */
  readonly decidedOn: IsoDate;
  /** The day the requester was informed of the extension and its reasons. */
  readonly requesterInformedOn: IsoDate;
  /** 1 or 2 further months. */
  readonly extensionMonths: number;
  /** Why the extension is necessary (complexity or number of requests). */
  readonly motivation: string;
}

/**
 * Checks an extension of the answer period (X-3, AVG art. 12(3), ADR 0022) and returns the original and the
 * extended deadline with the normalised motivation. The extension must be decided before the original deadline
 * passes (on the deadline day itself is still in time), motivated, and the requester must have been informed of
 * it and of the reasons within the first month: on or after the day of receipt, not after the original deadline
 * and not in the future (after `decidedOn`, the day it is recorded).
 *
 * @throws DomainError `invalid-argument` for a wrong number of months or a decision after the deadline;
 *   `invalid-date` for invalid dates or an informing date outside the first month; `motivation-required`
 */
export function validateAccessRequestExtension(input: AccessRequestExtensionInput): { deadlineOn: IsoDate; extendedDeadlineOn: IsoDate; motivation: string } {
  for (const date of [input.receivedOn, input.decidedOn, input.requesterInformedOn]) {
    if (!isIsoDate(date)) throw new DomainError('invalid-date', `Ongeldige datum: ${date}.`);
  }
  const deadlineOn = accessRequestDeadline(input.receivedOn);
  const extendedDeadlineOn = accessRequestExtendedDeadline(input.receivedOn, input.extensionMonths);
  if (compareIsoDates(input.decidedOn, deadlineOn) > 0) {
    throw new DomainError('invalid-argument', `Verlengen kan alleen vóór het verstrijken van de oorspronkelijke termijn (uiterlijk ${deadlineOn}).`);
  }
  if (compareIsoDates(input.requesterInformedOn, input.receivedOn) < 0) {
    throw new DomainError('invalid-date', 'De verzoeker kan niet vóór de ontvangst van het verzoek over de verlenging zijn geïnformeerd.');
  }
  if (compareIsoDates(input.requesterInformedOn, input.decidedOn) > 0) {
    throw new DomainError('invalid-date', 'De datum waarop de verzoeker is geïnformeerd ligt in de toekomst.');
  }
  if (compareIsoDates(input.requesterInformedOn, deadlineOn) > 0) {
    throw new DomainError('invalid-date', `De verzoeker moet binnen de eerste maand over de verlenging en de redenen worden geïnformeerd (uiterlijk ${deadlineOn}).`);
  }
  return { deadlineOn, extendedDeadlineOn, motivation: assertMotivation(input.motivation) };
}

/** The deadline in force: the extended deadline when the period was extended, otherwise the original one. */
export function effectiveAccessRequestDeadline(deadlineOn: IsoDate, extendedDeadlineOn: IsoDate | null): IsoDate {
  return extendedDeadlineOn ?? deadlineOn;
}
