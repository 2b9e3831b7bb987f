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
