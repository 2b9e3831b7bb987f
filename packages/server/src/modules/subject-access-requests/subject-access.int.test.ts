import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, TestClock, cachedLogin } from '../../test/harness.ts';
import type { AccessExportV1 } from './subject-access.export.ts';
import { purgeExpiredAccessExports } from './subject-access.service.ts';
import type { TSubjectAccessRequest } from './subject-access.schemas.ts';

/** poppler-utils (`pdftotext`, `pdfdetach`) reads the encrypted PDF independently of pdfkit; `.ci/run` installs it. */
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let otherTableOfficer: { id: string };
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const workDir = mkdtempSync(path.join(tmpdir(), 'kt-art15-'));

const as = cachedLogin(() => app);

async function register(userId: string, tableId: string, fullName: string, birthDate: string, reason: string, parentName: string, municipality = 'Teststad') {
  const body = registrationBody(tableId, birthDate);
  const response = await api(app, await as(userId), 'POST', '/cases', {
    ...body,
    subject: { ...body.subject, fullName, municipality },
    legalRepresentatives: [{ ...body.legalRepresentatives[0], fullName: parentName }],
    reason,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; reference: string }>();
}

const REQUEST = { subjectName: '  sanne   DE wit ', subjectBirthDate: '2011-04-02', receivedOn: '2026-11-20', receivedVia: 'letter', externalReference: 'brief 2026-117', requestedBy: 'legal-representative' } as const;

async function recordRequest(userId: string, body: Record<string, unknown> = REQUEST) {
  return api(app, await as(userId), 'POST', '/subject-access-requests', body);
}

interface Receipt {
  oneTimeCode: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  expiresAt: string;
}

async function produce(userId: string, requestId: string) {
  const response = await api(app, await as(userId), 'POST', `/subject-access-requests/${requestId}/export`);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Receipt>();
}

interface MatchList {
  confirmationNeeded: boolean;
  candidates: { matchId: string; kind: string; table: string; tableMunicipality: string; registeredMonth: string; municipality: string | null; relation: string | null; belongs: boolean | null }[];
}

async function matches(userId: string, requestId: string) {
  const response = await api(app, await as(userId), 'GET', `/subject-access-requests/${requestId}/matches`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MatchList>();
}

/** ADR 0022: the handler confirms which matches are the requester's (here: all, or those `belongs` picks). */
async function confirm(userId: string, requestId: string, belongs: (candidate: MatchList['candidates'][number]) => boolean = () => true) {
  const list = await matches(userId, requestId);
  const response = await api(app, await as(userId), 'PUT', `/subject-access-requests/${requestId}/matches`, {
    decisions: list.candidates.map((c) => ({ matchId: c.matchId, belongs: belongs(c) })),
    basis: 'Woonplaats en tafel telefonisch bij de verzoeker nagevraagd.',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TSubjectAccessRequest>();
}

/** Sanne de Wit is registered at two tables (two subject rows): the same person, confirmed as such by the handler. */
async function confirmAndProduce(userId: string, requestId: string) {
  await confirm(userId, requestId);
  return produce(userId, requestId);
}

async function download(userId: string, requestId: string) {
  return api(app, await as(userId), 'GET', `/subject-access-requests/${requestId}/export`);
}

function writePdf(bytes: Buffer, name: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Opens the PDF with poppler: its text and the embedded `inzage.json`. */
function openWithCode(file: string, code: string): { text: string; json: AccessExportV1 } {
  const text = execFileSync('pdftotext', ['-upw', code, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const list = execFileSync('pdfdetach', ['-upw', code, '-list', file], { encoding: 'utf8' });
  expect(list).toContain('inzage.json');
  const out = path.join(workDir, `${path.basename(file)}.json`);
  execFileSync('pdfdetach', ['-upw', code, '-savefile', 'inzage.json', '-o', out, file]);
  return { text, json: JSON.parse(readFileSync(out, 'utf8')) as AccessExportV1 };
}

let caseA: { id: string; reference: string };
let caseB: { id: string; reference: string };
let sameNameOtherBirth: { id: string; reference: string };
let otherPerson: { id: string; reference: string };
let youthCareContributionId: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  otherTableOfficer = await buildUser(db, { organisationId: world.police.id, role: 'partner-professional', tableIds: [world.otherTable.id] });
  app = await buildTestApp(db, clock);

  caseA = await register(world.officer.id, world.table.id, 'Sanne de Wit', '2011-04-02', 'Reden-A: overlast bij het station.', 'Karin de Wit');
  caseB = await register(otherTableOfficer.id, world.otherTable.id, 'Sanne de Wit', '2011-04-02', 'Reden-B: spijbelen op de andere tafel.', 'Karin de Wit');
  sameNameOtherBirth = await register(world.officer.id, world.table.id, 'Sanne de Wit', '2012-09-09', 'Reden-C: naamgenoot, andere geboortedatum.', 'Peter Zwart');
  otherPerson = await register(world.officer.id, world.table.id, 'Pieter Bos', '2010-01-01', 'Reden-D: iemand anders.', 'Els Bos');

  // A contribution of a second organisation (youth care) to case A, and one to the namesake's case.
  const youthCareUser = await db.selectFrom('users').select('id').where('id', '=', world.careWorker.id).executeTakeFirstOrThrow();
  const inserted = await db
    .insertInto('contributions')
    .values({
      case_id: caseA.id,
      owner_organisation_id: world.youthCare.id,
      phase: '1',
      purpose: 'Voorbereiding casusoverleg (ZVT-2A.2)',
      category: 'health',
      kind: 'partner-answer',
      content: JSON.stringify({ answer: 'Jeugdhulp-A: bekend bij de GGZ sinds 2024.' }),
      created_by: youthCareUser.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  youthCareContributionId = inserted.id;
  await db
    .insertInto('contributions')
    .values({ case_id: sameNameOtherBirth.id, owner_organisation_id: world.youthCare.id, phase: '1', purpose: 'Voorbereiding', category: 'care', kind: 'partner-answer', content: JSON.stringify({ answer: 'Jeugdhulp-C: van de naamgenoot.' }), created_by: youthCareUser.id })
    .execute();

  // Releases by the owner (police): one active, one withdrawn.
  const contributions = (await api(app, await as(world.officer.id), 'GET', `/cases/${caseA.id}/contributions`)).json<{ contributions: { id: string; kind: string }[] }>().contributions;
  const care = contributions.find((c) => c.kind === 'criteria-care')?.id ?? '';
  const other = contributions.find((c) => c.kind === 'criteria-other')?.id ?? '';
  expect((await api(app, await as(world.officer.id), 'POST', `/cases/${caseA.id}/contributions/${care}/releases`, { organisationId: world.youthCare.id, activity: 'Gezinsgesprek plannen' })).statusCode).toBe(201);
  const withdrawn = await api(app, await as(world.officer.id), 'POST', `/cases/${caseA.id}/contributions/${other}/releases`, { organisationId: world.youthCare.id, activity: 'Schoolbezoek' });
  expect((await api(app, await as(world.officer.id), 'DELETE', `/cases/${caseA.id}/contributions/${other}/releases/${withdrawn.json<{ id: string }>().id}`)).statusCode).toBe(204);

  // Case A is admitted: a decision and an informing task for phase 2A.
  const decided = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${caseA.id}/admission-decision`, { decision: 'admitted' });
  expect(decided.statusCode, decided.body).toBe(200);

  // Reads that the log must show: the chain director opens case A and the namesake's case.
  expect((await api(app, await as(world.chainDirector.id), 'GET', `/cases/${caseA.id}`)).statusCode).toBe(200);
  expect((await api(app, await as(world.chainDirector.id), 'GET', `/cases/${sameNameOtherBirth.id}`)).statusCode).toBe(200);
});

afterAll(async () => {
  await app.close();
  await drop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('X-3 recording an access request', () => {
  it('records the request with the statutory deadline (one calendar month, clamped) and shows it in the list', async () => {
    const response = await recordRequest(world.privacyOfficer.id, { ...REQUEST, receivedOn: '2026-01-31' });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<TSubjectAccessRequest>();
    expect(created).toMatchObject({ deadlineOn: '2026-02-28', overdue: true, status: 'received', subjectName: 'sanne DE wit', recordedByRole: 'privacy-officer', export: null, coverage: { allTables: true } });
    expect(created.reference).toMatch(/^INZ-2026-[A-Z2-9]{6}$/);
    const list = (await api(app, await as(world.privacyOfficer.id), 'GET', '/subject-access-requests')).json<{ subjectAccessRequests: TSubjectAccessRequest[] }>();
    expect(list.subjectAccessRequests.map((r) => r.id)).toContain(created.id);
    const recent = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    expect(recent).toMatchObject({ deadlineOn: '2026-12-20', overdue: false });
  });

  it('refuses a date of receipt in the future and incomplete input, with the field named', async () => {
    const future = await recordRequest(world.privacyOfficer.id, { ...REQUEST, receivedOn: '2026-11-24' });
    expect(future.statusCode).toBe(422);
    expect(future.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.receivedOn']);
    const incomplete = await recordRequest(world.privacyOfficer.id, { ...REQUEST, subjectName: '', subjectBirthDate: undefined });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json<{ errors: { field: string }[] }>().errors.map((e) => e.field).sort()).toEqual(['body.subjectBirthDate', 'body.subjectName']);
  });

  it('logs the recording with the matched person as keyed hash', async () => {
    const created = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    const row = await db
      .selectFrom('user_audit_log as a')
      .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
      .select(['a.action', 'p.activity_id', 'p.subject_hashes'])
      .where('a.record_id', '=', created.id)
      .executeTakeFirstOrThrow();
    // Two subject rows carry this name and birth date (one per case): both are matched, nobody else.
    expect(row).toMatchObject({ action: 'subject-access.record', activity_id: 'avg-art15' });
    expect(row.subject_hashes).toHaveLength(2);
  });
});

describe('X-3 the sealed export (privacy officer: all tables)', () => {
  let request: TSubjectAccessRequest;
  let receipt: Receipt;
  let pdf: Buffer;

  beforeAll(async () => {
    request = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    receipt = await confirmAndProduce(world.privacyOfficer.id, request.id);
    const response = await download(world.privacyOfficer.id, request.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="inzage-${request.reference}.pdf"`);
    pdf = response.rawPayload;
  });

  it('returns only the one-time code and the file facts, never the content', () => {
    expect(Object.keys(receipt).sort()).toEqual(['expiresAt', 'fileName', 'oneTimeCode', 'sha256', 'sizeBytes']);
    expect(receipt.oneTimeCode).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){4}$/);
    expect(receipt.sizeBytes).toBe(pdf.length);
    expect(new Date(receipt.expiresAt).getTime() - clock.now().getTime()).toBe(30 * 24 * 60 * 60 * 1000);
  });

  it('stores only the encrypted file with its SHA-256 and seal, and no code', async () => {
    const stored = await db.selectFrom('subject_access_exports').selectAll().where('request_id', '=', request.id).executeTakeFirstOrThrow();
    expect(Buffer.compare(stored.file, pdf)).toBe(0);
    const { createHash, createHmac } = await import('node:crypto');
    expect(stored.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(receipt.sha256).toBe(stored.sha256);
    const { DEVELOPMENT_SEAL_KEY } = await import('../../config.ts');
    expect(stored.seal).toBe(createHmac('sha256', DEVELOPMENT_SEAL_KEY).update(`ketentafel:avg-art15-export:v1\n${request.id}\n${stored.sha256}`).digest('hex'));
    const all = JSON.stringify(await db.selectFrom('subject_access_requests').selectAll().execute());
    expect(all).not.toContain(receipt.oneTimeCode);
    // Encrypted: no readable content in the bytes.
    for (const secret of ['Reden-A', 'Jeugdhulp-A', 'inzage.json', 'Sanne', 'gegeven door']) expect(pdf.includes(secret)).toBe(false);
  });

  it.runIf(POPPLER)('opens with the code (text and inzage.json), and not without it or with another code', () => {
    const file = writePdf(pdf, 'all.pdf');
    const { text, json } = openWithCode(file, receipt.oneTimeCode);
    expect(text).toContain('Inzage in uw persoonsgegevens');
    expect(text).toContain(`gegeven door ${world.police.name} voor doel`);
    expect(text).toContain(`gegeven door ${world.youthCare.name} voor doel`);
    expect(text).toContain('Reden-A: overlast bij het station.');
    expect(text).toContain('Wie heeft uw gegevens verwerkt');
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(json).toMatchObject({ format: 'ketentafel/avg-art15-inzage', schemaVersion: '1.2', request: { reference: request.reference, deadlineOn: '2026-12-20', about: 'young-person', extension: null } });

    for (const args of [['pdftotext', [file, '-']], ['pdftotext', ['-upw', 'AAAA-AAAA-AAAA-AAAA-AAAA', file, '-']], ['pdfdetach', ['-list', file]]] as const) {
      const result = spawnSync(args[0], [...args[1]], { encoding: 'utf8' });
      expect(result.status).not.toBe(0);
      expect(result.stdout).not.toContain('Reden-A');
      expect(result.stdout).not.toContain('inzage.json');
    }
  });

  it.runIf(POPPLER)('contains exactly what is held about the person, across tables and organisations, with releases and reads', () => {
    const { json } = openWithCode(writePdf(pdf, 'all-2.pdf'), receipt.oneTimeCode);
    expect(json.coverage.allTables).toBe(true);
    expect(json.cases.map((c) => c.reference).sort()).toEqual([caseA.reference, caseB.reference].sort());
    const a = json.cases.find((c) => c.reference === caseA.reference);
    expect(a?.subject).toEqual({ fullName: 'Sanne de Wit', birthDate: '2011-04-02', municipality: 'Teststad' });
    expect(a?.legalRepresentatives).toEqual([{ fullName: 'Karin de Wit', relation: 'parent', contact: '06-12345678' }]);
    expect(a?.contributions.map((c) => c.kind).sort()).toEqual(['criteria-care', 'criteria-criminal', 'criteria-other', 'partner-answer', 'registration-reason']);
    const youth = a?.contributions.find((c) => c.id === youthCareContributionId);
    expect(youth).toMatchObject({ givenBy: world.youthCare.name, purpose: 'Voorbereiding casusoverleg (ZVT-2A.2)', category: { id: 'health' }, content: { answer: 'Jeugdhulp-A: bekend bij de GGZ sinds 2024.' } });
    expect(a?.contributions.find((c) => c.kind === 'registration-reason')).toMatchObject({ givenBy: world.police.name, content: { reason: 'Reden-A: overlast bij het station.' } });
    const care = a?.contributions.find((c) => c.kind === 'criteria-care');
    expect(care?.releases).toEqual([{ to: world.youthCare.name, activity: 'Gezinsgesprek plannen', releasedAt: expect.any(String) as string, withdrawnAt: null }]);
    const other = a?.contributions.find((c) => c.kind === 'criteria-other');
    expect(other?.releases[0]).toMatchObject({ activity: 'Schoolbezoek', withdrawnAt: expect.any(String) as string });
    expect(a?.informing).toEqual([expect.objectContaining({ phase: '2A', status: 'open', responsibleOrganisation: world.police.name })]);
    expect(a?.admissionDecisions).toEqual([expect.objectContaining({ decision: 'admitted', decidedByOrganisation: world.municipality.name })]);
    expect(a?.phaseHistory.map((t) => t.to)).toEqual(['1', '2A']);
    const b = json.cases.find((c) => c.reference === caseB.reference);
    expect(b?.table.name).not.toBe(a?.table.name);
    expect(b?.contributions.find((c) => c.kind === 'registration-reason')?.content).toEqual({ reason: 'Reden-B: spijbelen op de andere tafel.' });

    // The log: who read and changed it, by organisation and role, with the case reference.
    const reads = json.processingLog.filter((l) => l.action === 'case.read');
    expect(reads).toEqual([expect.objectContaining({ role: 'chain-director', organisation: world.municipality.name, caseReference: caseA.reference, outcome: 'allowed', actionLabel: 'Casus ingezien' })]);
    expect(json.processingLog.filter((l) => l.action === 'case.register').map((l) => l.caseReference).sort()).toEqual([caseA.reference, caseB.reference].sort());
    expect(json.processingLog.some((l) => l.action === 'contribution.release' && l.organisation === world.police.name)).toBe(true);
    expect(json.processingLog.some((l) => l.action === 'contribution.withdraw')).toBe(true);
    expect(json.processingLog.some((l) => l.action === 'subject-access.record' && l.role === 'privacy-officer')).toBe(true);
    expect(json.processingActivities.map((x) => x.id)).toEqual(expect.arrayContaining(['zvt-registration', 'zvt-data-sharing', 'avg-art15']));
  });

  it.runIf(POPPLER)('excludes other people: the namesake with another birth date, another person, and employees’ names', async () => {
    const { text, json } = openWithCode(writePdf(pdf, 'all-3.pdf'), receipt.oneTimeCode);
    const serialised = JSON.stringify(json);
    for (const foreign of [sameNameOtherBirth.reference, otherPerson.reference, 'Reden-C', 'Jeugdhulp-C', 'Peter Zwart', 'Reden-D', 'Pieter Bos', '2012-09-09']) {
      expect(serialised).not.toContain(foreign);
      expect(text).not.toContain(foreign);
    }
    const users = await db.selectFrom('users').select(['display_name', 'email']).execute();
    for (const user of users) {
      expect(serialised).not.toContain(user.display_name);
      expect(serialised).not.toContain(user.email);
    }
    expect(json.processingLog.every((l) => !('userName' in l))).toBe(true);
  });

  it('logs production and download with the person as keyed hash', async () => {
    const rows = await db
      .selectFrom('user_audit_log as a')
      .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
      .select(['a.action', 'a.user_id', 'a.outcome', 'p.activity_id', 'p.subject_hashes'])
      .where('a.record_id', '=', request.id)
      .orderBy('a.id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['subject-access.record', 'subject-access.matches', 'subject-access.confirm-matches', 'subject-access.export', 'subject-access.download']);
    expect(rows.every((r) => r.user_id === world.privacyOfficer.id && r.outcome === 'allowed' && r.activity_id === 'avg-art15' && r.subject_hashes.length === 2)).toBe(true);
    const listed = (await api(app, await as(world.privacyOfficer.id), 'GET', '/subject-access-requests')).json<{ subjectAccessRequests: TSubjectAccessRequest[] }>();
    const shown = listed.subjectAccessRequests.find((r) => r.id === request.id);
    expect(shown).toMatchObject({ status: 'export-available', export: { sha256: receipt.sha256, downloadedAt: expect.any(String) as string }, abilities: { download: true } });
    for (const content of ['Reden-A', 'Jeugdhulp-A', caseA.reference, 'Karin']) expect(JSON.stringify(listed)).not.toContain(content);
  });

  it('refuses a file whose bytes were changed (the seal no longer matches)', async () => {
    const tampered = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    await confirmAndProduce(world.privacyOfficer.id, tampered.id);
    await db.updateTable('subject_access_exports').set({ file: Buffer.concat([pdf, Buffer.from('\n%extra')]) }).where('request_id', '=', tampered.id).execute();
    const response = await download(world.privacyOfficer.id, tampered.id);
    expect(response.statusCode).toBe(409);
    expect(response.json<{ detail: string }>().detail).toContain('zegel');
  });
});

describe('X-3 with ZVT-2B: a member of a group finds the group in the export (ADR 0017)', () => {
  it.runIf(POPPLER)('name, area, contributions with their givers and releases, decisions, own informing; other members not named', async () => {
    const pdfBytes = Buffer.from('%PDF-1.4\n%%EOF\n');
    const created = await api(app, await as(world.officer.id), 'POST', '/groups', {
      tableId: world.table.id,
      name: 'Groep Winkelcentrum',
      area: 'Winkelcentrum Noord',
      reason: 'Groepsscan-G: intimidatie bij het winkelcentrum.',
      members: [
        { fullName: 'Mila Groen', birthDate: '2010-06-06' },
        { fullName: 'Daan Ander', birthDate: '2009-01-01' },
      ],
      scanDocument: { fileName: 'scan-winkelcentrum.pdf', contentType: 'application/pdf', contentBase64: pdfBytes.toString('base64') },
    });
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json<{ id: string; reference: string; members: { id: string; fullName: string }[]; scanDocument: { contributionId: string } }>();
    const director = await as(world.chainDirector.id);
    expect((await api(app, director, 'POST', `/cases/${group.id}/admission-decision`, { decision: 'group-scan' })).statusCode).toBe(200);
    expect((await api(app, await as(world.officer.id), 'POST', `/cases/${group.id}/contributions/${group.scanDocument.contributionId}/releases`, { organisationId: world.youthCare.id, activity: 'Groepsbeeld-G opstellen' })).statusCode).toBe(201);
    const picture = { behaviour: 'Gedrag-G: hangen bij de ingang.', impact: 'Winkeliers voelen zich onveilig.', composition: 'Vier jongeren.', dynamics: 'Geen vaste leider.', slidingRisk: 'Beperkt.', prosecutorConsultation: { consultedOn: '2026-11-20', summary: 'Geen strafrechtelijk traject.' } };
    expect((await api(app, director, 'PUT', `/groups/${group.id}/picture`, picture)).statusCode).toBe(200);
    const plan = await api(app, director, 'POST', `/groups/${group.id}/outcome`, { outcome: 'draft-plan', areaMeasures: 'Extra toezicht', groupMeasures: 'Groepsgesprek', individualApproachMemberIds: [], involveVeiligheidshuis: false, priority: 'low', criminalGroup: false });
    expect(plan.statusCode, plan.body).toBe(201);
    const decided = await api(app, director, 'POST', `/groups/${group.id}/decisions`, { decidedOn: '2026-11-23', body: 'mayor-and-alderman', outcomes: ['plan-adopted'], motivation: 'Besluit-G: aanpak vastgesteld.', memberIdsToRegister: [] });
    expect(decided.statusCode, decided.body).toBe(201);
    const mila = group.members.find((m) => m.fullName === 'Mila Groen');
    const detail = (await api(app, director, 'GET', `/groups/${group.id}`)).json<{ informing: { id: string; memberId: string }[] }>();
    const task = detail.informing.find((t) => t.memberId === mila?.id);
    const sent = await api(app, director, 'POST', `/groups/${group.id}/informing-tasks/${task?.id ?? ''}/sent`, { sentOn: '2026-11-23', outcome: 'Plan vastgesteld', goal: 'Overlast verminderen', themes: 'Gedrag op straat', participants: 'Jongerenwerk, politie', rightsExplained: true });
    expect(sent.statusCode, sent.body).toBe(200);

    const request = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, subjectName: 'mila groen', subjectBirthDate: '2010-06-06' })).json<TSubjectAccessRequest>();
    const receipt = await produce(world.privacyOfficer.id, request.id);
    const { text, json } = openWithCode(writePdf((await download(world.privacyOfficer.id, request.id)).rawPayload, 'group.pdf'), receipt.oneTimeCode);
    expect(json.schemaVersion).toBe('1.2');
    expect(json.cases).toEqual([]);
    expect(json.groups).toHaveLength(1);
    const g = json.groups[0];
    expect(g).toMatchObject({ reference: group.reference, name: 'Groep Winkelcentrum', area: 'Winkelcentrum Noord', referrerOrganisation: world.police.name, endState: { id: 'group-approach-adopted' } });
    expect(g?.member).toEqual({ fullName: 'Mila Groen', birthDate: '2010-06-06', registeredCaseReference: null, otherMemberCount: 1 });
    expect(g?.contributions.map((c) => [c.kind, c.givenBy]).sort()).toEqual(
      [['group-draft-plan', world.municipality.name], ['group-picture', world.municipality.name], ['group-scan-document', world.police.name], ['registration-reason', world.police.name]].sort(),
    );
    expect(g?.contributions.find((c) => c.kind === 'group-scan-document')).toMatchObject({ category: { id: 'criminal' }, content: { fileName: 'scan-winkelcentrum.pdf' }, releases: [{ to: world.youthCare.name, activity: 'Groepsbeeld-G opstellen', withdrawnAt: null }] });
    expect(g?.decisions).toEqual([{ decidedOn: '2026-11-23', body: 'mayor-and-alderman', outcomes: ['plan-adopted'], motivation: 'Besluit-G: aanpak vastgesteld.' }]);
    expect(g?.informing).toEqual([expect.objectContaining({ status: 'done', sentOn: '2026-11-23' })]);
    expect(g?.phaseHistory.map((t) => t.to).slice(0, 3)).toEqual(['1', '2B', '2B-decision']);
    expect(json.processingLog.some((l) => l.action === 'group.register' && l.caseReference === group.reference)).toBe(true);
    expect(text).toContain('Groep Winkelcentrum');
    expect(text).toContain('Gedrag-G: hangen bij de ingang.');
    // The other member is someone else's data: not named anywhere.
    expect(JSON.stringify(json)).not.toContain('Daan Ander');
    expect(text).not.toContain('Daan Ander');
    expect(JSON.stringify(json)).not.toContain('2009-01-01');
  });
});

describe('X-3 a chain director covers only the tables they direct', () => {
  it.runIf(POPPLER)('exports only the case at their own table', async () => {
    const request = (await recordRequest(world.chainDirector.id)).json<TSubjectAccessRequest>();
    expect(request.coverage.allTables).toBe(false);
    const receipt = await produce(world.chainDirector.id, request.id);
    const response = await download(world.chainDirector.id, request.id);
    const { json } = openWithCode(writePdf(response.rawPayload, 'director.pdf'), receipt.oneTimeCode);
    expect(json.cases.map((c) => c.reference)).toEqual([caseA.reference]);
    expect(JSON.stringify(json)).not.toContain('Reden-B');
    expect(json.processingLog.some((l) => l.caseReference === caseB.reference)).toBe(false);
  });

  it('cannot see the privacy officer’s requests, nor another chain director’s (404, like a request that does not exist)', async () => {
    const officers = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    const directors = (await recordRequest(world.chainDirector.id)).json<TSubjectAccessRequest>();
    expect((await api(app, await as(world.chainDirector.id), 'POST', `/subject-access-requests/${officers.id}/export`)).statusCode).toBe(404);
    expect((await api(app, await as(world.otherChainDirector.id), 'POST', `/subject-access-requests/${directors.id}/export`)).statusCode).toBe(404);
    const list = (await api(app, await as(world.otherChainDirector.id), 'GET', '/subject-access-requests')).json<{ subjectAccessRequests: { id: string }[] }>();
    expect(list.subjectAccessRequests.map((r) => r.id)).not.toContain(directors.id);
    const own = (await api(app, await as(world.chainDirector.id), 'GET', '/subject-access-requests')).json<{ subjectAccessRequests: { id: string }[] }>();
    expect(own.subjectAccessRequests.map((r) => r.id)).toContain(directors.id);
    expect(own.subjectAccessRequests.map((r) => r.id)).not.toContain(officers.id);
  });
});

describe('X-3 partner professionals and administrators are refused without revealing existence', () => {
  it('refuses recording and listing (403) and the export of an existing request exactly like an unknown one (404), logged as denied', async () => {
    const existing = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    await confirmAndProduce(world.privacyOfficer.id, existing.id);
    const unknown = '0b7d3f7e-8a8e-4c1b-9a51-2f1f0d7c1e11';
    for (const user of [world.officer, world.careWorker, world.admin]) {
      expect((await recordRequest(user.id)).statusCode).toBe(403);
      expect((await api(app, await as(user.id), 'GET', '/subject-access-requests')).statusCode).toBe(403);
      for (const method of ['POST', 'GET'] as const) {
        const real = await api(app, await as(user.id), method, `/subject-access-requests/${existing.id}/export`);
        const fake = await api(app, await as(user.id), method, `/subject-access-requests/${unknown}/export`);
        expect(real.statusCode).toBe(404);
        const { instance: _real, ...realProblem } = real.json<{ instance: string }>();
        const { instance: _fake, ...fakeProblem } = fake.json<{ instance: string }>();
        expect(realProblem).toEqual(fakeProblem);
      }
      const denied = await db.selectFrom('user_audit_log').select(['action', 'record_id']).where('user_id', '=', user.id).where('outcome', '=', 'denied').where('action', 'like', 'subject-access.%').execute();
      expect(denied.map((d) => d.action).sort()).toEqual(['subject-access.download', 'subject-access.download', 'subject-access.export', 'subject-access.export', 'subject-access.list', 'subject-access.record']);
    }
  });
});

describe('X-3 the file is removed after the download period', () => {
  it('purges expired files, keeps digest and seal on the request, logs it, and refuses a later download', async () => {
    const request = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    const receipt = await confirmAndProduce(world.privacyOfficer.id, request.id);
    const before = await db.selectFrom('subject_access_exports').select('request_id').execute();
    clock.set(new Date(new Date(receipt.expiresAt).getTime() - 1000).toISOString());
    expect(await purgeExpiredAccessExports({ db, clock })).toBe(0);
    clock.set(receipt.expiresAt);
    const purged = await purgeExpiredAccessExports({ db, clock });
    expect(purged).toBe(before.length);
    expect(await db.selectFrom('subject_access_exports').select('request_id').execute()).toEqual([]);
    const row = await db.selectFrom('subject_access_requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'export-removed', export_sha256: receipt.sha256 });
    expect(row.export_removed_at).not.toBeNull();
    const download409 = await download(world.privacyOfficer.id, request.id);
    expect(download409.statusCode).toBe(409);
    const log = await db
      .selectFrom('user_audit_log as a')
      .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
      .select(['a.user_name', 'a.role', 'p.subject_hashes'])
      .where('a.action', '=', 'subject-access.purge')
      .where('a.record_id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(log).toMatchObject({ user_name: 'systeem: avg-art15-purge', role: 'system' });
    expect(log.subject_hashes).toHaveLength(2);
    expect(await purgeExpiredAccessExports({ db, clock })).toBe(0);
    clock.set('2026-11-23T10:00:00+01:00');
  });
});

describe('X-3 namesakes with the same birth date are never merged (ADR 0022)', () => {
  let north: { id: string; reference: string };
  let south: { id: string; reference: string };
  let request: TSubjectAccessRequest;

  beforeAll(async () => {
    north = await register(world.officer.id, world.table.id, 'Noor Jansen', '2012-03-03', 'Reden-N1: van de Noor uit Noordstad.', 'Ouder-N1 Jansen', 'Noordstad');
    south = await register(otherTableOfficer.id, world.otherTable.id, 'Noor Jansen', '2012-03-03', 'Reden-N2: van de Noor uit Zuidstad.', 'Ouder-N2 Jansen', 'Zuidstad');
    const careWorker = world.careWorker.id;
    await db
      .insertInto('contributions')
      .values([
        { case_id: north.id, owner_organisation_id: world.youthCare.id, phase: '1', purpose: 'Voorbereiding', category: 'care', kind: 'partner-answer', content: JSON.stringify({ answer: 'Jeugdhulp-N1: van Noordstad.' }), created_by: careWorker },
        { case_id: south.id, owner_organisation_id: world.youthCare.id, phase: '1', purpose: 'Voorbereiding', category: 'care', kind: 'partner-answer', content: JSON.stringify({ answer: 'Jeugdhulp-N2: van Zuidstad.' }), created_by: careWorker },
      ])
      .execute();
    request = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, subjectName: 'Noor Jansen', subjectBirthDate: '2012-03-03', requestedBy: 'data-subject' })).json<TSubjectAccessRequest>();
  });

  it('X-3: the request reports the ambiguity (two matches), without naming a case', async () => {
    expect(request.matching).toEqual({ candidates: 2, confirmationNeeded: true, confirmedAt: null, basis: null });
    expect(request.abilities).toMatchObject({ produceExport: false, confirmMatches: true });
    const listed = JSON.stringify((await api(app, await as(world.privacyOfficer.id), 'GET', '/subject-access-requests')).json());
    for (const content of [north.reference, south.reference, 'Noordstad', 'Reden-N1']) expect(listed).not.toContain(content);
  });

  it('X-3: producing the export is refused (422, Dutch problem+json) while the match is ambiguous', async () => {
    const response = await api(app, await as(world.privacyOfficer.id), 'POST', `/subject-access-requests/${request.id}/export`);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ detail: string }>().detail).toContain('passen bij 2 personen of casussen');
    expect(await db.selectFrom('subject_access_exports').select('request_id').where('request_id', '=', request.id).execute()).toEqual([]);
  });

  it('X-3: the matches show only identifying facts (municipality, table, month of registration), no content', async () => {
    const list = await matches(world.privacyOfficer.id, request.id);
    expect(list.confirmationNeeded).toBe(true);
    expect(list.candidates.map((c) => c.municipality).sort()).toEqual(['Noordstad', 'Zuidstad']);
    expect(list.candidates.every((c) => c.kind === 'case' && c.registeredMonth === '2026-11' && c.belongs === null && c.relation === null)).toBe(true);
    const shown = JSON.stringify(list);
    for (const content of [north.reference, south.reference, 'Reden-N', 'Jeugdhulp-N', 'Ouder-N1', north.id, south.id]) expect(shown).not.toContain(content);
  });

  it('X-3: a confirmation must decide every match and give its basis', async () => {
    const list = await matches(world.privacyOfficer.id, request.id);
    const partial = await api(app, await as(world.privacyOfficer.id), 'PUT', `/subject-access-requests/${request.id}/matches`, {
      decisions: [{ matchId: list.candidates[0]?.matchId, belongs: true }],
      basis: 'Woonplaats nagevraagd per brief.',
    });
    expect(partial.statusCode).toBe(422);
    expect(partial.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.decisions']);
    const unknown = await api(app, await as(world.privacyOfficer.id), 'PUT', `/subject-access-requests/${request.id}/matches`, {
      decisions: [...list.candidates.map((c) => ({ matchId: c.matchId, belongs: true })), { matchId: north.id, belongs: false }],
      basis: 'Woonplaats nagevraagd per brief.',
    });
    expect(unknown.statusCode).toBe(422);
    const noBasis = await api(app, await as(world.privacyOfficer.id), 'PUT', `/subject-access-requests/${request.id}/matches`, { decisions: list.candidates.map((c) => ({ matchId: c.matchId, belongs: true })), basis: ' ' });
    expect(noBasis.statusCode).toBe(400);
    expect((await api(app, await as(world.officer.id), 'GET', `/subject-access-requests/${request.id}/matches`)).statusCode).toBe(404);
  });

  it.runIf(POPPLER)('X-3: once confirmed, the export contains only the chosen person (PDF and JSON), and is logged for that person only', async () => {
    const confirmed = await confirm(world.privacyOfficer.id, request.id, (c) => c.municipality === 'Noordstad');
    expect(confirmed.matching).toMatchObject({ candidates: 2, confirmationNeeded: false, basis: 'Woonplaats en tafel telefonisch bij de verzoeker nagevraagd.' });
    expect(confirmed.abilities.produceExport).toBe(true);
    const after = await matches(world.privacyOfficer.id, request.id);
    expect(after.candidates.map((c) => [c.municipality, c.belongs]).sort()).toEqual([['Noordstad', true], ['Zuidstad', false]]);

    const receipt = await produce(world.privacyOfficer.id, request.id);
    const { text, json } = openWithCode(writePdf((await download(world.privacyOfficer.id, request.id)).rawPayload, 'namesake.pdf'), receipt.oneTimeCode);
    expect(json.cases.map((c) => c.reference)).toEqual([north.reference]);
    expect(text).toContain('Reden-N1: van de Noor uit Noordstad.');
    expect(text).toContain('Jeugdhulp-N1');
    const serialised = JSON.stringify(json);
    for (const foreign of [south.reference, 'Reden-N2', 'Jeugdhulp-N2', 'Ouder-N2', 'Zuidstad']) {
      expect(serialised).not.toContain(foreign);
      expect(text).not.toContain(foreign);
    }
    expect(json.processingLog.some((l) => l.caseReference === south.reference)).toBe(false);
    const logged = await db
      .selectFrom('user_audit_log as a')
      .innerJoin('processing_log as p', 'p.operation_id', 'a.operation_id')
      .select(['a.action', 'p.subject_hashes'])
      .where('a.record_id', '=', request.id)
      .where('a.outcome', '=', 'allowed')
      .orderBy('a.id')
      .execute();
    expect(logged.map((r) => [r.action, r.subject_hashes.length])).toEqual([
      ['subject-access.record', 2],
      ['subject-access.matches', 2],
      ['subject-access.matches', 2],
      ['subject-access.matches', 2],
      ['subject-access.confirm-matches', 2],
      ['subject-access.matches', 2],
      ['subject-access.export', 1],
      ['subject-access.download', 1],
    ]);
  });

  it('X-3: a new namesake registered after the confirmation makes the request ambiguous again', async () => {
    await register(world.officer.id, world.table.id, 'Noor Jansen', '2012-03-03', 'Reden-N3: nog een Noor.', 'Ouder-N3 Jansen', 'Weststad');
    const listed = (await api(app, await as(world.privacyOfficer.id), 'GET', '/subject-access-requests')).json<{ subjectAccessRequests: TSubjectAccessRequest[] }>();
    expect(listed.subjectAccessRequests.find((r) => r.id === request.id)?.matching).toMatchObject({ candidates: 3, confirmationNeeded: true });
    expect((await api(app, await as(world.privacyOfficer.id), 'POST', `/subject-access-requests/${request.id}/export`)).statusCode).toBe(422);
  });

  it('X-3: an unambiguous request (one match) needs no confirmation, and confirming is refused', async () => {
    const single = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, subjectName: 'Pieter Bos', subjectBirthDate: '2010-01-01' })).json<TSubjectAccessRequest>();
    expect(single.matching).toMatchObject({ candidates: 1, confirmationNeeded: false });
    expect(single.abilities).toMatchObject({ produceExport: true, confirmMatches: false });
    expect((await matches(world.privacyOfficer.id, single.id)).candidates).toEqual([]);
    const refused = await api(app, await as(world.privacyOfficer.id), 'PUT', `/subject-access-requests/${single.id}/matches`, { decisions: [{ matchId: otherPerson.id, belongs: true }], basis: 'Niets te bevestigen hier.' });
    expect(refused.statusCode).toBe(422);
  });
});

