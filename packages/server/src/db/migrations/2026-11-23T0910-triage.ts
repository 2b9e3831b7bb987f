import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Triage (ZVT-2A): answers to partner queries and their reminders, the strike record of data minimisation
 * (ZVT-2A.3: field names and why, never values) and the motivated triage outcomes (ZVT-2A.4). The content of an
 * answer is a contribution owned by the answering partner; `partner_queries` only points at it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('partner_queries')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('answered_late', 'boolean')
    .addColumn('answer_contribution_id', 'uuid', (c) => c.references('contributions.id').onDelete('set null'))
    .addColumn('reminder_sent_on', 'date')
    .execute();
  await sql`ALTER TABLE partner_queries ADD CONSTRAINT partner_queries_answer_check
    CHECK ((answered_at IS NULL) = (answered_by IS NULL) AND (answered_at IS NULL) = (answered_late IS NULL))`.execute(db);
  await sql`CREATE INDEX partner_queries_open_idx ON partner_queries (organisation_id, deadline) WHERE answered_at IS NULL`.execute(db);

  await db.schema
    .createTable('registration_strikes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('fields', sql`text[]`, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('struck_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('struck_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('registration_strikes_case_idx').on('registration_strikes').column('case_id').execute();

  await db.schema
    .createTable('triage_outcomes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('triage_outcomes_case_idx').on('triage_outcomes').column('case_id').execute();
}
