import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Indexes for the privacy officer's log search: the user audit log by period, organisation and
 * action (newest first), and the data subjects by exact name (+ birth date), so a search by subject
 * never scans the person tables.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('user_audit_log_at_idx').on('user_audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('user_audit_log_organisation_at_idx').on('user_audit_log').columns(['organisation_id', 'at']).execute();
  await db.schema.createIndex('user_audit_log_action_at_idx').on('user_audit_log').columns(['action', 'at']).execute();
  await sql`CREATE INDEX subjects_name_birth_idx ON subjects (lower(full_name), birth_date)`.execute(db);
  await sql`CREATE INDEX legal_representatives_name_idx ON legal_representatives (lower(full_name))`.execute(db);
}
