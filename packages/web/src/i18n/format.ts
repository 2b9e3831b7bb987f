import { DUTCH_TIME_ZONE, todayIn, type IsoDate } from '@ketentafel/domain';

export { addDays } from '@ketentafel/domain';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: DUTCH_TIME_ZONE });

/** "14 maart 2026" for a calendar date `YYYY-MM-DD` (no time zone shift: it is a date, not a moment). */
export function formatDate(date: IsoDate): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dateFormat.format(parsed);
}

/** "14 maart 2026 om 10:30" for a moment, in Dutch time. */
export function formatDateTime(moment: string): string {
  const parsed = new Date(moment);
  return Number.isNaN(parsed.getTime()) ? moment : dateTimeFormat.format(parsed);
}

/** Today's date in the Netherlands, as the server counts it. */
export function today(): IsoDate {
  return todayIn(DUTCH_TIME_ZONE, new Date());
}

