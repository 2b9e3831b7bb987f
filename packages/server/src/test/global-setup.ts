import type { TestProject } from 'vitest/node';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../db/embedded.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export const TEMPLATE_DB = 'ketentafel_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgMaintenanceUrl: string;
    pgTemplate: string;
  }
}

let cluster: EmbeddedCluster | undefined;
let dataDir: string | undefined;

/**
 * Starts one real PostgreSQL (the same embedded PostgreSQL as `npm start`, or DATABASE_URL's server
 * when TEST_DATABASE_URL is set) and migrates a template database; each test file clones it.
 */
export async function setup(project: TestProject): Promise<void> {
  let maintenanceUrl = process.env.TEST_DATABASE_URL;
  if (maintenanceUrl === undefined) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-test-'));
    // mkdtemp creates 0700; as root, PostgreSQL runs as its own user and must be able to enter it.
    await chmod(dataDir, 0o755);
    const port = 55_000 + (process.pid % 2_000);
    cluster = await startEmbeddedPostgres({ dataDir, port });
    maintenanceUrl = cluster.url('postgres');
  }
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const db = createDb(withDatabase(maintenanceUrl, TEMPLATE_DB), { max: 1 });
  await migrateToLatest(db);
  await db.destroy();
  project.provide('pgMaintenanceUrl', maintenanceUrl);
  project.provide('pgTemplate', TEMPLATE_DB);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
