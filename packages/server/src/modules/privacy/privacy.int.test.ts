import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';
import type { TLogEntry } from './privacy.schemas.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const sessions: Record<string, TestSession> = {};
type WorldUser = 'chainDirector' | 'officer' | 'careWorker' | 'privacyOfficer' | 'admin';

async function as(user: WorldUser) {
  sessions[user] ??= await login(app, world[user].id);
  return sessions[user];
}

interface SearchResult {
  entries: TLogEntry[];
  nextCursor: string | null;
  matchedSubjects: number | null;
}

async function search(params: Record<string, string | number>, user: WorldUser = 'privacyOfficer') {
  return api(app, await as(user), 'POST', '/privacy/log-entries/_zoek', params);
}

async function registerAndRead(fullName: string, birthDate: string, parentName: string) {
  const body = registrationBody(world.table.id, birthDate);
  const created = await api(app, await as('officer'), 'POST', '/cases', {
    ...body,
    subject: { ...body.subject, fullName },
    legalRepresentatives: [{ ...body.legalRepresentatives[0], fullName: parentName }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json<{ id: string }>();
  expect((await api(app, await as('chainDirector'), 'GET', `/cases/${id}`)).statusCode).toBe(200);
  return id;
}

let caseId: string;
let otherCaseId: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, new TestClock(new Date()));
  caseId = await registerAndRead('Sanne de Wit', '2011-04-02', 'Karin de Wit');
  otherCaseId = await registerAndRead('Sanne de Wit', '2012-09-09', 'Peter Zwart');
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('X-1 the privacy officer searches the log by data subject (keyed hash)', () => {
  it('finds who read a case by the subject’s exact name and birth date, and only that subject', async () => {
    const response = await search({ subjectName: '  sanne   DE wit ', subjectBirthDate: '2011-04-02' });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<SearchResult>();
    expect(result.matchedSubjects).toBe(1);
    const reads = result.entries.filter((e) => e.action === 'case.read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ recordType: 'case', recordId: caseId, role: 'chain-director', outcome: 'allowed', activityId: expect.any(String) as string });
    expect(reads[0]?.organisation?.id).toBe(world.municipality.id);
    expect(result.entries.some((e) => e.action === 'case.register' && e.recordId === caseId)).toBe(true);
    expect(result.entries.some((e) => e.recordId === otherCaseId)).toBe(false);
  });

  it('finds a legal representative by name (their birth date is not recorded)', async () => {
    const result = (await search({ subjectRole: 'legal-representative', subjectName: 'Karin de Wit' })).json<SearchResult>();
    expect(result.matchedSubjects).toBe(1);
    expect(result.entries.some((e) => e.action === 'case.register' && e.recordId === caseId)).toBe(true);
    expect(result.entries.some((e) => e.recordId === otherCaseId)).toBe(false);
  });

  it('returns no case content and no names or hashes of subjects', async () => {
    const response = await search({ subjectName: 'Sanne de Wit', subjectBirthDate: '2011-04-02' });
    const body = response.body;
    for (const secret of ['Sanne', 'Karin', '2011-04-02', 'Overlast', '06-12345678', 'Teststad']) expect(body).not.toContain(secret);
    const hashes = await db.selectFrom('processing_log').select('subject_hashes').execute();
    for (const hash of hashes.flatMap((h) => h.subject_hashes)) expect(body).not.toContain(hash);
    const keys = Object.keys(response.json<SearchResult>().entries[0] ?? {}).sort();
    expect(keys).toEqual(['action', 'activityId', 'at', 'legalGround', 'operationId', 'organisation', 'outcome', 'purpose', 'recordId', 'recordType', 'role', 'userName']);
  });

  it('filters by user, organisation, period and action, and pages with a cursor', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const byAction = (await search({ action: 'case.register', organisationId: world.police.id, from: today, to: today })).json<SearchResult>();
    expect(byAction.entries.map((e) => e.recordId).sort()).toEqual([caseId, otherCaseId].sort());
    expect((await search({ action: 'case.register', to: '2020-01-01' })).json<SearchResult>().entries).toEqual([]);
    const director = await db.selectFrom('users').select('display_name').where('id', '=', world.chainDirector.id).executeTakeFirstOrThrow();
    const byUser = (await search({ userName: director.display_name.slice(0, -2).toLowerCase() })).json<SearchResult>();
    expect(byUser.entries.length).toBeGreaterThan(0);
    expect(byUser.entries.every((e) => e.userName === director.display_name)).toBe(true);

    const first = (await search({ limit: 2 })).json<SearchResult>();
    expect(first.entries).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (await search({ limit: 2, cursor: first.nextCursor ?? '' })).json<SearchResult>();
    expect(second.entries.map((e) => e.operationId)).not.toContain(first.entries[0]?.operationId);
  });

  it('refuses incomplete subject searches and a period that ends before it starts', async () => {
    expect((await search({ subjectName: 'Sanne de Wit' })).statusCode).toBe(400);
    expect((await search({ from: '2026-02-01', to: '2026-01-01' })).statusCode).toBe(400);
  });

  it('refuses every other role (403), and logs the attempt as denied', async () => {
    for (const user of ['chainDirector', 'officer', 'careWorker', 'admin'] as const) {
      const response = await search({ subjectName: 'Sanne de Wit', subjectBirthDate: '2011-04-02' }, user);
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('case.read');
      expect((await api(app, await as(user), 'GET', '/privacy/log-integrity')).statusCode).toBe(403);
      expect((await api(app, await as(user), 'GET', '/privacy/log-filter-options')).statusCode).toBe(403);
      const denied = await db
        .selectFrom('user_audit_log as a')
        .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
        .select(['a.action', 'p.status', 'p.subject_hashes'])
        .where('a.user_id', '=', world[user].id)
        .where('a.outcome', '=', 'denied')
        .execute();
      expect(denied.map((d) => d.action).sort()).toEqual(['log.search', 'log.search', 'log.verify']);
      expect(denied.every((d) => d.status === 'denied' && d.subject_hashes.length === 0)).toBe(true);
    }
  });

  it('logs the search itself, with the subject as keyed hash, so a later search shows it', async () => {
    await search({ subjectName: 'Sanne de Wit', subjectBirthDate: '2011-04-02' });
    const row = await db
      .selectFrom('user_audit_log as a')
      .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
      .select(['a.action', 'a.purpose', 'p.activity_id', 'p.subject_hashes'])
      .where('a.user_id', '=', world.privacyOfficer.id)
      .orderBy('a.id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'log.search', activity_id: 'privacy-supervision' });
    expect(row.subject_hashes).toHaveLength(1);
    const later = (await search({ subjectName: 'Sanne de Wit', subjectBirthDate: '2011-04-02', action: 'log.search' })).json<SearchResult>();
    expect(later.entries.length).toBeGreaterThan(0);
    expect(later.entries[0]).toMatchObject({ role: 'privacy-officer', activityId: 'privacy-supervision' });
  });

  it('X-4 a deleted subject (log key gone) can no longer be found; the log rows stay', async () => {
    const logRows = await db.selectFrom('processing_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const subject = await db.selectFrom('cases').select('subject_id').where('id', '=', otherCaseId).executeTakeFirstOrThrow();
    await db.deleteFrom('cases').where('id', '=', otherCaseId).execute();
    await db.deleteFrom('subjects').where('id', '=', subject.subject_id ?? '').execute();
    const result = (await search({ subjectName: 'Sanne de Wit', subjectBirthDate: '2012-09-09' })).json<SearchResult>();
    expect(result).toMatchObject({ matchedSubjects: 0, entries: [] });
    const parent = (await search({ subjectRole: 'legal-representative', subjectName: 'Peter Zwart' })).json<SearchResult>();
    expect(parent).toMatchObject({ matchedSubjects: 0, entries: [] });
    const after = await db.selectFrom('processing_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBeGreaterThan(Number(logRows.n));
  });
});

describe('X-1 tamper evidence, for the privacy officer', () => {
  it('reports intact chains, and the first broken row after a change', async () => {
    const intact = await api(app, await as('privacyOfficer'), 'GET', '/privacy/log-integrity');
    expect(intact.statusCode, intact.body).toBe(200);
    expect(intact.json()).toMatchObject({ intact: true, firstBreak: null });
    const victim = await db.selectFrom('user_audit_log').select(['id', 'chain']).orderBy('id').limit(1).executeTakeFirstOrThrow();
    await db.updateTable('user_audit_log').set({ purpose: 'iets anders' }).where('id', '=', victim.id).execute();
    const broken = await api(app, await as('privacyOfficer'), 'GET', '/privacy/log-integrity');
    expect(broken.json()).toMatchObject({ intact: false, firstBreak: { table: 'user_audit_log', chain: victim.chain, id: victim.id, reason: 'row-hash-mismatch' } });
  });

  it('offers the organisations and the logged actions as search filters', async () => {
    const options = (await api(app, await as('privacyOfficer'), 'GET', '/privacy/log-filter-options')).json<{ organisations: { id: string }[]; actions: string[] }>();
    expect(options.organisations.map((o) => o.id)).toContain(world.police.id);
    expect(options.actions).toEqual(expect.arrayContaining(['case.read', 'case.register', 'log.search']));
  });
});
