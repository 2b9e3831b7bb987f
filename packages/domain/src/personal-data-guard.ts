/**
 * A guard against personal data in texts that must not carry any: the pseudonymised summary of an escalation
 * to the steering group and policy signals (ZVT-E.1, X-5). It checks the text against the known data of the
 * people concerned (names, birth date, contact details) and against patterns that identify anyone (postcode,
 * street and house number, e-mail address, phone number, BSN). It is a guard against pasting, not a proof of
 * anonymity: the user stays responsible for writing without identifying details.
 */

export type PersonalDataKind = 'name' | 'birth-date' | 'contact' | 'postcode' | 'street-address' | 'email' | 'phone' | 'bsn';

export const PERSONAL_DATA_KIND_LABELS: Readonly<Record<PersonalDataKind, string>> = {
  name: 'een naam van de jeugdige of een wettelijk vertegenwoordiger',
  'birth-date': 'de geboortedatum',
  contact: 'contactgegevens van een wettelijk vertegenwoordiger',
  postcode: 'een postcode',
  'street-address': 'een adres (straat en huisnummer)',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  bsn: 'een BSN of ander identificerend nummer',
};

/** What is known about the people the text must not identify. */
export interface KnownPersonalData {
  readonly names?: readonly string[];
  readonly birthDates?: readonly string[];
  /** Free-text contact details (address, phone, e-mail) as registered. */
  readonly contacts?: readonly string[];
}

/** Name parts that are no name on their own (Dutch particles), and very short parts. */
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', 'ten', 'ter', 'op', 'in', 'la', 'le', 'du', 'da', 'el', 'al', 'groep']);
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): Set<string> {
  return new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

function nameParts(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length >= 3 && !PARTICLES.has(part));
}

/** The ways a date is commonly written in Dutch: 2010-03-07, 7-3-2010, 07-03-2010, 7/3/2010, 7 maart 2010. */
function dateForms(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return [];
  const [, y = '', m = '', d = ''] = match;
  const day = String(Number(d));
  const month = String(Number(m));
  const forms = [iso];
  for (const dd of new Set([d, day])) {
    for (const mm of new Set([m, month])) {
      for (const sep of ['-', '/', '.']) forms.push(`${dd}${sep}${mm}${sep}${y}`);
    }
    forms.push(`${dd} ${MONTHS[Number(m) - 1] ?? ''} ${y}`);
  }
  return forms;
}

function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}

const PATTERNS: readonly [PersonalDataKind, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/iu],
  ['postcode', /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/],
  ['phone', /(?:\+31|\b0031|\b0)(?:[\s-]?\d){9}\b/],
  ['bsn', /\b\d{9}\b/],
  ['street-address', /\b\p{L}+(?:straat|laan|weg|plein|kade|singel|gracht|dijk|hof|pad|dreef|steeg|park|veld|ring|baan)\s+\d+\s?[a-z]?\b/iu],
];

/**
 * Which kinds of personal data the text contains, each at most once, in a fixed order.
 *
 * @param text - the text to check
 * @param known - the data of the people concerned (may be empty: then only the patterns apply)
 */
export function findPersonalData(text: string, known: KnownPersonalData = {}): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  const textWords = words(text);
  const folded = fold(text);
  for (const name of known.names ?? []) {
    if (nameParts(name).some((part) => textWords.has(part))) found.add('name');
  }
  for (const birthDate of known.birthDates ?? []) {
    if (dateForms(birthDate).some((form) => folded.includes(form))) found.add('birth-date');
  }
  // Digit runs as written, separators allowed (06-123 456 78), compared without separators.
  const digitRuns = (text.match(/\d[\d\s./-]*\d/g) ?? []).map(digitsOnly);
  for (const contact of known.contacts ?? []) {
    for (const piece of contact.split(/[,;\n]+/)) {
      const trimmed = fold(piece).trim();
      const pieceDigits = digitsOnly(piece);
      // A phone number written differently (spaces, dashes) is still the same number.
      if ((trimmed.length >= 6 && folded.includes(trimmed)) || (pieceDigits.length >= 6 && digitRuns.some((run) => run.includes(pieceDigits)))) found.add('contact');
    }
  }
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) found.add(kind);
  const order = Object.keys(PERSONAL_DATA_KIND_LABELS) as PersonalDataKind[];
  return order.filter((kind) => found.has(kind));
}

/** A Dutch sentence naming what was found, for a validation message. */
export function describePersonalData(kinds: readonly PersonalDataKind[]): string {
  const labels = kinds.map((k) => PERSONAL_DATA_KIND_LABELS[k]);
  const list = labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} en ${labels[labels.length - 1] ?? ''}`;
  return `De tekst bevat ${list}. Beschrijf het zonder persoonsgegevens.`;
}
