import { DomainError } from '../errors.ts';
import { addDays, compareIsoDates, formatIsoDate, parseIsoDate, todayIn, type IsoDate } from '../dates.ts';

/** A wall-clock time `HH:MM` (24 hours), as people agree a meeting time: always Dutch local time. */
export type WallTime = string;

/** At most this many meetings are generated for one series at once (about two years of fortnightly meetings). */
export const MAX_SERIES_OCCURRENCES = 52;
/** The longest interval a series may have. */
export const MAX_INTERVAL_WEEKS = 12;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** Whether `s` is a time `HH:MM` between 00:00 and 23:59. */
export function isWallTime(s: string): boolean {
  return WALL_TIME.test(s);
}

function parseWallTime(time: WallTime): { hour: number; minute: number } {
  const match = WALL_TIME.exec(time);
  if (match === null) throw new DomainError('invalid-argument', `Ongeldige tijd: '${time}' (verwacht UU:MM).`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new DomainError('invalid-argument', `Onbekende tijdzone: '${timeZone}'.`);
  }
}

function wallClockParts(instant: number, timeZone: string) {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** The zone's offset from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which a wall-clock date and time occur in a time zone. Across a DST change the wall-clock
 * time stays the same (a meeting at 10:00 stays at 10:00), so the UTC instant shifts by an hour.
 * A time that occurs twice (the autumn change) is taken at its first occurrence; a time that does not
 * occur (the spring gap) moves forward by the length of the gap — as RFC 5545 prescribes for calendars.
 *
 * @throws DomainError `invalid-date` / `invalid-argument` for an invalid date, time or zone
 */
export function zonedInstant(date: IsoDate, time: WallTime, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const { hour, minute } = parseWallTime(time);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = [...new Set([offsetMinutes(wall - DAY_MS, timeZone), offsetMinutes(wall + DAY_MS, timeZone)])];
  const candidates = offsets.map((o) => wall - o * 60_000).filter((t) => wall - offsetMinutes(t, timeZone) * 60_000 === t);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - offsetMinutes(wall - DAY_MS, timeZone) * 60_000);
}

