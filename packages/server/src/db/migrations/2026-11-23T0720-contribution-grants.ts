import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Releases of a contribution by its owner to a named partner for a named activity (ZVT-3A.3, zeggenschap). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contribution_grants')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contribution_id', 'uuid', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('grantee_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('withdrawn_at', 'timestamptz')
    .addCheckConstraint('contribution_grants_withdrawal_check', sql`(withdrawn_at IS NULL) = (withdrawn_by IS NULL)`)
    .execute();
  await db.schema.createIndex('contribution_grants_contribution_idx').on('contribution_grants').column('contribution_id').execute();
  await sql`CREATE INDEX contribution_grants_active_idx ON contribution_grants (grantee_organisation_id) WHERE withdrawn_at IS NULL`.execute(db);
}
