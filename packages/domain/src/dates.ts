import { DomainError } from './errors.ts';

/** A calendar date without time or zone, formatted `YYYY-MM-DD` (proleptic Gregorian calendar). */
export type IsoDate = string;

/** The parts of an {@link IsoDate}; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The time zone all Ketentafel tables work in. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function splitIsoDate(s: string): CalendarDate | undefined {
  const match = ISO_DATE_PATTERN.exec(s);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether `s` is a real calendar date in `YYYY-MM-DD` form: `2024-02-29` is, `2025-02-29` and `2026-04-31` are not.
 *
 * @param s - any string
 */
export function isIsoDate(s: string): boolean {
  return splitIsoDate(s) !== undefined;
}

/**
 * Splits an {@link IsoDate} into its parts.
 *
 * @param s - the date
 * @throws DomainError `invalid-date` when `s` is not a real calendar date in `YYYY-MM-DD` form
 */
export function parseIsoDate(s: string): CalendarDate {
  const parts = splitIsoDate(s);
  if (parts === undefined) throw new DomainError('invalid-date', `Ongeldige datum: '${s}' (verwacht JJJJ-MM-DD).`);
  return parts;
}

/**
 * Formats date parts as an {@link IsoDate}.
 *
 * @param date - the parts; must form a real date with a four-digit year
 * @throws DomainError `invalid-date` when they do not
 */
export function formatIsoDate(date: CalendarDate): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const formatted = `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
  parseIsoDate(formatted);
  return formatted;
}

/**
 * Orders two dates: -1 when `a` is earlier, 0 when equal, 1 when later.
 *
 * @throws DomainError `invalid-date` when either is not a valid {@link IsoDate}
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseIsoDate(a);
  parseIsoDate(b);
  // Valid YYYY-MM-DD strings order lexicographically exactly as the dates do.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * The date on which someone born on `birthDate` reaches `age`.
 *
 * 29 February rule: someone born on 29 February has their birthday on 1 March in non-leap years. Art. 1:2 BW
 * and the Jeugdwet are silent on this; 1 March is the common reading in Dutch civil-law practice (the age is
 * reached once the full day 28 February has passed). Ketentafel applies it everywhere an age is computed.
 *
 * @param birthDate - date of birth
 * @param age - completed years, a non-negative integer
 * @throws DomainError `invalid-date` for an invalid birth date or a result beyond year 9999;
 *   `invalid-argument` for a negative or fractional age
 */
export function birthdayOn(birthDate: IsoDate, age: number): IsoDate {
  const birth = parseIsoDate(birthDate);
  if (!Number.isInteger(age) || age < 0) {
    throw new DomainError('invalid-argument', `Ongeldige leeftijd: ${age}.`);
  }
  const year = birth.year + age;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return formatIsoDate({ year, month: 3, day: 1 });
  return formatIsoDate({ year, month: birth.month, day: birth.day });
}

/**
 * Age in completed years on `onDate`, exact to the day: a person is N years old from their Nth birthday on
 * (including the 29 February rule of {@link birthdayOn}).
 *
 * @param birthDate - date of birth
 * @param onDate - the day on which the age counts
 * @throws DomainError `invalid-date` for an invalid date or when `onDate` is before `birthDate`
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  if (compareIsoDates(onDate, birthDate) < 0) {
    throw new DomainError('invalid-date', `Peildatum ${onDate} ligt vóór de geboortedatum ${birthDate}.`);
  }
  const candidate = parseIsoDate(onDate).year - parseIsoDate(birthDate).year;
  return compareIsoDates(onDate, birthdayOn(birthDate, candidate)) >= 0 ? candidate : candidate - 1;
}

/**
 * Adds calendar months, clamping to the end of the target month (ZVT-4A.1): 2026-08-31 + 6 → 2027-02-28,
 * 2027-08-31 + 6 → 2028-02-29, 2026-01-31 + 1 → 2026-02-28. Negative months count back the same way.
 *
 * @param date - the start date
 * @param months - an integer number of months
 * @throws DomainError `invalid-date` for an invalid date or a result outside years 0000–9999;
 *   `invalid-argument` for a fractional number of months
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const start = parseIsoDate(date);
  if (!Number.isInteger(months)) {
    throw new DomainError('invalid-argument', `Ongeldig aantal maanden: ${months}.`);
  }
  const monthIndex = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
}

const DAY_MS = 86_400_000;

function utcOf(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day);
}

/**
 * The calendar date `days` after `date` (negative: before), across month, year and leap-day boundaries.
 *
 * @throws DomainError `invalid-argument` for a fractional number of days
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new DomainError('invalid-argument', `Ongeldig aantal dagen: ${String(days)}.`);
  const shifted = new Date(utcOf(date) + days * DAY_MS);
  return formatIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** The number of calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** A day of the week: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The day of the week of a date. */
export function weekdayOf(date: IsoDate): Weekday {
  return new Date(utcOf(date)).getUTCDay() as Weekday;
}

/**
 * Today's date in a time zone, e.g. {@link DUTCH_TIME_ZONE}. Uses `Intl.DateTimeFormat`; the caller passes the
 * clock reading, so this stays pure.
 *
 * @param timeZone - an IANA time zone name
 * @param now - the instant
 * @throws DomainError `invalid-date` for an invalid `Date`; `invalid-argument` for an unknown time zone
 */
export function todayIn(timeZone: string, now: Date): IsoDate {
  if (Number.isNaN(now.getTime())) throw new DomainError('invalid-date', 'Ongeldig tijdstip.');
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  } catch {
    throw new DomainError('invalid-argument', `Onbekende tijdzone: '${timeZone}'.`);
  }
  const parts = format.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number => Number(parts.find((p) => p.type === type)?.value);
  return formatIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}
