import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, TestClock, cachedLogin } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const MOTIVATION = 'Nodig om het gezinsgesprek uit het plan van aanpak voor te bereiden.';

const as = cachedLogin(() => app);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

/** A problem document without `instance` (the path, which names the id asked for). */
function withoutInstance(body: string): Record<string, unknown> {
  const problem = JSON.parse(body) as Record<string, unknown>;
  delete problem.instance;
  return problem;
}

interface IndexEntry { id: string; kind: string; visible: boolean; abilities: { request: boolean } }
interface Request { id: string; status: string; refusalReason: string | null; abilities: { decide: boolean }; contributionId: string; motivation: string }

/** A case registered by the police officer, with the reason released to youth care (which makes youth care involved). */
async function caseWithRelease() {
  const officer = await as(world.officer.id);
  const id = (await api(app, officer, 'POST', '/cases', registrationBody(world.table.id, '2010-05-01'))).json<{ id: string }>().id;
  const contributions = (await api(app, officer, 'GET', `/cases/${id}/contributions`)).json<{ contributions: { id: string; kind: string }[] }>().contributions;
  const byKind = (kind: string) => {
    const found = contributions.find((c) => c.kind === kind);
    if (!found) throw new Error(kind);
    return found.id;
  };
  const reason = byKind('registration-reason');
  const release = await api(app, officer, 'POST', `/cases/${id}/contributions/${reason}/releases`, { organisationId: world.youthCare.id, activity: 'Jeugdhulp: intake' });
  expect(release.statusCode, release.body).toBe(201);
  return { id, reason, care: byKind('criteria-care'), criminal: byKind('criteria-criminal'), releaseId: release.json<{ id: string }>().id };
}

