import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Letters (X-6, ZVT-1.4, ZVT-2A.5, ZVT-2B.4; ADR 0018): the templates a chain director edits per table (no personal
 * data), who sends a case's letter (chain director for the referrer, or the referrer), and the record that a letter
 * was sent. The PDF itself is never stored: it is generated again from the case when needed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('letter_templates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('privacy_contact', 'text', (c) => c.notNull())
    .addColumn('version_hash', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('letter_templates_table_kind_key', ['table_id', 'kind'])
    .execute();

  await db.schema
    .createTable('letter_senders')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('letter_senders_pk', ['case_id', 'kind'])
    .addCheckConstraint('letter_senders_sender_check', sql`sender IN ('chain-director-for-referrer', 'referrer')`)
    .execute();

  await db.schema
    .createTable('sent_letters')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('template_hash', 'text', (c) => c.notNull())
    .addColumn('letter_date', 'date', (c) => c.notNull())
    .addColumn('sent_on', 'date', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('sent_by_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('sent_letters_channel_check', sql`channel IN ('post', 'email', 'handed-over')`)
    .addCheckConstraint('sent_letters_sender_check', sql`sender IN ('chain-director-for-referrer', 'referrer')`)
    .addCheckConstraint('sent_letters_dates_check', sql`sent_on >= letter_date`)
    .execute();
  await db.schema.createIndex('sent_letters_case_idx').on('sent_letters').column('case_id').execute();
}
