import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// DATE columns come back as 'YYYY-MM-DD' strings, never as Dates shifted by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigserial ids fit in a JS number for the lifetime of this system; keep them as strings to be safe.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export type Db = Kysely<Database>;
/** What repositories take: the database or a transaction the caller owns. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
export type Trx = Transaction<Database>;

/** Creates the Kysely instance on a `pg` pool. */
export function createDb(connectionString: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 20 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
