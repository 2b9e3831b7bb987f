import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from '../../test/database.ts';
import { TestClock, api, buildTestApp, cachedLogin } from '../../test/harness.ts';
import { buildOrganisation, buildUser, buildWorld } from '../../test/factories.ts';
import { involvementsOf, type PolicyContribution } from '@ketentafel/domain';
import type { Db } from '../../db/database.ts';
import { runRetention } from '../../retention/retention.job.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string };
let school: { id: string };
let youthWorker: { id: string };
let schoolWorker: { id: string };
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function registration(overrides: Record<string, unknown> = {}) {
  return {
    tableId: world.table.id,
    name: 'Groep Stationsplein',
    area: 'Stationsplein en omgeving',
    reason: 'Groepsscan: structurele overlast rond het station.',
    members: [
      { fullName: 'Testlid Een', birthDate: '2010-03-01' },
      { fullName: 'Testlid Twee', birthDate: '2009-07-15' },
    ],
    scanDocument: { fileName: 'groepsscan.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') },
    ...overrides,
  };
}

interface Detail {
  id: string;
  reference: string;
  phase: string;
  endState: string | null;
  members: { id: string; fullName: string; registeredCaseReference: string | null }[];
  scanDocument: { contributionId: string; sha256: string } | null;
  picture: unknown;
  draftPlan: { decidingBody: string } | null;
  informing: { id: string; memberId: string; status: string }[];
  corePartners: { organisationId: string }[];
  abilities: Record<string, boolean>;
}

async function registerAndAdmit(name = 'Groep Stationsplein'): Promise<Detail> {
  const created = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ name }));
  expect(created.statusCode, created.body).toBe(201);
  const group = created.json<Detail>();
  const admitted = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' });
  expect(admitted.statusCode, admitted.body).toBe(200);
  return group;
}

