import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

export async function insertSession(
  db: DbOrTrx,
  row: { token_hash: string; user_id: string; csrf_token: string; auth_method: 'demo' | 'oidc'; mfa: boolean; expires_at: Date },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session with its user, organisation and tables, when it exists, has not expired and the user is active. */
export async function findActiveSession(db: DbOrTrx, tokenHash: string) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      's.csrf_token',
      's.auth_method',
      's.mfa',
      'u.id as user_id',
      'u.display_name',
      'u.role',
      'u.organisation_id',
      'o.name as organisation_name',
      sql<string[]>`ARRAY(SELECT ut.table_id::text FROM user_tables ut WHERE ut.user_id = u.id)`.as('table_ids'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row;
}

export async function deleteSession(db: DbOrTrx, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: DbOrTrx): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
  await db.deleteFrom('login_attempts').where('expires_at', '<=', new Date()).execute();
}
