import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

/** A data subject found for a log search: only the id and the keyed hash, never the person's data. */
export interface SubjectKey {
  readonly id: string;
  readonly hash: string;
}

/**
 * The keyed hashes (HMAC-SHA256 of the id with the person's own log key, as `kt_lock_log_chain` writes
 * them) of the young persons with exactly this name and birth date. Computed in SQL so no key leaves
 * the database; a person whose key is gone (deleted, X-4) cannot be found.
 */
export async function findYoungPersonKeys(db: DbOrTrx, fullName: string, birthDate: string): Promise<SubjectKey[]> {
  const result = await sql<SubjectKey>`
    SELECT s.id, encode(hmac(convert_to(s.id::text, 'UTF8'), s.log_key, 'sha256'), 'hex') AS hash
    FROM subjects s
    WHERE lower(s.full_name) = lower(${fullName}) AND s.birth_date = ${birthDate}::date AND s.log_key IS NOT NULL`.execute(db);
  return result.rows;
}

/** As findYoungPersonKeys, for legal representatives (their birth date is not recorded: name only). */
export async function findLegalRepresentativeKeys(db: DbOrTrx, fullName: string): Promise<SubjectKey[]> {
  const result = await sql<SubjectKey>`
    SELECT r.id, encode(hmac(convert_to(r.id::text, 'UTF8'), r.log_key, 'sha256'), 'hex') AS hash
    FROM legal_representatives r
    WHERE lower(r.full_name) = lower(${fullName}) AND r.log_key IS NOT NULL`.execute(db);
  return result.rows;
}

export interface LogFilter {
  readonly subjectHashes?: readonly string[] | undefined;
  readonly userName?: string | undefined;
  readonly organisationId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly action?: string | undefined;
  /** Only rows with a lower user-audit id (keyset pagination, newest first). */
  readonly beforeId?: string | undefined;
  readonly limit: number;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * User-audit rows joined to their processing-log row by operation id, newest first. The subject filter
 * uses the GIN index on `processing_log.subject_hashes` (`&&`: shares at least one hash).
 */
export async function searchLogRows(db: DbOrTrx, filter: LogFilter) {
  let query = db
    .selectFrom('user_audit_log as a')
    .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.id',
      'a.operation_id',
      'a.at',
      'a.user_name',
      'a.organisation_id',
      'o.name as organisation_name',
      'a.role',
      'a.action',
      'a.record_type',
      'a.record_id',
      'p.activity_id',
      'a.purpose',
      'a.legal_ground',
      'a.outcome',
    ]);
  if (filter.subjectHashes !== undefined) query = query.where(sql<boolean>`p.subject_hashes && ${filter.subjectHashes}::text[]`);
  if (filter.userName !== undefined) query = query.where(sql<boolean>`a.user_name ILIKE ${`%${escapeLike(filter.userName)}%`}`);
  if (filter.organisationId !== undefined) query = query.where('a.organisation_id', '=', filter.organisationId);
  if (filter.action !== undefined) query = query.where('a.action', '=', filter.action);
  if (filter.from !== undefined) query = query.where(sql<boolean>`a.at >= (${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
  if (filter.to !== undefined) query = query.where(sql<boolean>`a.at < (${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
  if (filter.beforeId !== undefined) query = query.where('a.id', '<', filter.beforeId);
  return query.orderBy('a.id', 'desc').limit(filter.limit).execute();
}

/** The actions that occur in the user audit log, by a loose index scan (one index probe per action). */
export async function distinctLoggedActions(db: DbOrTrx): Promise<string[]> {
  const result = await sql<{ action: string }>`
    WITH RECURSIVE t(action) AS (
      (SELECT action FROM user_audit_log ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT u.action FROM user_audit_log u WHERE u.action > t.action ORDER BY u.action LIMIT 1) FROM t WHERE t.action IS NOT NULL
    )
    SELECT action FROM t WHERE action IS NOT NULL`.execute(db);
  return result.rows.map((r) => r.action);
}

export async function listOrganisationNames(db: DbOrTrx) {
  return db.selectFrom('organisations').select(['id', 'name']).orderBy('name').execute();
}
