import { hash } from 'node:crypto';

/**
 * The tamper-evidence hash of one log row: SHA-256 over the previous row's hash and the row's own
 * fields in a fixed order, each field preceded by U+001F and a null written as U+0000 (all UTF-8).
 * Changing, inserting or removing any row breaks every later hash in its chain.
 */
export function chainHash(prevHash: string, fields: readonly (string | number | null)[]): string {
  // One string and one call into OpenSSL: byte-for-byte the same input as updating field by field.
  let data = prevHash;
  for (const field of fields) data += field === null ? '\u001f\u0000' : `\u001f${String(field)}`;
  return hash('sha256', data, 'hex');
}

/**
 * A timestamp in its hashed form: ISO-8601 in UTC with milliseconds. Verification reads it from SQL
 * already in that form (a string), writers pass the Date.
 */
const iso = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString());
/** Subject hashes in their hashed form: comma-joined (a string is taken as already joined). */
const joined = (value: readonly string[] | string) => (typeof value === 'string' ? value : value.join(','));

export function processingLogFields(row: {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  operation_id: string;
  operation_name: string;
  started_at: Date | string;
  ended_at: Date | string;
  status: string;
  activity_id: string;
  subject_hashes: readonly string[] | string;
  subject_count: number;
}): (string | number | null)[] {
  return [
    row.trace_id,
    row.span_id,
    row.parent_span_id,
    row.operation_id,
    row.operation_name,
    iso(row.started_at),
    iso(row.ended_at),
    row.status,
    row.activity_id,
    joined(row.subject_hashes),
    row.subject_count,
  ];
}

export function userAuditFields(row: {
  operation_id: string;
  at: Date | string;
  user_id: string | null;
  user_name: string;
  organisation_id: string | null;
  role: string;
  action: string;
  record_type: string;
  record_id: string | null;
  purpose: string;
  legal_ground: string;
  outcome: string;
}): (string | number | null)[] {
  return [
    row.operation_id,
    iso(row.at),
    row.user_id,
    row.user_name,
    row.organisation_id,
    row.role,
    row.action,
    row.record_type,
    row.record_id,
    row.purpose,
    row.legal_ground,
    row.outcome,
  ];
}

/*
 * Hash version 2 (ADR 0009): the row's canonical record, which PostgreSQL also generates and stores in the `record`
 * column from the row's columns (migration 2026-11-23T0810-log-record), so verification hashes one stored column.
 * Per field `<UTF-8 octets>:<text>` or `~` for NULL (unambiguous whatever a field contains), joined with `,`.
 * Timestamps as UTC epoch seconds with six decimals, subject hashes in PostgreSQL's array text form.
 */

/** The row hash of version 2: SHA-256 over the previous row's hash followed by the record. */
export function recordHash(prevHash: string, record: string): string {
  return hash('sha256', prevHash + record, 'hex');
}

const recordField = (value: string | null) => (value === null ? '~' : `${String(Buffer.byteLength(value, 'utf8'))}:${value}`);

/**
 * A timestamp as epoch seconds with microseconds, as `extract(epoch …)::text` writes it. A Date (milliseconds) from
 * a writer, or from verification the UTC text `YYYY-MM-DDTHH:MI:SS.ffffff` (microseconds, which a Date cannot hold).
 */
export function epochText(value: Date | string): string {
  if (typeof value === 'string') {
    const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{6})$/.exec(value);
    if (!match?.[1] || !match[2]) throw new Error(`onverwachte tijd: ${value}`);
    return `${String(Date.parse(`${match[1]}Z`) / 1000)}.${match[2]}`;
  }
  const ms = value.getTime();
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`onverwachte tijd: ${String(value)}`);
  return `${String(Math.floor(ms / 1000))}.${String(ms % 1000).padStart(3, '0')}000`;
}

/** A text[] in PostgreSQL's array output form: `{a,b}`, elements quoted where array_out quotes them. */
export function pgTextArray(values: readonly (string | null)[]): string {
  const element = (v: string | null) => {
    if (v === null) return 'NULL';
    return v === '' || v.toUpperCase() === 'NULL' || /[{}",\\ \t\n\r\v\f]/.test(v) ? `"${v.replace(/["\\]/g, '\\$&')}"` : v;
  };
  return `{${values.map(element).join(',')}}`;
}

const uuidText = (value: string | null) => (value === null ? null : value.toLowerCase());

export function processingLogRecord(row: {
  chain: number;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  operation_id: string;
  operation_name: string;
  started_at: Date | string;
  ended_at: Date | string;
  status: string;
  activity_id: string;
  subject_hashes: readonly string[];
  subject_count: number;
}): string {
  return [
    String(row.chain),
    row.trace_id,
    row.span_id,
    row.parent_span_id,
    uuidText(row.operation_id),
    row.operation_name,
    epochText(row.started_at),
    epochText(row.ended_at),
    row.status,
    row.activity_id,
    pgTextArray(row.subject_hashes),
    String(row.subject_count),
  ].map(recordField).join(',');
}

export function userAuditRecord(row: {
  chain: number;
  operation_id: string;
  at: Date | string;
  user_id: string | null;
  user_name: string;
  organisation_id: string | null;
  role: string;
  action: string;
  record_type: string;
  record_id: string | null;
  purpose: string;
  legal_ground: string;
  outcome: string;
}): string {
  return [
    String(row.chain),
    uuidText(row.operation_id),
    epochText(row.at),
    uuidText(row.user_id),
    row.user_name,
    uuidText(row.organisation_id),
    row.role,
    row.action,
    row.record_type,
    row.record_id,
    row.purpose,
    row.legal_ground,
    row.outcome,
  ].map(recordField).join(',');
}