describe('X-3 a legal representative asks for their own data (ADR 0022)', () => {
  const ABOUT_KARIN = { ...REQUEST, requestedBy: 'data-subject', about: 'legal-representative', representativeName: ' karin  de wit ' } as const;

  it('X-3: the representative\'s name is required for such a request, and only then allowed', async () => {
    const missing = await recordRequest(world.privacyOfficer.id, { ...ABOUT_KARIN, representativeName: undefined });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.representativeName']);
    const stray = await recordRequest(world.privacyOfficer.id, { ...REQUEST, representativeName: 'Karin de Wit' });
    expect(stray.statusCode).toBe(400);
    expect(stray.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.representativeName']);
  });

  it.runIf(POPPLER)('X-3: the export holds their own recorded data, what was addressed to them and who processed it; not the young person\'s case content', async () => {
    const created = await recordRequest(world.privacyOfficer.id, ABOUT_KARIN);
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json<TSubjectAccessRequest>();
    expect(request).toMatchObject({ about: 'legal-representative', representativeName: 'karin de wit', subjectName: 'sanne DE wit' });
    // Karin is recorded as representative in two cases (two tables): the handler confirms both are her.
    expect(request.matching).toMatchObject({ candidates: 2, confirmationNeeded: true });
    const list = await matches(world.privacyOfficer.id, request.id);
    expect(list.candidates.every((c) => c.kind === 'representative' && c.relation === 'parent')).toBe(true);
    await confirm(world.privacyOfficer.id, request.id);
    const receipt = await produce(world.privacyOfficer.id, request.id);
    const { text, json } = openWithCode(writePdf((await download(world.privacyOfficer.id, request.id)).rawPayload, 'representative.pdf'), receipt.oneTimeCode);
    expect(json.request.about).toBe('legal-representative');
    expect(json.query).toEqual({ fullName: 'sanne DE wit', birthDate: '2011-04-02', representativeName: 'karin de wit' });
    expect(json.cases).toEqual([]);
    expect(json.groups).toEqual([]);
    expect(json.representations.map((r) => r.caseReference).sort()).toEqual([caseA.reference, caseB.reference].sort());
    const a = json.representations.find((r) => r.caseReference === caseA.reference);
    expect(a?.recorded).toEqual({ fullName: 'Karin de Wit', relation: 'parent', contact: '06-12345678' });
    expect(a?.represents).toEqual({ fullName: 'sanne DE wit', birthDate: '2011-04-02' });
    expect(a?.informing).toEqual([]); // the 2A informing task of case A is still open: nothing reached her yet
    expect(a?.letters).toEqual([]);
    expect(text).toContain('wettelijk vertegenwoordiger');
    expect(text).toContain('Karin de Wit');
    // Who processed her data: the registrations and the chain director's read of case A, by organisation and role.
    expect(json.processingLog.filter((l) => l.action === 'case.read')).toEqual([expect.objectContaining({ role: 'chain-director', organisation: world.municipality.name, caseReference: caseA.reference })]);
    expect(json.processingLog.filter((l) => l.action === 'case.register').map((l) => l.caseReference).sort()).toEqual([caseA.reference, caseB.reference].sort());
    // Not the child's data: no reasons, no contributions, no decisions, no health data.
    const serialised = JSON.stringify(json);
    for (const childs of ['Reden-A', 'Reden-B', 'Jeugdhulp-A', 'GGZ', 'overlast', 'admitted', 'criteria-', 'Gezinsgesprek']) {
      expect(serialised).not.toContain(childs);
      expect(text).not.toContain(childs);
    }
    expect(json.representations.every((r) => !('subject' in r) && !('contributions' in r))).toBe(true);
    // Nor the namesake's representative or other people.
    for (const foreign of ['Peter Zwart', 'Els Bos', sameNameOtherBirth.reference]) expect(serialised).not.toContain(foreign);
  });

  it('X-3: another name, or the right name with another young person, finds nothing', async () => {
    const other = (await recordRequest(world.privacyOfficer.id, { ...ABOUT_KARIN, representativeName: 'Peter Zwart' })).json<TSubjectAccessRequest>();
    expect(other.matching.candidates).toBe(0);
    const wrongChild = (await recordRequest(world.privacyOfficer.id, { ...ABOUT_KARIN, subjectBirthDate: '2012-09-09' })).json<TSubjectAccessRequest>();
    expect(wrongChild.matching.candidates).toBe(0);
    const peter = (await recordRequest(world.privacyOfficer.id, { ...ABOUT_KARIN, subjectBirthDate: '2012-09-09', representativeName: 'Peter Zwart' })).json<TSubjectAccessRequest>();
    expect(peter.matching).toMatchObject({ candidates: 1, confirmationNeeded: false });
    // Case and runs of white space are ignored, as for the young person's name (the name has an s in it).
    const spaced = (await recordRequest(world.privacyOfficer.id, { ...ABOUT_KARIN, subjectName: 'noor jansen', subjectBirthDate: '2012-03-03', representativeName: 'OUDER-N1   jansen' })).json<TSubjectAccessRequest>();
    expect(spaced.matching).toMatchObject({ candidates: 1, confirmationNeeded: false });
  });
});

describe('X-3 extending the answer period (art. 12(3), ADR 0022)', () => {
  const MOTIVATION = 'Het verzoek betreft meerdere tafels en een groepsaanpak; uitzoeken kost meer tijd.';

  async function extend(userId: string, requestId: string, body: Record<string, unknown>) {
    return api(app, await as(userId), 'POST', `/subject-access-requests/${requestId}/extension`, body);
  }

  it('X-3: extends by two months with motivation and the day the requester was informed; overdue then counts from the extended deadline', async () => {
    const request = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, receivedOn: '2026-10-31' })).json<TSubjectAccessRequest>();
    expect(request).toMatchObject({ deadlineOn: '2026-11-30', currentDeadlineOn: '2026-11-30', extension: null, abilities: { extend: true } });
    const response = await extend(world.privacyOfficer.id, request.id, { extensionMonths: 2, motivation: MOTIVATION, requesterInformedOn: '2026-11-23' });
    expect(response.statusCode, response.body).toBe(201);
    const extended = response.json<TSubjectAccessRequest>();
    // One period of three months from receipt, clamped: 31 October → 31 January.
    expect(extended).toMatchObject({
      deadlineOn: '2026-11-30',
      currentDeadlineOn: '2027-01-31',
      extension: { months: 2, extendedDeadlineOn: '2027-01-31', motivation: MOTIVATION, decidedOn: '2026-11-23', requesterInformedOn: '2026-11-23' },
      abilities: { extend: false },
      overdue: false,
    });
    clock.set('2026-12-01T10:00:00+01:00');
    try {
      const listed = (await api(app, await as(world.privacyOfficer.id), 'GET', '/subject-access-requests')).json<{ subjectAccessRequests: TSubjectAccessRequest[] }>();
      expect(listed.subjectAccessRequests.find((r) => r.id === request.id)?.overdue).toBe(false);
      const log = await db.selectFrom('user_audit_log').select(['action', 'user_id', 'outcome']).where('record_id', '=', request.id).where('action', '=', 'subject-access.extend').execute();
      expect(log).toEqual([{ action: 'subject-access.extend', user_id: world.privacyOfficer.id, outcome: 'allowed' }]);
    } finally {
      clock.set('2026-11-23T10:00:00+01:00');
    }
    const again = await extend(world.privacyOfficer.id, request.id, { extensionMonths: 1, motivation: MOTIVATION, requesterInformedOn: '2026-11-23' });
    expect(again.statusCode).toBe(409);
  });

  it('X-3: deciding exactly on the deadline day is allowed, a day after refused (422)', async () => {
    const onTheDay = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, receivedOn: '2026-10-23' })).json<TSubjectAccessRequest>();
    expect(onTheDay.deadlineOn).toBe('2026-11-23');
    const allowed = await extend(world.privacyOfficer.id, onTheDay.id, { extensionMonths: 1, motivation: MOTIVATION, requesterInformedOn: '2026-11-20' });
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json<TSubjectAccessRequest>().currentDeadlineOn).toBe('2026-12-23');

    const late = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, receivedOn: '2026-10-22' })).json<TSubjectAccessRequest>();
    expect(late).toMatchObject({ deadlineOn: '2026-11-22', overdue: true, abilities: { extend: false } });
    const refused = await extend(world.privacyOfficer.id, late.id, { extensionMonths: 1, motivation: MOTIVATION, requesterInformedOn: '2026-11-20' });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json<{ detail: string }>().detail).toContain('vóór het verstrijken van de oorspronkelijke termijn');
  });

  it('X-3: refuses three months, a short motivation, and an informing date in the future or before receipt, naming the field', async () => {
    const request = (await recordRequest(world.privacyOfficer.id)).json<TSubjectAccessRequest>();
    const cases: [Record<string, unknown>, string][] = [
      [{ extensionMonths: 3, motivation: MOTIVATION, requesterInformedOn: '2026-11-23' }, 'body.extensionMonths'],
      [{ extensionMonths: 2, motivation: 'complex', requesterInformedOn: '2026-11-23' }, 'body.motivation'],
      [{ extensionMonths: 2, motivation: MOTIVATION, requesterInformedOn: '2026-11-24' }, 'body.requesterInformedOn'],
      [{ extensionMonths: 2, motivation: MOTIVATION, requesterInformedOn: '2026-11-19' }, 'body.requesterInformedOn'],
    ];
    for (const [body, field] of cases) {
      const response = await extend(world.privacyOfficer.id, request.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([field]);
    }
    expect((await extend(world.officer.id, request.id, { extensionMonths: 1, motivation: MOTIVATION, requesterInformedOn: '2026-11-23' })).statusCode).toBe(404);
    expect((await extend(world.otherChainDirector.id, request.id, { extensionMonths: 1, motivation: MOTIVATION, requesterInformedOn: '2026-11-23' })).statusCode).toBe(404);
  });

  it.runIf(POPPLER)('X-3: the export states the extension and its reasons', async () => {
    const request = (await recordRequest(world.privacyOfficer.id, { ...REQUEST, subjectName: 'Pieter Bos', subjectBirthDate: '2010-01-01' })).json<TSubjectAccessRequest>();
    expect((await extend(world.privacyOfficer.id, request.id, { extensionMonths: 1, motivation: MOTIVATION, requesterInformedOn: '2026-11-21' })).statusCode).toBe(201);
    const receipt = await produce(world.privacyOfficer.id, request.id);
    const { text, json } = openWithCode(writePdf((await download(world.privacyOfficer.id, request.id)).rawPayload, 'extended.pdf'), receipt.oneTimeCode);
    expect(json.request.extension).toEqual({ months: 1, extendedDeadlineOn: '2027-01-20', motivation: MOTIVATION, decidedOn: '2026-11-23', requesterInformedOn: '2026-11-21' });
    expect(text).toContain('Termijn verlengd');
    expect(text).toContain('20 januari 2027');
  });
});

describe('X-3 environment', () => {
  it('has poppler-utils to check the encryption independently (apt-get install poppler-utils; .ci/run does it)', () => {
    expect(POPPLER).toBe(true);
  });
});
