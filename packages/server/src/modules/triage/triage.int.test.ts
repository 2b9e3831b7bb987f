import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { INFORMING_CONTENT_ITEMS } from '@ketentafel/domain';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildOrganisation, buildUser, buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, TestClock, cachedLogin } from '../../test/harness.ts';
import { runPartnerQueryReminders } from '../partner-queries/reminder.job.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
let youthWork: { id: string; name: string };
let youthWorker: { id: string };
let careColleague: { id: string };
// Friday 20 November 2026.
const clock = new TestClock(new Date('2026-11-20T10:00:00+01:00'));

const as = cachedLogin(() => app);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  youthWork = await buildOrganisation(db, { kind: 'youth-work', name: 'Jongerenwerk Test' });
  await db.insertInto('table_partners').values({ table_id: world.table.id, organisation_id: youthWork.id }).execute();
  youthWorker = await buildUser(db, { organisationId: youthWork.id, role: 'partner-professional', tableIds: [world.table.id] });
  careColleague = await buildUser(db, { organisationId: world.youthCare.id, role: 'partner-professional', tableIds: [world.table.id] });
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

const unique = () => randomBytes(5).toString('hex');

/** A case registered by the police officer, decided by the chain director, with informing done: ready for queries. */
/** ZVT-2A.5: the letter about an outcome that deletes the case, as recorded with that outcome. */
async function closingLetter(caseId: string) {
  const response = await api(app, await as(world.chainDirector.id), 'GET', `/cases/${caseId}/letters`);
  const letters = response.json<{ letters: { kind: string; templateHash: string | null }[] }>().letters;
  return { letterDate: '2026-11-20', sentOn: '2026-11-20', channel: 'post', templateHash: letters.find((l) => l.kind === 'triage-closed')?.templateHash ?? '' };
}

