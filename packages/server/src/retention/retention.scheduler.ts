import PgBoss from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { ServiceContext } from '../http/app.ts';
import { runRetention, type RetentionRunOptions, type RetentionRunResult } from './retention.job.ts';

const QUEUE = 'retention-run';

/** A running scheduler; `stop` waits for a run in progress. */
export interface RetentionScheduler {
  stop(): Promise<void>;
}

export interface RetentionSchedulerOptions {
  readonly intervalMinutes: number;
  readonly log: { info(message: string): void; error(error: unknown, message: string): void };
  /** Wait before the first run, so start-up is not slowed down; defaults to 30 seconds. */
  readonly firstRunAfterMs?: number;
  /** How often each node asks the queue for a run; defaults to 30 seconds (pg-boss allows 0.5 at the least). */
  readonly pollingIntervalSeconds?: number;
  /** Options for each run (tests); the defaults otherwise. */
  readonly run?: Pick<RetentionRunOptions, 'batchSize' | 'concurrency'>;
}

/**
 * Runs the retention job every `intervalMinutes` on a PostgreSQL-backed queue (pg-boss, ADR 0007). Every node
 * offers a run each interval; the throttle (one job per interval slot) and the `stately` queue policy (at most
 * one queued and one running job) make exactly one node take it. The job itself is safe to overlap anyway
 * (`FOR UPDATE SKIP LOCKED` per batch, ADR 0010), e.g. with `npm run retention:run-once`.
 */
export async function startRetentionScheduler(ctx: ServiceContext, options: RetentionSchedulerOptions): Promise<RetentionScheduler> {
  const { db } = ctx;
  const boss = new PgBoss({
    // pg-boss shares the application's pool through Kysely; it creates and migrates its own `pgboss` schema.
    db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows }) },
    schedule: false,
    supervise: true,
  });
  boss.on('error', (error: unknown) => {
    options.log.error(error, 'retention queue error');
  });
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, policy: 'stately', retryLimit: 0, expireInHours: 6 });
  await boss.work(QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => {
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
  });
  const intervalSeconds = Math.round(options.intervalMinutes * 60);
  const offer = () => {
    boss.sendThrottled(QUEUE, {}, {}, intervalSeconds, 'retention').catch((error: unknown) => {
      options.log.error(error, 'retention: could not offer a run');
    });
  };
  const first = setTimeout(offer, options.firstRunAfterMs ?? 30_000);
  const timer = setInterval(offer, intervalSeconds * 1000);
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
