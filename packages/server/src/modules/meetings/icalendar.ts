/**
 * iCalendar (RFC 5545) export of meetings. What it carries is decided here and in ADR 0013: the kind of
 * meeting, the municipality, date, time, duration, location and status — never an agenda item, a name, a
 * case reference or anything else about a young person (X-6: calendar exports carry no personal data).
 * Calendar programs sync these files to phones and mail servers outside Ketentafel.
 */

/** One meeting as the calendar sees it. */
export interface CalendarEvent {
  readonly id: string;
  /** E.g. "Casusoverleg ZVT Hillegom". */
  readonly summary: string;
  /** Wall-clock start in Europe/Amsterdam. */
  readonly date: string;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly location: string;
  readonly cancelled: boolean;
  readonly sequence: number;
}

/** Europe/Amsterdam as a VTIMEZONE (EU rules since 1996: last Sunday of March and of October). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/**
 * A VCALENDAR with one VEVENT per meeting: UID stable per meeting (moving keeps it, SEQUENCE rises),
 * DTSTART in Europe/Amsterdam with its VTIMEZONE, DURATION, and STATUS:CANCELLED for a cancelled meeting.
 *
 * @param events - the meetings
 * @param now - DTSTAMP
 * @param host - the installation's host name, for globally unique UIDs
 */
export function buildICalendar(events: readonly CalendarEvent[], now: Date, host: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ketentafel//Overleggen 1.0//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...VTIMEZONE];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${host}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=Europe/Amsterdam:${basicDateTime(event.date, event.startTime)}`,
      `DURATION:PT${String(event.durationMinutes)}M`,
      `SEQUENCE:${String(event.sequence)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `LOCATION:${escapeText(event.location)}`,
      `DESCRIPTION:${escapeText('De agenda staat alleen in Ketentafel.')}`,
      'CLASS:PRIVATE',
      'TRANSP:OPAQUE',
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
