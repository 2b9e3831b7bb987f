import type { ServiceContext } from '../http/app.ts';
import { startJobQueue, type JobQueue, type JobQueueLog, type PeriodicJob } from '../jobs/job-queue.ts';
import { runRetention, type RetentionRunOptions, type RetentionRunResult } from './retention.job.ts';

export interface RetentionJobOptions {
  readonly intervalMinutes: number;
  readonly log: JobQueueLog;
  /** Wait before the first run, so start-up is not slowed down; defaults to 30 seconds. */
  readonly firstRunAfterMs?: number;
  /** Options for each run (tests); the defaults otherwise. */
  readonly run?: Pick<RetentionRunOptions, 'batchSize' | 'concurrency'>;
}

/** The retention job (X-4, ZVT-4A) as a periodic job on the shared queue (ADR 0007, ADR 0010). */
export function retentionJob(ctx: ServiceContext, options: RetentionJobOptions): PeriodicJob {
  return {
    name: 'retention-run',
    intervalSeconds: Math.round(options.intervalMinutes * 60),
    firstRunAfterMs: options.firstRunAfterMs ?? 30_000,
    expireInHours: 6,
    run: async () => {
      const result: RetentionRunResult = await runRetention(ctx, {
        ...options.run,
        onError: (error) => {
          options.log.error(error, 'retention: case failed; retried on the next run');
        },
        onBatchFallback: (error) => {
          options.log.error(error, 'retention: batch failed; its cases are handled one by one');
        },
      });
      options.log.info(
        `retention ${result.today}: ${String(result.madeInactive)} inactief, ${String(result.deleted)} verwijderd, ${String(result.skipped)} overgeslagen, ` +
          `${String(result.failed)} mislukt (${String(result.batches)} batches, ${String(result.fallbacks)} per casus afgehandeld)`,
      );
    },
  };
}

/** A queue running only the retention job: what `main.ts` starts with the other jobs, on its own (tests, tools). */
export async function startRetentionScheduler(
  ctx: ServiceContext,
  options: RetentionJobOptions & { readonly pollingIntervalSeconds?: number },
): Promise<JobQueue> {
  return startJobQueue(ctx.db, [retentionJob(ctx, options)], { log: options.log, pollingIntervalSeconds: options.pollingIntervalSeconds });
}
