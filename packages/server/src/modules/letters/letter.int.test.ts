import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { INFORMING_CONTENT_ITEMS, LETTER_KIND_DEFINITIONS } from '@ketentafel/domain';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';
import { renderGroupOutcomeLetter } from './letter.pdf.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
// Monday 23 November 2026.
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);
const workDir = mkdtempSync(path.join(tmpdir(), 'kt-letters-'));

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

/** The text of a PDF as poppler reads it (independently of pdfkit), whitespace collapsed. */
function pdfText(bytes: Buffer): string {
  const file = path.join(workDir, `${String(Date.now())}-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A case registered by the officer and admitted by the chain director: in 2A with an open informing task. */
async function admitted(birthDate = '2012-05-01') {
  clock.set('2026-11-23T10:00:00+01:00');
  const created = await api(app, await as(world.officer.id), 'POST', '/cases', registrationBody(world.table.id, birthDate, { areaSafetyProblem: 'yes' }));
  expect(created.statusCode, created.body).toBe(201);
  const { id, reference } = created.json<{ id: string; reference: string }>();
  const decided = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${id}/admission-decision`, { decision: 'admitted' });
  expect(decided.statusCode, decided.body).toBe(200);
  return { id, reference };
}

interface CaseLetter {
  kind: string;
  available: boolean;
  sender: string;
  templateHash: string | null;
  sent: { sender: string; channel: string; sentOn: string }[];
  abilities: { render: boolean; recordSent: boolean; chooseSender: boolean };
}

async function letters(userId: string, caseId: string) {
  const response = await api(app, await as(userId), 'GET', `/cases/${caseId}/letters`);
  expect(response.statusCode, response.body).toBe(200);
  const list = response.json<{ letters: CaseLetter[] }>().letters;
  return (kind: string) => list.find((l) => l.kind === kind) as CaseLetter;
}

const allContent = INFORMING_CONTENT_ITEMS.map((i) => i.id);

