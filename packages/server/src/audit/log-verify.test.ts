import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { createDb, type Db } from '../db/database.ts';
import * as foundation from '../db/migrations/2026-11-23T0500-foundation.ts';
import * as logChainHeads from '../db/migrations/2026-11-23T0600-log-chain-heads.ts';
import * as logRecord from '../db/migrations/2026-11-23T0810-log-record.ts';
import { createTestDatabase } from '../test/database.ts';
import { withDatabase } from '../test/global-setup.ts';
import type { Actor } from '../auth/actor.ts';
import { recordProcessing } from './audit.service.ts';
import { lockChainHeads } from './audit.repository.ts';
import { chainHash, processingLogFields, userAuditFields } from './log-hash.ts';
import { verifyLogChains, verifyLogChainsInNode, type ChainBreak, type LogTable } from './log-verify.ts';
import { chainHeads, checkAnchor } from './log-anchor.ts';

/** Both implementations (in PostgreSQL and in Node) must reach the same verdict. */
async function verifyBoth(database: Db) {
  const [inDatabase, inNode] = await Promise.all([verifyLogChains(database), verifyLogChainsInNode(database)]);
  expect(inDatabase.firstBreak).toEqual(inNode.firstBreak);
  // Node stops at the first break; the rows it counts are those it checked.
  if (inDatabase.firstBreak === undefined) expect(inDatabase.rows).toBe(inNode.rows);
  return inDatabase;
}

/** The oracle for a break: the row's chain and its 1-based position among its chain's rows in id order. */
async function breakAt(database: Db, table: LogTable, id: string, reason: ChainBreak['reason']): Promise<ChainBreak> {
  const row = await sql<{ chain: number; sequence: string }>`
    SELECT chain, (SELECT count(*) FROM ${sql.table(table)} s WHERE s.chain = r.chain AND s.id <= r.id) AS sequence FROM ${sql.table(table)} r WHERE id = ${id}`.execute(database);
  const found = row.rows[0];
  if (!found) throw new Error(`row ${id} not found`);
  return { table, chain: found.chain, sequence: Number(found.sequence), id, reason };
}

function actorFor(i: number): Actor {
  return { userId: randomUUID(), displayName: `Medewerker ${String(i)} José`, organisationId: randomUUID(), organisationName: 'Org', role: 'chain-director', tableIds: [], mfa: true, authMethod: 'demo' };
}

/**
 * Writes one operation the way the code before migration 2026-11-23T0810 did (hash version 1, no hash_version or
 * record column yet), so the test starts from a database with old rows in every chain.
 */
async function writeVersion1(database: Db, i: number, subjectIds: string[]): Promise<void> {
  await database.transaction().execute(async (trx) => {
    const chain = i % 8;
    const heads = await lockChainHeads(trx, chain, subjectIds);
    const now = new Date(Date.parse('2026-11-01T10:00:00.000Z') + i * 1001);
    const row = {
      trace_id: randomBytes(16).toString('hex'), span_id: randomBytes(8).toString('hex'), parent_span_id: i % 3 === 0 ? null : randomBytes(8).toString('hex'),
      operation_id: randomUUID(), operation_name: 'case.read', started_at: now, ended_at: now, status: 'ok', activity_id: 'zvt-registration',
      subject_hashes: [...heads.subjectHashes].sort(), subject_count: subjectIds.length,
    };
    const audit = {
      operation_id: row.operation_id, at: now, user_id: i % 4 === 0 ? null : randomUUID(), user_name: `Oud ${String(i)}`, organisation_id: i % 4 === 0 ? null : randomUUID(),
      role: 'chain-director', action: 'case.read', record_type: 'case', record_id: i % 2 === 0 ? null : randomUUID(), purpose: 'Doel', legal_ground: 'Grondslag', outcome: 'allowed',
    };
    await sql`INSERT INTO processing_log (chain, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subject_hashes, subject_count, prev_hash, row_hash)
      VALUES (${chain}, ${row.trace_id}, ${row.span_id}, ${row.parent_span_id}, ${row.operation_id}, ${row.operation_name}, ${now}, ${now}, ${row.status}, ${row.activity_id},
        ${row.subject_hashes}::text[], ${row.subject_count}, ${heads.processingHead}, ${chainHash(heads.processingHead, processingLogFields(row))})`.execute(trx);
    await sql`INSERT INTO user_audit_log (chain, operation_id, at, user_id, user_name, organisation_id, role, action, record_type, record_id, purpose, legal_ground, outcome, prev_hash, row_hash)
      VALUES (${chain}, ${audit.operation_id}, ${now}, ${audit.user_id}, ${audit.user_name}, ${audit.organisation_id}, ${audit.role}, ${audit.action}, ${audit.record_type},
        ${audit.record_id}, ${audit.purpose}, ${audit.legal_ground}, ${audit.outcome}, ${heads.auditHead}, ${chainHash(heads.auditHead, userAuditFields(audit))})`.execute(trx);
  });
}

