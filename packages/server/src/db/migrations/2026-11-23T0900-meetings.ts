import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Meetings of a table (ZVT-2A.4, ZVT-2B.1, ZVT-3A.1): series with a cadence, the generated meetings, agenda
 * items (a case and the goal of discussing it) and the partner organisations invited per item. Items and
 * invitations go with the case when it is deleted; series and meetings carry no personal data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('interval_weeks', 'integer', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('meeting_series_kind_check', sql`kind IN ('focus', 'core-group-focus', 'case-meeting')`)
    .addCheckConstraint('meeting_series_interval_check', sql`interval_weeks BETWEEN 1 AND 12`)
    .addCheckConstraint('meeting_series_duration_check', sql`duration_minutes BETWEEN 15 AND 480`)
    .execute();
  await db.schema.createIndex('meeting_series_table_idx').on('meeting_series').columns(['table_id', 'kind']).execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('series_id', 'uuid', (c) => c.notNull().references('meeting_series.id').onDelete('cascade'))
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // The date the series generated; stays when the meeting is moved (calendar RECURRENCE-ID, "verplaatst").
    .addColumn('scheduled_on', 'date', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    // Calendar SEQUENCE: raised on every change, so calendar programs replace the earlier version.
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('meetings_status_check', sql`status IN ('planned', 'cancelled')`)
    .addUniqueConstraint('meetings_series_scheduled_unique', ['series_id', 'scheduled_on'])
    .execute();
  await db.schema.createIndex('meetings_table_idx').on('meetings').columns(['table_id', 'starts_at']).execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('added_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('agenda_items_meeting_case_unique', ['meeting_id', 'case_id'])
    .execute();
  await db.schema.createIndex('agenda_items_case_idx').on('agenda_items').column('case_id').execute();

  await db.schema
    .createTable('agenda_invitations')
    .addColumn('agenda_item_id', 'uuid', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('invited_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('invited_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('agenda_invitations_pk', ['agenda_item_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('agenda_invitations_organisation_idx').on('agenda_invitations').column('organisation_id').execute();
}
