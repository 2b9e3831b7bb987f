import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const sessions: Record<string, TestSession> = {};

async function as(user: keyof typeof world & ('chainDirector' | 'otherChainDirector' | 'officer' | 'otherOfficer' | 'careWorker' | 'privacyOfficer' | 'admin')) {
  sessions[user] ??= await login(app, world[user].id);
  return sessions[user];
}

async function register(birthDate: string, facts: Parameters<typeof registrationBody>[2] = {}) {
  const response = await api(app, await as('officer'), 'POST', '/cases', registrationBody(world.table.id, birthDate, facts));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; reference: string }>();
}

async function count(table: 'cases' | 'subjects' | 'contributions' | 'legal_representatives' | 'processing_log' | 'user_audit_log' | 'informing_tasks' | 'partner_queries') {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});
beforeEach(() => {
  clock.set('2026-11-23T10:00:00+01:00');
});

describe('ZVT-1.1 registration', () => {
  it('stores only DAT data and the criteria facts, each as a contribution owned by the referrer', async () => {
    const created = await register('2010-05-01');
    const contributions = await db.selectFrom('contributions').selectAll().where('case_id', '=', created.id).execute();
    expect(contributions.map((c) => [c.kind, c.category]).sort()).toEqual([
      ['criteria-care', 'care'],
      ['criteria-criminal', 'criminal'],
      ['criteria-other', 'other'],
      ['registration-reason', 'identifying'],
    ]);
    expect(new Set(contributions.map((c) => c.owner_organisation_id))).toEqual(new Set([world.police.id]));
    const row = await db.selectFrom('cases').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.phase).toBe('1');
    expect(row.direction_organisation_id).toBe(world.police.id);
  });

  it('X-1 writes the processing log (keyed subject hash, no user) and the user audit log in the same transaction', async () => {
    const created = await register('2010-05-02');
    const audit = await db.selectFrom('user_audit_log').selectAll().where('record_id', '=', created.id).where('action', '=', 'case.register').executeTakeFirstOrThrow();
    expect(audit.user_id).toBe(world.officer.id);
    expect(audit.organisation_id).toBe(world.police.id);
    const processing = await db.selectFrom('processing_log').selectAll().where('operation_id', '=', audit.operation_id).execute();
    expect(processing).toHaveLength(1);
    expect(processing[0]?.subject_hashes).toHaveLength(2); // the subject and one legal representative
    expect(processing[0]?.subject_hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(processing[0]?.activity_id).toBe('zvt-registration');
    expect(Object.keys(processing[0] ?? {})).not.toContain('user_id');
    expect(JSON.stringify(processing)).not.toContain(world.officer.id);
  });

  it('refuses invalid input with problem+json and writes nothing', async () => {
    const before = await Promise.all([count('cases'), count('subjects'), count('contributions'), count('processing_log')]);
    const body = registrationBody(world.table.id, '2010-05-01');
    const response = await api(app, await as('officer'), 'POST', '/cases', {
      ...body,
      subject: { ...body.subject, birthDate: '2010-02-30' },
      facts: { ...body.facts, partOfYouthNetwork: 'misschien' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ status: number; title: string; detail: string; errors: { field: string }[] }>();
    expect(problem.status).toBe(400);
    expect(problem.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['body.subject.birthDate', 'body.facts.partOfYouthNetwork']));
    expect(await Promise.all([count('cases'), count('subjects'), count('contributions'), count('processing_log')])).toEqual(before);
  });

  it('refuses a birth date in the future and a table the user does not belong to', async () => {
    const future = await api(app, await as('officer'), 'POST', '/cases', registrationBody(world.table.id, '2026-11-24'));
    expect(future.statusCode).toBe(400);
    const otherTable = await api(app, await as('officer'), 'POST', '/cases', registrationBody(world.otherTable.id, '2010-01-01'));
    expect(otherTable.statusCode).toBe(400);
  });

  it('accepts no fields beyond the registration form (no free-text history)', async () => {
    const response = await api(app, await as('officer'), 'POST', '/cases', { ...registrationBody(world.table.id, '2010-05-03'), history: 'lange voorgeschiedenis' });
    expect(response.statusCode).toBe(201);
    const stored = await db.selectFrom('contributions').select('content').where('case_id', '=', response.json<{ id: string }>().id).execute();
    expect(JSON.stringify(stored)).not.toContain('voorgeschiedenis');
  });

  it('only partner professionals register; a chain director cannot', async () => {
    const response = await api(app, await as('chainDirector'), 'POST', '/cases', registrationBody(world.table.id, '2010-01-01'));
    expect(response.statusCode).toBe(403);
  });

  it('ZVT-1.3 a group is not registered here: the old group-scan registration is refused with a pointer to /groups', async () => {
    const before = await count('cases');
    const response = await api(app, await as('officer'), 'POST', '/cases', {
      kind: 'group-scan',
      tableId: world.table.id,
      group: { name: 'Stationsplein', area: 'Centrum' },
      reason: 'Groepsscan politie: overlast en intimidatie rond het station.',
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ detail: string; errors: { field: string }[] }>();
    expect(problem.detail).toContain('/groups');
    expect(problem.errors[0]?.field).toBe('body.kind');
    expect(await count('cases')).toBe(before);
  });
});

describe('X-2 access to registrations (ZVT-2A.1: chain director and referrer only)', () => {
  it('the referrer and the table’s chain director see the case; nobody else, and a denial looks like not-found', async () => {
    const created = await register('2011-01-01');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await api(app, await as('officer'), 'GET', `/cases/${created.id}`)).statusCode).toBe(200);
    expect((await api(app, await as('chainDirector'), 'GET', `/cases/${created.id}`)).statusCode).toBe(200);
    const notFound = await api(app, await as('otherOfficer'), 'GET', `/cases/${missing}`);
    for (const user of ['otherOfficer', 'careWorker', 'otherChainDirector', 'privacyOfficer', 'admin'] as const) {
      const response = await api(app, await as(user), 'GET', `/cases/${created.id}`);
      expect(response.statusCode, user).toBe(404);
      expect(response.json<{ detail: string }>().detail).toBe(notFound.json<{ detail: string }>().detail);
      const list = await api(app, await as(user), 'GET', '/cases');
      expect(list.json<{ cases: { id: string }[] }>().cases.map((c) => c.id)).not.toContain(created.id);
    }
  });

  it('logs denied attempts too', async () => {
    const created = await register('2011-01-02');
    await api(app, await as('careWorker'), 'GET', `/cases/${created.id}`);
    const denied = await db.selectFrom('user_audit_log').selectAll().where('record_id', '=', created.id).where('outcome', '=', 'denied').execute();
    expect(denied.map((d) => d.user_id)).toContain(world.careWorker.id);
    const processing = await db.selectFrom('processing_log').select('status').where('operation_id', '=', denied[0]?.operation_id ?? '').execute();
    expect(processing.map((p) => p.status)).toEqual(['denied']);
  });

  it('requires a session', async () => {
    const response = await api(app, undefined, 'GET', '/cases');
    expect(response.statusCode).toBe(401);
  });
});