async function inTriage(options: { decision?: 'admitted' | 'insufficient-data'; reason?: string; municipality?: string } = {}) {
  clock.set('2026-11-20T10:00:00+01:00');
  const body = registrationBody(world.table.id, '2010-05-01', options.decision === 'insufficient-data' ? { careSafetyCooperationNeeded: 'unknown' } : { areaSafetyProblem: 'yes' });
  const registration = {
    ...body,
    reason: options.reason ?? body.reason,
    subject: { ...body.subject, municipality: options.municipality ?? body.subject.municipality },
  };
  const created = await api(app, await as(world.officer.id), 'POST', '/cases', registration);
  expect(created.statusCode, created.body).toBe(201);
  const { id, reference } = created.json<{ id: string; reference: string }>();
  const decision = options.decision ?? 'admitted';
  const decided = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${id}/admission-decision`, {
    decision,
    ...(decision === 'insufficient-data' ? { dataRequest: 'Is de jeugdige bij jeugdhulp bekend?' } : {}),
  });
  expect(decided.statusCode, decided.body).toBe(200);
  const informed = await api(app, await as(world.officer.id), 'POST', `/cases/${id}/informing-task/completion`, {
    informedOn: '2026-11-20',
    contentItems: INFORMING_CONTENT_ITEMS.map((i) => i.id),
    consentAsked: false,
    consentGiven: 'not-applicable',
  });
  expect(informed.statusCode, informed.body).toBe(200);
  return { id, reference };
}

async function sendQuery(caseId: string, organisationId: string, deadline = '2026-11-30') {
  const response = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${caseId}/partner-queries`, {
    organisationId,
    question: 'Kent u deze jeugdige en heeft u relevante gegevens?',
    deadline,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const shareCare = (text: string) => ({ knowsSubject: true, holdsRelevantData: true, willingToShare: true, content: { category: 'care', text } });

interface Inbox {
  counts: { open: number; overdue: number; answered: number };
  queries: { id: string; reference: string; subject: { fullName: string } | null; status: string; answeredLate: boolean | null; canAnswer: boolean; answer: unknown }[];
}
interface Triage {
  queries: { id: string; status: string; answeredLate: boolean | null; answer: { content: { text: string } | null } | null }[];
  record: { goal: string; participants: { organisation: string }[] } | null;
  strikable: { field: string; present: boolean }[];
  strikes: { fields: string[]; reason: string }[];
  reassessmentDue: boolean;
  abilities: Record<string, boolean>;
}

describe('ZVT-2A.2 answering partner queries', () => {
  it('a partner sees only the queries addressed to its organisation, with counts; the others see none', async () => {
    const c = await inTriage();
    const queryId = await sendQuery(c.id, world.youthCare.id);
    const inbox = (await api(app, await as(world.careWorker.id), 'GET', '/partner-queries')).json<Inbox>();
    const mine = inbox.queries.find((q) => q.id === queryId);
    expect(mine?.reference).toBe(c.reference);
    expect(mine?.subject?.fullName).toBe('Testpersoon Jansen');
    expect(mine?.canAnswer).toBe(true);
    expect(inbox.counts.open).toBeGreaterThanOrEqual(1);
    const other = (await api(app, await as(youthWorker.id), 'GET', '/partner-queries')).json<Inbox>();
    expect(other.queries.map((q) => q.id)).not.toContain(queryId);
    const director = (await api(app, await as(world.chainDirector.id), 'GET', '/partner-queries')).json<Inbox>();
    expect(director.queries).toEqual([]);
  });

  it('ZVT-2A.1: the answer is a contribution of the answering partner, seen by the chain director, the referrer and its author only', async () => {
    const c = await inTriage();
    const queryId = await sendQuery(c.id, world.youthCare.id);
    await sendQuery(c.id, youthWork.id);
    const secret = `Bekend bij jeugdhulp sinds 2024 ${unique()}`;
    const answered = await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, shareCare(secret));
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json<{ late: boolean }>().late).toBe(false);
    const stored = await db.selectFrom('contributions').selectAll().where('id', '=', answered.json<{ contributionId: string }>().contributionId).executeTakeFirstOrThrow();
    expect([stored.owner_organisation_id, stored.phase, stored.category, stored.kind]).toEqual([world.youthCare.id, '2A', 'care', 'partner-query-answer']);
    expect(stored.purpose).toMatch(/^Triage/);

    const sees = async (userId: string) => {
      const response = await api(app, await as(userId), 'GET', `/cases/${c.id}/contributions`);
      return response.statusCode === 200 && response.body.includes(secret);
    };
    expect(await sees(world.chainDirector.id)).toBe(true);
    expect(await sees(world.officer.id)).toBe(true);
    expect(await sees(world.careWorker.id)).toBe(true);
    expect(await sees(youthWorker.id)).toBe(false);
    expect(await sees(careColleague.id)).toBe(false);
    expect(await sees(world.otherOfficer.id)).toBe(false);
    expect(await sees(world.privacyOfficer.id)).toBe(false);
    expect(await sees(world.otherChainDirector.id)).toBe(false);

    const triage = (await api(app, await as(world.chainDirector.id), 'GET', `/cases/${c.id}/triage`)).json<Triage>();
    expect(triage.queries.find((q) => q.id === queryId)?.answer?.content?.text).toBe(secret);
    expect(triage.queries.filter((q) => q.status === 'open')).toHaveLength(1);
    const otherInbox = await api(app, await as(youthWorker.id), 'GET', '/partner-queries');
    expect(otherInbox.body).not.toContain(secret);
    expect((await api(app, await as(youthWorker.id), 'GET', `/cases/${c.id}/triage`)).statusCode).toBe(404);
    const logged = await db.selectFrom('user_audit_log').select('action').where('record_id', '=', queryId).execute();
    expect(logged.map((l) => l.action)).toContain('partner-query.answer');
  });

  it('no content without sharing; one answer per query; only the addressed partner may answer', async () => {
    const c = await inTriage();
    const queryId = await sendQuery(c.id, world.youthCare.id);
    const contentWithoutSharing = await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, {
      knowsSubject: true, holdsRelevantData: true, willingToShare: false, content: { category: 'care', text: 'Dit mag niet mee.' },
    });
    expect(contentWithoutSharing.statusCode).toBe(400);
    expect((await api(app, await as(youthWorker.id), 'POST', `/partner-queries/${queryId}/answer`, shareCare('Jongerenwerk kent hem.'))).statusCode).toBe(404);
    const no = await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, { knowsSubject: false, holdsRelevantData: false, willingToShare: false });
    expect(no.statusCode, no.body).toBe(201);
    const stored = await db.selectFrom('contributions').select(['category', 'content']).where('id', '=', no.json<{ contributionId: string }>().contributionId).executeTakeFirstOrThrow();
    expect(stored.category).toBe('other');
    expect(stored.content).toEqual({ knowsSubject: false, holdsRelevantData: false, willingToShare: false, content: null });
    expect((await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, shareCare('Nog een antwoord.'))).statusCode).toBe(409);
  });

  it('ADR 0014: after the deadline an answer is still taken, and marked late', async () => {
    const c = await inTriage();
    const queryId = await sendQuery(c.id, world.youthCare.id, '2026-11-24');
    clock.set('2026-11-25T09:00:00+01:00');
    const inbox = (await api(app, await as(world.careWorker.id), 'GET', '/partner-queries')).json<Inbox>();
    expect(inbox.queries.find((q) => q.id === queryId)?.status).toBe('overdue');
    const answered = await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, shareCare('Laat, maar toch: bekend.'));
    expect(answered.json<{ late: boolean }>().late).toBe(true);
    const triage = (await api(app, await as(world.chainDirector.id), 'GET', `/cases/${c.id}/triage`)).json<Triage>();
    expect(triage.queries.find((q) => q.id === queryId)?.answeredLate).toBe(true);
  });
});