describe('seed 000 fn. 4 / ZVT-2A.3 requests to the owner', () => {
  it('ZVT-2A.3 an involved partner sees the index without content, asks the owner, the owner grants, the requester sees it; a withdrawal takes effect at once', async () => {
    const c = await caseWithRelease();
    const care = await as(world.careWorker.id);
    const index = await api(app, care, 'GET', `/cases/${c.id}/contribution-index`);
    expect(index.statusCode, index.body).toBe(200);
    const entries = index.json<{ contributions: IndexEntry[] }>().contributions;
    expect(entries.map((e) => e.kind).sort()).toEqual(['criteria-care', 'criteria-criminal', 'criteria-other', 'registration-reason']);
    expect(entries.find((e) => e.id === c.reason)).toMatchObject({ visible: true });
    expect(entries.find((e) => e.id === c.care)).toMatchObject({ visible: false, abilities: { request: true } });
    expect(index.body).not.toContain('youthCareDecidedBefore18');
    expect(index.body).not.toContain('Overlast');

    const created = await api(app, care, 'POST', `/cases/${c.id}/contributions/${c.care}/grant-requests`, { activity: 'Jeugdhulp: gezinsgesprek', motivation: MOTIVATION });
    expect(created.statusCode, created.body).toBe(201);
    const requestId = created.json<{ id: string }>().id;
    // One open request per contribution and organisation.
    const again = await api(app, care, 'POST', `/cases/${c.id}/contributions/${c.care}/grant-requests`, { activity: 'Iets anders uit het plan', motivation: MOTIVATION });
    expect(again.statusCode).toBe(409);
    const afterAsk = (await api(app, care, 'GET', `/cases/${c.id}/contribution-index`)).json<{ contributions: IndexEntry[]; requests: Request[] }>();
    expect(afterAsk.contributions.find((e) => e.id === c.care)?.abilities.request).toBe(false);
    expect(afterAsk.requests.map((r) => [r.id, r.status])).toEqual([[requestId, 'open']]);

    const inbox = (await api(app, await as(world.officer.id), 'GET', '/grant-requests')).json<{ openToDecide: number; received: Request[] }>();
    expect(inbox.received.find((r) => r.id === requestId)).toMatchObject({ status: 'open', motivation: MOTIVATION, abilities: { decide: true } });
    expect(inbox.openToDecide).toBeGreaterThanOrEqual(1);

    const granted = await api(app, await as(world.officer.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'grant' });
    expect(granted.statusCode, granted.body).toBe(200);
    const grantId = granted.json<{ grantId: string }>().grantId;
    const grant = await db.selectFrom('contribution_grants').selectAll().where('id', '=', grantId).executeTakeFirstOrThrow();
    expect(grant).toMatchObject({ contribution_id: c.care, grantee_organisation_id: world.youthCare.id, activity: 'Jeugdhulp: gezinsgesprek' });
    expect((await api(app, await as(world.officer.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'grant' })).statusCode).toBe(409);

    const seen = (await api(app, care, 'GET', `/cases/${c.id}/contributions`)).json<{ contributions: { id: string }[] }>().contributions.map((x) => x.id);
    expect(seen.sort()).toEqual([c.reason, c.care].sort());
    const sent = (await api(app, care, 'GET', '/grant-requests')).json<{ sent: Request[] }>().sent;
    expect(sent.find((r) => r.id === requestId)?.status).toBe('granted');

    expect((await api(app, await as(world.officer.id), 'DELETE', `/cases/${c.id}/contributions/${c.care}/releases/${grantId}`)).statusCode).toBe(204);
    const after = (await api(app, care, 'GET', `/cases/${c.id}/contributions`)).json<{ contributions: { id: string }[] }>().contributions.map((x) => x.id);
    expect(after).toEqual([c.reason]);
    expect((await api(app, care, 'GET', '/grant-requests')).json<{ sent: Request[] }>().sent.find((r) => r.id === requestId)?.status).toBe('withdrawn');

    const actions = await db.selectFrom('user_audit_log').select('action').where('record_id', '=', requestId).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['grant-request.create', 'grant-request.grant']);
  });

  it('ZVT-3A.3 the owner refuses with a reason; the requester sees the reason; a refusal without a reason is refused', async () => {
    const c = await caseWithRelease();
    const care = await as(world.careWorker.id);
    const requestId = (await api(app, care, 'POST', `/cases/${c.id}/contributions/${c.criminal}/grant-requests`, { activity: 'Jeugdhulp: veiligheidsplan', motivation: MOTIVATION })).json<{ id: string }>().id;
    const short = await api(app, await as(world.officer.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'refuse', reason: 'nee' });
    expect(short.statusCode).toBe(400);
    const padded = await api(app, await as(world.officer.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'refuse', reason: 'nee                           x' });
    expect(padded.statusCode).toBe(400);
    const reason = 'Strafrechtelijke gegevens zijn voor deze activiteit niet nodig.';
    const refused = await api(app, await as(world.officer.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'refuse', reason });
    expect(refused.statusCode, refused.body).toBe(200);
    const mine = (await api(app, care, 'GET', `/cases/${c.id}/contribution-index`)).json<{ requests: Request[]; contributions: IndexEntry[] }>();
    expect(mine.requests.find((r) => r.id === requestId)).toMatchObject({ status: 'refused', refusalReason: reason });
    // After a refusal the partner may ask again (for instance with a better motivation).
    expect(mine.contributions.find((e) => e.id === c.criminal)?.abilities.request).toBe(true);
    expect((await api(app, care, 'GET', `/cases/${c.id}/contributions`)).json<{ contributions: { id: string }[] }>().contributions.map((x) => x.id)).toEqual([c.reason]);
  });

  it('ZVT-2A.3 only the owner decides: not the chain director, not a colleague of the requester, not an uninvolved partner', async () => {
    const c = await caseWithRelease();
    const requestId = (await api(app, await as(world.careWorker.id), 'POST', `/cases/${c.id}/contributions/${c.care}/grant-requests`, { activity: 'Jeugdhulp: gezinsgesprek', motivation: MOTIVATION })).json<{ id: string }>().id;
    const director = await api(app, await as(world.chainDirector.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'grant' });
    expect(director.statusCode).toBe(403);
    const colleague = await buildUser(db, { organisationId: world.youthCare.id, role: 'partner-professional', tableIds: [world.table.id] });
    expect((await api(app, await as(colleague.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'grant' })).statusCode).toBe(404);
    expect((await api(app, await as(world.otherOfficer.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'grant' })).statusCode).toBe(404);
    expect((await api(app, await as(world.admin.id), 'POST', `/grant-requests/${requestId}/decision`, { decision: 'grant' })).statusCode).toBe(404);
    const row = await db.selectFrom('grant_requests').select(['status', 'grant_id']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'open', grant_id: null });
    // The director's inbox is empty; the request is not the director's business.
    expect((await api(app, await as(world.chainDirector.id), 'GET', '/grant-requests')).json<{ received: unknown[] }>().received).toEqual([]);
    const denied = await db.selectFrom('user_audit_log').select(['action', 'outcome']).where('record_id', '=', requestId).where('outcome', '=', 'denied').execute();
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('X-2 an uninvolved partner learns nothing: no index, no request, no case, same answer as an unknown case', async () => {
    const c = await caseWithRelease();
    const police2 = await as(world.otherOfficer.id);
    // A colleague of the owner is not involved by being a colleague: no index.
    expect((await api(app, police2, 'GET', `/cases/${c.id}/contribution-index`)).statusCode).toBe(404);
    const stranger = await buildUser(db, { organisationId: world.youthCare.id, role: 'partner-professional', tableIds: [world.otherTable.id] });
    for (const path of [`/cases/${c.id}/contribution-index`, `/cases/${c.id}`, `/cases/${c.id}/contributions`]) {
      const unknown = await api(app, await as(stranger.id), 'GET', path.replace(c.id, '00000000-0000-4000-8000-000000000000'));
      const real = await api(app, await as(stranger.id), 'GET', path);
      expect(real.statusCode).toBe(404);
      expect(withoutInstance(real.body)).toEqual(withoutInstance(unknown.body));
    }
    const ask = await api(app, await as(stranger.id), 'POST', `/cases/${c.id}/contributions/${c.care}/grant-requests`, { activity: 'Jeugdhulp: gezinsgesprek', motivation: MOTIVATION });
    expect(ask.statusCode).toBe(404);
    // The owner does not ask itself.
    expect((await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/contributions/${c.care}/grant-requests`, { activity: 'Politie: iets', motivation: MOTIVATION })).statusCode).toBe(403);
  });

  it('MIN_MOTIVATION_LENGTH: a request needs a real motivation', async () => {
    const c = await caseWithRelease();
    const response = await api(app, await as(world.careWorker.id), 'POST', `/cases/${c.id}/contributions/${c.care}/grant-requests`, { activity: 'Jeugdhulp: gezinsgesprek', motivation: 'graag' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('body.motivation');
  });
});

describe('X-2 / ZVT-3A.3 the case page for a partner that only received releases', () => {
  it('shows the reference and the table, nothing of the registration; without an active release the case is not found', async () => {
    const c = await caseWithRelease();
    const care = await as(world.careWorker.id);
    const response = await api(app, care, 'GET', `/cases/${c.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<Record<string, unknown>>();
    expect(Object.keys(view).sort()).toEqual(['abilities', 'id', 'reference', 'table', 'view']);
    expect(view).toMatchObject({ view: 'released', id: c.id, abilities: { assess: false, decideAdmission: false, recordInforming: false, sendPartnerQuery: false } });
    expect(response.body).not.toContain('Testpersoon');
    expect((await api(app, await as(world.officer.id), 'GET', `/cases/${c.id}`)).json<{ view: string }>().view).toBe('full');

    await api(app, await as(world.officer.id), 'DELETE', `/cases/${c.id}/contributions/${c.reason}/releases/${c.releaseId}`);
    const gone = await api(app, care, 'GET', `/cases/${c.id}`);
    expect(gone.statusCode).toBe(404);
    expect(withoutInstance(gone.body)).toEqual(withoutInstance((await api(app, care, 'GET', '/cases/00000000-0000-4000-8000-000000000000')).body));
    expect((await api(app, care, 'GET', `/cases/${c.id}/contribution-index`)).statusCode).toBe(404);
  });
});
