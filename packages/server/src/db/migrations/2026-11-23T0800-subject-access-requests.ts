import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The data subject's right of access (X-3, AVG art. 15): recorded requests with their statutory deadline, and
 * the sealed export file (encrypted PDF) that is kept only for a limited download period (ADR 0008).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subject_access_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    // The identifying query (as for the privacy officer's log search): matched by keyed hash at export time.
    .addColumn('subject_full_name', 'text', (c) => c.notNull())
    .addColumn('subject_birth_date', 'date', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('received_via', 'text', (c) => c.notNull())
    .addColumn('external_reference', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('deadline_on', 'date', (c) => c.notNull())
    // The tables the export covers; NULL: every table (recorded by the privacy officer).
    .addColumn('scope_table_ids', sql`uuid[]`)
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_by_role', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
    .addColumn('export_produced_at', 'timestamptz')
    .addColumn('export_produced_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('export_expires_at', 'timestamptz')
    .addColumn('export_sha256', 'text')
    .addColumn('export_seal', 'text')
    .addColumn('export_downloaded_at', 'timestamptz')
    .addColumn('export_removed_at', 'timestamptz')
    .addCheckConstraint('subject_access_requests_status_check', sql`status IN ('received', 'export-available', 'export-removed')`)
    .addCheckConstraint('subject_access_requests_via_check', sql`received_via IN ('letter', 'email', 'in-person', 'web-form', 'other')`)
    .addCheckConstraint(
      'subject_access_requests_requested_by_check',
      sql`requested_by IN ('data-subject', 'legal-representative', 'authorised-representative')`,
    )
    .addCheckConstraint('subject_access_requests_deadline_check', sql`deadline_on > received_on`)
    .execute();
  await db.schema.createIndex('subject_access_requests_recorded_idx').on('subject_access_requests').columns(['recorded_at']).execute();

  // Only the encrypted file is stored, never the compiled content in the clear, and never the one-time code.
  await db.schema
    .createTable('subject_access_exports')
    .addColumn('request_id', 'uuid', (c) => c.primaryKey().references('subject_access_requests.id').onDelete('cascade'))
    .addColumn('file', 'bytea', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('seal', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subject_access_exports_expires_idx').on('subject_access_exports').column('expires_at').execute();
}
