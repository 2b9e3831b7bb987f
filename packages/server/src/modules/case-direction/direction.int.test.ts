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
let otherOfficer: TestSession;
let careWorker: TestSession;
let director: TestSession;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const motivation = 'In het casusoverleg afgesproken: jeugdhulp voert de regie over het plan van aanpak.';
const exception = { motivation: 'Lopende klachtprocedure; gegevens nodig voor de afhandeling ervan.', reassessOn: '2027-03-01' };

interface DirectionView {
  holder: { id: string; name: string };
  transfers: { id: string; from: { id: string }; to: { id: string }; transferredOn: string; motivation: string; recordedBy: string }[];
  candidates: { id: string }[];
  abilities: { transfer: boolean };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  // As in practice (and the demo data), the municipality that runs the table sits at it too.
  await db.insertInto('table_partners').values({ table_id: world.table.id, organisation_id: world.municipality.id }).execute();
  app = await buildTestApp(db, clock);
  officer = await login(app, world.officer.id);
  otherOfficer = await login(app, world.otherOfficer.id);
  careWorker = await login(app, world.careWorker.id);
  director = await login(app, world.chainDirector.id);
});
afterAll(async () => {
  await app.close();
  await drop();
});

/** A case registered by the police officer and put in phase `phase` (the case meeting itself is issue 4). */
async function caseInPhase(phase: string): Promise<string> {
  const created = await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-01-01'));
  const id = created.json<{ id: string }>().id;
  await db.updateTable('cases').set({ phase, registered_on: '2026-10-01' }).where('id', '=', id).execute();
  return id;
}

const transfer = (session: TestSession, id: string, body: Record<string, unknown>) =>
  api(app, session, 'POST', `/cases/${id}/direction-transfers`, { toOrganisationId: world.youthCare.id, transferredOn: '2026-11-20', motivation, ...body });

const fieldsOf = (response: { body: string }) => (JSON.parse(response.body) as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];

describe('ZVT-3A.2 the case shows who holds direction; it starts with the referrer', () => {
  it('ZVT-3A.2: at registration the referrer holds direction; the chain director sees the partners it could pass to, never the municipality', async () => {
    const id = await caseInPhase('3A');
    const detail = await api(app, officer, 'GET', `/cases/${id}`);
    expect(detail.json<{ directionOrganisation: { id: string } }>().directionOrganisation.id).toBe(world.police.id);
    const asDirector = await api(app, director, 'GET', `/cases/${id}/direction`);
    expect(asDirector.statusCode, asDirector.body).toBe(200);
    const view = asDirector.json<DirectionView>();
    expect(view.holder.id).toBe(world.police.id);
    expect(view.abilities.transfer).toBe(true);
    expect(view.candidates.map((c) => c.id)).toEqual([world.youthCare.id]);
    const asReferrer = (await api(app, officer, 'GET', `/cases/${id}/direction`)).json<DirectionView>();
    expect(asReferrer.abilities.transfer).toBe(false);
    expect(asReferrer.candidates).toEqual([]);
  });
});

