import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash, epochText, pgTextArray, processingLogFields, processingLogRecord, userAuditFields, userAuditRecord } from './log-hash.ts';

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

describe('X-1 log record (hash version 2)', () => {
  it('writes a timestamp as epoch seconds with microseconds, the same from a Date and from its stored text', () => {
    expect(epochText(new Date('2026-01-01T00:00:00.037Z'))).toBe('1767225600.037000');
    expect(epochText('2026-01-01T00:00:00.037000')).toBe('1767225600.037000');
    expect(epochText('2026-01-01T00:00:00.037001')).toBe('1767225600.037001');
    expect(epochText(new Date('2026-01-01T00:00:00.000Z'))).toBe('1767225600.000000');
  });

  it('writes arrays as PostgreSQL array_out does', () => {
    expect(pgTextArray([])).toBe('{}');
    expect(pgTextArray(['ab', 'cd'])).toBe('{ab,cd}');
    expect(pgTextArray(['', 'null', 'a b', 'a"b\\c', null])).toBe('{"","null","a b","a\\"b\\\\c",NULL}');
  });

  it('keeps NULL, empty and separator-like field contents apart (length-prefixed fields)', () => {
    const at = new Date('2026-11-23T09:15:00.123Z');
    const base = { chain: 3, operation_id: 'O', at, user_id: null, organisation_id: null, role: 'r', action: 'a', record_type: 'case', record_id: null, purpose: 'p', legal_ground: 'g', outcome: 'allowed' };
    const a = userAuditRecord({ ...base, user_name: 'x,1:y', record_id: null });
    const b = userAuditRecord({ ...base, user_name: 'x', record_id: 'y' });
    const c = userAuditRecord({ ...base, user_name: 'x,1:y', record_id: '' });
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a).toBe('1:3,1:o,17:1795425300.123000,~,5:x,1:y,~,1:r,1:a,4:case,~,1:p,1:g,7:allowed'); // uuids lower-cased
    const row = { chain: 0, trace_id: 't', span_id: 's', parent_span_id: null, operation_id: 'o', operation_name: 'n', started_at: at, ended_at: at, status: 'ok', activity_id: 'x', subject_hashes: ['é'], subject_count: 1 };
    expect(processingLogRecord(row)).toContain(',4:{é},'); // octets, not characters
  });
});
