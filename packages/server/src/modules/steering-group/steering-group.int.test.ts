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
const summary = 'Twee ketenpartners komen al zes weken niet tot een besluit over wie de casusregie neemt; het plan ligt stil.';
const question = 'Wil de stuurgroep bepalen welke partner de regie neemt?';

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

async function registeredCase(fullName = 'Testpersoon Jansen', birthDate = '2010-03-07') {
  const body = registrationBody(world.table.id, birthDate);
  const created = await api(app, officer, 'POST', '/cases', {
    ...body,
    subject: { ...body.subject, fullName },
    legalRepresentatives: [{ fullName: 'Ouder Bakker', relation: 'parent', contact: 'Dorpsstraat 12, 2181 AB Teststad, 06-12345678' }],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string; reference: string }>();
}

const escalations = (tableId = world.table.id) => `/tables/${tableId}/escalations`;

describe('ZVT-E.1 escalation to the steering group', () => {
  it('ZVT-E.1: refuses a summary with the name, birth date or contact details of the case, per field', async () => {
    const kase = await registeredCase('Sanne de Vries');
    const cases: [string, string, RegExp][] = [
      ['body.summary', `${summary} Het gaat om Sanne.`, /naam/],
      ['body.summary', `${summary} Geboren 7-3-2010.`, /geboortedatum/],
      ['body.question', `${question} Bel moeder op 06 123 456 78.`, /contactgegevens/],
      ['body.summary', `${summary} De vader, dhr. Bakker, werkt niet mee.`, /naam/],
      ['body.summary', `${summary} Woont op postcode 2181 AB.`, /postcode/],
    ];
    for (const [field, text, message] of cases) {
      const payload = { caseId: kase.id, summary, question, [field.slice(5)]: text };
      const response = await api(app, director, 'POST', escalations(), payload);
      expect(response.statusCode, text).toBe(400);
      const problem = response.json<{ errors: { field: string; message: string }[] }>();
      expect(problem.errors.find((e) => e.field === field)?.message).toMatch(message);
    }
    expect(await db.selectFrom('escalations').select('id').where('case_id', '=', kase.id).execute()).toHaveLength(0);
  });

  it('ZVT-E.1: records a pseudonymised escalation by case reference, logged with the case subjects, and the decision later', async () => {
    const kase = await registeredCase();
    const created = await api(app, director, 'POST', escalations(), { caseId: kase.id, summary, question });
    expect(created.statusCode, created.body).toBe(201);
    const escalation = created.json<{ id: string; caseReference: string; decision: unknown }>();
    expect(escalation.caseReference).toBe(kase.reference);
    expect(escalation.decision).toBeNull();
    expect(created.body).not.toContain('Jansen');

    const log = await db
      .selectFrom('user_audit_log as u')
      .innerJoin('processing_log as p', 'p.operation_id', 'u.operation_id')
      .select(['p.activity_id', 'p.subject_count', 'p.subject_hashes'])
      .where('u.action', '=', 'escalation.create')
      .where('u.record_id', '=', escalation.id)
      .executeTakeFirstOrThrow();
    expect(log.activity_id).toBe('zvt-steering-group');
    expect(log.subject_hashes).toHaveLength(2); // the young person and the legal representative

    const base = `${escalations()}/${escalation.id}/decision`;
    expect((await api(app, director, 'POST', base, { decidedOn: '2026-11-24', decision: 'instruction', text: 'De jeugdhulpaanbieder neemt de regie.' })).statusCode).toBe(400);
    expect((await api(app, director, 'POST', base, { decidedOn: '2026-11-22', decision: 'instruction', text: 'De jeugdhulpaanbieder neemt de regie.' })).statusCode).toBe(400);
    const named = await api(app, director, 'POST', base, { decidedOn: '2026-11-23', decision: 'instruction', text: 'Jansen krijgt regie via jeugdhulp.' });
    expect(named.statusCode).toBe(400);
    const decided = await api(app, director, 'POST', base, { decidedOn: '2026-11-23', decision: 'instruction', text: 'De jeugdhulpaanbieder neemt de regie.' });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ decision: { decision: string; decidedOn: string } }>().decision).toMatchObject({ decision: 'instruction', decidedOn: '2026-11-23' });
    expect((await api(app, director, 'POST', base, { decidedOn: '2026-11-23', decision: 'approved', text: 'Nog een keer vastleggen.' })).statusCode).toBe(409);

    const list = await api(app, director, 'GET', escalations());
    expect(list.statusCode).toBe(200);
    const found = list.json<{ escalations: { id: string; decision: { text: string } | null }[] }>().escalations.find((e) => e.id === escalation.id);
    expect(found?.decision?.text).toBe('De jeugdhulpaanbieder neemt de regie.');
  });

  it('ZVT-E.1: only the chain director of the table; a case of another table looks like not-found', async () => {
    const kase = await registeredCase();
    expect((await api(app, officer, 'POST', escalations(), { caseId: kase.id, summary, question })).statusCode).toBe(403);
    expect((await api(app, officer, 'GET', escalations())).statusCode).toBe(403);
    const other = await login(app, world.otherChainDirector.id);
    expect((await api(app, other, 'POST', escalations(), { caseId: kase.id, summary, question })).statusCode).toBe(404);
    expect((await api(app, other, 'POST', escalations(world.otherTable.id), { caseId: kase.id, summary, question })).statusCode).toBe(404);
    const denied = await db.selectFrom('user_audit_log').select('outcome').where('action', '=', 'escalation.create').where('outcome', '=', 'denied').execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('ZVT-E.1: the steering group is recorded by office (mayor, alderman), with seed 004 defaults', async () => {
    const path = `/tables/${world.table.id}/steering-group`;
    const initial = await api(app, director, 'GET', path);
    expect(initial.json<{ members: { role: string; title: string }[] }>().members.map((m) => m.role)).toEqual(['mayor', 'alderman']);
    const updated = await api(app, director, 'PATCH', path, { members: [{ role: 'alderman', title: 'Wethouder Jeugd en Onderwijs' }] });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<{ members: { role: string; title: string }[] }>().members[1]?.title).toBe('Wethouder Jeugd en Onderwijs');
    expect((await api(app, director, 'PATCH', path, { members: [{ role: 'mayor', title: 'A b c' }, { role: 'mayor', title: 'D e f' }] })).statusCode).toBe(400);
  });
});