describe('X-6 letter templates per table, edited by the chain director', () => {
  it('lists the shipped defaults for every kind; another table and other roles are refused', async () => {
    const response = await api(app, await as(world.chainDirector.id), 'GET', `/tables/${world.table.id}/letter-templates`);
    expect(response.statusCode).toBe(200);
    const { templates } = response.json<{ templates: { kind: string; isDefault: boolean; body: string; placeholders: { name: string; required: boolean }[] }[] }>();
    expect(templates.map((t) => t.kind)).toEqual(['informing', 'triage-outcome', 'group-outcome', 'triage-closed']);
    expect(templates.every((t) => t.isDefault)).toBe(true);
    expect(templates[1]?.placeholders.find((p) => p.name === 'rechten')?.required).toBe(true);
    expect((await api(app, await as(world.otherChainDirector.id), 'GET', `/tables/${world.table.id}/letter-templates`)).statusCode).toBe(404);
    expect((await api(app, await as(world.officer.id), 'GET', `/tables/${world.table.id}/letter-templates`)).statusCode).toBe(403);
    expect((await api(app, await as(world.admin.id), 'PUT', `/tables/${world.table.id}/letter-templates/informing`, { body: 'x'.repeat(30), privacyContact: 'privacy@test.example' })).statusCode).toBe(403);
  });

  it('refuses unknown placeholders on save with a problem+json listing each of them, and a template without the rights paragraph', async () => {
    const director = await as(world.chainDirector.id);
    const refused = await api(app, director, 'PUT', `/tables/${world.table.id}/letter-templates/informing`, {
      body: 'Beste {{naam}}, uw {{bsn}} en {{adres}} en {{doel}}. {{rechten}}',
      privacyContact: 'privacy@test.example',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = refused.json<{ detail: string; errors: { field: string; message: string }[] }>();
    expect(problem.detail).toBe('De brieftekst gebruikt onbekende plaatshouders: {{bsn}}, {{adres}}, {{doel}}.');
    expect(problem.errors.map((e) => e.message)).toEqual(['Onbekende plaatshouder: {{bsn}}', 'Onbekende plaatshouder: {{adres}}', 'Onbekende plaatshouder: {{doel}}']);
    const noRights = await api(app, director, 'PUT', `/tables/${world.table.id}/letter-templates/informing`, { body: 'Beste {{naam}}, tot ziens. {{afzender', privacyContact: 'privacy@test.example' });
    expect(noRights.statusCode).toBe(422);
    expect(noRights.json<{ errors: { message: string }[] }>().errors.map((e) => e.message)).toEqual(['"{{" zonder "}}" bij: {{afzender', 'De vaste alinea {{rechten}} ontbreekt.']);
    const stored = await db.selectFrom('letter_templates').select('id').execute();
    expect(stored).toEqual([]);
  });
});

describe('ZVT-1.4 the informing letter: PDF from the case, recorded as sent completes the informing task', () => {
  it('renders the table template with the case data (poppler), addressed by age on the letter date', async () => {
    const c = await admitted('2012-05-01'); // 14 on 23 November 2026: the subject and the legal representative
    const director = await as(world.chainDirector.id);
    const body = `${LETTER_KIND_DEFINITIONS.informing.defaultTemplate}\nEigen regel van de tafel voor {{naam}}.`;
    const saved = await api(app, director, 'PUT', `/tables/${world.table.id}/letter-templates/informing`, { body, privacyContact: 'de privacyfunctionaris, privacy@teststad.example' });
    expect(saved.statusCode, saved.body).toBe(200);

    const state = (await letters(world.chainDirector.id, c.id))('informing');
    expect(state).toMatchObject({ available: true, sender: 'chain-director-for-referrer', templateHash: saved.json<{ versionHash: string }>().versionHash, abilities: { render: true, recordSent: true, chooseSender: false } });

    const pdf = await api(app, director, 'GET', `/cases/${c.id}/letters/informing/pdf?letterDate=2026-11-23`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="brief-informeren-aanmelding-.*\.pdf"$/);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Aan: Testpersoon Jansen en Ouder Jansen');
    expect(text).toContain('Datum: 23 november 2026');
    expect(text).toContain(`Ons kenmerk: ${c.reference}`);
    expect(text).toContain('Overlast in de wijk in groepsverband, zorgen over school.');
    expect(text).toContain('Eigen regel van de tafel voor Testpersoon Jansen.');
    for (const words of ['recht op inzage', 'rectificatie', 'bezwaar', 'Autoriteit Persoonsgegevens', 'privacy@teststad.example']) expect(text).toContain(words);
    expect(text).toContain(`namens ${world.police.name}`);
    expect(text).not.toContain('06-12345678'); // contact details never go into a letter
    expect(text).not.toContain('{{');

    // Under 12 on the letter date: only the legal representative.
    const young = await admitted('2016-01-10');
    const youngText = pdfText((await api(app, director, 'GET', `/cases/${young.id}/letters/informing/pdf`)).rawPayload);
    expect(youngText).toContain('Aan: Ouder Jansen');
    expect(youngText).not.toContain('Aan: Testpersoon');

    const logged = await db.selectFrom('user_audit_log').select('action').where('record_id', '=', c.id).where('action', '=', 'letter.render').execute();
    expect(logged).toHaveLength(1);
  });

  it('a partner not involved, another table or a privacy officer cannot render or record: 404, logged as denied', async () => {
    const c = await admitted();
    for (const userId of [world.careWorker.id, world.otherOfficer.id, world.otherChainDirector.id, world.privacyOfficer.id]) {
      const session = await as(userId);
      expect((await api(app, session, 'GET', `/cases/${c.id}/letters/informing/pdf`)).statusCode).toBe(404);
      expect((await api(app, session, 'GET', `/cases/${c.id}/letters`)).statusCode).toBe(404);
      expect((await api(app, session, 'POST', `/cases/${c.id}/letters/informing/sent`, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: 'x', contentItems: allContent, consentAsked: false, consentGiven: 'not-applicable' })).statusCode).toBe(404);
    }
    const denied = await db.selectFrom('user_audit_log').select('action').where('record_id', '=', c.id).where('outcome', '=', 'denied').execute();
    expect(denied.map((d) => d.action).sort()).toEqual([...Array<string>(4).fill('letter.list'), ...Array<string>(4).fill('letter.record-sent'), ...Array<string>(4).fill('letter.render')]);
    expect((await api(app, await as(world.chainDirector.id), 'GET', '/cases/00000000-0000-4000-8000-000000000000/letters/informing/pdf')).statusCode).toBe(404);
  });

  it('recording the letter as sent completes the informing task in one transaction, with the sending date', async () => {
    const c = await admitted();
    clock.set('2026-11-25T10:00:00+01:00');
    const officer = await as(world.officer.id);
    const state = (await letters(world.officer.id, c.id))('informing');
    expect(state).toMatchObject({ sender: 'referrer', abilities: { render: true, recordSent: true } });
    const sent = (input: Record<string, unknown>) =>
      api(app, officer, 'POST', `/cases/${c.id}/letters/informing/sent`, { letterDate: '2026-11-23', sentOn: '2026-11-24', channel: 'post', templateHash: state.templateHash, contentItems: allContent, consentAsked: false, consentGiven: 'not-applicable', ...input });

    expect((await sent({ templateHash: 'old' })).statusCode).toBe(409);
    expect((await sent({ contentItems: allContent.slice(1) })).statusCode).toBe(422);
    expect((await sent({ sentOn: '2026-11-26' })).statusCode).toBe(400);
    expect((await sent({ sentOn: '2026-11-22' })).statusCode).toBe(400);
    expect((await sent({ letterDate: '2026-11-22', sentOn: '2026-11-22' })).statusCode).toBe(400);
    expect((await sent({ channel: 'pigeon' })).statusCode).toBe(400);
    expect(await db.selectFrom('sent_letters').select('id').where('case_id', '=', c.id).execute()).toEqual([]);

    const ok = await sent({});
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'informing', sender: 'referrer', channel: 'post', sentOn: '2026-11-24', informingCompleted: true });
    const detail = (await api(app, officer, 'GET', `/cases/${c.id}`)).json<{ informingTask: { status: string; informedOn: string; recipients: string[] } }>();
    expect(detail.informingTask).toMatchObject({ status: 'done', informedOn: '2026-11-24', recipients: ['subject', 'legalRepresentatives'] });
    const row = await db.selectFrom('sent_letters').selectAll().where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'informing', letter_date: '2026-11-23', sent_on: '2026-11-24', channel: 'post', sender: 'referrer', sent_by: world.officer.id, template_hash: state.templateHash });
    const actions = await db
      .selectFrom('user_audit_log')
      .select(['action', 'record_type', 'record_id'])
      .where('user_id', '=', world.officer.id)
      .where('outcome', '=', 'allowed')
      .where('action', 'in', ['letter.record-sent', 'informing.complete'])
      .where('record_id', 'in', [c.id, row.id])
      .orderBy('action')
      .execute();
    expect(actions).toEqual([
      { action: 'informing.complete', record_type: 'informing-task', record_id: c.id },
      { action: 'letter.record-sent', record_type: 'letter', record_id: row.id },
    ]);

    const after = (await letters(world.officer.id, c.id))('informing');
    expect(after.abilities.recordSent).toBe(false);
    expect(after.sent).toHaveLength(1);
    expect((await sent({})).statusCode).toBe(403);
  });

  it('a birthday between letter date and sending changes who must be informed: refused', async () => {
    const c = await admitted('2014-11-24'); // 12 on 24 November 2026
    clock.set('2026-11-25T10:00:00+01:00');
    const director = await as(world.chainDirector.id);
    const state = (await letters(world.chainDirector.id, c.id))('informing');
    const response = await api(app, director, 'POST', `/cases/${c.id}/letters/informing/sent`, {
      letterDate: '2026-11-23',
      sentOn: '2026-11-24',
      channel: 'handed-over',
      templateHash: state.templateHash,
      contentItems: allContent,
      consentAsked: false,
      consentGiven: 'not-applicable',
    });
    expect(response.statusCode).toBe(422);
    const task = await db.selectFrom('informing_tasks').select('status').where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(task.status).toBe('open');
  });
});

