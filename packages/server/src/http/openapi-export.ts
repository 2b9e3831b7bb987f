import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { allRoutes } from './routes.ts';
import { buildOpenApiDocument } from './openapi.ts';
import type { AppContext } from './app.ts';

/**
 * Writes the OpenAPI document to a file without a database: route definitions only capture the
 * context, they do not use it until a request arrives. Demo routes are left out (production shape).
 */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error('usage: openapi-export <file>');
  const config = { ...loadConfig({ NODE_ENV: 'test', KETENTAFEL_DEMO_LOGIN: 'off' }) };
  const ctx = { config, db: undefined, sessions: undefined, oidc: undefined, clock: { now: () => new Date() } } as unknown as AppContext;
  await writeFile(target, JSON.stringify(buildOpenApiDocument(allRoutes(ctx)), null, 2));
}

await main();