/** The wall-clock date and time of an instant in a time zone. */
export function wallClockOf(instant: Date, timeZone: string): { date: IsoDate; time: WallTime } {
  const p = wallClockParts(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: formatIsoDate({ year: p.year, month: p.month, day: p.day }), time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** How a series repeats: from a first date, every `intervalWeeks` weeks, `count` times or up to `until`. */
export interface SeriesRule {
  readonly startDate: IsoDate;
  readonly startTime: WallTime;
  readonly intervalWeeks: number;
  /** Number of meetings; exactly one of `count` and `until`. */
  readonly count?: number | undefined;
  /** Last possible date (inclusive); exactly one of `count` and `until`. */
  readonly until?: IsoDate | undefined;
}

/** One generated meeting of a series. */
export interface Occurrence {
  readonly date: IsoDate;
  readonly startTime: WallTime;
  /** The instant it starts (UTC, ISO 8601). */
  readonly startsAt: string;
}

/**
 * Checks a series rule and returns the problems (Dutch; empty when valid), one per field.
 */
export function validateSeriesRule(rule: SeriesRule): { field: 'startDate' | 'startTime' | 'intervalWeeks' | 'count' | 'until'; message: string }[] {
  const problems: { field: 'startDate' | 'startTime' | 'intervalWeeks' | 'count' | 'until'; message: string }[] = [];
  let startValid = true;
  try {
    parseIsoDate(rule.startDate);
  } catch {
    startValid = false;
    problems.push({ field: 'startDate', message: 'Vul een geldige eerste datum in.' });
  }
  if (!isWallTime(rule.startTime)) problems.push({ field: 'startTime', message: 'Vul een tijd in als UU:MM, bijvoorbeeld 09:30.' });
  if (!Number.isInteger(rule.intervalWeeks) || rule.intervalWeeks < 1 || rule.intervalWeeks > MAX_INTERVAL_WEEKS) {
    problems.push({ field: 'intervalWeeks', message: `Kies een interval van 1 tot en met ${MAX_INTERVAL_WEEKS} weken.` });
  }
  const hasCount = rule.count !== undefined;
  const hasUntil = rule.until !== undefined;
  if (hasCount === hasUntil) {
    problems.push({ field: 'count', message: 'Geef een aantal overleggen óf een einddatum.' });
  } else if (hasCount && (!Number.isInteger(rule.count) || (rule.count ?? 0) < 1 || (rule.count ?? 0) > MAX_SERIES_OCCURRENCES)) {
    problems.push({ field: 'count', message: `Kies 1 tot en met ${MAX_SERIES_OCCURRENCES} overleggen.` });
  } else if (hasUntil && startValid) {
    try {
      if (compareIsoDates(rule.until ?? '', rule.startDate) < 0) problems.push({ field: 'until', message: 'De einddatum ligt vóór de eerste datum.' });
    } catch {
      problems.push({ field: 'until', message: 'Vul een geldige einddatum in.' });
    }
  }
  return problems;
}

/**
 * The meetings of a series (ZVT-2A.4 about every two weeks, ZVT-3A.1 about every three): the same weekday
 * and wall-clock time every `intervalWeeks` weeks, calendar-correct across DST changes and year ends.
 * With `until`, at most {@link MAX_SERIES_OCCURRENCES} are generated.
 *
 * @throws DomainError `invalid-argument` listing the problems of an invalid rule
 */
export function generateOccurrences(rule: SeriesRule, timeZone: string): Occurrence[] {
  const problems = validateSeriesRule(rule);
  if (problems.length > 0) {
    throw new DomainError('invalid-argument', `Ongeldige overlegreeks: ${problems.map((p) => p.message).join(' ')}`, problems.map((p) => p.message));
  }
  const occurrences: Occurrence[] = [];
  const limit = rule.count ?? MAX_SERIES_OCCURRENCES;
  for (let n = 0; n < limit; n += 1) {
    const date = addDays(rule.startDate, n * 7 * rule.intervalWeeks);
    if (rule.until !== undefined && compareIsoDates(date, rule.until) > 0) break;
    occurrences.push({ date, startTime: rule.startTime, startsAt: zonedInstant(date, rule.startTime, timeZone).toISOString() });
  }
  return occurrences;
}

/** The state of one meeting. */
export type MeetingStatus = 'planned' | 'cancelled';

/** A change to one meeting of a series: move it (date and/or time), or cancel it. */
export type OccurrenceChange =
  | { readonly kind: 'move'; readonly date: IsoDate; readonly startTime: WallTime }
  | { readonly kind: 'cancel' };

/**
 * ZVT-2A.4, ZVT-2B.1, ZVT-3A.1 (ADR 0023): the day a meeting may be planned on. A series may start today (the
 * date in `timeZone`, Dutch time) or later, at any time of that day — also a time that has already passed, so the
 * chain director can plan a meeting that is held today; a day before today is refused. The same holds for
 * moving one meeting.
 *
 * @param date - the meeting's date in `timeZone`
 * @param now - the clock reading
 * @returns a Dutch reason when the date is refused, otherwise `null`
 */
export function planningDateProblem(date: IsoDate, now: Date, timeZone: string): string | null {
  return compareIsoDates(date, todayIn(timeZone, now)) < 0 ? 'Een overleg kan niet op een dag in het verleden worden gepland; kies vandaag of later.' : null;
}

/**
 * ZVT-3A.1, ZVT-2A.4, ZVT-2B.1 (ADR 0023): whether the agenda of a meeting (adding and removing items, inviting
 * partners) can still be changed: for a planned meeting until the end of the meeting's day in `timeZone` (Dutch
 * time), also while it is being held — a chain director adds an urgent item on the day itself. From the next day
 * on the agenda is what was discussed. A cancelled meeting has no agenda to change.
 *
 * @param meeting - its status and its date in `timeZone`
 * @param now - the clock reading
 */
export function agendaIsOpen(meeting: { readonly status: MeetingStatus; readonly date: IsoDate }, now: Date, timeZone: string): boolean {
  return meeting.status === 'planned' && compareIsoDates(todayIn(timeZone, now), meeting.date) <= 0;
}

/**
 * Checks a change to one meeting: a cancelled meeting stays cancelled, a meeting that has started can no
 * longer be moved or cancelled (it happened), and a meeting is not moved to a day before today
 * ({@link planningDateProblem}).
 *
 * @param meeting - its current state and start
 * @param change - the change
 * @param now - the clock reading
 * @param timeZone - the table's zone
 * @throws DomainError `invalid-transition` or `invalid-argument` with a Dutch message
 */
export function assertOccurrenceChange(
  meeting: { readonly status: MeetingStatus; readonly startsAt: Date },
  change: OccurrenceChange,
  now: Date,
  timeZone: string,
): void {
  if (meeting.status === 'cancelled') throw new DomainError('invalid-transition', 'Dit overleg is geannuleerd en kan niet meer worden gewijzigd.');
  if (meeting.startsAt.getTime() <= now.getTime()) {
    throw new DomainError('invalid-transition', 'Dit overleg is al begonnen of geweest; verplaatsen of annuleren kan niet meer.');
  }
  if (change.kind === 'move') {
    parseWallTime(change.startTime);
    const problem = planningDateProblem(change.date, now, timeZone);
    if (problem !== null) throw new DomainError('invalid-argument', problem);
  }
}
