import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * One round trip to take a log chain's lock and read both chain heads plus the subjects' keyed hashes.
 * Inside a VOLATILE plpgsql function each statement takes a fresh snapshot (READ COMMITTED), so the heads
 * are read after the lock is held; a single SQL statement would read them with a snapshot from before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION kt_lock_log_chain(p_chain integer, p_subjects uuid[])
    RETURNS TABLE (processing_head text, audit_head text, subject_hashes text[])
    LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(7100000 + p_chain);
      RETURN QUERY SELECT
        (SELECT l.row_hash FROM processing_log l WHERE l.chain = p_chain ORDER BY l.id DESC LIMIT 1),
        (SELECT a.row_hash FROM user_audit_log a WHERE a.chain = p_chain ORDER BY a.id DESC LIMIT 1),
        ARRAY(SELECT encode(hmac(convert_to(k.id::text, 'UTF8'), k.log_key, 'sha256'), 'hex')
              FROM (SELECT s.id, s.log_key FROM subjects s WHERE s.id = ANY(p_subjects)
                    UNION ALL
                    SELECT r.id, r.log_key FROM legal_representatives r WHERE r.id = ANY(p_subjects)) k);
    END
    $$`.execute(db);
}
