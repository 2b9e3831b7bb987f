import { describe, expect, it } from 'vitest';
import { CLOSING_LETTER_MAX_DAYS_AHEAD, closingLetterSending } from './triage-closed-letter.ts';
import { LETTER_KIND_DEFINITIONS, TRIAGE_CLOSED_SENTENCES } from './letter-kinds.ts';
import { checkLetterTemplate } from './letter-template.ts';

const base = { registeredOn: '2026-11-02', today: '2026-11-23', letterDate: '2026-11-23' };

describe('ZVT-2A.5 the letter for an outcome that deletes the case (not → case meeting)', () => {
  it('ZVT-2A.5 sent today or earlier is "sent"; a later date is "planned"', () => {
    expect(closingLetterSending({ ...base, sentOn: '2026-11-23' })).toBe('sent');
    expect(closingLetterSending({ ...base, letterDate: '2026-11-20', sentOn: '2026-11-21' })).toBe('sent');
    expect(closingLetterSending({ ...base, sentOn: '2026-11-24' })).toBe('planned');
  });

  it('ZVT-2A.5 boundary: exactly two weeks ahead is allowed for letter and sending, a day later not', () => {
    expect(CLOSING_LETTER_MAX_DAYS_AHEAD).toBe(14);
    expect(closingLetterSending({ ...base, letterDate: '2026-12-07', sentOn: '2026-12-07' })).toBe('planned');
    expect(closingLetterSending({ ...base, letterDate: '2026-12-08', sentOn: '2026-12-08' })).toMatchObject({ field: 'letterDate' });
    expect(closingLetterSending({ ...base, sentOn: '2026-12-08' })).toMatchObject({ field: 'sentOn' });
  });

  it('ZVT-2A.5 boundary: the letter date on the registration day is allowed, the day before not; never sent before its date', () => {
    expect(closingLetterSending({ ...base, letterDate: '2026-11-02', sentOn: '2026-11-02' })).toBe('sent');
    expect(closingLetterSending({ ...base, letterDate: '2026-11-01', sentOn: '2026-11-02' })).toMatchObject({ field: 'letterDate' });
    expect(closingLetterSending({ ...base, sentOn: '2026-11-22' })).toMatchObject({ field: 'sentOn' });
  });

  it('ZVT-2A.5 across a month end: two weeks from 30 November is 14 December', () => {
    expect(closingLetterSending({ ...base, today: '2026-11-30', letterDate: '2026-12-14', sentOn: '2026-12-14' })).toBe('planned');
    expect(closingLetterSending({ ...base, today: '2026-11-30', letterDate: '2026-12-15', sentOn: '2026-12-15' })).toMatchObject({ field: 'letterDate' });
  });

  it('ZVT-2A.5 the default text is a valid template and names no case meeting goal, themes or participants', () => {
    const def = LETTER_KIND_DEFINITIONS['triage-closed'];
    expect(checkLetterTemplate(def.defaultTemplate, def.placeholders, def.required)).toMatchObject({ problems: [], unknown: [], missing: [] });
    expect(def.placeholders).not.toContain('doel');
    expect(Object.keys(TRIAGE_CLOSED_SENTENCES).sort()).toEqual(['focus-not-to-case-meeting', 'not-to-case-meeting']);
  });
});
