import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDb, type Db } from './database.ts';
import { createTestDatabase } from '../test/database.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('the connection pool', () => {
  it('survives the server ending an idle connection: reported, dropped, and the next query gets a new one', async () => {
    const lost: Error[] = [];
    const db: Db = createDb(database.url, { max: 1, onIdleError: (error) => lost.push(error) });
    try {
      const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]?.pid;
      // The one pooled connection is idle now; end it from another session, as a restart or an operator would.
      await sql`SELECT pg_terminate_backend(${pid})`.execute(database.db);
      await expect.poll(() => lost.length).toBe(1);
      expect(lost[0]?.message).toMatch(/terminating connection/);
      const next = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]?.pid;
      expect(next).not.toBe(pid);
    } finally {
      await db.destroy();
    }
  });
});
