import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * ZVT-3A.2: direction (casusregie) can pass from one partner organisation to another; the case row keeps who
 * holds it now (`cases.direction_organisation_id`), this table the history: from, to, on which day, recorded by
 * whom (the chain director, for the case meeting) and why.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('direction_transfers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('from_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('to_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('transferred_on', 'date', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('direction_transfers_other_check', sql`from_organisation_id <> to_organisation_id`)
    .execute();
  await db.schema.createIndex('direction_transfers_case_idx').on('direction_transfers').columns(['case_id', 'transferred_on']).execute();
}
