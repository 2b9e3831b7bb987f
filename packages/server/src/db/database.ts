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

/**
 * Creates the Kysely instance on a `pg` pool. An idle pooled connection that the server ends (a restart, a
 * terminated backend) is dropped by the pool and reported to `onIdleError`; without a listener `pg` would raise it
 * as an unhandled 'error' event and stop the process.
 */
export function createDb(connectionString: string, options: { max?: number; onIdleError?: (error: Error) => void } = {}): Db {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 20 });
  pool.on('error', options.onIdleError ?? ((error) => process.stderr.write(`PostgreSQL-verbinding in rust verbroken: ${error.message}\n`)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
