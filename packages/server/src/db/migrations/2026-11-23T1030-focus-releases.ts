import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * ZVT-2A.4, ADR 0019: a contribution released by its owner for one agenda item of a focus meeting ("for this
 * meeting"), not for a plan activity. It goes with the contribution and with the agenda item (and so with the
 * case) when they are deleted.
 *
 * ZVT-E.2: `meetings.agenda_items_added` counts the agenda items a meeting had, minus those the chain director
 * took off again before the meeting. Items also disappear later with their case (deletion, inactivity); the
 * counter keeps that the meeting was about something, without keeping anything about the case.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_releases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contribution_id', 'uuid', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'uuid', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('released_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('released_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('meeting_releases_contribution_idx').on('meeting_releases').column('contribution_id').execute();
  await db.schema.createIndex('meeting_releases_agenda_item_idx').on('meeting_releases').column('agenda_item_id').execute();
  await sql`CREATE UNIQUE INDEX meeting_releases_active_unique ON meeting_releases (contribution_id, agenda_item_id) WHERE withdrawn_at IS NULL`.execute(db);

  await db.schema.alterTable('meetings').addColumn('agenda_items_added', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`UPDATE meetings m SET agenda_items_added = (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id)`.execute(db);
  await sql`
    CREATE FUNCTION kt_count_agenda_item() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE meetings SET agenda_items_added = agenda_items_added + 1 WHERE id = NEW.meeting_id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER agenda_items_count AFTER INSERT ON agenda_items FOR EACH ROW EXECUTE FUNCTION kt_count_agenda_item()`.execute(db);
}
