import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildTable, buildUser, buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, login, TestClock, type TestSession } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: TestSession;
const clock = new TestClock(new Date('2026-03-01T10:00:00+01:00'));

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
  admin = await login(app, world.admin.id);
});
afterAll(async () => {
  await app.close();
  await drop();
});

const tableInput = (code: string) => ({ name: `Tafel ${code}`, code, municipality: 'Teststad', organisationId: world.municipality.id, processKey: 'zvt', processVersion: 1, termStart: '2026-01-01', partnerIds: [world.police.id] });

describe('ZVT-E.2 table term and open cases at its end', () => {
  it('ZVT-E.2: a new table runs for the covenant\'s two years unless told otherwise, and closes by default', async () => {
    const created = await api(app, admin, 'POST', '/admin/tables', tableInput('TTA'));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ termEnd: '2027-12-31', termEndRule: 'close-and-apply-retention', successorTableId: null });
  });

  it('ZVT-E.2: a transfer needs a successor table with the same process; closing takes none', async () => {
    expect((await api(app, admin, 'POST', '/admin/tables', { ...tableInput('TTB'), termEndRule: 'transfer-to-successor' })).statusCode).toBe(400);
    const successor = await api(app, admin, 'POST', '/admin/tables', tableInput('TTC'));
    const successorId = successor.json<{ id: string }>().id;
    expect((await api(app, admin, 'POST', '/admin/tables', { ...tableInput('TTD'), termEndRule: 'close-and-apply-retention', successorTableId: successorId })).statusCode).toBe(400);
    const ok = await api(app, admin, 'POST', '/admin/tables', { ...tableInput('TTE'), termEndRule: 'transfer-to-successor', successorTableId: successorId });
    expect(ok.statusCode, ok.body).toBe(201);
    const selfSuccessor = await api(app, admin, 'PATCH', `/admin/tables/${ok.json<{ id: string }>().id}`, { successorTableId: ok.json<{ id: string }>().id });
    expect(selfSuccessor.statusCode).toBe(400);
    const extended = await api(app, admin, 'PATCH', `/admin/tables/${ok.json<{ id: string }>().id}`, { termEnd: '2028-12-31' });
    expect(extended.json()).toMatchObject({ termEnd: '2028-12-31', termEndRule: 'transfer-to-successor', successorTableId: successorId });
  });

  it('ZVT-E.2: the chain director sees the term state, the rule and the open cases; a warning three months before the end', async () => {
    const table = await buildTable(db, { organisationId: world.municipality.id, partnerIds: [world.police.id], termStart: '2026-01-01', termEnd: '2026-05-31' });
    const director = await buildUser(db, { organisationId: world.municipality.id, role: 'chain-director', tableIds: [table.id] });
    const officer = await buildUser(db, { organisationId: world.police.id, role: 'partner-professional', tableIds: [table.id] });
    const officerSession = await login(app, officer.id);
    expect((await api(app, officerSession, 'POST', '/cases', registrationBody(table.id, '2010-01-01'))).statusCode).toBe(201);
    const session = await login(app, director.id);
    clock.set('2026-02-27T10:00:00+01:00');
    const before = (await api(app, session, 'GET', '/tables')).json<{ tables: { termStatus: { state: string }; openCases: number | null; termEndRule: string }[] }>();
    expect(before.tables[0]).toMatchObject({ termStatus: { state: 'running' }, openCases: 1, termEndRule: 'close-and-apply-retention' });
    clock.set('2026-02-28T10:00:00+01:00');
    const warned = (await api(app, session, 'GET', '/tables')).json<{ tables: { termStatus: { state: string; warnFrom: string } }[] }>();
    expect(warned.tables[0]?.termStatus).toMatchObject({ state: 'ending-soon', warnFrom: '2026-02-28' });
    // A partner professional sees the term, but no count of the table's cases.
    expect((await api(app, officerSession, 'GET', '/tables')).json<{ tables: { openCases: number | null }[] }>().tables[0]?.openCases).toBeNull();
    clock.set('2026-06-01T10:00:00+02:00');
    expect((await api(app, officerSession, 'POST', '/cases', registrationBody(table.id, '2010-01-01'))).statusCode).toBe(422);
  });

  it('ZVT-E.2: after the end, open cases move to the successor with their process version; only then, and only with that rule', async () => {
    clock.set('2026-03-01T10:00:00+01:00');
    const successor = await buildTable(db, { organisationId: world.municipality.id, partnerIds: [world.police.id], termStart: '2026-06-01', termEnd: '2028-05-31' });
    const table = await buildTable(db, { organisationId: world.municipality.id, partnerIds: [world.police.id], termStart: '2026-01-01', termEnd: '2026-05-31' });
    await db.updateTable('tables').set({ open_cases_at_term_end: 'transfer-to-successor', successor_table_id: successor.id }).where('id', '=', table.id).execute();
    const director = await buildUser(db, { organisationId: world.municipality.id, role: 'chain-director', tableIds: [table.id] });
    const officer = await buildUser(db, { organisationId: world.police.id, role: 'partner-professional', tableIds: [table.id, successor.id] });
    const officerSession = await login(app, officer.id);
    const open = (await api(app, officerSession, 'POST', '/cases', registrationBody(table.id, '2010-01-01'))).json<{ id: string }>().id;
    const ended = (await api(app, officerSession, 'POST', '/cases', registrationBody(table.id, '2010-01-01'))).json<{ id: string }>().id;
    await db.updateTable('cases').set({ end_state: 'scaled-down', ended_on: '2026-04-01', scale_down_on: '2026-03-15' }).where('id', '=', ended).execute();
    const session = await login(app, director.id);
    expect((await api(app, session, 'POST', `/tables/${table.id}/case-transfers`)).statusCode).toBe(422);
    clock.set('2026-06-01T10:00:00+02:00');
    const transfer = await api(app, session, 'POST', `/tables/${table.id}/case-transfers`);
    expect(transfer.statusCode, transfer.body).toBe(201);
    expect(transfer.json()).toMatchObject({ transferred: 1, successorTable: { id: successor.id } });
    const rows = await db.selectFrom('cases').select(['id', 'table_id', 'process_version']).where('id', 'in', [open, ended]).execute();
    expect(rows.find((r) => r.id === open)).toMatchObject({ table_id: successor.id, process_version: 1 });
    expect(rows.find((r) => r.id === ended)?.table_id).toBe(table.id);
    expect((await api(app, await login(app, world.chainDirector.id), 'POST', `/tables/${table.id}/case-transfers`)).statusCode).toBe(404);
  });
});
