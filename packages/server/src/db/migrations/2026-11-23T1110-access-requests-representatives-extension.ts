import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * X-3 (AVG art. 15, art. 12(3) and 12(6); ADR 0022):
 * - a request can be about a legal representative: their own name, identified through the young person they
 *   represent (whose name and birth date are the existing query columns);
 * - the answer period can be extended by one or two months, decided and motivated before the original deadline,
 *   with the day the requester was informed (within the first month);
 * - when the query matches more than one person or case, the handler records which matches belong to the
 *   requester (per matched record: the subject row of a case or group membership, or the legal representative's
 *   row) and on what basis. The match rows go with their case: they refer to it by case_id; the matched
 *   record itself is not a foreign key, because only cases and group members may refer to a subject.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('subject_access_requests')
    .addColumn('about', 'text', (c) => c.notNull().defaultTo('young-person'))
    .addColumn('representative_full_name', 'text')
    .addColumn('extension_months', 'integer')
    .addColumn('extended_deadline_on', 'date')
    .addColumn('extension_motivation', 'text')
    .addColumn('extension_decided_on', 'date')
    .addColumn('extension_decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('extension_decided_at', 'timestamptz')
    .addColumn('requester_informed_of_extension_on', 'date')
    .addColumn('matches_basis', 'text')
    .addColumn('matches_confirmed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('matches_confirmed_at', 'timestamptz')
    .execute();
  await sql`ALTER TABLE subject_access_requests
    ADD CONSTRAINT subject_access_requests_about_check CHECK (about IN ('young-person', 'legal-representative')),
    ADD CONSTRAINT subject_access_requests_representative_check CHECK ((about = 'legal-representative') = (representative_full_name IS NOT NULL)),
    ADD CONSTRAINT subject_access_requests_extension_complete_check CHECK (
      num_nulls(extension_months, extended_deadline_on, extension_motivation, extension_decided_on, extension_decided_by, extension_decided_at, requester_informed_of_extension_on) IN (0, 7)),
    ADD CONSTRAINT subject_access_requests_extension_check CHECK (
      extension_months IS NULL OR (extension_months BETWEEN 1 AND 2 AND extended_deadline_on > deadline_on
        AND extension_decided_on <= deadline_on AND requester_informed_of_extension_on BETWEEN received_on AND deadline_on)),
    ADD CONSTRAINT subject_access_requests_matches_check CHECK (num_nulls(matches_basis, matches_confirmed_by, matches_confirmed_at) IN (0, 3))`.execute(db);

  await db.schema
    .createTable('subject_access_request_matches')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('subject_access_requests.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('record_id', 'uuid', (c) => c.notNull())
    .addColumn('belongs', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('subject_access_request_matches_pk', ['request_id', 'record_id'])
    .execute();
  await db.schema.createIndex('subject_access_request_matches_case_idx').on('subject_access_request_matches').column('case_id').execute();
}