describe('ZVT-1.2 assessment and ZVT-1.3 decision', () => {
  it('shows the computed assessment as a proposal to the chain director only', async () => {
    const created = await register('2010-05-01', { areaSafetyProblem: 'yes' });
    const assessment = await api(app, await as('chainDirector'), 'GET', `/cases/${created.id}/assessment`);
    expect(assessment.statusCode).toBe(200);
    const body = assessment.json<{ outcome: string; proposal: string; criteria: { id: string; result: string }[] }>();
    expect(body.outcome).toBe('eligible');
    expect(body.proposal).toBe('admitted');
    expect(body.criteria.map((c) => c.result)).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect((await api(app, await as('officer'), 'GET', `/cases/${created.id}/assessment`)).statusCode).toBe(403);
  });

  it('admitted → 2A with an informing task for the referrer', async () => {
    const created = await register('2010-05-01');
    const decision = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, { decision: 'admitted' });
    expect(decision.statusCode, decision.body).toBe(200);
    expect(decision.json<{ phase: string }>().phase).toBe('2A');
    const detail = (await api(app, await as('officer'), 'GET', `/cases/${created.id}`)).json<{ phase: string; informingTask: { status: string; responsibleOrganisation: string } }>();
    expect(detail.phase).toBe('2A');
    expect(detail.informingTask.status).toBe('open');
    expect(detail.informingTask.responsibleOrganisation).toBe(world.police.name);
  });

  it('a decision that differs from the proposal needs a recorded reason', async () => {
    const created = await register('2010-05-01', { careSafetyCooperationNeeded: 'no' });
    const without = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, { decision: 'admitted' });
    expect(without.statusCode).toBe(400);
    const withReason = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, {
      decision: 'admitted',
      reason: 'Volgens het wijkteam is samenwerking wel nodig; aanmelder onderschatte dit.',
    });
    expect(withReason.statusCode).toBe(200);
    const stored = await db.selectFrom('admission_decisions').selectAll().where('case_id', '=', created.id).executeTakeFirstOrThrow();
    expect(stored.proposal).toBe('not-admitted');
    expect(stored.decision).toBe('admitted');
    expect(stored.reason).toContain('wijkteam');
  });

  it('not admitted: the personal data are deleted for real and the referrer gets the advice by reference only', async () => {
    const created = await register('2010-05-01', { careSafetyCooperationNeeded: 'no' });
    const subject = await db.selectFrom('cases').select('subject_id').where('id', '=', created.id).executeTakeFirstOrThrow();
    const response = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, {
      decision: 'not-admitted',
      advice: 'Bespreek de zorgen in het reguliere overleg met school.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ deleted: boolean; reference: string }>()).toMatchObject({ deleted: true, reference: created.reference });
    expect(await db.selectFrom('cases').select('id').where('id', '=', created.id).execute()).toEqual([]);
    expect(await db.selectFrom('subjects').select('id').where('id', '=', subject.subject_id ?? '').execute()).toEqual([]);
    expect(await db.selectFrom('contributions').select('id').where('case_id', '=', created.id).execute()).toEqual([]);
    expect(await db.selectFrom('legal_representatives').select('id').where('case_id', '=', created.id).execute()).toEqual([]);
    const notices = (await api(app, await as('officer'), 'GET', '/notices')).json<{ notices: { reference: string; message: string }[] }>();
    const notice = notices.notices.find((n) => n.reference === created.reference);
    expect(notice?.message).toContain('reguliere overleg');
    expect(notice?.message).not.toContain('Testpersoon');
    const stats = await db.selectFrom('case_statistics').selectAll().where('outcome', '=', 'not-admitted').execute();
    expect(stats.reduce((n, s) => n + s.count, 0)).toBeGreaterThanOrEqual(1);
    expect((await api(app, await as('chainDirector'), 'GET', `/cases/${created.id}`)).statusCode).toBe(404);
  });

  it('insufficient data → 2A with a targeted data request, which must be described', async () => {
    const created = await register('2010-05-01', { partOfYouthNetwork: 'unknown' });
    const without = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, { decision: 'insufficient-data' });
    expect(without.statusCode).toBe(400);
    const response = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, {
      decision: 'insufficient-data',
      dataRequest: 'Politie: is de jeugdige bekend als lid van een jeugdnetwerk?',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ phase: string }>().phase).toBe('2A');
  });

  it('group scan → 2B; an individual registration cannot go to 2B', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    const group = await api(app, await as('officer'), 'POST', '/groups', {
      tableId: world.table.id,
      name: 'Parkbankjes',
      area: 'Noord',
      reason: 'Groepsscan politie: vernielingen in het park.',
      members: [{ fullName: 'Testlid Park', birthDate: '2010-02-02' }],
      scanDocument: { fileName: 'scan.pdf', contentType: 'application/pdf', contentBase64: pdf },
    });
    expect(group.statusCode, group.body).toBe(201);
    const groupId = group.json<{ id: string }>().id;
    const decided = await api(app, await as('chainDirector'), 'POST', `/cases/${groupId}/admission-decision`, { decision: 'group-scan' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<{ phase: string }>().phase).toBe('2B');
    const individual = await register('2010-05-01');
    const refused = await api(app, await as('chainDirector'), 'POST', `/cases/${individual.id}/admission-decision`, { decision: 'group-scan', reason: 'Probeer groepsaanpak voor deze persoon.' });
    expect(refused.statusCode).toBe(422);
  });

  it('cannot decide twice', async () => {
    const created = await register('2010-05-01');
    await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, { decision: 'admitted' });
    const again = await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, { decision: 'admitted' });
    expect(again.statusCode).toBe(403);
  });
});

