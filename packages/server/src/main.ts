import path from 'node:path';
import { loadConfig, ConfigError } from './config.ts';
import { connectDatabase, repoRoot } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './seed/demo.ts';
import { buildApp, systemClock } from './http/app.ts';
import { createOidcClient } from './auth/oidc.ts';
import { deleteExpiredSessions } from './auth/session.repository.ts';
import { startRetentionScheduler, type RetentionScheduler } from './retention/retention.scheduler.ts';
import { purgeExpiredAccessExports } from './modules/subject-access-requests/subject-access.service.ts';
import { startReminderScheduler, type ReminderScheduler } from './modules/partner-queries/reminder.scheduler.ts';


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
  // access-request export files are removed once their download period has passed (ADR 0008).
  setInterval(() => void purgeExpiredAccessExports({ db, clock: systemClock }).catch((error: unknown) => { app.log.warn({ err: error }, 'access export purge failed'); }), 15 * 60 * 1000).unref();
  // Retention starts after the server listens, in the background: it never delays start-up.
  let retention: RetentionScheduler | undefined;
  startRetentionScheduler(
    { db, clock: systemClock },
    {
      intervalMinutes: config.retentionIntervalMinutes,
      log: { info: (message) => { app.log.info(message); }, error: (err, message) => { app.log.error({ err }, message); } },
    },
  )
    .then((scheduler) => {
      retention = scheduler;
    })
    .catch((error: unknown) => {
      app.log.error({ err: error }, 'retention scheduler could not start');
    });

  // Partner-query reminders (ZVT-2A.2), likewise in the background.
  let reminders: ReminderScheduler | undefined;
  startReminderScheduler({ db, clock: systemClock }, { info: (message) => { app.log.info(message); }, error: (err, message) => { app.log.error({ err }, message); } })
    .then((scheduler) => {
      reminders = scheduler;
    })
    .catch((error: unknown) => {
      app.log.error({ err: error }, 'reminder scheduler could not start');
    });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: Ketentafel stopt`);
    await app.close();
    await retention?.stop();
    await reminders?.stop();
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
