import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { evaluateContributionAccess, zvtProcessV1 } from '@ketentafel/domain';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, TestClock, cachedLogin } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));

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

async function registeredCase() {
  const response = await api(app, await as(world.officer.id), 'POST', '/cases', registrationBody(world.table.id, '2010-05-01'));
  const id = response.json<{ id: string }>().id;
  const contributions = (await api(app, await as(world.officer.id), 'GET', `/cases/${id}/contributions`)).json<{ contributions: { id: string; kind: string; category: string }[] }>().contributions;
  return { id, contributions };
}

describe('ZVT-2A.3 / ZVT-3A.3 ownership and release of contributions', () => {
  it('the owner releases a contribution to a partner for an activity; the partner sees only that one; a withdrawal takes effect at once', async () => {
    const c = await registeredCase();
    const care = c.contributions.find((x) => x.kind === 'criteria-care');
    expect(care).toBeDefined();
    const careWorker = await as(world.careWorker.id);
    expect((await api(app, careWorker, 'GET', `/cases/${c.id}/contributions`)).statusCode).toBe(404);
    const release = await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/contributions/${care?.id ?? ''}/releases`, { organisationId: world.youthCare.id, activity: 'Jeugdhulp: gezinsgesprek plannen' });
    expect(release.statusCode, release.body).toBe(201);
    const seen = (await api(app, careWorker, 'GET', `/cases/${c.id}/contributions`)).json<{ contributions: { id: string; grants: unknown[] }[] }>();
    expect(seen.contributions.map((x) => x.id)).toEqual([care?.id]);
    expect(seen.contributions[0]?.grants).toEqual([]);
    const toMe = (await api(app, careWorker, 'GET', '/releases-to-me')).json<{ releases: { caseId: string; reference: string }[] }>();
    expect(toMe.releases.map((r) => r.caseId)).toContain(c.id);
    expect(JSON.stringify(toMe)).not.toContain('Testpersoon');
    const grantId = release.json<{ id: string }>().id;
    expect((await api(app, await as(world.officer.id), 'DELETE', `/cases/${c.id}/contributions/${care?.id ?? ''}/releases/${grantId}`)).statusCode).toBe(204);
    expect((await api(app, careWorker, 'GET', `/cases/${c.id}/contributions`)).statusCode).toBe(404);
  });

  it('nobody but the owner can release: not the chain director, not a grantee', async () => {
    const c = await registeredCase();
    const target = c.contributions[0];
    const director = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${c.id}/contributions/${target?.id ?? ''}/releases`, { organisationId: world.youthCare.id, activity: 'Doorsturen naar jeugdhulp' });
    expect(director.statusCode).toBe(403);
    await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/contributions/${target?.id ?? ''}/releases`, { organisationId: world.youthCare.id, activity: 'Jeugdhulp: intake' });
    const onward = await api(app, await as(world.careWorker.id), 'POST', `/cases/${c.id}/contributions/${target?.id ?? ''}/releases`, { organisationId: world.police.id, activity: 'Terug naar politie' });
    expect(onward.statusCode).toBe(403);
    expect(await db.selectFrom('contribution_grants').select('id').where('contribution_id', '=', target?.id ?? '').execute()).toHaveLength(1);
  });

  it('releases only to a partner of the table, and logs release and withdrawal', async () => {
    const c = await registeredCase();
    const target = c.contributions[0];
    const outsider = await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/contributions/${target?.id ?? ''}/releases`, { organisationId: world.outsider.id, activity: 'Naar een buitenstaander' });
    expect(outsider.statusCode).toBe(400);
    await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/contributions/${target?.id ?? ''}/releases`, { organisationId: world.youthCare.id, activity: 'Jeugdhulp: intake' });
    const logged = await db.selectFrom('user_audit_log').select('action').where('record_id', '=', target?.id ?? '').execute();
    expect(logged.map((l) => l.action)).toContain('contribution.release');
  });
});

describe('X-2 randomised: the API returns a contribution exactly when the policy says so', () => {
  it('for random releases and withdrawals over several users and cases', async () => {
    const extraCareWorker = await buildUser(db, { organisationId: world.youthCare.id, role: 'partner-professional', tableIds: [world.table.id] });
    const users = [world.officer, world.otherOfficer, world.careWorker, extraCareWorker, world.chainDirector, world.otherChainDirector, world.privacyOfficer, world.admin];
    const cases = [await registeredCase(), await registeredCase()];
    const actions = fc.array(
      fc.record({ caseIndex: fc.nat(1), contributionIndex: fc.nat(3), organisation: fc.constantFrom(world.youthCare.id, world.police.id), withdraw: fc.boolean() }),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(actions, async (steps) => {
        for (const step of steps) {
          const c = cases[step.caseIndex];
          const contribution = c?.contributions[step.contributionIndex];
          if (!c || !contribution) continue;
          const released = await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/contributions/${contribution.id}/releases`, { organisationId: step.organisation, activity: 'Activiteit uit het plan' });
          if (step.withdraw && released.statusCode === 201) {
            await api(app, await as(world.officer.id), 'DELETE', `/cases/${c.id}/contributions/${contribution.id}/releases/${released.json<{ id: string }>().id}`);
          }
        }
        for (const c of cases) {
          const rows = await db
            .selectFrom('contributions as k')
            .innerJoin('cases', 'cases.id', 'k.case_id')
            .select(['k.id', 'k.phase', 'k.category', 'k.owner_organisation_id', 'k.created_by', 'cases.table_id', 'cases.referrer_user_id'])
            .where('k.case_id', '=', c.id)
            .execute();
          const grants = await db.selectFrom('contribution_grants').selectAll().where('contribution_id', 'in', rows.map((r) => r.id)).execute();
          for (const user of users) {
            const membership = await db.selectFrom('user_tables').select('table_id').where('user_id', '=', user.id).execute();
            const profile = await db.selectFrom('users').select(['role', 'organisation_id']).where('id', '=', user.id).executeTakeFirstOrThrow();
            const expected = rows
              .filter((r) =>
                evaluateContributionAccess(
                  { userId: user.id, organisationId: profile.organisation_id, role: profile.role, tableIds: membership.map((m) => m.table_id) },
                  {
                    tableId: r.table_id,
                    phase: r.phase,
                    category: r.category,
                    ownerOrganisationId: r.owner_organisation_id,
                    createdByUserId: r.created_by,
                    caseReferrerUserId: r.referrer_user_id,
                    caseDirectorUserId: null,
                    grants: grants.filter((g) => g.contribution_id === r.id).map((g) => ({ granteeOrganisationId: g.grantee_organisation_id, activity: g.activity, withdrawnAt: g.withdrawn_at?.toISOString() ?? null })),
                  },
                  zvtProcessV1,
                ).visible,
              )
              .map((r) => r.id)
              .sort();
            const response = await api(app, await as(user.id), 'GET', `/cases/${c.id}/contributions`);
            const actual = response.statusCode === 200 ? response.json<{ contributions: { id: string }[] }>().contributions.map((x) => x.id).sort() : [];
            if (response.statusCode !== 200) expect(response.statusCode).toBe(404);
            expect(actual).toEqual(expected);
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});
