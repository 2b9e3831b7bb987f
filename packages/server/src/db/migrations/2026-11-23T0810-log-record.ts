import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Log rows carry their hashed input (ADR 0009). Each log table gets
 * - `hash_version`: 1 for every row written before this migration (hashed over the fields joined with U+001F,
 *   verified as before, never re-hashed), 2 for rows written from now on; no default, so a writer must say which;
 * - `record`: the row's canonical record, GENERATED ALWAYS from the row's own columns and STORED. Version-2 rows are
 *   hashed as sha256(prev_hash || record), so verification hashes one stored column instead of formatting a dozen.
 *   A generated column cannot be written; an UPDATE of any column regenerates it, which then no longer matches the
 *   row's hash. Changing the expression needs ALTER TABLE, which verification checks in the catalog;
 * - an index on (chain, id) INCLUDE (prev_hash, row_hash) in place of the (chain, id) index: the chain links are
 *   checked with an index-only scan in chain order instead of sorting the table.
 *
 * The record: per field `<octets>:<text>` or `~` for NULL, fields joined with `,`. Timestamps as epoch seconds with
 * six decimals (microseconds, UTC), uuids lower case, the subject-hash array in PostgreSQL's array text form.
 */
const field = (text: string) => `coalesce(octet_length(${text})::text || ':' || ${text}, '~')`;
const epoch = (column: string) => `(extract(epoch FROM ${column} AT TIME ZONE 'UTC'))::text`;
const record = (fields: readonly string[]) => fields.map(field).join(` || ',' || `);

const PROCESSING_RECORD = record([
  'chain::text', 'trace_id', 'span_id', 'parent_span_id', 'operation_id::text', 'operation_name', epoch('started_at'), epoch('ended_at'),
  'status', 'activity_id', 'kt_log_text_array(subject_hashes)', 'subject_count::text',
]);
const AUDIT_RECORD = record([
  'chain::text', 'operation_id::text', epoch('at'), 'user_id::text', 'user_name', 'organisation_id::text', 'role', 'action', 'record_type',
  'record_id', 'purpose', 'legal_ground', 'outcome',
]);

export async function up(db: Kysely<any>): Promise<void> {
  // array_to_string and text[]::text are STABLE in general (any element type); for text[] the output depends on no setting.
  await sql`CREATE FUNCTION kt_log_text_array(text[]) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1::text`.execute(db);
  for (const [table, expression] of [['processing_log', PROCESSING_RECORD], ['user_audit_log', AUDIT_RECORD]] as const) {
    await sql`ALTER TABLE ${sql.table(table)}
      ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CONSTRAINT ${sql.raw(`${table}_hash_version_check`)} CHECK (hash_version IN (1, 2)),
      ADD COLUMN record text GENERATED ALWAYS AS (${sql.raw(expression)}) STORED`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN hash_version DROP DEFAULT`.execute(db);
    await sql`CREATE INDEX ${sql.raw(`${table}_chain_link_idx`)} ON ${sql.table(table)} (chain, id) INCLUDE (prev_hash, row_hash)`.execute(db);
    await sql`DROP INDEX ${sql.raw(`${table}_chain_idx`)}`.execute(db);
  }
}
