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

const START_ATTEMPTS = 4;

/** Starts pg-boss and creates the jobs' queues; throws (after stopping the instance) when either fails. */
async function startBoss(db: Db, jobs: readonly PeriodicJob[], log: JobQueueLog): Promise<PgBoss> {
  const boss = new PgBoss({ db: { executeSql: poolSafeExecutor(db) }, schedule: false, supervise: true });
  boss.on('error', (error: unknown) => {
    log.error(error, 'job queue error');
  });
  try {
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 0, expireInHours: job.expireInHours });
    }
    return boss;
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Starts one pg-boss instance for the given periodic jobs. Nodes starting at the same moment on a fresh database
 * race to install pg-boss's schema and create the queues (a lost race is an error or a deadlock); a failed start is
 * retried after a short, growing, jittered pause.
 */
export async function startJobQueue(db: Db, jobs: readonly PeriodicJob[], options: { log: JobQueueLog; pollingIntervalSeconds?: number }): Promise<JobQueue> {
  const { log } = options;
  let boss: PgBoss | undefined;
  for (let attempt = 1; boss === undefined; attempt++) {
    try {
      boss = await startBoss(db, jobs, log);
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt + Math.floor(Math.random() * 500)));
    }
  }
  const started = boss;
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
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
