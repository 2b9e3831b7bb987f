import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { createTestDatabase } from '../test/database.ts';
import { buildOrganisation, buildTable, buildUser } from '../test/factories.ts';
import { recordProcessing } from './audit.service.ts';
import { verifyLogChains, verifyLogChainsInNode } from './log-verify.ts';

/** Both implementations (in PostgreSQL and in Node) must reach the same verdict. */
async function verifyBoth(database: Db) {
  const [inDatabase, inNode] = await Promise.all([verifyLogChains(database), verifyLogChainsInNode(database)]);
  expect(inDatabase.firstBreak).toEqual(inNode.firstBreak);
  return inDatabase;
}
import type { Actor } from '../auth/actor.ts';

let db: Db;
let drop: () => Promise<void>;
let actor: Actor;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  const org = await buildOrganisation(db);
  const table = await buildTable(db, { organisationId: org.id, partnerIds: [org.id] });
  const user = await buildUser(db, { organisationId: org.id, role: 'chain-director', tableIds: [table.id] });
  actor = { userId: user.id, displayName: 'Tester', organisationId: org.id, organisationName: 'Org', role: 'chain-director', tableIds: [table.id], mfa: true, authMethod: 'demo' };
  const subject = await db.insertInto('subjects').values({ full_name: 'A', birth_date: '2010-01-01', municipality: 'X' }).returning('id').executeTakeFirstOrThrow();
  for (let i = 0; i < 60; i++) {
    await db.transaction().execute((trx) =>
      recordProcessing(trx, actor, { traceId: `trace${String(i)}`, spanId: `span${String(i)}` }, {
        action: 'case.read',
        activity: 'zvt-registration',
        recordType: 'case',
        recordId: null,
        subjectIds: i % 2 === 0 ? [subject.id] : [],
        outcome: 'allowed',
      }),
    );
  }
});
afterAll(async () => {
  await drop();
});

describe('X-1 tamper evidence of the logs', () => {
  it('verifies intact chains over both logs', async () => {
    const result = await verifyBoth(db);
    expect(result.firstBreak).toBeUndefined();
    expect(result.rows).toBe(120);
  });


  it('stays intact under concurrent writers (the chain lock is taken before the head is read)', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction().execute((trx) =>
          recordProcessing(trx, actor, { traceId: `parallel${String(i % 3)}`, spanId: 'same' }, {
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
    expect(result.rows).toBe(200);
  });

  it('names the first changed row', async () => {
    const victim = await db.selectFrom('user_audit_log').select(['id', 'chain']).orderBy('id').offset(10).limit(1).executeTakeFirstOrThrow();
    await db.updateTable('user_audit_log').set({ action: 'case.list' }).where('id', '=', victim.id).execute();
    const result = await verifyBoth(db);
    expect(result.firstBreak).toEqual({ table: 'user_audit_log', chain: victim.chain, id: victim.id, reason: 'row-hash-mismatch' });
    await db.updateTable('user_audit_log').set({ action: 'case.read' }).where('id', '=', victim.id).execute();
  });

  it('notices a removed row', async () => {
    const victim = await db.selectFrom('processing_log').select(['id', 'chain']).orderBy('id').offset(5).limit(1).executeTakeFirstOrThrow();
    const next = await db.selectFrom('processing_log').select('id').where('chain', '=', victim.chain).where('id', '>', victim.id).orderBy('id').limit(1).executeTakeFirst();
    await sql`DELETE FROM processing_log WHERE id = ${victim.id}`.execute(db);
    const result = await verifyBoth(db);
    expect(result.firstBreak?.reason).toBe(next ? 'prev-hash-mismatch' : undefined);
    if (next) expect(result.firstBreak?.id).toBe(next.id);
  });
});
