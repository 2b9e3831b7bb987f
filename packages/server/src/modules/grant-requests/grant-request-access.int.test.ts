import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import {
  evaluateContributionAccess,
  evaluateContributionIndex,
  mayRequestContribution,
  zvtProcessV1,
  type PolicyActor,
  type PolicyContribution,
} from '@ketentafel/domain';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, TestClock, cachedLogin } from '../../test/harness.ts';

/**
 * X-2 randomised, end to end through the API: random releases, withdrawals, requests and decisions (by the owner and
 * by people who may not decide), then every (user, record, field) triple the API returns — case view, contributions,
 * contribution index and the request inbox — is compared with what the domain policy says.
 */
let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const MOTIVATION = 'Nodig voor de uitvoering van het plan van aanpak.';

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

interface Case {
  id: string;
  ownerUserId: string;
  ownerOrganisationId: string;
  otherOrganisationId: string;
  contributionIds: string[];
}

async function registeredBy(userId: string, ownerOrganisationId: string, otherOrganisationId: string): Promise<Case> {
  const session = await as(userId);
  const response = await api(app, session, 'POST', '/cases', registrationBody(world.table.id, '2010-05-01'));
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json<{ id: string }>().id;
  const rows = await db.selectFrom('contributions').select('id').where('case_id', '=', id).orderBy('kind').execute();
  return { id, ownerUserId: userId, ownerOrganisationId, otherOrganisationId, contributionIds: rows.map((r) => r.id) };
}

async function actorOf(userId: string): Promise<PolicyActor> {
  const profile = await db.selectFrom('users').select(['role', 'organisation_id']).where('id', '=', userId).executeTakeFirstOrThrow();
  const tables = await db.selectFrom('user_tables').select('table_id').where('user_id', '=', userId).execute();
  return { userId, organisationId: profile.organisation_id, role: profile.role, tableIds: tables.map((t) => t.table_id) };
}

async function policyRows(caseId: string) {
  const rows = await db
    .selectFrom('contributions as k')
    .innerJoin('cases', 'cases.id', 'k.case_id')
    .select(['k.id', 'k.phase', 'k.category', 'k.owner_organisation_id', 'k.created_by', 'k.content', 'cases.table_id', 'cases.referrer_user_id'])
    .where('k.case_id', '=', caseId)
    .execute();
  const grants = await db.selectFrom('contribution_grants').selectAll().where('contribution_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({
    id: r.id,
    content: r.content,
    grantCount: grants.filter((g) => g.contribution_id === r.id).length,
    policy: {
      tableId: r.table_id,
      phase: r.phase,
      category: r.category,
      ownerOrganisationId: r.owner_organisation_id,
      createdByUserId: r.created_by,
      caseReferrerUserId: r.referrer_user_id,
      caseDirectorUserId: null,
      grants: grants.filter((g) => g.contribution_id === r.id).map((g) => ({ granteeOrganisationId: g.grantee_organisation_id, activity: g.activity, withdrawnAt: g.withdrawn_at?.toISOString() ?? null })),
    } satisfies PolicyContribution,
  }));
}

const FULL_ONLY = ['kind', 'phase', 'phaseName', 'title', 'registeredOn', 'referrerOrganisation', 'subject', 'group', 'legalRepresentatives', 'reason', 'facts', 'processVersion', 'decision', 'informingTask', 'partnerQueries', 'history', 'informingStatus', 'informingPlannedOn'];
const BOTH = ['view', 'id', 'reference', 'table', 'abilities'];

