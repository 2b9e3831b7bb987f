import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: TestSession;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, new TestClock(new Date('2026-11-23T10:00:00Z')));
  admin = await login(app, world.admin.id);
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('application administration (X-2: administrators manage, never see case content)', () => {
  it('creates an organisation, a table with partners and a user with tables', async () => {
    const org = await api(app, admin, 'POST', '/admin/organisations', { name: 'Reclassering Testregio', kind: 'probation' });
    expect(org.statusCode, org.body).toBe(201);
    const orgId = org.json<{ id: string }>().id;
    const table = await api(app, admin, 'POST', '/admin/tables', {
      name: 'Zorg- en Veiligheidstafel Testdorp',
      code: 'TSTD',
      municipality: 'Testdorp',
      organisationId: world.municipality.id,
      processKey: 'zvt',
      processVersion: 1,
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
      partnerIds: [orgId, world.police.id],
    });
    expect(table.statusCode, table.body).toBe(201);
    const tableId = table.json<{ id: string }>().id;
    const user = await api(app, admin, 'POST', '/admin/users', { displayName: 'Nieuwe Collega', email: 'Nieuw@Test.example', role: 'partner-professional', organisationId: orgId, tableIds: [tableId] });
    expect(user.statusCode, user.body).toBe(201);
    expect(user.json<{ email: string; tableIds: string[] }>()).toMatchObject({ email: 'nieuw@test.example', tableIds: [tableId] });
    const duplicate = await api(app, admin, 'POST', '/admin/users', { displayName: 'Dubbel', email: 'nieuw@test.example', role: 'privacy-officer', organisationId: orgId, tableIds: [] });
    expect(duplicate.statusCode).toBe(409);
  });

  it('refuses an unknown process version and a term that ends before it starts', async () => {
    const base = { name: 'Tafel X', code: 'TX', municipality: 'X', organisationId: world.municipality.id, processKey: 'zvt', processVersion: 1, termStart: '2026-01-01', termEnd: '2027-01-01', partnerIds: [] };
    expect((await api(app, admin, 'POST', '/admin/tables', { ...base, processVersion: 99 })).statusCode).toBe(400);
    expect((await api(app, admin, 'POST', '/admin/tables', { ...base, termEnd: '2025-12-31' })).statusCode).toBe(400);
  });

  it('disabling a user ends their sessions', async () => {
    const session = await login(app, world.otherOfficer.id);
    const response = await api(app, admin, 'PATCH', `/admin/users/${world.otherOfficer.id}`, { active: false });
    expect(response.statusCode).toBe(200);
    expect((await api(app, session, 'GET', '/session')).statusCode).toBe(401);
  });

  it('other roles cannot administer', async () => {
    const director = await login(app, world.chainDirector.id);
    expect((await api(app, director, 'GET', '/admin/users')).statusCode).toBe(403);
    expect((await api(app, director, 'POST', '/admin/organisations', { name: 'Sneaky', kind: 'other' })).statusCode).toBe(403);
  });
});

describe('no self-granted access (X-2)', () => {
  it('an administrator cannot change their own role or tables', async () => {
    const response = await api(app, admin, 'PATCH', `/admin/users/${world.admin.id}`, { role: 'chain-director', tableIds: [world.table.id] });
    expect(response.statusCode).toBe(422);
    const row = await db.selectFrom('users').select('role').where('id', '=', world.admin.id).executeTakeFirstOrThrow();
    expect(row.role).toBe('application-administrator');
  });

  it('a chain director belongs to the organisation that runs the table', async () => {
    const response = await api(app, admin, 'POST', '/admin/users', { displayName: 'Politieregisseur', email: 'regie@politie.example', role: 'chain-director', organisationId: world.police.id, tableIds: [world.table.id] });
    expect(response.statusCode).toBe(422);
    const ok = await api(app, admin, 'POST', '/admin/users', { displayName: 'Gemeenteregisseur', email: 'regie@gemeente.example', role: 'chain-director', organisationId: world.municipality.id, tableIds: [world.table.id] });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
