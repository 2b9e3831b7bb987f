import PgBoss from 'pg-boss';
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ServiceContext } from '../../http/app.ts';
import { runPartnerQueryReminders } from './reminder.job.ts';

const QUEUE = 'partner-query-reminders';
/** Hourly: the job is idempotent (each query once), so the interval only bounds how late on the day a reminder comes. */
const INTERVAL_SECONDS = 60 * 60;

/**
 * pg-boss's SQL on one pooled connection at a time. pg-boss sends some statements as `BEGIN; …; COMMIT;` in one
 * text; if one fails, the connection would go back to the application's pool inside an aborted transaction and
 * break the next request that gets it. A ROLLBACK on the same connection after an error prevents that.
 */
function poolSafeExecutor(db: Db) {
  return async (text: string, values: unknown[]) =>
    db.connection().execute(async (conn) => {
      try {
        return { rows: (await conn.executeQuery(CompiledQuery.raw(text, values))).rows };
      } catch (error) {
        await conn.executeQuery(CompiledQuery.raw('ROLLBACK')).catch(() => undefined);
        throw error;
      }
    });
}

/**
 * Waits (bounded) until pg-boss's schema exists: the retention scheduler installs it at start-up, and two
 * instances installing it at the same moment would race. After the wait this instance installs it itself.
 */
async function afterQueueSchemaInstalled(db: Db, maxWaitMs: number): Promise<void> {
  const until = Date.now() + maxWaitMs;
  while (Date.now() < until) {
    const found = await sql<{ t: string | null }>`SELECT to_regclass('pgboss.version')::text AS t`.execute(db);
    if (found.rows[0]?.t) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export interface ReminderScheduler {
  stop(): Promise<void>;
}

/**
 * Runs the partner-query reminders (ZVT-2A.2) every hour on a PostgreSQL-backed queue, like the retention job
 * (ADR 0007): a throttled offer per interval and a `stately` queue make one node take each run.
 */
export async function startReminderScheduler(
  ctx: ServiceContext,
  log: { info(message: string): void; error(error: unknown, message: string): void },
  firstRunAfterMs = 45_000,
): Promise<ReminderScheduler> {
  const { db } = ctx;
  await afterQueueSchemaInstalled(db, 30_000);
  const boss = new PgBoss({
    db: { executeSql: poolSafeExecutor(db) },
    schedule: false,
    supervise: true,
  });
  boss.on('error', (error: unknown) => {
    log.error(error, 'reminder queue error');
  });
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, policy: 'stately', retryLimit: 0, expireInHours: 1 });
  await boss.work(QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const result = await runPartnerQueryReminders(ctx);
    if (result.reminded > 0) log.info(`partnervragen ${result.today}: ${String(result.reminded)} herinnering(en) verstuurd`);
  });
  const offer = () => {
    boss.sendThrottled(QUEUE, {}, {}, INTERVAL_SECONDS, 'reminders').catch((error: unknown) => {
      log.error(error, 'reminders: could not offer a run');
    });
  };
  const first = setTimeout(offer, firstRunAfterMs);
  const timer = setInterval(offer, INTERVAL_SECONDS * 1000);
  first.unref();
  timer.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
