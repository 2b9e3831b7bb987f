import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The record of a case meeting (ZVT-3A.2 – ZVT-3A.5), per agenda item: the situation picture (a contribution of
 * the chain direction, pointed at), the case director, the outcome with its motivation and the monitoring
 * appointment; the plan's actions (owning partner, description, due date); and per action which contributions
 * the partner needs, with the owner's decision (ZVT-3A.3: a release is linked to the action as its activity).
 * Everything goes with the case (ON DELETE CASCADE) and is listed in CASE_RECORDS for retention.
 * `cases.case_director_user_id` is the current case director, as the access policy needs it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('case_director_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null')).execute();

  await db.schema
    .createTable('meeting_records')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agenda_item_id', 'uuid', (c) => c.notNull().unique().references('agenda_items.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('situation_contribution_id', 'uuid', (c) => c.references('contributions.id').onDelete('set null'))
    .addColumn('case_director_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('outcome', 'text')
    .addColumn('motivation', 'text')
    .addColumn('monitoring_on', 'date')
    .addColumn('monitoring_with', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'::uuid[]`))
    .addColumn('decided_on', 'date')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('meeting_records_outcome_check', sql`outcome IS NULL OR outcome IN ('plan-with-monitoring', 'scale-down')`)
    .addCheckConstraint('meeting_records_decided_check', sql`(outcome IS NULL) = (decided_on IS NULL) AND (outcome IS NULL) = (motivation IS NULL)`)
    .addCheckConstraint('meeting_records_monitoring_check', sql`(outcome = 'plan-with-monitoring') = (monitoring_on IS NOT NULL)`)
    .execute();
  await db.schema.createIndex('meeting_records_case_idx').on('meeting_records').column('case_id').execute();
  await db.schema.createIndex('meeting_records_meeting_idx').on('meeting_records').column('meeting_id').execute();
  await sql`CREATE INDEX meeting_records_monitoring_idx ON meeting_records (monitoring_on) WHERE monitoring_on IS NOT NULL`.execute(db);

  await db.schema
    .createTable('plan_actions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_record_id', 'uuid', (c) => c.notNull().references('meeting_records.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('owner_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plan_actions_record_idx').on('plan_actions').column('meeting_record_id').execute();
  await db.schema.createIndex('plan_actions_case_idx').on('plan_actions').column('case_id').execute();

  await db.schema
    .createTable('plan_action_data')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_action_id', 'uuid', (c) => c.notNull().references('plan_actions.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('contribution_id', 'uuid', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('grant_id', 'uuid', (c) => c.references('contribution_grants.id').onDelete('set null'))
    .addColumn('refusal_reason', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addUniqueConstraint('plan_action_data_unique', ['plan_action_id', 'contribution_id'])
    .addCheckConstraint('plan_action_data_status_check', sql`status IN ('pending', 'released', 'refused')`)
    .addCheckConstraint('plan_action_data_refusal_check', sql`(status = 'refused') = (refusal_reason IS NOT NULL)`)
    .execute();
  await db.schema.createIndex('plan_action_data_case_idx').on('plan_action_data').column('case_id').execute();
  await db.schema.createIndex('plan_action_data_contribution_idx').on('plan_action_data').column('contribution_id').execute();
}