describe('policy signals without personal data (seed 004, ZVT-E.1, X-5)', () => {
  const signals = () => `/tables/${world.table.id}/policy-signals`;
  const description = 'Groepjes jongeren rond het winkelcentrum na 22 uur; bewoners melden overlast en er is geen jongerenwerk in de avond.';

  it('ZVT-E.1: refuses the name of a person in the table\'s cases and identifying patterns', async () => {
    await registeredCase('Ilias Marouane');
    const named = await api(app, director, 'POST', signals(), { kind: 'neighbourhood-problem', area: 'Centrum', description: `${description} Ook Marouane is erbij.` });
    expect(named.statusCode).toBe(400);
    expect(named.json<{ errors: { field: string; message: string }[] }>().errors[0]).toMatchObject({ field: 'body.description' });
    const address = await api(app, director, 'POST', signals(), { kind: 'neighbourhood-problem', area: 'Kerkstraat 4', description });
    expect(address.statusCode).toBe(400);
    expect(address.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.area');
  });

  it('ZVT-E.1: the chain director records, lists and exports signals; others cannot', async () => {
    const created = await api(app, director, 'POST', signals(), { kind: 'chain-cooperation-gap', area: 'Oost', description });
    expect(created.statusCode, created.body).toBe(201);
    const list = await api(app, director, 'GET', signals());
    expect(list.json<{ signals: { id: string }[] }>().signals.map((s) => s.id)).toContain(created.json<{ id: string }>().id);
    const csv = await api(app, director, 'GET', `${signals()}/csv-export`);
    expect(csv.statusCode).toBe(200);
    const file = csv.json<{ fileName: string; content: string }>();
    expect(file.fileName).toMatch(/^beleidssignalen-2026-11-23\.csv$/);
    expect(file.content.split('\r\n')[0]).toBe('Datum;Soort;Gebied;Omschrijving');
    // The description contains a semicolon, so it is quoted.
    expect(file.content).toContain(`2026-11-23;Lacune in de ketensamenwerking;Oost;"${description}"\r\n`);
    expect((await api(app, officer, 'POST', signals(), { kind: 'other', area: 'Oost', description })).statusCode).toBe(403);
    const other = await login(app, world.otherChainDirector.id);
    expect((await api(app, other, 'GET', signals())).statusCode).toBe(404);
  });
});