const PICTURE = {
  behaviour: 'Hangen, intimidatie van voorbijgangers, vernielingen.',
  impact: 'Bewoners en winkeliers voelen zich onveilig.',
  composition: 'Vijf tot acht jongeren, kern van drie.',
  dynamics: 'Twee leiders, de rest volgt.',
  slidingRisk: 'Reëel risico op afglijden naar criminaliteit.',
  prosecutorConsultation: { consultedOn: '2026-11-20', summary: 'OM ziet geen strafrechtelijk traject voor de groep als geheel.' },
};

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work' });
  school = await buildOrganisation(db, { kind: 'school-attendance' });
  await db.insertInto('table_partners').values([{ table_id: world.table.id, organisation_id: youthWork.id }, { table_id: world.table.id, organisation_id: school.id }]).execute();
  youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
  schoolWorker = await buildUser(db, { organisationId: school.id, role: 'partner-professional', tableIds: [world.table.id] });
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('ZVT-2B registration from a police group scan', () => {
  it('the police register a group with members and the scan (PDF in PostgreSQL with SHA-256)', async () => {
    const response = await api(app, await as(world.officer.id), 'POST', '/groups', registration());
    expect(response.statusCode, response.body).toBe(201);
    const group = response.json<Detail>();
    expect(group.phase).toBe('1');
    expect(group.members.map((m) => m.fullName)).toEqual(['Testlid Een', 'Testlid Twee']);
    const file = await db.selectFrom('contribution_files').selectAll().where('case_id', '=', group.id).executeTakeFirstOrThrow();
    expect(file.content.equals(PDF)).toBe(true);
    expect(group.scanDocument?.sha256).toBe(file.sha256);
    const owner = await db.selectFrom('contributions').select(['owner_organisation_id', 'category']).where('id', '=', file.contribution_id).executeTakeFirstOrThrow();
    expect(owner).toEqual({ owner_organisation_id: world.police.id, category: 'criminal' });
    // Each member is a data subject with its own log key; the registration is logged with their keyed hashes.
    const subjects = await db.selectFrom('group_members').select('subject_id').where('case_id', '=', group.id).execute();
    const log = await db.selectFrom('processing_log').select('subject_hashes').where('operation_name', '=', 'group.register').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(log.subject_hashes).toHaveLength(subjects.length);
  });

  it('X-1 members the police do not know by name are a count only: stored as a number, logged as subject_count, never as a person', async () => {
    const subjectsBefore = await db.selectFrom('subjects').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const response = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ unknownMemberCount: 3 }));
    expect(response.statusCode, response.body).toBe(201);
    const group = response.json<Detail & { unknownMemberCount: number }>();
    expect(group.unknownMemberCount).toBe(3);
    const subjectsAfter = await db.selectFrom('subjects').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(subjectsAfter.n) - Number(subjectsBefore.n)).toBe(2); // the two named members, nobody else
    const log = await db.selectFrom('processing_log').select(['subject_hashes', 'subject_count']).where('operation_name', '=', 'group.register').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(log.subject_count).toBe(3);
    expect(log.subject_hashes).toHaveLength(2);
    expect((await api(app, await as(world.officer.id), 'POST', '/groups', registration({ unknownMemberCount: -1 }))).statusCode).toBe(400);
    // Without the field the count is 0, and the log says so.
    await api(app, await as(world.officer.id), 'POST', '/groups', registration());
    const plain = await db.selectFrom('processing_log').select('subject_count').where('operation_name', '=', 'group.register').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(plain.subject_count).toBe(0);
  });

  it('only the police (or the chain director for them) register a group', async () => {
    expect((await api(app, await as(world.careWorker.id), 'POST', '/groups', registration())).statusCode).toBe(403);
    expect((await api(app, await as(world.chainDirector.id), 'POST', '/groups', registration())).statusCode).toBe(400);
    const acting = await api(app, await as(world.chainDirector.id), 'POST', '/groups', registration({ policeOrganisationId: world.police.id, referrerUserId: world.officer.id }));
    expect(acting.statusCode, acting.body).toBe(201);
    const row = await db.selectFrom('cases').select(['referrer_organisation_id', 'referrer_user_id']).where('id', '=', acting.json<Detail>().id).executeTakeFirstOrThrow();
    // ZVT-2B.3: the police are the referrer, the chain director only acts for them (ADR 0023).
    expect(row).toEqual({ referrer_organisation_id: world.police.id, referrer_user_id: world.officer.id });
  });

  it('refuses anything but a PDF (415) and a file over 5 MB (413), as problem+json', async () => {
    const png = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ scanDocument: { fileName: 'a.png', contentType: 'image/png', contentBase64: PDF.toString('base64') } }));
    expect(png.statusCode).toBe(415);
    expect(png.headers['content-type']).toContain('application/problem+json');
    const renamed = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ scanDocument: { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('GIF89a.....').toString('base64') } }));
    expect(renamed.statusCode).toBe(415);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    PDF.copy(big);
    const tooLarge = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ scanDocument: { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: big.toString('base64') } }));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json<{ detail: string }>().detail).toMatch(/5 MB/);
  });
});