describe('ZVT-3A.2 transferring direction', () => {
  it('ZVT-3A.2: only the chain director records it; a partner gets 403, someone who cannot see the case 404 (logged as denied)', async () => {
    const id = await caseInPhase('3A');
    expect((await transfer(officer, id, {})).statusCode).toBe(403);
    const hidden = await transfer(careWorker, id, {});
    expect(hidden.statusCode).toBe(404);
    const denied = await db.selectFrom('user_audit_log').select(['outcome']).where('action', '=', 'direction.transfer').where('record_id', '=', id).execute();
    expect(denied).toEqual([{ outcome: 'denied' }]);
    expect((await db.selectFrom('direction_transfers').select('id').where('case_id', '=', id).execute()).length).toBe(0);
  });

  it('ZVT-E.1 / ZVT-3A.2: not to the municipality, the current holder or a non-partner; not in the future or before registration; each with a Dutch field error', async () => {
    const id = await caseInPhase('3A');
    const toMunicipality = await transfer(director, id, { toOrganisationId: world.municipality.id });
    expect(toMunicipality.statusCode).toBe(422);
    expect(toMunicipality.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain('ketenregie');
    expect(fieldsOf(await transfer(director, id, { toOrganisationId: world.police.id }))).toEqual(['body.toOrganisationId']);
    expect(fieldsOf(await transfer(director, id, { toOrganisationId: world.outsider.id }))).toEqual(['body.toOrganisationId']);
    expect(fieldsOf(await transfer(director, id, { transferredOn: '2026-11-24' }))).toEqual(['body.transferredOn']);
    expect(fieldsOf(await transfer(director, id, { transferredOn: '2026-09-30' }))).toEqual(['body.transferredOn']);
    expect((await transfer(director, id, { motivation: 'kort' })).statusCode).toBe(400);
    const stored = await db.selectFrom('cases').select('direction_organisation_id').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.direction_organisation_id).toBe(world.police.id);
  });

  it('ZVT-3A.2: not before the case meeting (phase 2A), and not after scale-down (ZVT-4A.2)', async () => {
    const triage = await caseInPhase('2A');
    expect((await transfer(director, triage, {})).statusCode).toBe(422);
    const scaledDown = await caseInPhase('4A');
    await db.updateTable('cases').set({ scale_down_on: '2026-11-01' }).where('id', '=', scaledDown).execute();
    expect((await transfer(director, scaledDown, {})).statusCode).toBe(422);
  });

  it('ZVT-3A.2 / ZVT-4A.2: after a transfer the case shows the new holder with its history, and the new holder (not the old one) records retention exceptions', async () => {
    const id = await caseInPhase('3A');
    expect((await api(app, careWorker, 'GET', `/cases/${id}`)).statusCode).toBe(404);
    const done = await transfer(director, id, {});
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json<{ from: { id: string }; to: { id: string } }>()).toMatchObject({ from: { id: world.police.id }, to: { id: world.youthCare.id } });

    // The transfer is logged in the same transaction, with the case's data subjects.
    const audit = await db.selectFrom('user_audit_log').select(['operation_id', 'outcome', 'record_type']).where('action', '=', 'direction.transfer').where('record_id', '=', done.json<{ id: string }>().id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ outcome: 'allowed', record_type: 'direction-transfer' });
    const processing = await db.selectFrom('processing_log').select(['activity_id', 'subject_hashes']).where('operation_id', '=', audit.operation_id).executeTakeFirstOrThrow();
    expect(processing.activity_id).toBe('zvt-case-direction');
    expect(processing.subject_hashes).toHaveLength(2);

    // Youth care now sees the case and who holds direction, but not the referrer's registration data.
    const asCare = await api(app, careWorker, 'GET', `/cases/${id}`);
    expect(asCare.statusCode).toBe(200);
    const detail = asCare.json<{ directionOrganisation: { id: string }; facts: unknown; reason: string }>();
    expect(detail.directionOrganisation.id).toBe(world.youthCare.id);
    expect(detail.facts).toBeNull();
    expect(detail.reason).toBe('');
    const history = (await api(app, careWorker, 'GET', `/cases/${id}/direction`)).json<DirectionView>();
    expect(history.holder.id).toBe(world.youthCare.id);
    expect(history.transfers).toHaveLength(1);
    expect(history.transfers[0]).toMatchObject({ transferredOn: '2026-11-20', motivation, from: { id: world.police.id }, to: { id: world.youthCare.id } });
    // The referrer still sees everything it brought in.
    expect((await api(app, officer, 'GET', `/cases/${id}`)).json<{ facts: unknown }>().facts).not.toBeNull();

    // Scale-down (issue 4) starts retention; from then on the holder is fixed.
    await db.updateTable('cases').set({ phase: '4A', scale_down_on: '2026-11-01' }).where('id', '=', id).execute();
    const byOldHolder = await api(app, officer, 'POST', `/cases/${id}/retention-exceptions`, exception);
    expect(byOldHolder.statusCode).toBe(403);
    // A colleague of the referrer never saw the case (ADR 0004) and still does not: police no longer holds direction.
    expect((await api(app, otherOfficer, 'POST', `/cases/${id}/retention-exceptions`, exception)).statusCode).toBe(404);
    const byNewHolder = await api(app, careWorker, 'POST', `/cases/${id}/retention-exceptions`, exception);
    expect(byNewHolder.statusCode, byNewHolder.body).toBe(201);
    expect(byNewHolder.json<{ decidedByOrganisation: string }>().decidedByOrganisation).toBe(world.youthCare.name);
    const byDirector = await api(app, director, 'POST', `/cases/${id}/retention-exceptions`, exception);
    expect(byDirector.json<{ decidedByOrganisation: string }>().decidedByOrganisation).toBe(world.youthCare.name);

    const abilities = async (session: TestSession) =>
      (await api(app, session, 'GET', `/cases/${id}`)).json<{ abilities: { recordRetentionException: boolean; transferDirection: boolean } }>().abilities;
    expect(await abilities(careWorker)).toMatchObject({ recordRetentionException: true, transferDirection: false });
    expect(await abilities(officer)).toMatchObject({ recordRetentionException: false, transferDirection: false });
    expect(await abilities(director)).toMatchObject({ recordRetentionException: true, transferDirection: false });
  });

  it('ZVT-3A.2: a second transfer cannot be dated before the first, and history keeps both in order', async () => {
    const id = await caseInPhase('3A');
    expect((await transfer(director, id, { transferredOn: '2026-11-10' })).statusCode).toBe(201);
    const back = { toOrganisationId: world.police.id };
    expect(fieldsOf(await transfer(director, id, { ...back, transferredOn: '2026-11-09' }))).toEqual(['body.transferredOn']);
    expect((await transfer(director, id, { ...back, transferredOn: '2026-11-10' })).statusCode).toBe(201);
    const view = (await api(app, director, 'GET', `/cases/${id}/direction`)).json<DirectionView>();
    expect(view.holder.id).toBe(world.police.id);
    expect(view.transfers.map((t) => t.to.id)).toEqual([world.youthCare.id, world.police.id]);
  });
});

