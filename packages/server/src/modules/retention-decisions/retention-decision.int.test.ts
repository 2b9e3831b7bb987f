import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let officer: TestSession;
let director: TestSession;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const motivation = 'Lopende klachtprocedure bij de gemeente; gegevens nodig voor de afhandeling.';

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
  officer = await login(app, world.officer.id);
  director = await login(app, world.chainDirector.id);
});
afterAll(async () => {
  await app.close();
  await drop();
});

async function scaledDownCase() {
  const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-01-01'));
  const id = created.json<{ id: string }>().id;
  // Scale-down itself is issue 4; here the retention schedule is started directly.
  await db.updateTable('cases').set({ phase: '4A', scale_down_on: '2026-11-01' }).where('id', '=', id).execute();
  return id;
}

describe('ZVT-4A.2 exceptions to the retention schedule', () => {
  it('the partner holding direction records one with a motivation and a re-assessment at most six months ahead', async () => {
    const id = await scaledDownCase();
    const tooFar = await api(app, officer, 'POST', `/cases/${id}/retention-exceptions`, { motivation, reassessOn: '2027-05-24' });
    expect(tooFar.statusCode).toBe(422);
    const onLimit = await api(app, officer, 'POST', `/cases/${id}/retention-exceptions`, { motivation, reassessOn: '2027-05-23' });
    expect(onLimit.statusCode, onLimit.body).toBe(201);
    expect(onLimit.json<{ decidedByOrganisation: string }>().decidedByOrganisation).toBe(world.police.name);
    const stored = await db.selectFrom('retention_exceptions').selectAll().where('case_id', '=', id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.decided_by_organisation_id).toBe(world.police.id);
  });

  it('needs a motivation, and is only possible once retention runs', async () => {
    const id = await scaledDownCase();
    expect((await api(app, officer, 'POST', `/cases/${id}/retention-exceptions`, { motivation: 'kort', reassessOn: '2027-01-01' })).statusCode).toBe(400);
    const open = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-01-01'));
    const openId = open.json<{ id: string }>().id;
    expect((await api(app, officer, 'POST', `/cases/${openId}/retention-exceptions`, { motivation, reassessOn: '2027-01-01' })).statusCode).toBe(422);
  });

  it('nobody outside the case can record one, and it looks like not-found', async () => {
    const id = await scaledDownCase();
    const careWorker = await login(app, world.careWorker.id);
    expect((await api(app, careWorker, 'POST', `/cases/${id}/retention-exceptions`, { motivation, reassessOn: '2027-01-01' })).statusCode).toBe(404);
  });
});

describe('legal hold (pauses deletion), visible to the privacy officer without case content', () => {
  it('the chain director places and lifts it; the privacy officer sees it by reference', async () => {
    const id = await scaledDownCase();
    expect((await api(app, officer, 'POST', `/cases/${id}/legal-holds`, { motivation })).statusCode).toBe(403);
    const placed = await api(app, director, 'POST', `/cases/${id}/legal-holds`, { motivation });
    expect(placed.statusCode, placed.body).toBe(201);
    expect((await api(app, director, 'POST', `/cases/${id}/legal-holds`, { motivation })).statusCode).toBe(409);
    const privacy = await login(app, world.privacyOfficer.id);
    const list = await api(app, privacy, 'GET', '/legal-holds');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Testpersoon');
    expect(list.json<{ legalHolds: { id: string; liftedAt: string | null }[] }>().legalHolds.map((h) => h.id)).toContain(placed.json<{ id: string }>().id);
    expect((await api(app, director, 'GET', '/legal-holds')).statusCode).toBe(403);
    const lifted = await api(app, director, 'DELETE', `/cases/${id}/legal-holds/${placed.json<{ id: string }>().id}`);
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json<{ liftedAt: string | null }>().liftedAt).not.toBeNull();
  });
});
