import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../test/database.ts';
import type { Db } from '../db/database.ts';
import { CASE_RECORDS, CASE_RETENTION_RECORDS } from './retention.repository.ts';

// The retention job can only remove what it knows of. These tests read the migrated schema itself, so a table
// added later that holds a case's rows, without a place in the job's lists, fails here rather than outliving the
// retention term unnoticed.
let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => {
  await drop();
});

interface ForeignKey {
  table: string;
  column: string;
  on_delete: string;
}

async function foreignKeysTo(table: string): Promise<ForeignKey[]> {
  const result = await sql<ForeignKey>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column,
      CASE c.confdeltype WHEN 'c' THEN 'cascade' WHEN 'r' THEN 'restrict' WHEN 'n' THEN 'set null' WHEN 'a' THEN 'no action' ELSE 'set default' END AS on_delete
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = ${table}::regclass
    ORDER BY 1, 2`.execute(db);
  return result.rows;
}

describe('X-4 every table holding a case\'s rows is known to the retention job', () => {
  it('X-4: each foreign key to cases is a case record (removed on inactivation and deletion) or a retention record', async () => {
    const known = new Set([...CASE_RECORDS.map((r) => r.table), ...CASE_RETENTION_RECORDS]);
    const unknown = (await foreignKeysTo('cases')).filter((fk) => !known.has(fk.table));
    expect(unknown, 'tabellen met een verwijzing naar cases die de bewaarjob niet kent').toEqual([]);
  });

  it('X-4: case records refer to their case by case_id, so the job\'s set-based deletes find them', async () => {
    const keys = await foreignKeysTo('cases');
    for (const record of CASE_RECORDS) {
      expect(keys.filter((k) => k.table === record.table).map((k) => k.column), record.table).toContain('case_id');
    }
  });

  it('X-4: retention records go with the case row (ON DELETE CASCADE), so final deletion leaves none behind', async () => {
    const keys = await foreignKeysTo('cases');
    for (const table of CASE_RETENTION_RECORDS) {
      expect(keys.find((k) => k.table === table)?.on_delete, table).toBe('cascade');
    }
  });

  it('X-4: only cases and group members refer to a subject, so deleting a subject with its key leaves no row pointing to the person', async () => {
    const referring = [...new Set((await foreignKeysTo('subjects')).map((k) => k.table))];
    // A group member's subject goes with the member row (trigger of migration 2026-11-23T1010-groups, ADR 0017).
    expect(referring).toEqual(['cases', 'group_members']);
  });
});
