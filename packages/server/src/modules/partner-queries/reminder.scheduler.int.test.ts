import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { TestClock } from '../../test/harness.ts';
import { startRetentionScheduler } from '../../retention/retention.scheduler.ts';
import { startReminderScheduler } from './reminder.scheduler.ts';

let db: Db;
let drop: () => Promise<void>;
const quiet = { info: () => undefined, error: () => undefined };

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => {
  await drop();
});

describe('ZVT-2A.2 reminder schedule next to the retention schedule', () => {
  it('two queues (two nodes) starting at once on a fresh database both come up, register their queues, and leave every pooled connection usable', async () => {
    const ctx = { db, clock: new TestClock(new Date('2026-11-26T09:00:00+01:00')) };
    const [retention, reminders] = await Promise.all([
      startRetentionScheduler(ctx, { intervalMinutes: 60, log: quiet, firstRunAfterMs: 3_600_000 }),
      startReminderScheduler(ctx, quiet, 3_600_000),
    ]);
    try {
      const queues = await sql<{ name: string }>`SELECT name FROM pgboss.queue ORDER BY name`.execute(db);
      expect(queues.rows.map((q) => q.name)).toEqual(expect.arrayContaining(['partner-query-reminders', 'retention-run']));
      // Every connection of the pool (max 5) answers: none was left inside an aborted transaction.
      const results = await Promise.all(Array.from({ length: 10 }, () => sql<{ one: number }>`SELECT 1 AS one`.execute(db)));
      expect(results.map((r) => r.rows[0]?.one)).toEqual(Array.from({ length: 10 }, () => 1));
      const states = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction (aborted)'`.execute(db);
      expect(states.rows[0]?.n).toBe(0);
    } finally {
      await reminders.stop();
      await retention.stop();
    }
  }, 120_000);
});
