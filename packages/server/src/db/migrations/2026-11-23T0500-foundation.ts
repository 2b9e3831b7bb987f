import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pgcrypto`.execute(db);

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('tables')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('municipality', 'text', (c) => c.notNull())
    .addColumn('process_key', 'text', (c) => c.notNull())
    .addColumn('process_version', 'integer', (c) => c.notNull())
    .addColumn('term_start', 'date', (c) => c.notNull())
    .addColumn('term_end', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('tables_term_check', sql`term_end > term_start`)
    .execute();

  await db.schema
    .createTable('table_partners')
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('table_partners_pk', ['table_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('oidc_subject', 'text', (c) => c.unique())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'users_role_check',
      sql`role IN ('chain-director', 'partner-professional', 'privacy-officer', 'application-administrator')`,
    )
    .execute();

  await db.schema
    .createTable('user_tables')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_tables_pk', ['user_id', 'table_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('auth_method', 'text', (c) => c.notNull())
    .addColumn('mfa', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('state', 'text', (c) => c.notNull().unique())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // Data subjects. Each has its own random key; the processing log stores only a keyed hash of the
  // subject, so destroying the key at deletion makes the log entries unlinkable to the person.
  await db.schema
    .createTable('subjects')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date', (c) => c.notNull())
    .addColumn('municipality', 'text', (c) => c.notNull())
    .addColumn('log_key', 'bytea', (c) => c.notNull().defaultTo(sql`gen_random_bytes(32)`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id'))
    .addColumn('process_key', 'text', (c) => c.notNull())
    .addColumn('process_version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.references('subjects.id').onDelete('restrict'))
    .addColumn('group_name', 'text')
    .addColumn('group_area', 'text')
    .addColumn('referrer_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('referrer_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('direction_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('registered_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_activity_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('cases_kind_check', sql`kind IN ('individual', 'group-scan')`)
    .addCheckConstraint(
      'cases_kind_shape_check',
      sql`(kind = 'individual' AND subject_id IS NOT NULL AND group_name IS NULL)
       OR (kind = 'group-scan' AND subject_id IS NULL AND group_name IS NOT NULL AND group_area IS NOT NULL)`,
    )
    .execute();
  await db.schema.createIndex('cases_table_idx').on('cases').columns(['table_id', 'phase']).execute();
  await db.schema.createIndex('cases_referrer_idx').on('cases').column('referrer_organisation_id').execute();

  await db.schema
    .createTable('legal_representatives')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    // Legal representatives are data subjects too: their own log key, destroyed with the row.
    .addColumn('log_key', 'bytea', (c) => c.notNull().defaultTo(sql`gen_random_bytes(32)`))
    .execute();
  await db.schema.createIndex('legal_representatives_case_idx').on('legal_representatives').column('case_id').execute();

  // Every substantive piece of case information is a contribution owned by the partner that gave it.
  await db.schema
    .createTable('contributions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('owner_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('contributions_category_check', sql`category IN ('identifying', 'care', 'health', 'criminal', 'other')`)
    .execute();
  await db.schema.createIndex('contributions_case_idx').on('contributions').column('case_id').execute();

  await db.schema
    .createTable('admission_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('assessed_on', 'date', (c) => c.notNull())
    .addColumn('assessment', 'jsonb', (c) => c.notNull())
    .addColumn('proposal', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('data_request', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('admission_reason_check', sql`decision = proposal OR reason IS NOT NULL`)
    .execute();

  await db.schema
    .createTable('phase_transitions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('from_phase', 'text')
    .addColumn('to_phase', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('informing_tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('responsible_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('informed_on', 'date')
    .addColumn('recipients', 'jsonb')
    .addColumn('content_items', 'jsonb')
    .addColumn('consent_asked', 'boolean')
    .addColumn('consent_given', 'text')
    .addColumn('deferral_ground', 'text')
    .addColumn('deferral_motivation', 'text')
    .addColumn('planned_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('informing_status_check', sql`status IN ('open', 'done', 'deferred')`)
    .addCheckConstraint(
      'informing_done_check',
      sql`status <> 'done' OR (informed_on IS NOT NULL AND recipients IS NOT NULL AND content_items IS NOT NULL)`,
    )
    .addCheckConstraint(
      'informing_deferred_check',
      sql`status <> 'deferred' OR (deferral_motivation IS NOT NULL AND planned_on IS NOT NULL)`,
    )
    .execute();
  await db.schema.createIndex('informing_tasks_case_idx').on('informing_tasks').column('case_id').execute();

  await db.schema
    .createTable('partner_queries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('sent_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Messages to a partner without personal data (e.g. the advice after "not admitted", by reference only).
  await db.schema
    .createTable('notices')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Aggregate counters that outlive deleted cases: never one row per case.
  await db.schema
    .createTable('case_statistics')
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id'))
    .addColumn('process_key', 'text', (c) => c.notNull())
    .addColumn('process_version', 'integer', (c) => c.notNull())
    .addColumn('phase_reached', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_statistics_pk', ['table_id', 'process_key', 'process_version', 'phase_reached', 'outcome', 'quarter'])
    .execute();

  await db.schema
    .createTable('deletion_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();

  // Processing log after Logius "Logboek Dataverwerkingen": no user identity in it.
  await db.schema
    .createTable('processing_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('chain', 'smallint', (c) => c.notNull())
    .addColumn('trace_id', 'text', (c) => c.notNull())
    .addColumn('span_id', 'text', (c) => c.notNull())
    .addColumn('parent_span_id', 'text')
    .addColumn('operation_id', 'uuid', (c) => c.notNull())
    .addColumn('operation_name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    // One record per processing operation; the data subjects it touched as keyed hashes (searchable via GIN).
    .addColumn('subject_hashes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('subject_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('row_hash', 'text', (c) => c.notNull())
    .addCheckConstraint('processing_log_status_check', sql`status IN ('ok', 'denied', 'error')`)
    .execute();
  await db.schema.createIndex('processing_log_chain_idx').on('processing_log').columns(['chain', 'id']).execute();
  await sql`CREATE INDEX processing_log_subjects_idx ON processing_log USING gin (subject_hashes)`.execute(db);
  await db.schema.createIndex('processing_log_operation_idx').on('processing_log').column('operation_id').execute();

  // User audit log: who did what, for which organisation and role, linked by operation id.
  await db.schema
    .createTable('user_audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('chain', 'smallint', (c) => c.notNull())
    .addColumn('operation_id', 'uuid', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // No foreign keys: a log row must never change when a user or organisation is removed.
    .addColumn('user_id', 'uuid')
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('legal_ground', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('row_hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_audit_log_chain_idx').on('user_audit_log').columns(['chain', 'id']).execute();
  await db.schema.createIndex('user_audit_log_operation_idx').on('user_audit_log').column('operation_id').execute();
  await db.schema.createIndex('user_audit_log_user_idx').on('user_audit_log').columns(['user_id', 'at']).execute();
}
