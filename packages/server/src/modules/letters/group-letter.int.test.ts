import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildOrganisation, buildUser, buildWorld } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string; name: string };
let youthWorker: { id: string };
let schoolWorker: { id: string };
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);
const workDir = mkdtempSync(path.join(tmpdir(), 'kt-group-letters-'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function pdfText(bytes: Buffer): string {
  const file = path.join(workDir, `${String(Date.now())}-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

interface GroupLetters {
  templateHash: string;
  members: { memberId: string; memberName: string; informingStatus: string | null; available: boolean; unavailableReason: string | null; sent: { sentOn: string; letter: { letterDate: string; channel: string } | null } | null; abilities: { render: boolean; recordSent: boolean } }[];
}

const MEMBERS = [
  { fullName: 'Fenna Brieflid', birthDate: '2009-03-01' }, // 17: the member herself
  { fullName: 'Gijs Anderlid', birthDate: '2016-07-15' }, // 10: the parents only
  { fullName: 'Hidde Derdelid', birthDate: '2012-01-10' }, // 14: both
];

/** A group registered by the police, admitted, with a group picture and a draft plan whose text names a member. */
async function groupWithPlan(name: string) {
  clock.set('2026-11-23T10:00:00+01:00');
  const created = await api(app, await as(world.officer.id), 'POST', '/groups', {
    tableId: world.table.id,
    name,
    area: 'Winkelcentrum Noord',
    reason: 'Groepsscan: overlast bij het winkelcentrum.',
    members: MEMBERS,
    scanDocument: { fileName: 'scan.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') },
  });
  expect(created.statusCode, created.body).toBe(201);
  const group = created.json<{ id: string; reference: string; members: { id: string; fullName: string }[] }>();
  const director = await as(world.chainDirector.id);
  expect((await api(app, director, 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' })).statusCode).toBe(200);
  const picture = await api(app, director, 'PUT', `/groups/${group.id}/picture`, {
    behaviour: 'Hangen en intimideren.',
    impact: 'Winkeliers voelen zich onveilig.',
    composition: 'Drie jongeren.',
    dynamics: 'Eén leider.',
    slidingRisk: 'Matig.',
    prosecutorConsultation: null,
  });
  expect(picture.statusCode, picture.body).toBe(200);
  const plan = await api(app, director, 'POST', `/groups/${group.id}/outcome`, {
    outcome: 'draft-plan',
    areaMeasures: 'Extra verlichting; Gijs Anderlid en hidde derdelid krijgen een gebiedsverbod.',
    groupMeasures: 'Jongerenwerk spreekt de groep wekelijks aan, ook Fenna Brieflid.',
    individualApproachMemberIds: [group.members[0]?.id],
    involveVeiligheidshuis: false,
    priority: 'medium',
    criminalGroup: false,
  });
  expect(plan.statusCode, plan.body).toBe(201);
  return group;
}

async function decide(groupId: string) {
  const decided = await api(app, await as(world.chainDirector.id), 'POST', `/groups/${groupId}/decisions`, { decidedOn: '2026-11-23', body: 'mayor-and-alderman', outcomes: ['plan-adopted'], motivation: '', memberIdsToRegister: [] });
  expect(decided.statusCode, decided.body).toBe(201);
}

async function lettersOf(groupId: string): Promise<GroupLetters> {
  const response = await api(app, await as(world.chainDirector.id), 'GET', `/groups/${groupId}/letters`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<GroupLetters>();
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work' });
  const school = await buildOrganisation(db, { kind: 'school-attendance' });
  await db.insertInto('table_partners').values([{ table_id: world.table.id, organisation_id: youthWork.id }, { table_id: world.table.id, organisation_id: school.id }]).execute();
  youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
  schoolWorker = await buildUser(db, { organisationId: school.id, role: 'partner-professional', tableIds: [world.table.id] });
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('ZVT-2B.4 the group outcome letter per member', () => {
  it('ZVT-2B.4 not possible before the group decision: no letter, no recording', async () => {
    const group = await groupWithPlan('Groep Nog Geen Besluit');
    const director = await as(world.chainDirector.id);
    const before = await lettersOf(group.id);
    expect(before.members.map((m) => m.available)).toEqual([false, false, false]);
    expect(before.members[0]?.unavailableReason).toContain('besluit');
    const memberId = group.members[0]?.id ?? '';
    const render = await api(app, director, 'GET', `/groups/${group.id}/members/${memberId}/outcome-letter/pdf`);
    expect(render.statusCode).toBe(422);
    expect(render.headers['content-type']).toContain('application/problem+json');
    const sent = await api(app, director, 'POST', `/groups/${group.id}/members/${memberId}/outcome-letter/sent`, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: before.templateHash });
    expect(sent.statusCode).toBe(422);
  });

  it('ZVT-2B.4 a member’s letter does not contain other members’ names; it names outcome, goal, themes, participants and rights; addressed by age', async () => {
    const group = await groupWithPlan('Groep Briefinhoud');
    await decide(group.id);
    const director = await as(world.chainDirector.id);
    const [fenna, gijs, hidde] = group.members;
    const response = await api(app, director, 'GET', `/groups/${group.id}/members/${fenna?.id ?? ''}/outcome-letter/pdf?letterDate=2026-11-24`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Aan: Fenna Brieflid');
    expect(text).toContain('Datum: 24 november 2026');
    expect(text).toContain('groep Groep Briefinhoud');
    expect(text).toContain('Er is een plan van aanpak voor de groep vastgesteld');
    expect(text).toContain('een ander groepslid en een ander groepslid krijgen een gebiedsverbod');
    expect(text).toContain('ook Fenna Brieflid');
    expect(text).toContain('op uzelf gericht'); // her own individual approach
    expect(text).toContain(youthWork.name);
    expect(text).toContain(world.police.name);
    expect(text).toContain('Autoriteit Persoonsgegevens');
    for (const other of ['Gijs', 'Anderlid', 'Hidde', 'Derdelid', 'derdelid']) expect(text).not.toContain(other);

    // Under 12: the parents; 12–15: both (ZVT-1.4 applied to this letter). Neither names another member.
    const gijsText = pdfText((await api(app, director, 'GET', `/groups/${group.id}/members/${gijs?.id ?? ''}/outcome-letter/pdf`)).rawPayload);
    expect(gijsText).toContain('Aan: de ouders of wettelijk vertegenwoordigers van Gijs Anderlid');
    expect(gijsText).not.toMatch(/Fenna|Brieflid|Hidde|Derdelid|op uzelf gericht/);
    const hiddeText = pdfText((await api(app, director, 'GET', `/groups/${group.id}/members/${hidde?.id ?? ''}/outcome-letter/pdf`)).rawPayload);
    expect(hiddeText).toContain('Aan: Hidde Derdelid en de ouders of wettelijk vertegenwoordigers van Hidde Derdelid');
    expect(hiddeText).not.toMatch(/Fenna|Gijs|Anderlid/);

    // Logged as a processing of that member only.
    const log = await db.selectFrom('processing_log').select(['subject_hashes', 'operation_name']).where('operation_name', '=', 'letter.render').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(log.subject_hashes).toHaveLength(1);
    // A letter date before the registration or more than two weeks ahead is refused.
    expect((await api(app, director, 'GET', `/groups/${group.id}/members/${fenna?.id ?? ''}/outcome-letter/pdf?letterDate=2026-12-08`)).statusCode).toBe(400);
    expect((await api(app, director, 'GET', `/groups/${group.id}/members/${fenna?.id ?? ''}/outcome-letter/pdf?letterDate=2026-12-07`)).statusCode).toBe(200);
  });

  it('ZVT-2B.4 recording the letter sent completes only that member’s informing, in one transaction, logged for that member', async () => {
    const group = await groupWithPlan('Groep Verzending');
    await decide(group.id);
    const director = await as(world.chainDirector.id);
    const [fenna, gijs] = group.members;
    const state = await lettersOf(group.id);
    expect(state.members.map((m) => [m.available, m.informingStatus, m.abilities.recordSent])).toEqual([
      [true, 'open', true],
      [true, 'open', true],
      [true, 'open', true],
    ]);
    const url = `/groups/${group.id}/members/${fenna?.id ?? ''}/outcome-letter/sent`;
    expect((await api(app, director, 'POST', url, { letterDate: '2026-11-23', sentOn: '2026-11-24', channel: 'post', templateHash: state.templateHash })).statusCode).toBe(400);
    expect((await api(app, director, 'POST', url, { letterDate: '2026-11-23', sentOn: '2026-11-22', channel: 'post', templateHash: state.templateHash })).statusCode).toBe(400);
    expect((await api(app, director, 'POST', url, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: 'oud' })).statusCode).toBe(409);
    const sent = await api(app, director, 'POST', url, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: state.templateHash });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ memberId: fenna?.id, sentOn: '2026-11-23', channel: 'post', informingCompleted: true });

    const tasks = await db.selectFrom('group_informing_tasks').select(['member_id', 'status', 'sent_on']).where('case_id', '=', group.id).execute();
    expect(tasks.find((t) => t.member_id === fenna?.id)).toMatchObject({ status: 'done', sent_on: '2026-11-23' });
    expect(tasks.filter((t) => t.member_id !== fenna?.id).map((t) => t.status)).toEqual(['open', 'open']);
    const after = await lettersOf(group.id);
    expect(after.members[0]).toMatchObject({ informingStatus: 'done', sent: { sentOn: '2026-11-23', letter: { letterDate: '2026-11-23', channel: 'post' } }, abilities: { render: true, recordSent: false } });
    expect(after.members[1]).toMatchObject({ informingStatus: 'open', sent: null });
    const detail = (await api(app, director, 'GET', `/groups/${group.id}`)).json<{ informing: { memberId: string; status: string }[]; abilities: { groupOutcomeLetters: boolean } }>();
    expect(detail.informing.find((t) => t.memberId === fenna?.id)?.status).toBe('done');
    expect(detail.abilities.groupOutcomeLetters).toBe(true);

    for (const operation of ['group.inform', 'letter.record-sent']) {
      const log = await db.selectFrom('processing_log').select('subject_hashes').where('operation_name', '=', operation).orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(log.subject_hashes).toHaveLength(1);
    }
    // Recording twice is a conflict; the other member is unaffected and can be recorded.
    expect((await api(app, director, 'POST', url, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: state.templateHash })).statusCode).toBe(409);
    const second = await api(app, director, 'POST', `/groups/${group.id}/members/${gijs?.id ?? ''}/outcome-letter/sent`, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'handed-over', templateHash: state.templateHash });
    expect(second.statusCode, second.body).toBe(201);
  });

  it('ZVT-2B.4 only the chain director of the table: the core group and the police get 403, a partner outside the group and another table’s chain director 404', async () => {
    const group = await groupWithPlan('Groep Toegang');
    await decide(group.id);
    const state = await lettersOf(group.id);
    const memberId = group.members[0]?.id ?? '';
    const body = { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: state.templateHash };
    const expectations: [string, number][] = [
      [youthWorker.id, 403],
      [world.officer.id, 403],
      [schoolWorker.id, 404],
      [world.otherChainDirector.id, 404],
    ];
    for (const [userId, status] of expectations) {
      const session = await as(userId);
      expect((await api(app, session, 'GET', `/groups/${group.id}/letters`)).statusCode, userId).toBe(status);
      expect((await api(app, session, 'GET', `/groups/${group.id}/members/${memberId}/outcome-letter/pdf`)).statusCode, userId).toBe(status);
      expect((await api(app, session, 'POST', `/groups/${group.id}/members/${memberId}/outcome-letter/sent`, body)).statusCode, userId).toBe(status);
    }
    // A member of another group is not found in this one.
    const other = await groupWithPlan('Groep Ander Lid');
    const foreign = other.members[0]?.id ?? '';
    expect((await api(app, await as(world.chainDirector.id), 'GET', `/groups/${group.id}/members/${foreign}/outcome-letter/pdf`)).statusCode).toBe(404);
    expect((await db.selectFrom('group_informing_tasks').select('status').where('case_id', '=', group.id).execute()).every((t) => t.status === 'open')).toBe(true);
  });
});
