import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { createTestDatabase } from '../test/database.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../test/harness.ts';
import { seedDemo } from './demo.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

const userId = async (email: string) => (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

describe('demo data: a table at work on the day it is loaded', () => {
  it('loads once into an empty database, through the real services (every write logged), and not a second time', async () => {
    expect(await seedDemo(db, clock)).toBe(true);
    const logged = await db.selectFrom('processing_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBeGreaterThan(0);
    expect(await seedDemo(db, clock)).toBe(false);
  });

  it('ZVT-2A.2 the chain director finds a young person in triage with one partner query answered and one open', async () => {
    const director = await as(await userId('ketenregisseur@hltsamen.example'));
    const list = await api(app, director, 'GET', '/cases?phase=2A');
    expect(list.statusCode, list.body).toBe(200);
    const triage = list.json<{ cases: { id: string; title: string }[] }>().cases.find((c) => c.title === 'Bram Dekker');
    expect(triage).toBeDefined();
    const detail = await api(app, director, 'GET', `/cases/${triage?.id ?? ''}/triage`);
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.body;
    expect(body).toContain('Leerplicht en RMC Holland Rijnland');
    expect(body).toContain('ambulante gezinsbegeleiding');
    // Youth care answers in its own inbox; school attendance still has the question open.
    const attendance = await as(await userId('leerplicht@rmc.example'));
    const inbox = await api(app, attendance, 'GET', '/partner-queries');
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.body).toContain('Bram Dekker');
  });

  it('ZVT-3A.1 the next meetings are planned, and the first case meeting has a case on its agenda with two partners invited', async () => {
    const director = await as(await userId('ketenregisseur@hltsamen.example'));
    const queue = await api(app, director, 'GET', '/work-queue');
    expect(queue.statusCode, queue.body).toBe(200);
    const next = queue.json<{ nextMeetings: { items: { kind: string; startsOn: string; agendaItemCount: number }[] } }>().nextMeetings.items;
    expect(next.map((m) => [m.kind, m.startsOn])).toContainEqual(['focus', '2026-11-27']);
    const meetings = await api(app, director, 'GET', '/meetings');
    expect(meetings.statusCode, meetings.body).toBe(200);
    const planned = meetings.json<{ meetings: { kind: string; startsOn: string; agendaItemCount: number }[] }>().meetings;
    expect(planned.filter((m) => m.kind === 'case-meeting').map((m) => m.startsOn)).toEqual(['2026-12-03', '2026-12-24', '2027-01-14', '2027-02-04', '2027-02-25', '2027-03-18']);
    expect(planned.find((m) => m.kind === 'case-meeting')).toMatchObject({ agendaItemCount: 1 });
    // A partner that was not invited sees the meeting but not the item (ZVT-3A.1).
    const worker = await as(await userId('jongerenwerker@jongerenwerk.example'));
    const seen = await api(app, worker, 'GET', '/meetings');
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<{ meetings: { kind: string; agendaItemCount: number }[] }>().meetings.find((m) => m.kind === 'case-meeting')).toMatchObject({ agendaItemCount: 0 });
    expect(seen.body).not.toContain('Daan Kuipers');
  });

  it('ZVT-3A.2 a partner professional sees own registrations apart from the cases whose direction the organisation holds', async () => {
    const careWorker = await as(await userId('jeugdhulp@jeugdhulp.example'));
    const list = await api(app, careWorker, 'GET', '/cases');
    expect(list.statusCode, list.body).toBe(200);
    const cases = list.json<{ cases: { title: string; registeredByMe: boolean; directionOrganisation: { name: string } }[] }>().cases;
    expect(cases.map((c) => [c.title, c.registeredByMe]).sort()).toEqual([['Lotte Vermeulen', false], ['Noa Willems', true]]);
    expect(cases.find((c) => c.title === 'Lotte Vermeulen')?.directionOrganisation.name).toBe('Jeugdhulp Duin- en Bollenstreek');
  });
});
