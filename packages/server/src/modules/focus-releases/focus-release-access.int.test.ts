import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { evaluateContributionAccess, invitationIsCurrent, zvtProcessV1, type PolicyActor, type PolicyContribution } from '@ketentafel/domain';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildCaseInPhase, buildOrganisation, buildUser, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';

/**
 * X-2 / ZVT-2A.4 randomised, end to end through the API: random releases for a focus meeting (by the owner and by
 * others), withdrawals, changed invitations, cancelled meetings, a decision of the focus meeting, and a random day
 * around the meetings; then, per (user, contribution) and (user, agenda item), what the API returns is compared
 * with an oracle written from ADR 0019 (not with the policy's own rule), plus the rest of the policy.
 */
let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string };
let youthWorker: { id: string };
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);
const DAYS = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-15', '2026-12-16'] as const;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work' });
  await db.insertInto('table_partners').values({ table_id: world.table.id, organisation_id: youthWork.id }).execute();
  youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

async function actorOf(userId: string): Promise<PolicyActor> {
  const profile = await db.selectFrom('users').select(['role', 'organisation_id']).where('id', '=', userId).executeTakeFirstOrThrow();
  const tables = await db.selectFrom('user_tables').select('table_id').where('user_id', '=', userId).execute();
  return { userId, organisationId: profile.organisation_id, role: profile.role, tableIds: tables.map((t) => t.table_id) };
}

/** A fresh case in the focus-meeting phase, two contributions (police, youth care), on two focus meetings. */
async function setUp() {
  clock.set('2026-11-23T10:00:00+01:00');
  const c = await buildCaseInPhase(db, { tableId: world.table.id, referrerUserId: world.officer.id, referrerOrganisationId: world.police.id, phase: '2A-focus' });
  const contribution = (owner: string, by: string, category: 'care' | 'criminal') =>
    db.insertInto('contributions').values({ case_id: c.id, owner_organisation_id: owner, phase: '2A', purpose: 'triage', category, kind: 'partner-answer', content: JSON.stringify({ text: category }), created_by: by }).returning('id').executeTakeFirstOrThrow();
  const contributions = [
    { id: (await contribution(world.police.id, world.officer.id, 'criminal')).id, owner: world.officer.id },
    { id: (await contribution(world.youthCare.id, world.careWorker.id, 'care')).id, owner: world.careWorker.id },
  ];
  const director = await as(world.chainDirector.id);
  const series = await api(app, director, 'POST', '/meeting-series', { tableId: world.table.id, kind: 'focus', startDate: '2026-12-01', startTime: '09:00', durationMinutes: 60, intervalWeeks: 2, count: 2, location: 'Gemeentehuis' });
  expect(series.statusCode, series.body).toBe(201);
  const meetingIds = series.json<{ meetings: { id: string }[] }>().meetings.map((m) => m.id);
  const items: { meetingId: string; itemId: string }[] = [];
  for (const meetingId of meetingIds) {
    const item = await api(app, director, 'POST', `/meetings/${meetingId}/agenda-items`, { caseId: c.id, goal: 'Bepalen of een gezamenlijke aanpak zinvol is.' });
    expect(item.statusCode, item.body).toBe(201);
    items.push({ meetingId, itemId: item.json<{ id: string }>().id });
  }
  return { caseId: c.id, contributions, items };
}

