import { describe, expect, it } from 'vitest';
import { checkLetterTemplate, dutchEnumeration, parseLetterTemplate, renderLetterTemplate } from './letter-template.ts';
import { LETTER_KINDS, LETTER_KIND_DEFINITIONS, LETTER_PLACEHOLDERS, rightsParagraph, letterSignature } from './letter-kinds.ts';
import { expectDomainError } from '../test-support.ts';

describe('X-6 letter templates: placeholder syntax', () => {
  it('splits text and placeholders; spaces, capitals and a typographic apostrophe are normalised', () => {
    expect(parseLetterTemplate('Beste {{ Naam }}, over {{thema’s}}.')).toEqual({
      parts: [
        { kind: 'text', text: 'Beste ' },
        { kind: 'placeholder', name: 'naam' },
        { kind: 'text', text: ', over ' },
        { kind: 'placeholder', name: "thema's" },
        { kind: 'text', text: '.' },
      ],
      problems: [],
    });
  });

  it('text without placeholders, single braces and a lone }} are plain text', () => {
    expect(parseLetterTemplate('a {b} c }} d').parts).toEqual([{ kind: 'text', text: 'a {b} c }} d' }]);
    expect(parseLetterTemplate('')).toEqual({ parts: [], problems: [] });
  });

  it('an unclosed {{ is a problem, also when another {{ comes before the }}', () => {
    expect(parseLetterTemplate('Beste {{naam').problems).toEqual([{ kind: 'unclosed', at: 6, excerpt: '{{naam' }]);
    const nested = parseLetterTemplate('{{a {{naam}}');
    expect(nested.problems.map((p) => p.kind)).toEqual(['unclosed']);
    expect(nested.parts).toContainEqual({ kind: 'placeholder', name: 'naam' });
  });

  it.each(['{{}}', '{{naam.voornaam}}', '{{ constructor() }}', '{{1}}', '{{na am}}', '{{#if x}}', '{{process.env}}'])(
    'refuses %s as a placeholder name (no expressions, no code)',
    (source) => {
      expect(parseLetterTemplate(source).problems.map((p) => p.kind)).toEqual(['invalid-name']);
    },
  );
});

describe('X-6 letter templates: checked on save against the kind', () => {
  const informing = LETTER_KIND_DEFINITIONS.informing;

  it('unknown placeholders are listed once each, in order', () => {
    const check = checkLetterTemplate('{{rechten}} {{bsn}} {{naam}} {{adres}} {{bsn}}', informing.placeholders, informing.required);
    expect(check.unknown).toEqual(['bsn', 'adres']);
    expect(check.missing).toEqual([]);
  });

  it('ZVT-2A.5 a placeholder of another kind is unknown here: {{doel}} in the informing letter', () => {
    expect(checkLetterTemplate('{{doel}} {{rechten}}', informing.placeholders, informing.required).unknown).toEqual(['doel']);
    const outcome = LETTER_KIND_DEFINITIONS['triage-outcome'];
    expect(checkLetterTemplate('{{doel}} {{rechten}}', outcome.placeholders, outcome.required).unknown).toEqual([]);
  });

  it('the rights paragraph is required in every kind', () => {
    for (const kind of LETTER_KINDS) {
      const def = LETTER_KIND_DEFINITIONS[kind];
      expect(checkLetterTemplate('Beste {{geadresseerden}}', def.placeholders, def.required).missing).toEqual(['rechten']);
    }
  });

  it('every default template is valid for its kind and uses only documented placeholders', () => {
    for (const kind of LETTER_KINDS) {
      const def = LETTER_KIND_DEFINITIONS[kind];
      expect(checkLetterTemplate(def.defaultTemplate, def.placeholders, def.required)).toEqual({ problems: [], unknown: [], missing: [] });
      for (const name of def.placeholders) expect(Object.keys(LETTER_PLACEHOLDERS)).toContain(name);
    }
  });
});

describe('X-6 letter templates: rendering', () => {
  it('inserts values literally in one pass: a value that looks like a placeholder stays text', () => {
    expect(renderLetterTemplate('Beste {{naam}}, {{datum}}', { naam: '{{datum}}', datum: '1 december 2026' })).toBe('Beste {{datum}}, 1 december 2026');
  });

  it('removes control characters from values but keeps newlines', () => {
    expect(renderLetterTemplate('{{naam}}', { naam: 'A\u0000B\u001bC\nD' })).toBe('ABC\nD');
  });

  it('a list on its own line becomes bullets; inside a sentence a Dutch enumeration', () => {
    const values = { deelnemers: ['Politie', 'Jeugdhulp', 'Jongerenwerk'] };
    expect(renderLetterTemplate('Wie:\n{{deelnemers}}\nEinde', values)).toBe('Wie:\n•  Politie\n•  Jeugdhulp\n•  Jongerenwerk\nEinde');
    expect(renderLetterTemplate('Met {{deelnemers}}.', values)).toBe('Met Politie, Jeugdhulp en Jongerenwerk.');
    expect(renderLetterTemplate('{{deelnemers}}', { deelnemers: ['a\nb', ' ', 'c'] })).toBe('•  a b\n•  c');
  });

  it('Dutch enumeration for 0, 1, 2 and 3 items', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(dutchEnumeration)).toEqual(['', 'a', 'a en b', 'a, b en c']);
  });

  it('refuses a template with a syntax problem or a placeholder without a value', () => {
    expectDomainError(() => renderLetterTemplate('{{naam', { naam: 'x' }), 'invalid-argument');
    expectDomainError(() => renderLetterTemplate('{{naam}}', {}), 'invalid-argument');
  });

  it('renders every default template with all its placeholders filled and none left over', () => {
    for (const kind of LETTER_KINDS) {
      const def = LETTER_KIND_DEFINITIONS[kind];
      const values = Object.fromEntries(def.placeholders.map((name) => [name, `<${name}>`]));
      const text = renderLetterTemplate(def.defaultTemplate, values);
      expect(text).not.toContain('{{');
      expect(text).toContain('<rechten>');
    }
  });
});

describe('X-6 the fixed rights paragraph (AVG)', () => {
  it('names inzage, rectificatie, bezwaar, a complaint to the Autoriteit Persoonsgegevens and the privacy officer contact', () => {
    const text = rightsParagraph(' privacy@gemeente.example ');
    for (const word of ['inzage', 'rectificatie', 'bezwaar', 'klacht', 'Autoriteit Persoonsgegevens', 'artikel 15 AVG', 'privacy@gemeente.example.']) {
      expect(text).toContain(word);
    }
  });
});

describe('ZVT-2A.5 signature: the chain director on behalf of the referrer, or the referrer itself', () => {
  const base = { userName: 'K. Regisseur', organisationName: 'Gemeente Test', tableName: 'ZVT Test', referrerName: 'Politie Test' };
  it('chain director for the referrer names the referrer', () => {
    expect(letterSignature({ ...base, sender: 'chain-director-for-referrer' })).toBe('K. Regisseur\nKetenregisseur Zorg- en Veiligheidstafel ZVT Test\nGemeente Test, namens Politie Test');
  });
  it('the referrer signs for itself', () => {
    expect(letterSignature({ ...base, userName: 'A. Agent', sender: 'referrer' })).toBe('A. Agent\nPolitie Test');
  });
});
