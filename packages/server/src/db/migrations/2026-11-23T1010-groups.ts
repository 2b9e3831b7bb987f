import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The group approach (ZVT-2B.1–2B.4, ADR 0017). A group is a case of kind `group-scan`; this adds its members
 * (each a data subject with its own log key in `subjects`), the police scan document as the bytes of a contribution
 * (`contribution_files`), partners added to the core group on request, the decisions of mayor + alderman or the
 * triangle, and the informing of each member. Every table refers to its case (`case_id`, cascade) so the retention
 * job removes it; a member's subject row goes with the member row (trigger), taking the log key with it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('group_members')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('subject_id', 'uuid', (c) => c.notNull().unique().references('subjects.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // ZVT-2B.3: the individual 2A registration made for this member (by reference only: it has its own retention).
    .addColumn('registered_case_reference', 'text')
    .addColumn('registered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('registered_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('group_members_case_idx').on('group_members').column('case_id').execute();

  // A member's identifying data and log key live and die with the member row (X-4: deletion is real).
  await sql`
    CREATE FUNCTION kt_delete_group_member_subject() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM subjects s WHERE s.id = OLD.subject_id
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM group_members m WHERE m.subject_id = s.id);
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER group_members_delete_subject AFTER DELETE ON group_members
    FOR EACH ROW EXECUTE FUNCTION kt_delete_group_member_subject()`.execute(db);

  // The bytes of a file contribution (the police group scan); the contribution row holds owner, category, purpose.
  await db.schema
    .createTable('contribution_files')
    .addColumn('contribution_id', 'uuid', (c) => c.primaryKey().references('contributions.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addCheckConstraint('contribution_files_type_check', sql`content_type IN ('application/pdf')`)
    .addCheckConstraint('contribution_files_size_check', sql`size_bytes = octet_length(content) AND size_bytes > 0`)
    .execute();
  await db.schema.createIndex('contribution_files_case_idx').on('contribution_files').column('case_id').execute();

  // ZVT-2B.1 "andere ketenpartners op verzoek".
  await db.schema
    .createTable('group_core_partners')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('added_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('group_core_partners_pk', ['case_id', 'organisation_id'])
    .execute();

  // ZVT-2B.3: decisions of mayor + alderman or the triangle; several outcomes may hold together.
  await db.schema
    .createTable('group_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('decided_on', 'date', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('outcomes', sql`text[]`, (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('group_decisions_body_check', sql`body IN ('mayor-and-alderman', 'triangle')`)
    .addCheckConstraint('group_decisions_outcomes_check', sql`cardinality(outcomes) > 0`)
    .execute();
  await db.schema.createIndex('group_decisions_case_idx').on('group_decisions').column('case_id').execute();

  // ZVT-2B.4: one informing task per member in the group scan, done when recorded as sent.
  await db.schema
    .createTable('group_informing_tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('member_id', 'uuid', (c) => c.notNull().unique().references('group_members.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('sent_on', 'date')
    .addColumn('content', 'jsonb')
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('group_informing_status_check', sql`status IN ('open', 'done')`)
    .addCheckConstraint('group_informing_done_check', sql`status <> 'done' OR (sent_on IS NOT NULL AND content IS NOT NULL AND recorded_by IS NOT NULL)`)
    .execute();
  await db.schema.createIndex('group_informing_tasks_case_idx').on('group_informing_tasks').column('case_id').execute();
}
