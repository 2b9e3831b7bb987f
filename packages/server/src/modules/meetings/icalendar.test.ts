import { describe, expect, it } from 'vitest';
import { buildICalendar, escapeText, foldLine } from './icalendar.ts';

const event = {
  id: '6f1c0b5e-0000-4000-8000-000000000001',
  summary: 'Casusoverleg ZVT Hillegom',
  date: '2026-12-01',
  startTime: '10:00',
  durationMinutes: 120,
  location: 'Gemeentehuis, kamer 2.14',
  cancelled: false,
  sequence: 0,
};

describe('X-6 iCalendar export (RFC 5545)', () => {
  it('has one VEVENT per meeting with UID, DTSTAMP, DTSTART in Europe/Amsterdam and its VTIMEZONE', () => {
    const ics = buildICalendar([event, { ...event, id: 'b', date: '2026-12-22', cancelled: true, sequence: 2 }], new Date('2026-11-23T07:00:00Z'), 'ketentafel.example');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:6f1c0b5e-0000-4000-8000-000000000001@ketentafel.example\r\n');
    expect(ics).toContain('DTSTAMP:20261123T070000Z\r\n');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261201T100000\r\n');
    expect(ics).toContain('DURATION:PT120M\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    expect(ics).toContain('SUMMARY:Casusoverleg ZVT Hillegom\r\n');
    expect(ics).toContain('LOCATION:Gemeentehuis\\, kamer 2.14\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    // Every line ends with CRLF: no bare LF.
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes text values and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `LOCATION:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });
});
