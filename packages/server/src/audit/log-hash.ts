import { createHash } from 'node:crypto';

/**
 * The tamper-evidence hash of one log row: SHA-256 over the previous row's hash and the row's own
 * fields in a fixed order. Changing, inserting or removing any row breaks every later hash in its chain.
 */
export function chainHash(prevHash: string, fields: readonly (string | number | null)[]): string {
  const hash = createHash('sha256');
  hash.update(prevHash);
  for (const field of fields) {
    hash.update('\u001f');
    hash.update(field === null ? '\u0000' : String(field));
  }
  return hash.digest('hex');
}

export function processingLogFields(row: {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  operation_id: string;
  operation_name: string;
  started_at: Date;
  ended_at: Date;
  status: string;
  activity_id: string;
  subject_hashes: readonly string[];
  subject_count: number;
}): (string | number | null)[] {
  return [
    row.trace_id,
    row.span_id,
    row.parent_span_id,
    row.operation_id,
    row.operation_name,
    row.started_at.toISOString(),
    row.ended_at.toISOString(),
    row.status,
    row.activity_id,
    row.subject_hashes.join(','),
    row.subject_count,
  ];
}

export function userAuditFields(row: {
  operation_id: string;
  at: Date;
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
    row.at.toISOString(),
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