describe('ZVT-2A.2 reminders before the deadline (scheduled job, controllable clock)', () => {
  it('deadline on Monday: reminded on the Thursday before, exactly once, by reference only', async () => {
    const c = await inTriage();
    const queryId = await sendQuery(c.id, youthWork.id, '2026-11-30');
    const answeredId = await sendQuery(c.id, world.youthCare.id, '2026-11-30');
    await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${answeredId}/answer`, { knowsSubject: false, holdsRelevantData: false, willingToShare: false });
    const noticesFor = (organisationId: string) =>
      db.selectFrom('notices').select(['message', 'reference']).where('organisation_id', '=', organisationId).where('reference', '=', c.reference).execute();

    clock.set('2026-11-25T23:30:00+01:00'); // Wednesday
    await runPartnerQueryReminders({ db, clock });
    expect(await noticesFor(youthWork.id)).toHaveLength(0);

    clock.set('2026-11-26T00:30:00+01:00'); // Thursday, just after midnight in Amsterdam
    await runPartnerQueryReminders({ db, clock });
    await Promise.all([runPartnerQueryReminders({ db, clock }), runPartnerQueryReminders({ db, clock })]);
    clock.set('2026-11-27T08:00:00+01:00'); // Friday
    await runPartnerQueryReminders({ db, clock });

    const notices = await noticesFor(youthWork.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain(c.reference);
    expect(notices[0]?.message).toContain('30-11-2026');
    expect(notices[0]?.message).not.toContain('Jansen');
    expect(await noticesFor(world.youthCare.id)).toHaveLength(0);
    const row = await db.selectFrom('partner_queries').select('reminder_sent_on').where('id', '=', queryId).executeTakeFirstOrThrow();
    expect(row.reminder_sent_on).toBe('2026-11-26');
    const listed = (await api(app, await as(youthWorker.id), 'GET', '/notices')).json<{ notices: { reference: string }[] }>();
    expect(listed.notices.map((n) => n.reference)).toContain(c.reference);
  });
});

/** Every table in the public schema whose rows, as text, contain `needle`. */
async function tablesContaining(needle: string): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(db);
  const hits: string[] = [];
  for (const { table_name } of tables.rows) {
    const found = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table_name)} x WHERE x::text ILIKE ${`%${needle}%`}`.execute(db);
    if ((found.rows[0]?.n ?? 0) > 0) hits.push(table_name);
  }
  return hits;
}

describe('ZVT-2A.3 striking from the registration: really gone', () => {
  it('removes the content from every table and column, and records field names and why', async () => {
    const reason = `Overlast bij het winkelcentrum ${unique()}`;
    const municipality = `Plaats${unique()}`;
    const c = await inTriage({ reason, municipality });
    expect(await tablesContaining(reason)).toEqual(['contributions']);
    expect((await tablesContaining(municipality)).sort()).toEqual(['subjects']);
    const decisionBefore = await db.selectFrom('admission_decisions').select('assessment').where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(decisionBefore.assessment)).toContain('jeugdnetwerk');

    const why = 'Voor de triage niet nodig: de reden en de strafrechtelijke criteriafeiten.';
    const struck = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${c.id}/triage/strikes`, {
      fields: ['registrationReason', 'subjectMunicipality', 'criteriaCriminal'],
      reason: why,
    });
    expect(struck.statusCode, struck.body).toBe(201);

    expect(await tablesContaining(reason)).toEqual([]);
    expect(await tablesContaining(municipality)).toEqual([]);
    const kinds = await db.selectFrom('contributions').select('kind').where('case_id', '=', c.id).execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['criteria-care', 'criteria-other']);
    const decisions = await db.selectFrom('admission_decisions').select(['assessment', 'decision']).where('case_id', '=', c.id).execute();
    for (const d of decisions) {
      const text = JSON.stringify(d.assessment);
      for (const gone of ['jeugdnetwerk', 'partOfYouthNetwork', 'adolescentenstrafrecht', 'veiligheidsproblematiek']) expect(text).not.toContain(gone);
      expect(d.decision).toBe('admitted');
    }
    const record = await db.selectFrom('registration_strikes').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(record.fields).toEqual(['reason', 'subject.municipality', 'adolescentCriminalLaw', 'partOfYouthNetwork', 'areaSafetyProblem']);
    expect(record.reason).toBe(why);

    const detail = (await api(app, await as(world.officer.id), 'GET', `/cases/${c.id}`)).json<{ reason: string; facts: unknown; subject: { municipality: string } }>();
    expect([detail.reason, detail.facts, detail.subject.municipality]).toEqual(['', null, '']);
    const triage = (await api(app, await as(world.chainDirector.id), 'GET', `/cases/${c.id}/triage`)).json<Triage>();
    expect(triage.strikable.filter((s) => s.present).map((s) => s.field)).toEqual(['criteriaCare', 'criteriaOther']);
    expect(triage.strikes[0]?.fields).toContain('reason');
    const again = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${c.id}/triage/strikes`, { fields: ['registrationReason'], reason: why });
    expect(again.statusCode).toBe(400);
  });

  it('only the chain director of the table strikes; the referrer may not', async () => {
    const c = await inTriage();
    const body = { fields: ['registrationReason'], reason: 'Niet nodig voor de triage van deze casus.' };
    expect((await api(app, await as(world.officer.id), 'POST', `/cases/${c.id}/triage/strikes`, body)).statusCode).toBe(403);
    expect((await api(app, await as(world.otherChainDirector.id), 'POST', `/cases/${c.id}/triage/strikes`, body)).statusCode).toBe(404);
    expect((await api(app, await as(world.chainDirector.id), 'POST', `/cases/${c.id}/triage/strikes`, { ...body, reason: 'kort' })).statusCode).toBe(400);
  });
});

