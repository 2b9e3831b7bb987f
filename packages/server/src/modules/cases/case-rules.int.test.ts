import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { INFORMING_CONTENT_ITEMS } from '@ketentafel/domain';
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
beforeEach(() => {
  clock.set('2026-11-23T10:00:00+01:00');
});

async function admitted(birthDate: string) {
  const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, birthDate));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  await api(app, director, 'POST', `/cases/${id}/admission-decision`, { decision: 'admitted' });
  return id;
}

describe('ZVT-1.1 legal representatives: exactly when they may have to be informed', () => {
  it('requires at least one under 16 (the day before the 16th birthday)', async () => {
    const body = { ...registrationBody(world.table.id, '2010-11-24'), legalRepresentatives: [] };
    const response = await api(app, officer, 'POST', '/cases', body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.legalRepresentatives');
  });

  it('does not require one from the 16th birthday on', async () => {
    const response = await api(app, officer, 'POST', '/cases', { ...registrationBody(world.table.id, '2010-11-23'), legalRepresentatives: [] });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses them from the 18th birthday on (no unnecessary data about others)', async () => {
    expect((await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2008-11-24'))).statusCode).toBe(201);
    expect((await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2008-11-23'))).statusCode).toBe(400);
  });
});

describe('ZVT-1.3 group scans come from the police, through /groups', () => {
  it('refuses a group scan on the old registration endpoint, for youth care and police alike, pointing to /groups', async () => {
    for (const user of [world.careWorker, world.officer]) {
      const session = await login(app, user.id);
      const response = await api(app, session, 'POST', '/cases', { kind: 'group-scan', tableId: world.table.id, group: { name: 'Plein', area: 'Zuid' }, reason: 'Zorgen over een groep jongeren op het plein.' });
      expect(response.statusCode).toBe(422);
      expect(response.json<{ detail: string }>().detail).toContain('/groups');
    }
  });
});

describe('ZVT-1.3 the advice after "not admitted" carries no personal data (ADR 0003)', () => {
  it('refuses advice that names the subject or gives the birth date, and accepts neutral advice', async () => {
    const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-05-01', { careSafetyCooperationNeeded: 'no' }));
    const id = created.json<{ id: string }>().id;
    for (const advice of ['Bespreek Jansen in het zorgoverleg.', 'Jeugdige geboren 01-05-2010: verwijs naar school.', 'Zie 2010-05-01.']) {
      const response = await api(app, director, 'POST', `/cases/${id}/admission-decision`, { decision: 'not-admitted', advice });
      expect(response.statusCode, advice).toBe(400);
    }
    expect(await db.selectFrom('cases').select('id').where('id', '=', id).execute()).toHaveLength(1);
    const ok = await api(app, director, 'POST', `/cases/${id}/admission-decision`, { decision: 'not-admitted', advice: 'Bespreek de zorgen met school en het sociaal team.' });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('a deviating decision needs a real motivation (at least 20 characters)', async () => {
    const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-05-01', { careSafetyCooperationNeeded: 'no' }));
    const id = created.json<{ id: string }>().id;
    expect((await api(app, director, 'POST', `/cases/${id}/admission-decision`, { decision: 'admitted', reason: 'Toch doen.' })).statusCode).toBe(400);
  });
});

describe('ZVT-1.4 deferral is bounded', () => {
  const motivation = 'Informeren nu zou het onderzoek naar een slachtoffer schaden.';

  it('refuses a planned date more than three months ahead; accepts exactly three months', async () => {
    const id = await admitted('2010-01-01');
    const tooLate = await api(app, officer, 'POST', `/cases/${id}/informing-task/deferral`, { ground: 'third-party-interests', motivation, plannedOn: '2027-02-24' });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.plannedOn');
    const onLimit = await api(app, officer, 'POST', `/cases/${id}/informing-task/deferral`, { ground: 'third-party-interests', motivation, plannedOn: '2027-02-23' });
    expect(onLimit.statusCode, onLimit.body).toBe(200);
  });

  it('an overdue deferral blocks partner queries again until informing is recorded', async () => {
    const id = await admitted('2010-01-01');
    await api(app, officer, 'POST', `/cases/${id}/informing-task/deferral`, { ground: 'subject-interest', motivation, plannedOn: '2026-12-01' });
    const query = { organisationId: world.youthCare.id, question: 'Is deze jeugdige bij u bekend?', deadline: '2026-12-20' };
    clock.set('2026-12-01T23:00:00+01:00');
    expect((await api(app, director, 'POST', `/cases/${id}/partner-queries`, query)).statusCode).toBe(201);
    clock.set('2026-12-02T08:00:00+01:00');
    expect((await api(app, director, 'POST', `/cases/${id}/partner-queries`, query)).statusCode).toBe(422);
    const done = await api(app, officer, 'POST', `/cases/${id}/informing-task/completion`, {
      informedOn: '2026-12-02',
      contentItems: INFORMING_CONTENT_ITEMS.map((i) => i.id),
      consentAsked: true,
      consentGiven: 'yes',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await api(app, director, 'POST', `/cases/${id}/partner-queries`, query)).statusCode).toBe(201);
  });
});

describe('X-1 legal representatives are data subjects in the processing log', () => {
  it('logs a keyed hash for the subject and for each representative', async () => {
    const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2012-01-01'));
    const id = created.json<{ id: string }>().id;
    const audit = await db.selectFrom('user_audit_log').select('operation_id').where('record_id', '=', id).where('action', '=', 'case.register').executeTakeFirstOrThrow();
    const row = await db.selectFrom('processing_log').select('subject_hashes').where('operation_id', '=', audit.operation_id).executeTakeFirstOrThrow();
    expect(row.subject_hashes).toHaveLength(2);
  });
});

describe('input hygiene', () => {
  it('refuses control characters with a 400 and writes nothing', async () => {
    const before = await db.selectFrom('cases').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const body = registrationBody(world.table.id, '2010-01-01');
    const response = await api(app, officer, 'POST', '/cases', { ...body, reason: 'Overlast in de wijk\u0000 met anderen.' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.reason');
    const after = await db.selectFrom('cases').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('X-4 / HIA-6 the inactivity clock restarts on a substantive change, not on a read', () => {
  it('reading a case leaves last_substantive_change_at alone; recording informing moves it', async () => {
    const id = await admitted('2010-01-01');
    const before = await db.selectFrom('cases').select('last_substantive_change_at').where('id', '=', id).executeTakeFirstOrThrow();
    clock.set('2026-11-25T10:00:00+01:00');
    expect((await api(app, director, 'GET', `/cases/${id}`)).statusCode).toBe(200);
    const afterRead = await db.selectFrom('cases').select('last_substantive_change_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(afterRead.last_substantive_change_at.getTime()).toBe(before.last_substantive_change_at.getTime());
    const done = await api(app, officer, 'POST', `/cases/${id}/informing-task/completion`, {
      informedOn: '2026-11-25',
      contentItems: INFORMING_CONTENT_ITEMS.map((i) => i.id),
      consentAsked: false,
      consentGiven: 'not-applicable',
    });
    expect(done.statusCode, done.body).toBe(200);
    const afterChange = await db.selectFrom('cases').select('last_substantive_change_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(afterChange.last_substantive_change_at.toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });
});
