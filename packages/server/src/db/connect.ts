import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded.ts';
import { ensureDatabase } from './ensure-database.ts';
import { createDb, type Db } from './database.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the configured data folder and
 * connects to its `ketentafel` database. Used by the server and by the command-line tools.
 */
export async function connectDatabase(config: Config): Promise<{ db: Db; cluster: EmbeddedCluster | undefined; close: () => Promise<void> }> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (url === undefined) {
    cluster = await startEmbeddedPostgres({ dataDir: path.resolve(repoRoot, config.dataDir), port: config.embeddedPgPort });
    await ensureDatabase(cluster.url('postgres'), 'ketentafel');
    url = cluster.url('ketentafel');
  }
  const db = createDb(url);
  return {
    db,
    cluster,
    close: async () => {
      await db.destroy();
      await cluster?.stop();
    },
  };
}

export { repoRoot };
