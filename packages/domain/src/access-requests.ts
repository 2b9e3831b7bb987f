import { addCalendarMonths, compareIsoDates, type IsoDate } from './dates.ts';
import { DomainError } from './errors.ts';

/**
 * AVG art. 12(3): a request for access (art. 15) is answered "without undue delay and in any event within one
 * month of receipt". (The extension by two further months for complex requests is not modelled here: it must be
 * motivated to the data subject within the first month, and Ketentafel's export is produced at once.)
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
