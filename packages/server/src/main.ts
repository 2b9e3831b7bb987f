import path from 'node:path';
import { loadConfig, ConfigError } from './config.ts';
import { connectDatabase, repoRoot } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './seed/demo.ts';
import { buildApp, systemClock } from './http/app.ts';
import { createOidcClient } from './auth/oidc.ts';
import { deleteExpiredSessions } from './auth/session.repository.ts';
import { startJobQueue, type JobQueue, type JobQueueLog } from './jobs/job-queue.ts';
import { retentionJob } from './retention/retention.scheduler.ts';
import { purgeExpiredAccessExports } from './modules/subject-access-requests/subject-access.service.ts';
import { reminderJob } from './modules/partner-queries/reminder.scheduler.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const { db, cluster, close } = await connectDatabase(config);
  await migrateToLatest(db);
  if (config.seedDemo) await seedDemo(db, systemClock);
  const oidc = config.oidc ? await createOidcClient(config.oidc, config.publicUrl) : undefined;
  const app = await buildApp({ db, config, oidc, webDist: path.resolve(repoRoot, 'packages/web/dist') });
  await app.listen({ port: config.port, host: config.host });
  const readyMs = Math.round(performance.now() - started);
  app.log.info(
    `Ketentafel is klaar op ${config.publicUrl} in ${readyMs} ms (${config.mode}, database: ${cluster ? 'ingebouwde PostgreSQL' : 'DATABASE_URL'}${config.demoLogin ? ', demo-inloggen aan' : ''})`,
  );
  const sweeper = setInterval(() => {
    deleteExpiredSessions(db).catch((error: unknown) => {
      app.log.warn({ err: error }, 'session sweep failed');
    });
  }, 15 * 60 * 1000);
  sweeper.unref();
  // The periodic jobs share one PostgreSQL-backed queue (pg-boss, ADR 0007) and start after the server listens,
  // in the background: they never delay start-up. Each runs on one node per interval.
  const ctx = { db, clock: systemClock };
  const log: JobQueueLog = { info: (message) => { app.log.info(message); }, error: (err, message) => { app.log.error({ err }, message); } };
  let jobs: JobQueue | undefined;
  startJobQueue(
    db,
    [
      retentionJob(ctx, { intervalMinutes: config.retentionIntervalMinutes, log }), // X-4, ZVT-4A
      reminderJob(ctx, log), // ZVT-2A.2
      {
        // access-request export files are removed once their download period has passed (ADR 0008).
        name: 'access-export-purge',
        intervalSeconds: 15 * 60,
        firstRunAfterMs: 60_000,
        expireInHours: 1,
        run: async () => {
          const removed = await purgeExpiredAccessExports(ctx);
          if (removed > 0) log.info(`inzage: ${String(removed)} verlopen exportbestand(en) verwijderd`);
        },
      },
    ],
    { log },
  )
    .then((queue) => {
      jobs = queue;
    })
    .catch((error: unknown) => {
      app.log.error({ err: error }, 'job queue could not start');
    });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: Ketentafel stopt`);
    await app.close();
    await jobs?.stop();
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Ketentafel kon niet starten:', error);
  }
  process.exit(1);
});