const allYes = {
  adolescentCriminalLaw: 'no', youthCareContinuedAfter18: 'no', youthCareDecidedBefore18: 'no', youthCareResumptionWithinHalfYear: 'no',
  partOfYouthNetwork: 'yes', areaSafetyProblem: 'yes', careSafetyCooperationNeeded: 'yes', planBeyondReferrerNeeded: 'yes',
};

describe('ZVT-1.3 re-assessment after the targeted data request', () => {
  it('blocks the outcome and the striking of criteria until the criteria are assessed again with the answers', async () => {
    const c = await inTriage({ decision: 'insufficient-data' });
    const director = await as(world.chainDirector.id);
    const queryId = await sendQuery(c.id, world.youthCare.id);
    let triage = (await api(app, director, 'GET', `/cases/${c.id}/triage`)).json<Triage>();
    expect(triage.reassessmentDue).toBe(true);
    expect(triage.abilities.decide).toBe(false);
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/reassessment`, { facts: allYes, decision: 'admitted' })).statusCode).toBe(422);
    await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, shareCare('Bekend: jeugdhulp loopt.'));
    const outcome = { outcome: 'doubt-focus-meeting', motivation: 'Twijfel of een gezamenlijke aanpak zinvol is.' };
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, outcome)).statusCode).toBe(422);
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/strikes`, { fields: ['criteriaCare'], reason: 'Niet meer nodig na de toetsing.' })).statusCode).toBe(422);

    const reassessed = await api(app, director, 'POST', `/cases/${c.id}/triage/reassessment`, { facts: allYes, decision: 'admitted' });
    expect(reassessed.statusCode, reassessed.body).toBe(200);
    expect(reassessed.json<{ outcome: string; proposal: string }>()).toMatchObject({ outcome: 'eligible', proposal: 'admitted' });
    triage = (await api(app, director, 'GET', `/cases/${c.id}/triage`)).json<Triage>();
    expect(triage.reassessmentDue).toBe(false);
    expect(triage.abilities.decide).toBe(true);
    const latest = await db.selectFrom('admission_decisions').select(['decision', 'assessment']).where('case_id', '=', c.id).orderBy('decided_at', 'desc').executeTakeFirstOrThrow();
    expect(latest.decision).toBe('admitted');
    expect(latest.assessment).toMatchObject({ basis: 'reassessment', answeredQueries: 1 });
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/reassessment`, { facts: allYes, decision: 'admitted' })).statusCode).toBe(422);
  });

  it('a decision that differs from the re-assessment proposal needs a reason; not admitted deletes the case and advises the referrer', async () => {
    const c = await inTriage({ decision: 'insufficient-data' });
    const director = await as(world.chainDirector.id);
    const queryId = await sendQuery(c.id, world.youthCare.id);
    await api(app, await as(world.careWorker.id), 'POST', `/partner-queries/${queryId}/answer`, { knowsSubject: false, holdsRelevantData: false, willingToShare: false });
    const notEligible = { ...allYes, partOfYouthNetwork: 'no', areaSafetyProblem: 'no' };
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/reassessment`, { facts: notEligible, decision: 'admitted' })).statusCode).toBe(400);
    const done = await api(app, director, 'POST', `/cases/${c.id}/triage/reassessment`, { facts: notEligible, decision: 'not-admitted', advice: 'Bespreek de zorgen met het sociaal team.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<{ deleted: boolean; proposal: string }>()).toMatchObject({ deleted: true, proposal: 'not-admitted' });
    expect(await db.selectFrom('cases').select('id').where('id', '=', c.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('partner_queries').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    const notice = await db.selectFrom('notices').select('message').where('reference', '=', c.reference).where('user_id', '=', world.officer.id).executeTakeFirstOrThrow();
    expect(notice.message).toContain('sociaal team');
  });
});