describe('X-2 randomised: releases for a focus meeting through the API agree with ADR 0019', () => {
  it('for every (user, contribution) and (user, agenda item) over random releases, withdrawals, invitations, cancellations, decisions and days', async () => {
    const orgs = () => [world.police.id, world.youthCare.id, youthWork.id];
    const users = [world.officer, world.otherOfficer, world.careWorker, youthWorker, world.chainDirector, world.otherChainDirector, world.privacyOfficer, world.admin];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('release' as const), contribution: fc.nat(1), item: fc.nat(1), byOwner: fc.boolean() }),
      fc.record({ kind: fc.constant('withdraw' as const), contribution: fc.nat(1) }),
      fc.record({ kind: fc.constant('invite' as const), item: fc.nat(1), organisations: fc.subarray([0, 1, 2]) }),
      fc.record({ kind: fc.constant('cancel' as const), item: fc.nat(1) }),
      fc.record({ kind: fc.constant('conclude' as const) }),
    );
    let checks = 0;
    let seenThroughRelease = 0;
    const check = (actual: unknown, expected: unknown, where: string) => {
      checks += 1;
      expect(actual, where).toEqual(expected);
    };

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), fc.constantFrom(...DAYS), async (steps, day) => {
        const s = await setUp();
        for (const st of steps) {
          if (st.kind === 'release') {
            const k = s.contributions[st.contribution];
            const item = s.items[st.item];
            if (!k || !item) continue;
            const by = st.byOwner ? k.owner : youthWorker.id;
            const response = await api(app, await as(by), 'POST', `/cases/${s.caseId}/contributions/${k.id}/meeting-releases`, { agendaItemId: item.itemId });
            // The owner: created, duplicate, or too late (cancelled / concluded); anyone else cannot see the contribution.
            expect(st.byOwner ? [201, 409, 422] : [404], response.body).toContain(response.statusCode);
          } else if (st.kind === 'withdraw') {
            const k = s.contributions[st.contribution];
            const active = k ? await db.selectFrom('meeting_releases').select('id').where('contribution_id', '=', k.id).where('withdrawn_at', 'is', null).executeTakeFirst() : undefined;
            if (!k || !active) continue;
            expect((await api(app, await as(k.owner), 'DELETE', `/cases/${s.caseId}/contributions/${k.id}/meeting-releases/${active.id}`)).statusCode).toBe(204);
          } else if (st.kind === 'invite') {
            const item = s.items[st.item];
            if (!item) continue;
            const response = await api(app, await as(world.chainDirector.id), 'PUT', `/meetings/${item.meetingId}/agenda-items/${item.itemId}/invitations`, { organisationIds: st.organisations.map((i) => orgs()[i]) });
            expect([200, 422]).toContain(response.statusCode);
          } else if (st.kind === 'cancel') {
            const item = s.items[st.item];
            if (item) await api(app, await as(world.chainDirector.id), 'PATCH', `/meetings/${item.meetingId}`, { status: 'cancelled' });
          } else {
            await db.updateTable('cases').set({ phase: '3A' }).where('id', '=', s.caseId).execute();
          }
        }
        clock.set(`${day}T12:00:00+01:00`);

        // What the database now says, read independently of the service.
        const theCase = await db.selectFrom('cases').select(['phase', 'end_state', 'referrer_user_id', 'table_id']).where('id', '=', s.caseId).executeTakeFirstOrThrow();
        const items = await db.selectFrom('agenda_items as a').innerJoin('meetings as m', 'm.id', 'a.meeting_id').select(['a.id', 'm.starts_on', 'm.status', 'm.table_id']).where('a.case_id', '=', s.caseId).execute();
        const invitations = await db.selectFrom('agenda_invitations').select(['agenda_item_id', 'organisation_id']).where('agenda_item_id', 'in', items.map((i) => i.id)).execute();
        const releases = await db.selectFrom('meeting_releases').selectAll().where('contribution_id', 'in', s.contributions.map((k) => k.id)).execute();
        const rows = await db.selectFrom('contributions').select(['id', 'phase', 'category', 'owner_organisation_id', 'created_by']).where('case_id', '=', s.caseId).execute();
        const invited = (itemId: string) => invitations.filter((i) => i.agenda_item_id === itemId).map((i) => i.organisation_id);

        /** ADR 0019, written out: a partner invited to the item, on the meeting day, while the case awaits the focus meeting. */
        const byMeetingRelease = (actor: PolicyActor, contributionId: string, itemId?: string) =>
          actor.role === 'partner-professional' &&
          actor.tableIds.includes(theCase.table_id) &&
          releases.some((r) => {
            const item = items.find((i) => i.id === r.agenda_item_id);
            return (
              r.contribution_id === contributionId &&
              (itemId === undefined || r.agenda_item_id === itemId) &&
              r.withdrawn_at === null &&
              item !== undefined &&
              item.status === 'planned' &&
              item.starts_on === day &&
              theCase.phase === '2A-focus' &&
              theCase.end_state === null &&
              invited(item.id).includes(actor.organisationId)
            );
          });
        /** The rest of the policy, without releases for a meeting. */
        const otherwise = (actor: PolicyActor, row: (typeof rows)[number]) => {
          const contribution: PolicyContribution = {
            tableId: theCase.table_id,
            phase: row.phase,
            category: row.category,
            ownerOrganisationId: row.owner_organisation_id,
            createdByUserId: row.created_by,
            caseReferrerUserId: theCase.referrer_user_id,
            caseDirectorUserId: null,
            grants: [],
            invitations: invitations.map((i) => {
              const item = items.find((x) => x.id === i.agenda_item_id);
              return { organisationId: i.organisation_id, current: item !== undefined && invitationIsCurrent({ date: item.starts_on, status: item.status }, day) };
            }),
          };
          return evaluateContributionAccess(actor, contribution, zvtProcessV1).visible;
        };

        for (const user of users) {
          const actor = await actorOf(user.id);
          const session = await as(user.id);
          const expected = rows.filter((r) => otherwise(actor, r) || byMeetingRelease(actor, r.id)).map((r) => r.id).sort();
          seenThroughRelease += rows.filter((r) => !otherwise(actor, r) && byMeetingRelease(actor, r.id)).length;
          const listed = await api(app, session, 'GET', `/cases/${s.caseId}/contributions`);
          check(listed.statusCode, expected.length > 0 ? 200 : 404, 'contributions status');
          const got = listed.statusCode === 200 ? listed.json<{ contributions: { id: string }[] }>().contributions.map((k) => k.id).sort() : [];
          check(got, expected, 'contributions visible');

          for (const item of s.items) {
            const sees = actor.tableIds.includes(theCase.table_id) && (actor.role === 'chain-director' || (actor.role === 'partner-professional' && invited(item.itemId).includes(actor.organisationId)));
            const response = await api(app, session, 'GET', `/meetings/${item.meetingId}/agenda-items/${item.itemId}/released-contributions`);
            check(response.statusCode, sees ? 200 : 404, 'agenda item status');
            const onItem = response.statusCode === 200 ? response.json<{ contributions: { id: string }[] }>().contributions.map((k) => k.id).sort() : [];
            const active = releases.filter((r) => r.agenda_item_id === item.itemId && r.withdrawn_at === null).map((r) => r.contribution_id);
            const expectedOnItem = sees ? rows.filter((r) => active.includes(r.id) && (otherwise(actor, r) || byMeetingRelease(actor, r.id))).map((r) => r.id).sort() : [];
            check(onItem, expectedOnItem, 'released on the agenda item');
          }
        }
      }),
      { numRuns: 12, examples: [[[{ kind: 'release', contribution: 0, item: 0, byOwner: true }, { kind: 'invite', item: 0, organisations: [1, 2] }], '2026-12-01']] },
    );
    expect(checks).toBeGreaterThan(400);
    // The interesting state (visible only through a release for the meeting) was reached.
    expect(seenThroughRelease).toBeGreaterThan(0);
  }, 600_000);
});
