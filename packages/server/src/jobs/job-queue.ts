import PgBoss from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * A job that runs every `intervalSeconds` on exactly one node: every node offers a run each interval; the throttle
 * (one job per interval slot) and the `stately` queue policy (at most one queued and one running job) make one node
 * take it. The jobs themselves are written to be safe when they overlap anyway (ADR 0007, ADR 0010).
 */
export interface PeriodicJob {
  /** The queue name; also the throttle key. */
  readonly name: string;
  readonly intervalSeconds: number;
  /** Wait before the first offer, so start-up is not slowed down. */
  readonly firstRunAfterMs: number;
  /** A run taking longer than this is considered lost and may be taken again. */
  readonly expireInHours: number;
  run(): Promise<void>;
}

export interface JobQueueLog {
  info(message: string): void;
  error(error: unknown, message: string): void;
}

/** A running queue; `stop` waits for runs in progress. */
export interface JobQueue {
  stop(): Promise<void>;
}

/**
 * pg-boss shares the application's pool through Kysely. A failed statement inside one of pg-boss's own
 * transactions must not hand a connection in an aborted transaction back to the pool, where the next request
 * would fail on it: every statement runs on one checked-out connection and a failure is rolled back there.
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

const START_ATTEMPTS = 3;

/**
 * Starts one pg-boss instance for the given periodic jobs. Two nodes starting on a fresh database both install
 * pg-boss's schema; the loser's start fails, so a start is retried a few times before giving up.
 */
export async function startJobQueue(db: Db, jobs: readonly PeriodicJob[], options: { log: JobQueueLog; pollingIntervalSeconds?: number }): Promise<JobQueue> {
  const { log } = options;
  let boss: PgBoss | undefined;
  for (let attempt = 1; boss === undefined; attempt++) {
    const candidate = new PgBoss({ db: { executeSql: poolSafeExecutor(db) }, schedule: false, supervise: true });
    candidate.on('error', (error: unknown) => {
      log.error(error, 'job queue error');
    });
    try {
      await candidate.start();
      boss = candidate;
    } catch (error) {
      await candidate.stop({ graceful: false, wait: true }).catch(() => undefined);
      if (attempt >= START_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
  const started = boss;
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    await started.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 0, expireInHours: job.expireInHours });
    await started.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => {
      await job.run();
    });
    const offer = () => {
      started.sendThrottled(job.name, {}, {}, job.intervalSeconds, job.name).catch((error: unknown) => {
        log.error(error, `${job.name}: could not offer a run`);
      });
    };
    const first = setTimeout(offer, job.firstRunAfterMs);
    const every = setInterval(offer, job.intervalSeconds * 1000);
    first.unref();
    every.unref();
    timers.push(first, every);
  }
  return {
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      await started.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
