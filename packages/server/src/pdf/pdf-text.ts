// The standard PDF fonts (no font files to ship) encode WinAnsi only: Latin-1 plus these characters.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const LOOKALIKES: Readonly<Record<string, string>> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', ŋ: 'n', ſ: 's' };

/**
 * Text as the standard fonts can print it: letters with accents outside WinAnsi lose the accent (ș → s),
 * a few known letters map to their look-alike (ı → i), anything else becomes `?`.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || WIN_ANSI_EXTRA.has(char)) {
      out += char;
      continue;
    }
    const lookalike = LOOKALIKES[char];
    if (lookalike !== undefined) {
      out += lookalike;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += /^[\x20-\xff]+$/.test(base) ? base : '?';
  }
  return out;
}

/** A calendar date (YYYY-MM-DD) in Dutch: "1 december 2026". */
export function dutchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}