const triageRecord = () => ({
  situationPicture: 'Jeugdige hangt met een groep rond het station; school meldt verzuim.',
  situationCategory: 'care',
  partners: [{ organisationId: world.youthCare.id, involvement: 'involved', possibleContribution: 'Gezinsbegeleiding', informationToBring: 'Lopende hulp aan het gezin' }],
  goal: 'Afspraken over één gezamenlijk plan voor school en vrije tijd.',
  participantOrganisationIds: [world.police.id, world.youthCare.id],
  subjectParticipation: 'informed-before',
  parentsParticipation: 'invited',
});

describe('ZVT-2A.5 the triage outcome letter: by the chain director for the referrer, unless the referrer is more fitting', () => {
  it('chain director by default; after choosing the referrer, the referrer makes and records it; the choice is then fixed', async () => {
    const c = await admitted();
    const director = await as(world.chainDirector.id);
    const officer = await as(world.officer.id);
    expect((await letters(world.chainDirector.id, c.id))('triage-outcome')).toMatchObject({ available: false, abilities: { render: false } });
    expect((await api(app, director, 'GET', `/cases/${c.id}/letters/triage-outcome/pdf`)).statusCode).toBe(422);

    expect((await api(app, director, 'PUT', `/cases/${c.id}/triage/record`, triageRecord())).statusCode).toBe(200);
    const decided = await api(app, director, 'POST', `/cases/${c.id}/triage/outcome`, { outcome: 'to-case-meeting', motivation: 'Integrale aanpak nodig: zorg en veiligheid beide betrokken.' });
    expect(decided.statusCode, decided.body).toBe(200);

    expect((await letters(world.chainDirector.id, c.id))('triage-outcome')).toMatchObject({ available: true, sender: 'chain-director-for-referrer', abilities: { render: true, recordSent: true, chooseSender: true } });
    expect((await letters(world.officer.id, c.id))('triage-outcome')).toMatchObject({ sender: 'chain-director-for-referrer', abilities: { render: false, recordSent: false, chooseSender: false } });
    expect((await api(app, officer, 'GET', `/cases/${c.id}/letters/triage-outcome/pdf`)).statusCode).toBe(403);
    expect((await api(app, officer, 'PUT', `/cases/${c.id}/letters/triage-outcome/sender`, { sender: 'referrer' })).statusCode).toBe(403);

    const text = pdfText((await api(app, director, 'GET', `/cases/${c.id}/letters/triage-outcome/pdf`)).rawPayload);
    expect(text).toContain('De aanmelding wordt besproken in een casusoverleg van de Zorg- en Veiligheidstafel.');
    expect(text).toContain('Afspraken over één gezamenlijk plan voor school en vrije tijd.');
    expect(text).toContain(`${world.youthCare.name}: Lopende hulp aan het gezin`);
    expect(text).toContain(world.police.name);
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(text).toContain(`namens ${world.police.name}`);

    const chosen = await api(app, director, 'PUT', `/cases/${c.id}/letters/triage-outcome/sender`, { sender: 'referrer' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const referrerState = (await letters(world.officer.id, c.id))('triage-outcome');
    expect(referrerState).toMatchObject({ sender: 'referrer', abilities: { render: true, recordSent: true, chooseSender: false } });
    const referrerText = pdfText((await api(app, officer, 'GET', `/cases/${c.id}/letters/triage-outcome/pdf`)).rawPayload);
    expect(referrerText).not.toContain('namens');
    expect(referrerText).toContain(world.police.name);
    expect((await letters(world.chainDirector.id, c.id))('triage-outcome').abilities.recordSent).toBe(false);
    // The chain director may still make the referrer's letter (support); it is signed by the referrer.
    const officerName = (await db.selectFrom('users').select('display_name').where('id', '=', world.officer.id).executeTakeFirstOrThrow()).display_name;
    const supportText = pdfText((await api(app, director, 'GET', `/cases/${c.id}/letters/triage-outcome/pdf`)).rawPayload);
    expect(supportText).toContain(`${officerName} ${world.police.name}`);
    expect(supportText).not.toContain('namens');

    const sent = await api(app, officer, 'POST', `/cases/${c.id}/letters/triage-outcome/sent`, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'email', templateHash: referrerState.templateHash });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ sender: 'referrer', informingCompleted: false });
    expect((await api(app, director, 'PUT', `/cases/${c.id}/letters/triage-outcome/sender`, { sender: 'chain-director-for-referrer' })).statusCode).toBe(403);
    expect((await api(app, director, 'PUT', `/cases/${c.id}/letters/informing/sender`, { sender: 'referrer' })).statusCode).toBe(422);
  });
});