describe('X-2 randomised: grants and requests through the API agree with the policy', () => {
  it('for thousands of (user, record, field) triples over random releases, withdrawals, requests and decisions', async () => {
    const extraCareWorker = await buildUser(db, { organisationId: world.youthCare.id, role: 'partner-professional', tableIds: [world.table.id] });
    const strangerCare = await buildUser(db, { organisationId: world.youthCare.id, role: 'partner-professional', tableIds: [world.otherTable.id] });
    const users = [world.officer, world.otherOfficer, world.careWorker, extraCareWorker, strangerCare, world.chainDirector, world.otherChainDirector, world.privacyOfficer, world.admin];
    const deciders = [world.officer.id, world.careWorker.id, world.chainDirector.id, world.otherOfficer.id, extraCareWorker.id];
    const requesters = [world.officer.id, world.otherOfficer.id, world.careWorker.id, extraCareWorker.id, strangerCare.id, world.chainDirector.id];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('release' as const), caseIndex: fc.nat(2), contributionIndex: fc.nat(3), activity: fc.constantFrom('Activiteit A uit het plan', 'Activiteit B uit het plan'), withdraw: fc.boolean() }),
      fc.record({
        kind: fc.constant('request' as const),
        caseIndex: fc.nat(2),
        contributionIndex: fc.nat(3),
        requester: fc.constantFrom(...requesters),
        activity: fc.constantFrom('Activiteit A uit het plan', 'Activiteit C uit het plan'),
        decider: fc.option(fc.constantFrom(...deciders), { nil: null }),
        grant: fc.boolean(),
        withdraw: fc.boolean(),
      }),
    );
    let triples = 0;
    const check = (actual: unknown, expected: unknown, where: string) => {
      triples += 1;
      expect(actual, where).toEqual(expected);
    };

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        // Fresh cases per run, so that states like "only withdrawn releases" are reached again and again.
        const cases = [
          await registeredBy(world.officer.id, world.police.id, world.youthCare.id),
          await registeredBy(world.officer.id, world.police.id, world.youthCare.id),
          await registeredBy(world.careWorker.id, world.youthCare.id, world.police.id),
        ];
        for (const s of steps) {
          const c = cases[s.caseIndex];
          const contributionId = c?.contributionIds[s.contributionIndex];
          if (!c || !contributionId) continue;
          if (s.kind === 'release') {
            const released = await api(app, await as(c.ownerUserId), 'POST', `/cases/${c.id}/contributions/${contributionId}/releases`, { organisationId: c.otherOrganisationId, activity: s.activity });
            expect([201, 409]).toContain(released.statusCode);
            if (s.withdraw && released.statusCode === 201) {
              await api(app, await as(c.ownerUserId), 'DELETE', `/cases/${c.id}/contributions/${contributionId}/releases/${released.json<{ id: string }>().id}`);
            }
            continue;
          }
          const before = await db.selectFrom('grant_requests').select('id').execute();
          const asked = await api(app, await as(s.requester), 'POST', `/cases/${c.id}/contributions/${contributionId}/grant-requests`, { activity: s.activity, motivation: MOTIVATION });
          // Whoever may not ask gets 404 (not involved) or 403 (own organisation); a duplicate gets 409; nothing else.
          expect([201, 403, 404, 409]).toContain(asked.statusCode);
          if (asked.statusCode !== 201) {
            expect(await db.selectFrom('grant_requests').select('id').execute()).toHaveLength(before.length);
            continue;
          }
          if (s.decider === null) continue;
          const requestId = asked.json<{ id: string }>().id;
          const decided = await api(app, await as(s.decider), 'POST', `/grant-requests/${requestId}/decision`, s.grant ? { decision: 'grant' } : { decision: 'refuse', reason: 'Niet nodig voor deze activiteit uit het plan.' });
          // Only the owner (who may release) decides; the policy says who that is.
          const row = (await policyRows(c.id)).find((r) => r.id === contributionId);
          const deciderAccess = row ? evaluateContributionAccess(await actorOf(s.decider), row.policy, zvtProcessV1) : undefined;
          check(decided.statusCode, deciderAccess?.abilities.release ? 200 : deciderAccess?.visible ? 403 : 404, 'decision status');
          if (decided.statusCode === 200 && s.grant && s.withdraw) {
            const grantId = decided.json<{ grantId: string }>().grantId;
            await api(app, await as(c.ownerUserId), 'DELETE', `/cases/${c.id}/contributions/${contributionId}/releases/${grantId}`);
          }
        }

        const requests = await db
          .selectFrom('grant_requests as r')
          .innerJoin('contributions as k', 'k.id', 'r.contribution_id')
          .innerJoin('cases', 'cases.id', 'k.case_id')
          .leftJoin('contribution_grants as g', 'g.id', 'r.grant_id')
          .select(['r.id', 'r.contribution_id', 'r.requester_organisation_id', 'r.status', 'g.withdrawn_at', 'k.case_id', 'k.owner_organisation_id', 'cases.table_id'])
          .where('k.case_id', 'in', cases.map((c) => c.id))
          .execute();
        const byCase = new Map<string, Awaited<ReturnType<typeof policyRows>>>();
        for (const c of cases) byCase.set(c.id, await policyRows(c.id));

        for (const user of users) {
          const session = await as(user.id);
          const actor = await actorOf(user.id);
          for (const c of cases) {
            const rows = byCase.get(c.id) ?? [];
            const policy = rows.map((r) => r.policy);
            const visible = rows.filter((r) => evaluateContributionAccess(actor, r.policy, zvtProcessV1).visible);
            const inScope = actor.tableIds.includes(world.table.id) && (actor.role === 'chain-director' || (actor.role === 'partner-professional' && rows[0]?.policy.caseReferrerUserId === actor.userId));
            const released = !inScope && actor.role === 'partner-professional' && actor.tableIds.includes(world.table.id) && policy.some((p) => p.grants.some((g) => g.granteeOrganisationId === actor.organisationId && g.withdrawnAt === null));

            // The case view, field by field.
            const caseView = await api(app, session, 'GET', `/cases/${c.id}`);
            check(caseView.statusCode, inScope || released ? 200 : 404, 'case status');
            const body = caseView.statusCode === 200 ? caseView.json<Record<string, unknown>>() : {};
            for (const field of [...BOTH, ...FULL_ONLY]) check(field in body, inScope || (released && BOTH.includes(field)), `case field ${field}`);
            if (caseView.statusCode === 200) check(body.view, inScope ? 'full' : 'released', 'case view');

            // The contributions, field by field.
            const listed = await api(app, session, 'GET', `/cases/${c.id}/contributions`);
            check(listed.statusCode, visible.length > 0 ? 200 : 404, 'contributions status');
            const got = listed.statusCode === 200 ? listed.json<{ contributions: { id: string; content: unknown; grants: unknown[]; abilities: { release: boolean } }[] }>().contributions : [];
            for (const r of rows) {
              const access = evaluateContributionAccess(actor, r.policy, zvtProcessV1);
              const entry = got.find((g) => g.id === r.id);
              check(entry !== undefined, access.visible, 'contribution visible');
              check(entry?.content, access.visible ? r.content : undefined, 'contribution content');
              check(entry?.grants.length, access.visible ? (actor.organisationId === r.policy.ownerOrganisationId ? r.grantCount : 0) : undefined, 'contribution grants');
              check(entry?.abilities.release, access.visible ? access.abilities.release : undefined, 'contribution release ability');
            }

            // The index (existence without content), field by field.
            const index = evaluateContributionIndex(actor, policy);
            const indexed = await api(app, session, 'GET', `/cases/${c.id}/contribution-index`);
            check(indexed.statusCode, index.known ? 200 : 404, 'index status');
            const entries = indexed.statusCode === 200 ? indexed.json<{ contributions: { id: string; visible: boolean; abilities: { request: boolean } }[] }>().contributions : [];
            for (const r of rows) {
              const entry = entries.find((e) => e.id === r.id);
              const openByMe = requests.some((q) => q.contribution_id === r.id && q.requester_organisation_id === actor.organisationId && q.status === 'open');
              check(entry !== undefined, index.known, 'index entry');
              check(entry?.visible, index.known ? evaluateContributionAccess(actor, r.policy, zvtProcessV1).visible : undefined, 'index visible');
              check(entry?.abilities.request, index.known ? mayRequestContribution(actor, r.policy, index) && !openByMe : undefined, 'index request ability');
              check(JSON.stringify(entry ?? {}).includes('content'), false, 'index has no content');
            }
          }

          // The inbox, record by record.
          const inbox = await api(app, session, 'GET', '/grant-requests');
          check(inbox.statusCode, 200, 'inbox status');
          const { received, sent } = inbox.json<{ received: { id: string; status: string; abilities: { decide: boolean } }[]; sent: { id: string; status: string }[] }>();
          for (const q of requests) {
            const row = (byCase.get(q.case_id) ?? []).find((r) => r.id === q.contribution_id);
            const access = row ? evaluateContributionAccess(actor, row.policy, zvtProcessV1) : undefined;
            const status = q.status === 'granted' && q.withdrawn_at !== null ? 'withdrawn' : q.status;
            const isPartner = actor.role === 'partner-professional' && actor.tableIds.includes(q.table_id);
            const inReceived = isPartner && q.owner_organisation_id === actor.organisationId && access?.visible === true;
            const inSent = isPartner && q.requester_organisation_id === actor.organisationId;
            const r = received.find((x) => x.id === q.id);
            check(r !== undefined, inReceived, 'received');
            check(r?.status, inReceived ? status : undefined, 'received status');
            check(r?.abilities.decide, inReceived ? q.status === 'open' && access.abilities.release : undefined, 'decide ability');
            const t = sent.find((x) => x.id === q.id);
            check(t !== undefined, inSent, 'sent');
            check(t?.status, inSent ? status : undefined, 'sent status');
          }
        }
      }),
      { numRuns: 10 },
    );
    expect(triples).toBeGreaterThan(5000);
  }, 600_000);
});
