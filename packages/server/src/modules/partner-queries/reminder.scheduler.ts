import type { ServiceContext } from '../../http/app.ts';
import { startJobQueue, type JobQueue, type JobQueueLog, type PeriodicJob } from '../../jobs/job-queue.ts';
import { runPartnerQueryReminders } from './reminder.job.ts';

/** Hourly: the job is idempotent (each query once), so the interval only bounds how late on the day a reminder comes. */
const INTERVAL_SECONDS = 60 * 60;

/** The partner-query reminders (ZVT-2A.2) as a periodic job on the shared queue (ADR 0014). */
export function reminderJob(ctx: ServiceContext, log: JobQueueLog, firstRunAfterMs = 45_000): PeriodicJob {
  return {
    name: 'partner-query-reminders',
    intervalSeconds: INTERVAL_SECONDS,
    firstRunAfterMs,
    expireInHours: 1,
    run: async () => {
      const result = await runPartnerQueryReminders(ctx);
      if (result.reminded > 0) log.info(`partnervragen ${result.today}: ${String(result.reminded)} herinnering(en) verstuurd`);
    },
  };
}

/** A queue running only the reminders (tests); `main.ts` runs them with the other jobs on one queue. */
export async function startReminderScheduler(ctx: ServiceContext, log: JobQueueLog, firstRunAfterMs = 45_000): Promise<JobQueue> {
  return startJobQueue(ctx.db, [reminderJob(ctx, log, firstRunAfterMs)], { log });
}
