import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Requests by a partner to the owner of a contribution, for a named activity (seed 000 footnote 4, ZVT-2A.3). The
 * owner grants (a contribution grant, linked here) or refuses with a reason. One open request per contribution and
 * requesting organisation. Deleted with the contribution (retention, not admitted).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('grant_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contribution_id', 'uuid', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('requester_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('refusal_reason', 'text')
    .addColumn('grant_id', 'uuid', (c) => c.references('contribution_grants.id').onDelete('cascade'))
    .addCheckConstraint('grant_requests_status_check', sql`status IN ('open', 'granted', 'refused')`)
    .addCheckConstraint(
      'grant_requests_decision_check',
      sql`(status = 'open' AND decided_by IS NULL AND decided_at IS NULL AND refusal_reason IS NULL AND grant_id IS NULL)
       OR (status = 'granted' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND refusal_reason IS NULL AND grant_id IS NOT NULL)
       OR (status = 'refused' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND refusal_reason IS NOT NULL AND grant_id IS NULL)`,
    )
    .execute();
  await db.schema.createIndex('grant_requests_contribution_idx').on('grant_requests').column('contribution_id').execute();
  await db.schema.createIndex('grant_requests_requester_idx').on('grant_requests').column('requester_organisation_id').execute();
  await sql`CREATE UNIQUE INDEX grant_requests_one_open_idx ON grant_requests (contribution_id, requester_organisation_id) WHERE status = 'open'`.execute(db);
}
