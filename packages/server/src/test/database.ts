import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '../db/database.ts';
import { withDatabase } from './global-setup.ts';

/** A fresh database for one test file, cloned from the migrated template (CREATE DATABASE … TEMPLATE). */
export async function createTestDatabase(): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const maintenanceUrl = inject('pgMaintenanceUrl');
  const template = inject('pgTemplate');
  const name = `kt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = withDatabase(maintenanceUrl, name);
  const db = createDb(url, { max: 5 });
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: maintenanceUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