async function writeVersion2(database: Db, i: number, subjectIds: string[]): Promise<void> {
  await database.transaction().execute((trx) =>
    recordProcessing(trx, actorFor(i), { traceId: `trace${String(i)}`, spanId: `span${String(i)}` }, {
      action: 'case.read',
      activity: 'zvt-registration',
      recordType: 'case',
      recordId: i % 2 === 0 ? null : randomUUID(),
      subjectIds,
      ...(i % 5 === 0 ? { startedAt: new Date(Date.now() - 1234) } : {}),
      outcome: i % 7 === 0 ? 'denied' : 'allowed',
    }),
  );
}

/** A database migrated up to the log tables, old rows written, then migration 0810 applied, then new rows written. */
async function createMigratedDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const maintenanceUrl = inject('pgMaintenanceUrl');
  const name = `kt_test_logv_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = createDb(withDatabase(maintenanceUrl, name), { max: 6 });
  await foundation.up(database);
  await logChainHeads.up(database);
  // Spaced ids leave room to insert a forged row between two rows of a chain.
  await sql`ALTER SEQUENCE processing_log_id_seq INCREMENT BY 10`.execute(database);
  await sql`ALTER SEQUENCE user_audit_log_id_seq INCREMENT BY 10`.execute(database);
  const subject = await database.insertInto('subjects').values({ full_name: 'A', birth_date: '2010-01-01', municipality: 'X' }).returning('id').executeTakeFirstOrThrow();
  for (let i = 0; i < 40; i++) await writeVersion1(database, i, i % 2 === 0 ? [subject.id] : []);
  await logRecord.up(database);
  for (let i = 40; i < 100; i++) await writeVersion2(database, i, i % 2 === 0 ? [subject.id] : []);
  return {
    db: database,
    drop: async () => {
      await database.destroy();
      const client = new pg.Client({ connectionString: maintenanceUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createMigratedDatabase());
}, 120_000);
afterAll(async () => {
  await drop();
});

/** The id of a row of the given hash version, `skip` rows into that version (in id order). */
async function rowOf(table: LogTable, version: 1 | 2, skip = 3): Promise<{ id: string; chain: number }> {
  const result = await sql<{ id: string; chain: number }>`SELECT id, chain FROM ${sql.table(table)} WHERE hash_version = ${version} ORDER BY id OFFSET ${skip} LIMIT 1`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('no row');
  return row;
}

/**
 * Changes one column of one row with `change` (an SQL expression over the column), checks that both verifiers name
 * exactly that row, and restores the column to its value from before.
 */
async function expectTamperDetected(table: LogTable, version: 1 | 2, column: string, change: string, reason: ChainBreak['reason'] = 'row-hash-mismatch', skip = 3) {
  const victim = await rowOf(table, version, skip);
  const col = sql.ref(column);
  const before = await sql<{ old: unknown }>`SELECT ${col} AS old FROM ${sql.table(table)} WHERE id = ${victim.id}`.execute(db);
  await sql`UPDATE ${sql.table(table)} SET ${col} = ${sql.raw(change)} WHERE id = ${victim.id}`.execute(db);
  try {
    const changed = await sql<{ changed: boolean }>`SELECT ${col} IS DISTINCT FROM ${before.rows[0]?.old} AS changed FROM ${sql.table(table)} WHERE id = ${victim.id}`.execute(db);
    expect(changed.rows[0]?.changed, `${table}.${column} was not changed by ${change}`).toBe(true);
    const result = await verifyBoth(db);
    expect(result.firstBreak, `${table}.${column} (version ${String(version)})`).toEqual(await breakAt(db, table, victim.id, reason));
  } finally {
    await sql`UPDATE ${sql.table(table)} SET ${col} = ${before.rows[0]?.old} WHERE id = ${victim.id}`.execute(db);
  }
  expect((await verifyBoth(db)).firstBreak).toBeUndefined();
}

const PROCESSING_CHANGES: readonly (readonly [string, string, string?])[] = [
  ['trace_id', "trace_id || 'x'"],
  ['span_id', "span_id || '0'"],
  ['parent_span_id', "coalesce(parent_span_id || '0', 'nieuw')"],
  ['operation_id', 'gen_random_uuid()'],
  ['operation_name', "'case.list'"],
  ['started_at', "started_at + interval '1 millisecond'"],
  ['ended_at', "ended_at - interval '1 second'"],
  ['status', "'error'"],
  ['activity_id', "'privacy-supervision'"],
  ['subject_hashes', "subject_hashes || 'ab'::text"],
  ['subject_count', 'subject_count + 1'],
  ['row_hash', "md5(row_hash) || md5(row_hash)"],
  ['hash_version', '3 - hash_version'],
];
const AUDIT_CHANGES: readonly (readonly [string, string])[] = [
  ['operation_id', 'gen_random_uuid()'],
  ['at', "at + interval '1 millisecond'"],
  ['user_id', "CASE WHEN user_id IS NULL THEN gen_random_uuid() ELSE NULL END"],
  ['user_name', "user_name || ' '"],
  ['organisation_id', 'gen_random_uuid()'],
  ['role', "'privacy-officer'"],
  ['action', "'case.list'"],
  ['record_type', "'subject'"],
  ['record_id', "coalesce(record_id || '1', '1')"],
  ['purpose', "purpose || '.'"],
  ['legal_ground', "legal_ground || 'é'"],
  ['outcome', "CASE WHEN outcome = 'allowed' THEN 'denied' ELSE 'allowed' END"],
  ['hash_version', '3 - hash_version'],
];

describe('X-1 tamper evidence of the logs', () => {
  it('verifies intact chains over both logs, rows of hash version 1 (before the migration) and 2 (after) in the same chains', async () => {
    const versions = await sql<{ version: number; n: string }>`SELECT hash_version AS version, count(*) AS n FROM processing_log GROUP BY 1 ORDER BY 1`.execute(db);
    expect(versions.rows.map((r) => [r.version, Number(r.n)])).toEqual([[1, 40], [2, 60]]);
    const result = await verifyBoth(db);
    expect(result.firstBreak).toBeUndefined();
    expect(result.rows).toBe(200);
  });

  it('stays intact under concurrent writers (the chain lock is taken before the head is read)', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction().execute((trx) =>
          recordProcessing(trx, actorFor(i), { traceId: `parallel${String(i % 3)}`, spanId: 'same' }, {
            action: 'case.list',
            activity: 'zvt-registration',
            recordType: 'case',
            recordId: null,
            outcome: 'allowed',
          }),
        ),
      ),
    );
    const result = await verifyBoth(db);
    expect(result.firstBreak).toBeUndefined();
    expect(result.rows).toBe(280);
  });

  for (const version of [1, 2] as const) {
    it(`names the changed row for a change to any stored field of the processing log (hash version ${String(version)})`, async () => {
      for (const [column, change] of PROCESSING_CHANGES) await expectTamperDetected('processing_log', version, column, change);
    });

    it(`names the changed row for a change to any stored field of the user audit log (hash version ${String(version)})`, async () => {
      for (const [column, change] of AUDIT_CHANGES) await expectTamperDetected('user_audit_log', version, column, change);
    });

    it(`names the row after a changed previous hash, and a row moved to another chain (hash version ${String(version)})`, async () => {
      await expectTamperDetected('processing_log', version, 'prev_hash', "md5(prev_hash) || md5(prev_hash)", 'prev-hash-mismatch');
      // Not a chain's first row: that one, moved to a chain that starts later, would be a valid first row there.
      await expectTamperDetected('user_audit_log', version, 'chain', '(chain + 1) % 8', 'prev-hash-mismatch', 20);
    });
  }

  it('detects a change of one microsecond in a version-2 timestamp (version 1 hashed milliseconds only)', async () => {
    await expectTamperDetected('processing_log', 2, 'started_at', "started_at + interval '1 microsecond'");
    await expectTamperDetected('user_audit_log', 2, 'at', "at - interval '1 microsecond'");
  });

  it('names the row after a forged row inserted into a chain (with a valid hash of its own)', async () => {
    for (const table of ['processing_log', 'user_audit_log'] as const) {
      const rows = await sql<{ id: string; chain: number; row_hash: string }>`SELECT id, chain, row_hash FROM ${sql.table(table)} WHERE chain = 2 ORDER BY id`.execute(db);
      const [, before, after] = rows.rows;
      if (!before || !after) throw new Error('chain too short');
      const forgedId = String(BigInt(after.id) - 1n);
      if (table === 'processing_log') {
        const row = { trace_id: 'f', span_id: 'f', parent_span_id: null, operation_id: randomUUID(), operation_name: 'case.read', started_at: '2026-11-02T10:00:00.000Z', ended_at: '2026-11-02T10:00:00.000Z', status: 'ok', activity_id: 'zvt-registration', subject_hashes: [] as string[], subject_count: 0 };
        await sql`INSERT INTO processing_log (id, chain, hash_version, trace_id, span_id, parent_span_id, operation_id, operation_name, started_at, ended_at, status, activity_id, subject_hashes, subject_count, prev_hash, row_hash)
          VALUES (${forgedId}, 2, 1, ${row.trace_id}, ${row.span_id}, NULL, ${row.operation_id}, ${row.operation_name}, ${row.started_at}, ${row.ended_at}, ${row.status}, ${row.activity_id}, '{}', 0,
            ${before.row_hash}, ${chainHash(before.row_hash, processingLogFields(row))})`.execute(db);
      } else {
        const audit = { operation_id: randomUUID(), at: '2026-11-02T10:00:00.000Z', user_id: null, user_name: 'vals', organisation_id: null, role: 'chain-director', action: 'case.read', record_type: 'case', record_id: null, purpose: 'p', legal_ground: 'g', outcome: 'allowed' };
        await sql`INSERT INTO user_audit_log (id, chain, hash_version, operation_id, at, user_id, user_name, organisation_id, role, action, record_type, record_id, purpose, legal_ground, outcome, prev_hash, row_hash)
          VALUES (${forgedId}, 2, 1, ${audit.operation_id}, ${audit.at}, NULL, ${audit.user_name}, NULL, ${audit.role}, ${audit.action}, ${audit.record_type}, NULL, ${audit.purpose}, ${audit.legal_ground}, ${audit.outcome},
            ${before.row_hash}, ${chainHash(before.row_hash, userAuditFields(audit))})`.execute(db);
      }
      const result = await verifyBoth(db);
      expect(result.firstBreak).toEqual(await breakAt(db, table, after.id, 'prev-hash-mismatch'));
      await sql`DELETE FROM ${sql.table(table)} WHERE id = ${forgedId}`.execute(db);
      expect((await verifyBoth(db)).firstBreak).toBeUndefined();
    }
  });

  it('names the first of two rows of a chain that swapped places', async () => {
    const rows = await sql<{ id: string }>`SELECT id FROM user_audit_log WHERE chain = 5 ORDER BY id`.execute(db);
    const [, a, b] = rows.rows;
    if (!a || !b) throw new Error('chain too short');
    const swap = async () => {
      await db.transaction().execute(async (trx) => {
        await sql`UPDATE user_audit_log SET id = -1 WHERE id = ${a.id}`.execute(trx);
        await sql`UPDATE user_audit_log SET id = ${a.id} WHERE id = ${b.id}`.execute(trx);
        await sql`UPDATE user_audit_log SET id = ${b.id} WHERE id = -1`.execute(trx);
      });
    };
    await swap();
    const result = await verifyBoth(db);
    expect(result.firstBreak).toEqual(await breakAt(db, 'user_audit_log', a.id, 'prev-hash-mismatch'));
    await swap();
    expect((await verifyBoth(db)).firstBreak).toBeUndefined();
  });

  it('notices a removed row in the user audit log (a new row), naming the next row of its chain, and an identical re-insert heals it', async () => {
    const victim = await rowOf('user_audit_log', 2, 5);
    const next = await sql<{ id: string }>`SELECT id FROM user_audit_log WHERE chain = ${victim.chain} AND id > ${victim.id} ORDER BY id LIMIT 1`.execute(db);
    const nextId = next.rows[0]?.id;
    if (nextId === undefined) throw new Error('victim is a chain head');
    const { record: _record, ...row } = await db.selectFrom('user_audit_log').selectAll().where('id', '=', victim.id).executeTakeFirstOrThrow();
    await sql`DELETE FROM user_audit_log WHERE id = ${victim.id}`.execute(db);
    const result = await verifyBoth(db);
    expect(result.firstBreak).toEqual(await breakAt(db, 'user_audit_log', nextId, 'prev-hash-mismatch'));
    await db.insertInto('user_audit_log').values(row).execute();
    expect((await verifyBoth(db)).firstBreak).toBeUndefined();
  });

  // Last: deletes for good.
  it('notices a removed row in the processing log (an old row), naming the next row of its chain', async () => {
    const victim = await rowOf('processing_log', 1, 5);
    const next = await sql<{ id: string }>`SELECT id FROM processing_log WHERE chain = ${victim.chain} AND id > ${victim.id} ORDER BY id LIMIT 1`.execute(db);
    const nextId = next.rows[0]?.id;
    if (nextId === undefined) throw new Error('victim is a chain head');
    await sql`DELETE FROM processing_log WHERE id = ${victim.id}`.execute(db);
    const result = await verifyBoth(db);
    expect(result.firstBreak).toEqual(await breakAt(db, 'processing_log', nextId, 'prev-hash-mismatch'));
  });
});

describe('X-1 tamper evidence: the definition that generates the stored record', () => {
  let fresh: Db;
  let dropFresh: () => Promise<void>;
  beforeAll(async () => {
    ({ db: fresh, drop: dropFresh } = await createTestDatabase());
    for (let i = 0; i < 24; i++) await writeVersion2(fresh, i, []);
    expect((await verifyBoth(fresh)).firstBreak).toBeUndefined();
  });
  afterAll(async () => {
    await dropFresh();
  });

  async function firstVersion2(table: LogTable) {
    const row = await sql<{ id: string }>`SELECT min(id) AS id FROM ${sql.table(table)}`.execute(fresh);
    return row.rows[0]?.id ?? '';
  }

  it('a record expression altered to keep a changed row\'s old record is caught in the catalog (Node still sees the changed row)', async () => {
    const victim = await sql<{ id: string; record: string }>`SELECT id, record FROM user_audit_log ORDER BY id OFFSET 7 LIMIT 1`.execute(fresh);
    const { id, record } = victim.rows[0] ?? { id: '', record: '' };
    const expression = await sql<{ expr: string }>`
      SELECT pg_get_expr(d.adbin, d.adrelid) AS expr FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
      WHERE d.adrelid = 'user_audit_log'::regclass AND a.attname = 'record'`.execute(fresh);
    const original = expression.rows[0]?.expr ?? '';
    await sql`ALTER TABLE user_audit_log ALTER COLUMN record SET EXPRESSION AS (CASE WHEN user_name = 'Vervalst' THEN ${sql.lit(record)} ELSE ${sql.raw(original)} END)`.execute(fresh);
    await sql`UPDATE user_audit_log SET user_name = 'Vervalst' WHERE id = ${id}`.execute(fresh);
    expect((await sql<{ record: string }>`SELECT record FROM user_audit_log WHERE id = ${id}`.execute(fresh)).rows[0]?.record).toBe(record);

    const [inDatabase, inNode] = await Promise.all([verifyLogChains(fresh), verifyLogChainsInNode(fresh)]);
    expect(inDatabase.firstBreak).toEqual(await breakAt(fresh, 'user_audit_log', await firstVersion2('user_audit_log'), 'definition-changed'));
    expect(inNode.firstBreak).toEqual(await breakAt(fresh, 'user_audit_log', id, 'row-hash-mismatch'));
  });

  it('a record column turned into a plain column (DROP EXPRESSION) is caught in the catalog', async () => {
    await sql`ALTER TABLE processing_log ALTER COLUMN record DROP EXPRESSION`.execute(fresh);
    const victim = await sql<{ id: string }>`SELECT id FROM processing_log ORDER BY id OFFSET 3 LIMIT 1`.execute(fresh);
    await sql`UPDATE processing_log SET status = 'error' WHERE id = ${victim.rows[0]?.id ?? ''}`.execute(fresh);
    const [inDatabase, inNode] = await Promise.all([verifyLogChains(fresh), verifyLogChainsInNode(fresh)]);
    expect(inDatabase.firstBreak).toEqual(await breakAt(fresh, 'processing_log', await firstVersion2('processing_log'), 'definition-changed'));
    expect(inNode.firstBreak).toEqual(await breakAt(fresh, 'processing_log', victim.rows[0]?.id ?? '', 'row-hash-mismatch'));
  });

  it('a replaced helper function of the record expression is caught in the catalog', async () => {
    const { db: other, drop: dropOther } = await createTestDatabase();
    try {
      await writeVersion2(other, 1, []);
      expect((await verifyLogChains(other)).firstBreak).toBeUndefined();
      await sql`CREATE OR REPLACE FUNCTION kt_log_text_array(text[]) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN '{}'`.execute(other);
      const first = await sql<{ id: string }>`SELECT min(id) AS id FROM processing_log`.execute(other);
      expect((await verifyLogChains(other)).firstBreak).toEqual(await breakAt(other, 'processing_log', first.rows[0]?.id ?? '', 'definition-changed'));
    } finally {
      await dropOther();
    }
  });
});

describe('X-1 tamper evidence: chain heads anchored outside the database', () => {
  it('catches removed rows at the end of a chain, which chain verification alone cannot', async () => {
    const { db: other, drop: dropOther } = await createTestDatabase();
    try {
      for (let i = 0; i < 20; i++) await writeVersion2(other, i, []);
      const anchor = { createdAt: new Date().toISOString(), heads: await chainHeads(other) };
      expect(anchor.heads.length).toBeGreaterThan(2);
      expect(await checkAnchor(other, anchor)).toEqual([]);
      for (let i = 20; i < 30; i++) await writeVersion2(other, i, []);
      expect(await checkAnchor(other, anchor)).toEqual([]); // later rows do not disturb an anchor

      const tail = await sql<{ id: string; chain: number }>`SELECT id, chain FROM user_audit_log ORDER BY id DESC LIMIT 1`.execute(other);
      const { id, chain } = tail.rows[0] ?? { id: '', chain: -1 };
      const all = await sql<{ id: string }>`SELECT id FROM user_audit_log WHERE chain = ${chain} AND id >= (SELECT max(a.id) FROM user_audit_log a WHERE a.chain = ${chain} AND a.id <= ${anchor.heads.find((h) => h.table === 'user_audit_log' && h.chain === chain)?.id ?? '0'})`.execute(other);
      await sql`DELETE FROM user_audit_log WHERE chain = ${chain} AND id = ANY(${all.rows.map((r) => r.id)}::bigint[])`.execute(other);
      expect((await verifyBoth(other)).firstBreak).toBeUndefined(); // a chain cut short still verifies
      const mismatches = await checkAnchor(other, anchor);
      expect(mismatches).toEqual([{ head: anchor.heads.find((h) => h.table === 'user_audit_log' && h.chain === chain), reason: 'missing' }]);
      expect(id).not.toBe('');
    } finally {
      await dropOther();
    }
  });
});
