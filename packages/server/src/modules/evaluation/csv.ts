/**
 * CSV as Dutch spreadsheet programs open it: semicolon-separated, CRLF line ends, fields quoted when they
 * contain a separator, quote or line break (RFC 4180 otherwise). A field that a spreadsheet would run as a
 * formula (=, +, -, @ at the start) is prefixed with an apostrophe (CSV injection).
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

function field(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
