import { addCalendarMonths, addDays, compareIsoDates, daysBetween, type IsoDate } from './dates.ts';
import { DomainError } from './errors.ts';

/**
 * ZVT-E.2: a table runs for a set term — the covenant is concluded for two years (seed 004) — and what happens
 * to open cases at its end is explicit. See ADR 0015.
 */

/** The covenant's term in calendar months (seed 004: "voor de duur van twee jaar"). */
export const COVENANT_TERM_MONTHS = 24;
/** The chain director is warned this many calendar months before the term ends. */
export const TERM_WARNING_MONTHS = 3;

/** What happens to open cases when the term ends. */
export const TERM_END_RULES = ['close-and-apply-retention', 'transfer-to-successor'] as const;
export type TermEndRule = (typeof TERM_END_RULES)[number];

export const TERM_END_RULE_LABELS: Readonly<Record<TermEndRule, { readonly label: string; readonly description: string }>> = {
  'close-and-apply-retention': {
    label: 'Afronden en bewaartermijn toepassen',
    description:
      'Na de einddatum kan niemand meer aanmelden. Lopende casussen worden volgens het werkproces afgerond (besluit of afschaling) en volgen daarna hun bewaarregel; een casus zonder inhoudelijke wijziging wordt verwijderd na de maximale inactiviteitsperiode van het werkproces.',
  },
  'transfer-to-successor': {
    label: 'Overdragen aan de opvolgende tafel',
    description:
      'Na de einddatum draagt de ketenregisseur de lopende casussen over aan de opvolgende tafel (nieuw convenant). Elke casus houdt de versie van het werkproces waaronder hij begon.',
  },
};

export function isTermEndRule(value: string): value is TermEndRule {
  return (TERM_END_RULES as readonly string[]).includes(value);
}


/** The last day of a covenant term starting on `termStart`: two years later, minus one day (2026-01-01 → 2027-12-31). */
export function defaultTermEnd(termStart: IsoDate): IsoDate {
  return addDays(addCalendarMonths(termStart, COVENANT_TERM_MONTHS), -1);
}

export type TermState = 'not-started' | 'running' | 'ending-soon' | 'ended';

export interface TermStatus {
  readonly state: TermState;
  /** From this day the chain director is warned (three calendar months before the end). */
  readonly warnFrom: IsoDate;
  /** Days until the last day of the term (0 on the last day; negative once ended). */
  readonly daysLeft: number;
}


/**
 * Where `today` falls in a term whose first and last days are `termStart` and `termEnd` (both inclusive).
 *
 * @throws DomainError `invalid-argument` when the term ends before it starts
 */
export function termStatus(term: { readonly termStart: IsoDate; readonly termEnd: IsoDate }, today: IsoDate): TermStatus {
  if (compareIsoDates(term.termEnd, term.termStart) < 0) throw new DomainError('invalid-argument', 'De looptijd eindigt vóór het begin.');
  const warnFrom = addCalendarMonths(term.termEnd, -TERM_WARNING_MONTHS);
  const daysLeft = daysBetween(today, term.termEnd);
  let state: TermState;
  if (compareIsoDates(today, term.termStart) < 0) state = 'not-started';
  else if (compareIsoDates(today, term.termEnd) > 0) state = 'ended';
  else if (compareIsoDates(today, warnFrom) >= 0) state = 'ending-soon';
  else state = 'running';
  return { state, warnFrom, daysLeft };
}
