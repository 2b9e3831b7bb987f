import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { createTestDatabase } from '../test/database.ts';
import { buildTestApp, TestClock } from '../test/harness.ts';
import { buildOrganisation, buildUser } from '../test/factories.ts';

let db: Db;
let drop: () => Promise<void>;
const clock = new TestClock(new Date('2026-11-23T10:00:00Z'));

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => {
  await drop();
});

describe('HTTP edge', () => {
  it('serves the OpenAPI 3.1 document with every route', async () => {
    const app = await buildTestApp(db, clock);
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/cases', '/cases/{caseId}', '/cases/{caseId}/admission-decision', '/cases/{caseId}/informing-task/deferral']));
    await app.close();
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const app = await buildTestApp(db, clock);
    const response = await app.inject({ method: 'POST', url: '/api/v1/demo-sessions', payload: '{"userId":', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    await app.close();
  });

  it('has no demo login route when demo login is off', async () => {
    const app = await buildTestApp(db, clock, { KETENTAFEL_DEMO_LOGIN: 'off' });
    const org = await buildOrganisation(db);
    const user = await buildUser(db, { organisationId: org.id, role: 'chain-director', tableIds: [] });
    const response = await app.inject({ method: 'POST', url: '/api/v1/demo-sessions', payload: { userId: user.id }, headers: { origin: 'http://localhost:3000' } });
    expect(response.statusCode).toBe(404);
    expect(response.cookies).toEqual([]);
    const options = await app.inject({ method: 'GET', url: '/api/v1/login-options' });
    expect(options.json<{ demoLogin: boolean; demoUsers: unknown[] }>()).toMatchObject({ demoLogin: false, demoUsers: [] });
    await app.close();
  });

  it('rate-limits login attempts', async () => {
    const app = await buildTestApp(db, clock);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/demo-sessions', payload: { userId: '00000000-0000-4000-8000-000000000000' }, headers: { origin: 'http://localhost:3000' } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    await app.close();
  });
});
