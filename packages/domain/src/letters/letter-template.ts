import { DomainError } from '../errors.ts';

/**
 * The small placeholder language of letter templates (X-6, ZVT-1.4, ZVT-2A.5, ZVT-2B.4): plain Dutch text with
 * `{{naam}}`-style placeholders. Nothing else is interpreted — no expressions, no conditions, no code — so a
 * template can never do more than put known values in known places.
 */

/** One piece of a parsed template. */
export type TemplatePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'placeholder'; readonly name: string };

/** Something in a template that is not text and not a well-formed placeholder. */
export interface TemplateSyntaxProblem {
  /** `unclosed`: `{{` without `}}`; `invalid-name`: `{{…}}` around something that is not a placeholder name. */
  readonly kind: 'unclosed' | 'invalid-name';
  /** Offset in the source (0-based). */
  readonly at: number;
  /** The offending text, at most 40 characters. */
  readonly excerpt: string;
}

export interface ParsedTemplate {
  readonly parts: readonly TemplatePart[];
  readonly problems: readonly TemplateSyntaxProblem[];
}

/** Lower-case letters and an apostrophe (`thema's`); a typographic apostrophe counts as `'`. */
const NAME = /^[\p{Ll}']+$/u;

/** Normalises a placeholder name as written: trimmed, lower case, typographic apostrophe → `'`. */
export function normalisePlaceholderName(raw: string): string {
  return raw.trim().toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * Parses a template into text and placeholders. Never throws: syntax problems are returned (with the text
 * around them kept as text) so the editor can show all of them at once.
 */
export function parseLetterTemplate(source: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateSyntaxProblem[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open < 0) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    const close = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      problems.push({ kind: 'unclosed', at: open, excerpt: source.slice(open, open + 40) });
      text += '{{';
      i = open + 2;
      continue;
    }
    const name = normalisePlaceholderName(source.slice(open + 2, close));
    if (!NAME.test(name)) {
      problems.push({ kind: 'invalid-name', at: open, excerpt: source.slice(open, Math.min(close + 2, open + 40)) });
      text += source.slice(open, close + 2);
    } else {
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'placeholder', name });
    }
    i = close + 2;
  }
  if (text !== '') parts.push({ kind: 'text', text });
  return { parts, problems };
}

/** What is wrong with a template for one kind of letter; all empty means it can be saved. */
export interface TemplateCheck {
  readonly problems: readonly TemplateSyntaxProblem[];
  /** Placeholders the kind does not know, in order of first appearance, each once. */
  readonly unknown: readonly string[];
  /** Placeholders the kind requires that the template does not use (the rights paragraph). */
  readonly missing: readonly string[];
}

/**
 * Checks a template against the placeholders a kind of letter allows and requires.
 *
 * @param source - the template text
 * @param allowed - the placeholder names the kind knows
 * @param required - names that must appear at least once
 */
export function checkLetterTemplate(source: string, allowed: readonly string[], required: readonly string[]): TemplateCheck {
  const { parts, problems } = parseLetterTemplate(source);
  const used = parts.flatMap((p) => (p.kind === 'placeholder' ? [p.name] : []));
  const unknown = [...new Set(used.filter((name) => !allowed.includes(name)))];
  const missing = required.filter((name) => !used.includes(name));
  return { problems, unknown, missing };
}

/** A value for a placeholder: a text, or a list (rendered as bullets on a line of its own, else as "a, b en c"). */
export type PlaceholderValue = string | readonly string[];

// Control characters other than newline and tab never reach a letter.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** "a", "a en b", "a, b en c". */
export function dutchEnumeration(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;
}

function alone(parts: readonly TemplatePart[], index: number): boolean {
  const before = parts[index - 1];
  const after = parts[index + 1];
  const startsLine = before === undefined || (before.kind === 'text' && /\n[ \t]*$/.test(before.text));
  const endsLine = after === undefined || (after.kind === 'text' && /^[ \t]*\n/.test(after.text));
  return startsLine && endsLine;
}

/**
 * Fills a template in one pass: values are inserted literally (a value containing `{{…}}` stays text, never
 * becomes a placeholder) with control characters removed. A list on a line of its own becomes one bullet line
 * per item; inside a sentence it becomes a Dutch enumeration.
 *
 * @throws DomainError `invalid-argument` when the template has syntax problems or uses a placeholder without a
 *   value (the caller checked the template on save and supplies every placeholder of the kind)
 */
export function renderLetterTemplate(source: string, values: Readonly<Record<string, PlaceholderValue>>): string {
  const { parts, problems } = parseLetterTemplate(source);
  if (problems.length > 0) throw new DomainError('invalid-argument', 'De brieftekst bevat een fout in een plaatshouder.');
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return part.text;
      const value = values[part.name];
      if (value === undefined) throw new DomainError('invalid-argument', `Geen waarde voor {{${part.name}}}.`);
      if (typeof value === 'string') return value.replace(CONTROL, '');
      const items = value.map((item) => item.replace(CONTROL, '').replace(/\s*\n\s*/g, ' ').trim()).filter((item) => item !== '');
      return alone(parts, index) ? items.map((item) => `•  ${item}`).join('\n') : dutchEnumeration(items);
    })
    .join('');
}
