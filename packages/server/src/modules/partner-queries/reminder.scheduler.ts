import PgBoss from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { ServiceContext } from '../../http/app.ts';
import { runPartnerQueryReminders } from './reminder.job.ts';

const QUEUE = 'partner-query-reminders';
/** Hourly: the job is idempotent (each query once), so the interval only bounds how late on the day a reminder comes. */
const INTERVAL_SECONDS = 60 * 60;

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
  const boss = new PgBoss({
    db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows }) },
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