const record = () => ({
  situationPicture: 'Jeugdige hangt met een groep rond het station; school meldt verzuim.',
  situationCategory: 'care',
  partners: [{ organisationId: world.youthCare.id, involvement: 'involved', possibleContribution: 'Gezinsbegeleiding', informationToBring: 'Lopende hulp' }],
  goal: 'Afspraken over één gezamenlijk plan voor school en vrije tijd.',
  participantOrganisationIds: [world.police.id, world.youthCare.id],
  subjectParticipation: 'informed-before',
  parentsParticipation: 'invited',
});

describe('ZVT-2A.2 triage record and ZVT-2A.4 outcomes', () => {
  it('→ case meeting needs a triage record and a motivation; the case then moves to 3A', async () => {
    const c = await inTriage();
    const director = await as(world.chainDirector.id);
    const motivation = 'Integrale aanpak nodig: zorg en veiligheid beide betrokken.';
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'to-case-meeting', motivation })).statusCode).toBe(422);
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'to-case-meeting', motivation: 'Ja.' })).statusCode).toBe(400);
    expect((await api(app, await as(world.officer.id), 'PUT', `/cases/${c.id}/triage/record`, record())).statusCode).toBe(403);
    expect((await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, { ...record(), participantOrganisationIds: [world.outsider.id] })).statusCode).toBe(400);
    const saved = await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, record());
    expect(saved.statusCode, saved.body).toBe(200);
    const revised = await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, { ...record(), goal: 'Een concreet doel: terug naar school binnen zes weken.' });
    expect(revised.statusCode).toBe(200);
    const rows = await db.selectFrom('contributions').select(['owner_organisation_id', 'phase', 'category']).where('case_id', '=', c.id).where('kind', '=', 'triage-record').execute();
    expect(rows).toEqual([{ owner_organisation_id: world.municipality.id, phase: '2A', category: 'care' }]);

    const referrerView = (await api(app, await as(world.officer.id), 'GET', `/cases/${c.id}/triage`)).json<Triage>();
    expect(referrerView.record?.goal).toMatch(/zes weken/);
    expect(referrerView.abilities.decide).toBe(false);
    expect(referrerView.record?.participants.map((p) => p.organisation)).toEqual([world.police.name, world.youthCare.name]);

    const decided = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'to-case-meeting', motivation });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<{ phase: string }>().phase).toBe('3A');
    const kase = await db.selectFrom('cases').select('phase').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(kase.phase).toBe('3A');
    const stored = await db.selectFrom('triage_outcomes').select(['outcome', 'motivation', 'phase']).where('case_id', '=', c.id).execute();
    expect(stored).toEqual([{ outcome: 'to-case-meeting', motivation, phase: '2A' }]);
    const transitions = await db.selectFrom('phase_transitions').select(['from_phase', 'to_phase', 'outcome']).where('case_id', '=', c.id).orderBy('at').execute();
    expect(transitions.at(-1)).toEqual({ from_phase: '2A', to_phase: '3A', outcome: 'to-case-meeting' });
    expect((await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, record())).statusCode).toBe(422);
  });

  it('not → advice to the referrer and real deletion', async () => {
    const c = await inTriage();
    const queryId = await sendQuery(c.id, world.youthCare.id);
    const director = await as(world.chainDirector.id);
    const advice = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'not-to-case-meeting', motivation: 'Geen gezamenlijke aanpak nodig; school pakt het op.', advice: 'Testpersoon kan naar het sociaal team.', informingLetter: await closingLetter(c.id) });
    expect(advice.statusCode).toBe(400);
    const done = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'not-to-case-meeting', motivation: 'Geen gezamenlijke aanpak nodig; school pakt het op.', advice: 'Overleg met de leerplichtambtenaar.', informingLetter: await closingLetter(c.id) });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<{ deleted: boolean }>().deleted).toBe(true);
    expect(await db.selectFrom('cases').select('id').where('id', '=', c.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('partner_queries').select('id').where('id', '=', queryId).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('contributions').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    const notice = await db.selectFrom('notices').select('message').where('reference', '=', c.reference).where('user_id', '=', world.officer.id).executeTakeFirstOrThrow();
    expect(notice.message).toMatch(/niet door naar het casusoverleg.*leerplichtambtenaar.*verwijderd/);
    const deletion = await db.selectFrom('deletion_log').select('rule').orderBy('at', 'desc').executeTakeFirstOrThrow();
    expect(deletion.rule).toContain('not-to-case-meeting');
  });

  it('doubt → focus meeting, which then decides → 3A; outcomes not of the current phase are refused', async () => {
    const c = await inTriage();
    const director = await as(world.chainDirector.id);
    const motivation = 'Twijfel of een gezamenlijke aanpak zinvol is; nadere beeldvorming nodig.';
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'focus-to-case-meeting', motivation })).statusCode).toBe(422);
    const doubt = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'doubt-focus-meeting', motivation });
    expect(doubt.json<{ phase: string }>().phase).toBe('2A-focus');
    const triage = (await api(app, director, 'GET', `/cases/${c.id}/triage`)).json<Triage & { outcomes: { id: string }[] }>();
    expect(triage.outcomes.map((o) => o.id)).toEqual(['focus-to-case-meeting', 'focus-not-to-case-meeting']);
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'focus-to-case-meeting', motivation })).statusCode).toBe(422);
    // Without a triage record → 3A is refused; the focus meeting's goal and participants can still be recorded.
    const d = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'focus-not-to-case-meeting', motivation: 'Focusoverleg: geen gezamenlijke aanpak zinvol.', informingLetter: await closingLetter(c.id) });
    expect(d.json<{ deleted: boolean }>().deleted).toBe(true);
  });

  it('ZVT-2A.4 a case sent to the focus meeting without a triage record gets one there and goes → 3A', async () => {
    const c = await inTriage();
    const director = await as(world.chainDirector.id);
    await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'doubt-focus-meeting', motivation: 'Twijfel; het focusoverleg moet het beeld verrijken.' });
    const before = (await api(app, director, 'GET', `/cases/${c.id}/triage`)).json<{ abilities: { record: boolean; strike: boolean } }>();
    expect(before.abilities).toMatchObject({ record: true, strike: false });
    const motivation = 'Het focusoverleg ziet een gezamenlijke aanpak als nodig.';
    expect((await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'focus-to-case-meeting', motivation })).statusCode).toBe(422);
    expect((await api(app, await as(world.officer.id), 'PUT', `/cases/${c.id}/triage/record`, record())).statusCode).toBe(403);
    expect((await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, record())).statusCode).toBe(200);
    const admitted = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'focus-to-case-meeting', motivation });
    expect(admitted.statusCode, admitted.body).toBe(200);
    expect(admitted.json<{ phase: string }>().phase).toBe('3A');
  });
});