describe('ZVT-2B.4 the group outcome letter from plain data', () => {
  it('renders the default template with the fixed rights paragraph', async () => {
    const pdf = await renderGroupOutcomeLetter(
      { body: LETTER_KIND_DEFINITIONS['group-outcome'].defaultTemplate, privacyContact: 'privacy@teststad.example' },
      {
        addressees: ['Lid Een', 'Ouder Een'],
        memberName: 'Lid Een',
        groupName: 'Stationsgroep',
        reference: 'ZVT-TEST-1',
        letterDate: '2026-12-01',
        tableName: 'ZVT Test',
        municipality: 'Teststad',
        outcome: 'Er komt een groepsaanpak.',
        goal: 'Minder overlast rond het station.',
        themes: ['Groepsgedrag'],
        participants: ['Politie', 'Jongerenwerk'],
        chainDirectorName: 'K. Regisseur',
        signature: 'K. Regisseur',
      },
      new Date('2026-12-01T09:00:00Z'),
    );
    const text = pdfText(pdf);
    for (const words of ['Aan: Lid Een en Ouder Een', 'Datum: 1 december 2026', 'groep Stationsgroep', 'Er komt een groepsaanpak.', '• Politie', 'Autoriteit Persoonsgegevens', 'privacy@teststad.example']) {
      expect(text).toContain(words);
    }
  });
});
