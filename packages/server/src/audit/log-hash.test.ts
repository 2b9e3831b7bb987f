import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash, processingLogFields, userAuditFields } from './log-hash.ts';

/** The hash as first defined: one update per separator and field. The one-string form must equal it. */
function referenceHash(prev: string, fields: readonly (string | number | null)[]): string {
  const h = createHash('sha256').update(prev);
  for (const f of fields) h.update('\u001f').update(f === null ? '\u0000' : String(f));
  return h.digest('hex');
}

describe('X-1 log row hash', () => {
  it('is byte-for-byte the field-by-field definition (nulls, numbers, non-ASCII)', () => {
    const fields = ['José Ömer 👩‍👧', null, 0, 42, '', 'a,b', '\u0000'];
    expect(chainHash('0'.repeat(64), fields)).toBe(referenceHash('0'.repeat(64), fields));
  });

  it('hashes timestamps and subject hashes the same whether given as values or as their stored text', () => {
    const at = new Date('2026-11-23T09:15:00.123Z');
    const base = { trace_id: 't', span_id: 's', parent_span_id: null, operation_id: 'o', operation_name: 'case.read', status: 'ok', activity_id: 'zvt-triage', subject_count: 0 };
    expect(processingLogFields({ ...base, started_at: at, ended_at: at, subject_hashes: ['a', 'b'] })).toEqual(
      processingLogFields({ ...base, started_at: '2026-11-23T09:15:00.123Z', ended_at: '2026-11-23T09:15:00.123Z', subject_hashes: 'a,b' }),
    );
    const audit = { operation_id: 'o', user_id: null, user_name: 'u', organisation_id: null, role: 'r', action: 'a', record_type: 'case', record_id: null, purpose: 'p', legal_ground: 'g', outcome: 'allowed' };
    expect(userAuditFields({ ...audit, at })).toEqual(userAuditFields({ ...audit, at: at.toISOString() }));
  });
});
