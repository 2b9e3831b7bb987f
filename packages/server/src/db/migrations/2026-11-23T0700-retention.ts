import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Retention that runs itself (X-4, ZVT-4A): the dates the retention job reads on a case, exceptions (ZVT-4A.2)
 * and legal holds, with indexes so the job finds due cases without scanning every case.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('end_state', 'text')
    .addColumn('ended_on', 'date')
    .addColumn('scale_down_on', 'date')
    .addColumn('inactive_since', 'date')
    .addColumn('last_substantive_change_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`UPDATE cases SET last_substantive_change_at = last_activity_at`.execute(db);
  await sql`ALTER TABLE cases ADD CONSTRAINT cases_end_state_check CHECK ((end_state IS NULL) = (ended_on IS NULL))`.execute(db);

  // One partial index per way a case can become due; the job ORs them (bitmap OR) per process version.
  await sql`CREATE INDEX cases_retention_end_idx ON cases (process_key, process_version, end_state, ended_on) WHERE end_state IS NOT NULL`.execute(db);
  await sql`CREATE INDEX cases_retention_scale_down_idx ON cases (process_key, process_version, scale_down_on) WHERE scale_down_on IS NOT NULL`.execute(db);
  await sql`CREATE INDEX cases_retention_to_inactivate_idx ON cases (process_key, process_version, scale_down_on)
    WHERE scale_down_on IS NOT NULL AND inactive_since IS NULL`.execute(db);
  await sql`CREATE INDEX cases_retention_open_idx ON cases (process_key, process_version, last_substantive_change_at)
    WHERE end_state IS NULL AND scale_down_on IS NULL`.execute(db);

  // Deleting a case or subject must not scan: index every foreign key the deletion follows (cascades and the
  // RESTRICT check of cases.subject_id).
  await db.schema.createIndex('cases_subject_idx').on('cases').column('subject_id').execute();
  await db.schema.createIndex('phase_transitions_case_idx').on('phase_transitions').column('case_id').execute();
  await db.schema.createIndex('admission_decisions_case_idx').on('admission_decisions').column('case_id').execute();
  await db.schema.createIndex('partner_queries_case_idx').on('partner_queries').column('case_id').execute();

  // ZVT-4A.2: a deviation, decided by the organisation holding direction, re-assessed within six months.
  await db.schema
    .createTable('retention_exceptions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('decided_by_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('reassess_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('retention_exceptions_case_idx').on('retention_exceptions').columns(['case_id', 'reassess_on']).execute();

  // A legal hold (complaint, court case) pauses deletion of one case until it is lifted.
  await db.schema
    .createTable('legal_holds')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('placed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('placed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lifted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('lifted_at', 'timestamptz')
    .addCheckConstraint('legal_holds_lifted_check', sql`(lifted_at IS NULL) = (lifted_by IS NULL)`)
    .execute();
  await sql`CREATE INDEX legal_holds_active_idx ON legal_holds (case_id) WHERE lifted_at IS NULL`.execute(db);
}