describe('ZVT-4A retention of one case, as the case page shows it', () => {
  it('ZVT-4A.1 / ZVT-4A.2: the schedule from the scale-down decision, exceptions and legal holds, with abilities per role', async () => {
    const id = await caseInPhase('4A');
    await db.updateTable('cases').set({ scale_down_on: '2026-08-31' }).where('id', '=', id).execute();
    await api(app, officer, 'POST', `/cases/${id}/retention-exceptions`, exception);
    await api(app, director, 'POST', `/cases/${id}/legal-holds`, { motivation: 'Klacht ingediend bij de gemeente over de afhandeling.' });
    const asReferrer = await api(app, officer, 'GET', `/cases/${id}/retention`);
    expect(asReferrer.statusCode, asReferrer.body).toBe(200);
    expect(asReferrer.json()).toMatchObject({
      scaleDownOn: '2026-08-31',
      schedule: { activeUntil: '2027-02-27', inactiveFrom: '2027-02-28', deleteOn: '2027-08-31' },
      pausedBy: 'legal-hold',
      latestReassessOn: '2027-05-23',
      exceptions: [{ reassessOn: '2027-03-01', decidedByOrganisation: world.police.name, current: true }],
      legalHolds: [{ liftedAt: null }],
      abilities: { recordException: true, placeLegalHold: false },
    });
    expect((await api(app, director, 'GET', `/cases/${id}/retention`)).json<{ abilities: unknown }>().abilities).toEqual({ recordException: true, placeLegalHold: true });
    expect((await api(app, careWorker, 'GET', `/cases/${id}/retention`)).statusCode).toBe(404);
  });

  it('ZVT-4A.2: once the re-assessment date passes without renewal, the exception is no longer current', async () => {
    const id = await caseInPhase('4A');
    await db.updateTable('cases').set({ scale_down_on: '2026-11-01' }).where('id', '=', id).execute();
    await api(app, officer, 'POST', `/cases/${id}/retention-exceptions`, { ...exception, reassessOn: '2026-11-24' });
    clock.set('2026-11-25T10:00:00+01:00');
    try {
      const view = (await api(app, officer, 'GET', `/cases/${id}/retention`)).json<{ pausedBy: string | null; exceptions: { current: boolean }[] }>();
      expect(view.pausedBy).toBeNull();
      expect(view.exceptions.map((e) => e.current)).toEqual([false]);
    } finally {
      clock.set('2026-11-23T10:00:00+01:00');
    }
  });
});