describe('ZVT-2B.1 visibility: chain director and the core group; others see nothing', () => {
  it('before admission only the referrer and chain director; from 2B the core group; a partner outside it gets 404', async () => {
    const created = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ name: 'Groep Zichtbaarheid' }));
    const group = created.json<Detail>();
    expect((await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}`)).statusCode).toBe(404);
    await api(app, await as(world.chainDirector.id), 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' });
    const seen = await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Detail>().members).toHaveLength(2);
    // The scan is criminal data of the police: a core-group partner sees it only once the police release it.
    expect(seen.json<Detail>().scanDocument).toBeNull();
    expect((await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}/scan-document`)).statusCode).toBe(404);
    expect((await api(app, await as(schoolWorker.id), 'GET', `/groups/${group.id}`)).statusCode).toBe(404);
    const list = await api(app, await as(schoolWorker.id), 'GET', '/groups');
    expect(list.json<{ groups: { id: string }[] }>().groups.map((g) => g.id)).not.toContain(group.id);
    const denied = await db.selectFrom('user_audit_log').select('outcome').where('action', '=', 'group.read').where('record_id', '=', group.id).where('user_id', '=', schoolWorker.id).execute();
    expect(denied.map((d) => d.outcome)).toContain('denied');

    const download = await api(app, await as(world.officer.id), 'GET', `/groups/${group.id}/scan-document`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const release = await api(app, await as(world.officer.id), 'POST', `/cases/${group.id}/contributions/${created.json<Detail>().scanDocument?.contributionId ?? ''}/releases`, {
      organisationId: youthWork.id,
      activity: 'Verrijken van de groepsscan in de kerngroep',
    });
    expect(release.statusCode, release.body).toBe(201);
    expect((await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}/scan-document`)).statusCode).toBe(200);

    // "Others on request": the chain director adds the school partner to the core group.
    const added = await api(app, await as(world.chainDirector.id), 'POST', `/groups/${group.id}/core-partners`, { organisationId: school.id, motivation: 'Leerplicht kent de meeste leden van de groep.' });
    expect(added.statusCode, added.body).toBe(201);
    expect((await api(app, await as(schoolWorker.id), 'GET', `/groups/${group.id}`)).statusCode).toBe(200);
  });
});

describe('ZVT-3A.3 the chain director registers for the police: the police own, see and release the scan', () => {
  it('police users of that organisation see the group and the scan from registration on and release it; other police see nothing', async () => {
    const otherPolice = await buildOrganisation(db, { kind: 'police' });
    await db.insertInto('table_partners').values({ table_id: world.otherTable.id, organisation_id: otherPolice.id }).execute();
    const foreignOfficer = await buildUser(db, { organisationId: otherPolice.id, role: 'partner-professional', tableIds: [world.otherTable.id] });
    const samePoliceOtherTable = await buildUser(db, { organisationId: world.police.id, role: 'partner-professional', tableIds: [world.otherTable.id] });

    const created = await api(app, await as(world.chainDirector.id), 'POST', '/groups', registration({ name: 'Groep Namens Politie', policeOrganisationId: world.police.id, referrerUserId: world.officer.id }));
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json<Detail>();
    const row = await db.selectFrom('cases').select(['referrer_organisation_id', 'referrer_user_id']).where('id', '=', group.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ referrer_organisation_id: world.police.id, referrer_user_id: world.officer.id });
    const scanId = group.scanDocument?.contributionId ?? '';
    expect(group.abilities).not.toHaveProperty('release', true);

    // A police professional who did not register anything sees the group and the scan in phase 1 (owner organisation).
    const officer = await as(world.otherOfficer.id);
    const list = await api(app, officer, 'GET', '/groups');
    expect(list.json<{ groups: { id: string }[] }>().groups.map((g) => g.id)).toContain(group.id);
    const seen = await api(app, officer, 'GET', `/groups/${group.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<Detail>().scanDocument?.contributionId).toBe(scanId);
    expect((await api(app, officer, 'GET', `/groups/${group.id}/scan-document`)).statusCode).toBe(200);
    // Only the owner releases (zeggenschap): the chain director who acted for the police cannot.
    const byDirector = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${group.id}/contributions/${scanId}/releases`, { organisationId: youthWork.id, activity: 'Verrijken van de groepsscan' });
    expect(byDirector.statusCode).toBe(403);
    const release = await api(app, officer, 'POST', `/cases/${group.id}/contributions/${scanId}/releases`, { organisationId: youthWork.id, activity: 'Verrijken van de groepsscan in de kerngroep' });
    expect(release.statusCode, release.body).toBe(201);

    // From 2B the core-group partner sees the group, and the scan because the police released it.
    expect((await api(app, await as(world.chainDirector.id), 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' })).statusCode).toBe(200);
    const partner = await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}`);
    expect(partner.statusCode).toBe(200);
    expect(partner.json<Detail>().scanDocument?.contributionId).toBe(scanId);
    expect((await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}/scan-document`)).statusCode).toBe(200);

    // Police of another organisation, and the same police organisation at another table: nothing, as if it did not exist.
    for (const outsider of [foreignOfficer, samePoliceOtherTable]) {
      const session = await as(outsider.id);
      expect((await api(app, session, 'GET', `/groups/${group.id}`)).statusCode).toBe(404);
      expect((await api(app, session, 'GET', `/groups/${group.id}/scan-document`)).statusCode).toBe(404);
      expect((await api(app, session, 'GET', `/cases/${group.id}/contributions`)).statusCode).toBe(404);
      const theirs = await api(app, session, 'GET', '/groups');
      expect(theirs.json<{ groups: { id: string }[] }>().groups.map((g) => g.id)).not.toContain(group.id);
    }
  });
});

describe('ZVT-2B.3 individual registrations from a group the chain director registered for the police', () => {
  it('ZVT-2B.3 the chain director names a police professional of the table as referrer; anything else is refused', async () => {
    const director = await as(world.chainDirector.id);
    const samePoliceOtherTable = await buildUser(db, { organisationId: world.police.id, role: 'partner-professional', tableIds: [world.otherTable.id] });
    const inactive = await buildUser(db, { organisationId: world.police.id, role: 'partner-professional', tableIds: [world.table.id] });
    await db.updateTable('users').set({ active: false }).where('id', '=', inactive.id).execute();
    for (const referrerUserId of [undefined, world.chainDirector.id, world.careWorker.id, samePoliceOtherTable.id, inactive.id]) {
      const refused = await api(app, director, 'POST', '/groups', registration({ policeOrganisationId: world.police.id, ...(referrerUserId === undefined ? {} : { referrerUserId }) }));
      expect(refused.statusCode, String(referrerUserId)).toBe(400);
      expect(refused.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.referrerUserId']);
    }
    // The police professional registering themselves cannot name someone else: they are the referrer.
    const own = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ referrerUserId: world.otherOfficer.id }));
    expect(own.statusCode, own.body).toBe(201);
    expect((await db.selectFrom('cases').select('referrer_user_id').where('id', '=', own.json<Detail>().id).executeTakeFirstOrThrow()).referrer_user_id).toBe(world.officer.id);
    // The chain director sees the police professionals of the table to choose from (GET /tables); a partner does not.
    const tables = (await api(app, director, 'GET', '/tables')).json<{ tables: { id: string; policeProfessionals: { id: string }[] | null }[] }>().tables;
    const choice = tables.find((t) => t.id === world.table.id)?.policeProfessionals?.map((u) => u.id) ?? [];
    expect(choice).toEqual(expect.arrayContaining([world.officer.id, world.otherOfficer.id]));
    expect(choice).not.toContain(inactive.id);
    expect(choice).not.toContain(world.careWorker.id);
    const partnerTables = (await api(app, await as(world.officer.id), 'GET', '/tables')).json<{ tables: { policeProfessionals: unknown }[] }>().tables;
    expect(partnerTables.every((t) => t.policeProfessionals === null)).toBe(true);
  });

  it('ZVT-2B.3 the 2A registration names the police professional as referrer: the police referrer gets referrer access, the chain director does not', async () => {
    const director = await as(world.chainDirector.id);
    const created = await api(app, director, 'POST', '/groups', registration({ name: 'Groep Namens Politie Besluit', policeOrganisationId: world.police.id, referrerUserId: world.otherOfficer.id }));
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json<Detail>();
    expect((await api(app, director, 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' })).statusCode).toBe(200);
    expect((await api(app, director, 'PUT', `/groups/${group.id}/picture`, PICTURE)).statusCode).toBe(200);
    const [first] = group.members;
    const plan = await api(app, director, 'POST', `/groups/${group.id}/outcome`, {
      outcome: 'draft-plan',
      areaMeasures: 'Extra handhaving',
      groupMeasures: 'Groepsgesprek met jongerenwerk',
      individualApproachMemberIds: [first?.id],
      involveVeiligheidshuis: false,
      priority: 'high',
      criminalGroup: false,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const adopted = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { decidedOn: '2026-11-23', motivation: '', memberIdsToRegister: [first?.id], body: 'triangle', outcomes: ['plan-adopted', 'plan-adopted-individual-registrations'] });
    expect(adopted.statusCode, adopted.body).toBe(201);
    const caseId = adopted.json<{ registeredCases: { caseId: string }[] }>().registeredCases[0]?.caseId ?? '';

    const individual = await db.selectFrom('cases').select(['table_id', 'phase', 'referrer_organisation_id', 'referrer_user_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(individual).toMatchObject({ phase: '2A', referrer_organisation_id: world.police.id, referrer_user_id: world.otherOfficer.id });
    const registrationData = await db.selectFrom('contributions').select(['phase', 'category', 'owner_organisation_id', 'created_by']).where('case_id', '=', caseId).execute();
    expect(registrationData.length).toBeGreaterThan(0);
    // The access policy, on this case's facts: the referrer involvement is the police professional's, never the chain director's.
    const facts = (c: (typeof registrationData)[number]): PolicyContribution => ({
      tableId: individual.table_id,
      phase: c.phase,
      category: c.category,
      ownerOrganisationId: c.owner_organisation_id,
      createdByUserId: c.created_by,
      caseReferrerUserId: individual.referrer_user_id,
      caseDirectorUserId: null,
      grants: [],
    });
    const actor = (u: { id: string }, organisationId: string, role: 'chain-director' | 'partner-professional') => ({ userId: u.id, organisationId, role, tableIds: [world.table.id] });
    for (const c of registrationData) {
      expect(involvementsOf(actor(world.chainDirector, world.municipality.id, 'chain-director'), facts(c)).has('referrer')).toBe(false);
      expect(involvementsOf(actor(world.otherOfficer, world.police.id, 'partner-professional'), facts(c)).has('referrer')).toBe(true);
    }
    // Through the API: the police referrer opens the case and its registration data.
    const referrer = await as(world.otherOfficer.id);
    expect((await api(app, referrer, 'GET', `/cases/${caseId}`)).statusCode).toBe(200);
    const theirs = await api(app, referrer, 'GET', `/cases/${caseId}/contributions`);
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json<{ contributions: unknown[] }>().contributions.length).toBeGreaterThan(0);
    // It is in the referrer's own list of registrations.
    const mine = await api(app, referrer, 'GET', '/cases');
    expect(mine.json<{ cases: { id: string }[] }>().cases.map((c) => c.id)).toContain(caseId);
  });
});

describe('ZVT-2B.1–2B.4 through the group approach', () => {
  it('group picture → draft plan → triangle adopts with individual registrations (2A) → informing', async () => {
    const group = await registerAndAdmit('Groep Volledig');
    const director = await as(world.chainDirector.id);
    expect((await api(app, director, 'POST', `/groups/${group.id}/outcome`, { outcome: 'no-group-approach', motivation: 'Nog geen groepsbeeld vastgelegd hier.' })).statusCode).toBe(422);
    expect((await api(app, await as(youthWorker.id), 'PUT', `/groups/${group.id}/picture`, PICTURE)).statusCode).toBe(403);
    const picture = await api(app, director, 'PUT', `/groups/${group.id}/picture`, PICTURE);
    expect(picture.statusCode, picture.body).toBe(200);
    // The core group sees the picture.
    expect((await api(app, await as(youthWorker.id), 'GET', `/groups/${group.id}`)).json<Detail>().picture).not.toBeNull();

    const [first, second] = group.members;
    const outcome = await api(app, director, 'POST', `/groups/${group.id}/outcome`, {
      outcome: 'draft-plan',
      areaMeasures: 'Cameratoezicht en extra handhaving',
      groupMeasures: 'Groepsgesprek met jongerenwerk',
      individualApproachMemberIds: [first?.id],
      involveVeiligheidshuis: true,
      priority: 'high',
      criminalGroup: false,
    });
    expect(outcome.statusCode, outcome.body).toBe(201);
    const afterPlan = (await api(app, director, 'GET', `/groups/${group.id}`)).json<Detail>();
    expect(afterPlan.phase).toBe('2B-decision');
    expect(afterPlan.draftPlan?.decidingBody).toBe('triangle');

    const decision = { decidedOn: '2026-11-23', motivation: '', memberIdsToRegister: [first?.id] };
    const wrongBody = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { ...decision, body: 'mayor-and-alderman', outcomes: ['plan-adopted', 'plan-adopted-individual-registrations'] });
    expect(wrongBody.statusCode).toBe(422);
    const adopted = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { ...decision, body: 'triangle', outcomes: ['plan-adopted', 'plan-adopted-individual-registrations'] });
    expect(adopted.statusCode, adopted.body).toBe(201);
    const result = adopted.json<{ endState: string; registeredCases: { memberId: string; caseId: string; reference: string }[] }>();
    expect(result.endState).toBe('group-approach-adopted');
    expect(result.registeredCases.map((r) => r.memberId)).toEqual([first?.id]);

    // The individual registration: phase 2A, the police as referrer, the informing duty of 2A, logged.
    const individual = await db
      .selectFrom('cases')
      .innerJoin('subjects as s', 's.id', 'cases.subject_id')
      .select(['cases.phase', 'cases.kind', 'cases.referrer_organisation_id', 'cases.referrer_user_id', 's.full_name'])
      .where('cases.id', '=', result.registeredCases[0]?.caseId ?? '')
      .executeTakeFirstOrThrow();
    expect(individual).toEqual({ phase: '2A', kind: 'individual', referrer_organisation_id: world.police.id, referrer_user_id: world.officer.id, full_name: 'Testlid Een' });
    expect(await db.selectFrom('informing_tasks').select('status').where('case_id', '=', result.registeredCases[0]?.caseId ?? '').execute()).toEqual([{ status: 'open' }]);
    const officerCase = await api(app, await as(world.officer.id), 'GET', `/cases/${result.registeredCases[0]?.caseId ?? ''}`);
    expect(officerCase.statusCode).toBe(200);

    const detail = (await api(app, director, 'GET', `/groups/${group.id}`)).json<Detail>();
    expect(detail.members.find((m) => m.id === first?.id)?.registeredCaseReference).toBe(result.registeredCases[0]?.reference);
    expect(detail.informing.map((t) => t.memberId).sort()).toEqual([first?.id, second?.id].sort());
    expect(detail.abilities.recordDecision).toBe(false);
    const task = detail.informing[0];
    const informed = await api(app, director, 'POST', `/groups/${group.id}/informing-tasks/${task?.id ?? ''}/sent`, {
      sentOn: '2026-11-23',
      outcome: 'Plan van aanpak vastgesteld',
      goal: 'Overlast verminderen',
      themes: 'Gedrag op straat, school',
      participants: 'Jongerenwerk, politie, Voor Ieder 1',
      rightsExplained: true,
    });
    expect(informed.statusCode, informed.body).toBe(200);
    expect(informed.json<Detail>().informing.find((t) => t.id === task?.id)?.status).toBe('done');
    expect((await api(app, director, 'POST', `/groups/${group.id}/informing-tasks/${task?.id ?? ''}/sent`, { sentOn: '2026-11-23', outcome: 'x'.repeat(5), goal: 'x'.repeat(5), themes: 'x'.repeat(5), participants: 'xxx', rightsExplained: true })).statusCode).toBe(409);
  });

  it('needs change keeps the plan in the decision phase; not adopted deletes the group, its members and the scan at once', async () => {
    const group = await registerAndAdmit('Groep Afgewezen');
    const director = await as(world.chainDirector.id);
    await api(app, director, 'PUT', `/groups/${group.id}/picture`, { ...PICTURE, prosecutorConsultation: null });
    await api(app, director, 'POST', `/groups/${group.id}/outcome`, { outcome: 'draft-plan', areaMeasures: 'Extra toezicht', groupMeasures: '', individualApproachMemberIds: [], involveVeiligheidshuis: false, priority: 'low', criminalGroup: false });
    const change = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { decidedOn: '2026-11-23', body: 'mayor-and-alderman', outcomes: ['plan-needs-change'], motivation: 'De gebiedsmaatregelen moeten concreter worden.', memberIdsToRegister: [] });
    expect(change.statusCode, change.body).toBe(201);
    expect(change.json<{ phase: string }>().phase).toBe('2B-decision');
    const subjectIds = (await db.selectFrom('group_members').select('subject_id').where('case_id', '=', group.id).execute()).map((r) => r.subject_id);
    const not = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { decidedOn: '2026-11-23', body: 'triangle', outcomes: ['plan-not-adopted'], motivation: 'De driehoek ziet geen grond voor een groepsaanpak.', memberIdsToRegister: [] });
    expect(not.statusCode, not.body).toBe(201);
    expect(not.json<{ deleted: boolean }>().deleted).toBe(true);
    expect(await db.selectFrom('cases').select('id').where('id', '=', group.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('subjects').select('id').where('id', 'in', subjectIds).execute()).toEqual([]);
    expect(await db.selectFrom('contribution_files').select('case_id').where('case_id', '=', group.id).execute()).toEqual([]);
    expect((await api(app, director, 'GET', `/groups/${group.id}`)).statusCode).toBe(404);
  });

  it('no group approach (ZVT-2B.2) deletes the group at once and tells the police by reference', async () => {
    const group = await registerAndAdmit('Groep Geen Aanpak');
    const director = await as(world.chainDirector.id);
    await api(app, director, 'PUT', `/groups/${group.id}/picture`, { ...PICTURE, prosecutorConsultation: null });
    const response = await api(app, director, 'POST', `/groups/${group.id}/outcome`, { outcome: 'no-group-approach', motivation: 'De overlast is na gesprekken met de jongeren gestopt.' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ deleted: boolean }>().deleted).toBe(true);
    expect(await db.selectFrom('group_members').select('id').where('case_id', '=', group.id).execute()).toEqual([]);
    const notice = await db.selectFrom('notices').select('message').where('reference', '=', group.reference).executeTakeFirstOrThrow();
    expect(notice.message).not.toContain('Testlid');
  });
});

describe('ZVT-2B.3 with ZVT-1.4: legal representatives of a member under 16 registered individually', () => {
  it('required for a member under 16, stored on the new case, so its 2A informing can reach them', async () => {
    const created = await api(app, await as(world.officer.id), 'POST', '/groups', registration({ name: 'Groep Jong', members: [{ fullName: 'Testlid Jong', birthDate: '2013-02-02' }] }));
    const group = created.json<Detail>();
    const director = await as(world.chainDirector.id);
    await api(app, director, 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' });
    await api(app, director, 'PUT', `/groups/${group.id}/picture`, { ...PICTURE, prosecutorConsultation: null });
    await api(app, director, 'POST', `/groups/${group.id}/outcome`, { outcome: 'draft-plan', areaMeasures: 'Extra toezicht', groupMeasures: '', individualApproachMemberIds: [], involveVeiligheidshuis: false, priority: 'low', criminalGroup: false });
    const memberId = group.members[0]?.id ?? '';
    const decision = { decidedOn: '2026-11-23', body: 'mayor-and-alderman', outcomes: ['plan-adopted-individual-registrations'], motivation: '', memberIdsToRegister: [memberId] };
    const missing = await api(app, director, 'POST', `/groups/${group.id}/decisions`, decision);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe(`body.legalRepresentatives.${memberId}`);
    const ok = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { ...decision, legalRepresentatives: [{ memberId, fullName: 'Ouder Jong', relation: 'parent', contact: '06-00000000' }] });
    expect(ok.statusCode, ok.body).toBe(201);
    const caseId = ok.json<{ registeredCases: { caseId: string }[] }>().registeredCases[0]?.caseId ?? '';
    expect(await db.selectFrom('legal_representatives').select('full_name').where('case_id', '=', caseId).execute()).toEqual([{ full_name: 'Ouder Jong' }]);
  });
});

describe('X-4 retention of an adopted group (ADR 0017)', () => {
  it('inactive after 6 months (members and their subjects gone), deleted after 12 months', async () => {
    const group = await registerAndAdmit('Groep Bewaren');
    const director = await as(world.chainDirector.id);
    await api(app, director, 'PUT', `/groups/${group.id}/picture`, { ...PICTURE, prosecutorConsultation: null });
    await api(app, director, 'POST', `/groups/${group.id}/outcome`, { outcome: 'draft-plan', areaMeasures: 'Extra toezicht', groupMeasures: '', individualApproachMemberIds: [], involveVeiligheidshuis: false, priority: 'medium', criminalGroup: false });
    const adopted = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { decidedOn: '2026-11-23', body: 'mayor-and-alderman', outcomes: ['plan-adopted'], motivation: '', memberIdsToRegister: [] });
    expect(adopted.statusCode, adopted.body).toBe(201);
    const subjectIds = (await db.selectFrom('group_members').select('subject_id').where('case_id', '=', group.id).execute()).map((r) => r.subject_id);
    expect(subjectIds).toHaveLength(2);

    await runRetention({ db, clock: new TestClock(new Date('2027-05-22T12:00:00+02:00')) });
    expect(await db.selectFrom('group_members').select('id').where('case_id', '=', group.id).execute()).toHaveLength(2);

    await runRetention({ db, clock: new TestClock(new Date('2027-05-23T12:00:00+02:00')) });
    const inactive = await db.selectFrom('cases').select(['inactive_since', 'group_name']).where('id', '=', group.id).executeTakeFirstOrThrow();
    expect(inactive).toEqual({ inactive_since: '2027-05-23', group_name: 'Groep Bewaren' });
    for (const table of ['group_members', 'contribution_files', 'group_decisions', 'group_informing_tasks', 'contributions'] as const) {
      expect(await db.selectFrom(table).select('case_id').where('case_id', '=', group.id).execute(), table).toEqual([]);
    }
    expect(await db.selectFrom('subjects').select('id').where('id', 'in', subjectIds).execute()).toEqual([]);

    await runRetention({ db, clock: new TestClock(new Date('2027-11-23T12:00:00+01:00')) });
    expect(await db.selectFrom('cases').select('id').where('id', '=', group.id).executeTakeFirst()).toBeUndefined();
    const logged = await db.selectFrom('deletion_log').select(['record_kind']).where('record_kind', '=', 'group-member').execute();
    expect(logged.length).toBeGreaterThan(0);
  });
});