describe('ZVT-4A.1 an inactive file keeps no triage free text', () => {
  it('strike reasons and outcome motivations go when the file is made inactive', async () => {
    const { inactivePlan } = await import('../../retention/inactive-set.ts');
    const { lockCaseForRetention, unsafeStripBatchToInactive } = await import('../../retention/retention.repository.ts');
    const c = await inTriage();
    const director = await as(world.chainDirector.id);
    await api(app, director, 'POST', `/cases/${c.id}/triage/strikes`, { fields: ['registrationReason'], reason: 'Reden van aanmelding is voor de triage niet nodig.' });
    await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, record());
    await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'to-case-meeting', motivation: 'Gezamenlijke aanpak nodig volgens de triage.' });
    await db.transaction().execute(async (trx) => {
      const row = await lockCaseForRetention(trx, c.id, '2027-06-01');
      if (!row) throw new Error('casus niet gevonden');
      const plan = inactivePlan(['subjectName', 'birthDate', 'table', 'referrer', 'phaseDates', 'scaleDownDate']);
      const batch = [{ id: row.id, subjectId: row.subject_id, rule: 'test', tableId: row.table_id, dueOn: '2027-06-01' }];
      await unsafeStripBatchToInactive(trx, batch, plan, '2027-06-01', new Date('2027-06-01T10:00:00+02:00'));
    });
    expect(await db.selectFrom('registration_strikes').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await db.selectFrom('triage_outcomes').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    expect(await db.selectFrom('contributions').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
  });
});