describe('ZVT-1.4 informing', () => {
  const complete = { contentItems: [] as string[], consentAsked: false, consentGiven: 'not-applicable' };

  async function admitted(birthDate: string) {
    const created = await register(birthDate);
    await api(app, await as('chainDirector'), 'POST', `/cases/${created.id}/admission-decision`, { decision: 'admitted' });
    const detail = (await api(app, await as('officer'), 'GET', `/cases/${created.id}`)).json<{ informingTask: { requiredRecipientsToday: string[] } }>();
    return { ...created, detail };
  }

  async function contentIds(): Promise<string[]> {
    const { INFORMING_CONTENT_ITEMS } = await import('@ketentafel/domain');
    return INFORMING_CONTENT_ITEMS.map((i) => i.id);
  }

  it('determines recipients on the actual informing date: 16th birthday between admission and informing', async () => {
    // Born 2010-11-25: 15 on 2026-11-23 (both), 16 from 2026-11-25 (subject only).
    const c = await admitted('2010-11-25');
    expect(c.detail.informingTask.requiredRecipientsToday).toEqual(['subject', 'legalRepresentatives']);
    clock.set('2026-11-26T09:00:00+01:00');
    const dayBefore = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/completion`, { ...complete, contentItems: await contentIds(), informedOn: '2026-11-25' });
    expect(dayBefore.statusCode, dayBefore.body).toBe(200);
    expect(dayBefore.json<{ recipients: string[] }>().recipients).toEqual(['subject']);
    const stored = await db.selectFrom('informing_tasks').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(stored.informed_on).toBe('2026-11-25');
    expect(stored.recipients).toEqual(['subject']);
  });

  it('the day before the 16th birthday both the young person and the legal representatives must be informed', async () => {
    const c = await admitted('2010-11-25');
    const response = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/completion`, { ...complete, contentItems: await contentIds(), informedOn: '2026-11-23' });
    expect(response.json<{ recipients: string[] }>().recipients).toEqual(['subject', 'legalRepresentatives']);
  });

  it('under 12: legal representatives only', async () => {
    const c = await admitted('2014-11-24');
    expect(c.detail.informingTask.requiredRecipientsToday).toEqual(['legalRepresentatives']);
  });

  it('refuses an informing date in the future, before registration, or incomplete content', async () => {
    const c = await admitted('2010-01-01');
    const ids = await contentIds();
    const future = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/completion`, { ...complete, contentItems: ids, informedOn: '2026-11-24' });
    expect(future.statusCode).toBe(400);
    const before = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/completion`, { ...complete, contentItems: ids, informedOn: '2026-11-22' });
    expect(before.statusCode).toBe(400);
    const partial = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/completion`, { ...complete, contentItems: ids.slice(1), informedOn: '2026-11-23' });
    expect(partial.statusCode).toBe(422);
  });

  it('partner queries of 2A are blocked until informing is done or deferred with a motivation', async () => {
    const c = await admitted('2010-01-01');
    const query = { organisationId: world.youthCare.id, question: 'Is deze jeugdige bij u bekend, en wilt u gegevens delen?', deadline: '2026-12-07' };
    const blocked = await api(app, await as('chainDirector'), 'POST', `/cases/${c.id}/partner-queries`, query);
    expect(blocked.statusCode).toBe(422);
    expect(await db.selectFrom('partner_queries').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    const shortMotivation = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/deferral`, { ground: 'third-party-interests', motivation: 'Te kort', plannedOn: '2026-12-15' });
    expect(shortMotivation.statusCode).toBe(400);
    const pastDate = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/deferral`, { ground: 'third-party-interests', motivation: 'Informeren zou de aangifte van een slachtoffer in gevaar brengen.', plannedOn: '2026-11-23' });
    expect(pastDate.statusCode).toBe(422);
    const deferred = await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/deferral`, { ground: 'third-party-interests', motivation: 'Informeren zou de aangifte van een slachtoffer in gevaar brengen.', plannedOn: '2026-12-15' });
    expect(deferred.statusCode, deferred.body).toBe(200);
    const sent = await api(app, await as('chainDirector'), 'POST', `/cases/${c.id}/partner-queries`, query);
    expect(sent.statusCode, sent.body).toBe(201);
    const detail = (await api(app, await as('chainDirector'), 'GET', `/cases/${c.id}`)).json<{ informingTask: { status: string; plannedOn: string } }>();
    expect(detail.informingTask).toMatchObject({ status: 'deferred', plannedOn: '2026-12-15' });
  });

  it('a partner query goes only to a partner of the table', async () => {
    const c = await admitted('2010-01-01');
    await api(app, await as('officer'), 'POST', `/cases/${c.id}/informing-task/completion`, { ...complete, contentItems: await contentIds(), informedOn: '2026-11-23' });
    const outsider = await api(app, await as('chainDirector'), 'POST', `/cases/${c.id}/partner-queries`, { organisationId: world.outsider.id, question: 'Is deze jeugdige bij u bekend?', deadline: '2026-12-07' });
    expect(outsider.statusCode).toBe(400);
  });
});

describe('sessions and CSRF', () => {
  it('refuses a state-changing request without the CSRF token or from another origin', async () => {
    const session = await as('officer');
    const noToken = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: registrationBody(world.table.id, '2010-01-01'), headers: { cookie: session.cookie, origin: 'http://localhost:3000' } });
    expect(noToken.statusCode).toBe(403);
    const foreign = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: registrationBody(world.table.id, '2010-01-01'), headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);
  });

  it('sets an HttpOnly SameSite session cookie and security headers', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/demo-sessions', payload: { userId: world.officer.id }, headers: { origin: 'http://localhost:3000' } });
    const cookie = response.cookies[0];
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('logout ends the session server-side', async () => {
    const session = await login(app, world.careWorker.id);
    expect((await api(app, session, 'DELETE', '/session')).statusCode).toBe(204);
    expect((await api(app, session, 'GET', '/session')).statusCode).toBe(401);
  });
});
