import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildWorld, registrationBody } from '../../test/factories.ts';
import { api, buildTestApp, cachedLogin, TestClock } from '../../test/harness.ts';

let db: Db;
let drop: () => Promise<void>;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
// Monday 23 November 2026.
const clock = new TestClock(new Date('2026-11-23T10:00:00+01:00'));
const as = cachedLogin(() => app);
const workDir = mkdtempSync(path.join(tmpdir(), 'kt-closed-letters-'));
const MOTIVATION = 'Geen gezamenlijke aanpak nodig; de school pakt het zelf op.';

function pdfText(bytes: Buffer): string {
  const file = path.join(workDir, `${String(Date.now())}-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

interface CaseLetter {
  kind: string;
  available: boolean;
  sender: string;
  templateHash: string | null;
  abilities: { render: boolean; recordSent: boolean; chooseSender: boolean };
}

async function closedLetter(userId: string, caseId: string): Promise<CaseLetter | undefined> {
  const response = await api(app, await as(userId), 'GET', `/cases/${caseId}/letters`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ letters: CaseLetter[] }>().letters.find((l) => l.kind === 'triage-closed');
}

/** A case registered by the officer (with one parent, 'Ouder Jansen') and admitted: in 2A. */
async function inTriage(birthDate = '2012-05-01') {
  clock.set('2026-11-23T10:00:00+01:00');
  const created = await api(app, await as(world.officer.id), 'POST', '/cases', registrationBody(world.table.id, birthDate, { areaSafetyProblem: 'yes' }));
  expect(created.statusCode, created.body).toBe(201);
  const c = created.json<{ id: string; reference: string }>();
  const decided = await api(app, await as(world.chainDirector.id), 'POST', `/cases/${c.id}/admission-decision`, { decision: 'admitted' });
  expect(decided.statusCode, decided.body).toBe(200);
  const subject = await db.selectFrom('cases').innerJoin('subjects', 'subjects.id', 'cases.subject_id').select('subjects.full_name').where('cases.id', '=', c.id).executeTakeFirstOrThrow();
  return { ...c, name: subject.full_name };
}

async function notNow(caseId: string, informingLetter?: Record<string, unknown>) {
  return api(app, await as(world.chainDirector.id), 'POST', `/cases/${caseId}/triage/outcome`, { outcome: 'not-to-case-meeting', motivation: MOTIVATION, ...(informingLetter ? { informingLetter } : {}) });
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  world = await buildWorld(db);
  app = await buildTestApp(db, clock);
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('ZVT-2A.5 informing of the outcome "not to case meeting", which deletes the case at once (ADR 0021)', () => {
  it('ZVT-2A.5 the letter is made in triage, before the outcome: the outcome sentence, rights, by age; its sending is not recorded on its own', async () => {
    const c = await inTriage();
    expect(await closedLetter(world.chainDirector.id, c.id)).toMatchObject({ available: true, sender: 'chain-director-for-referrer', abilities: { render: true, recordSent: false, chooseSender: true } });
    expect(await closedLetter(world.officer.id, c.id)).toMatchObject({ abilities: { render: false, recordSent: false, chooseSender: false } });
    const director = await as(world.chainDirector.id);
    const response = await api(app, director, 'GET', `/cases/${c.id}/letters/triage-closed/pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain(`Aan: ${c.name} en Ouder Jansen`);
    expect(text).toContain('De aanmelding gaat niet door naar het casusoverleg van de Zorg- en Veiligheidstafel');
    expect(text).toContain(`${world.police.name} neemt contact met u op`);
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(text).toContain(`namens ${world.police.name}`);
    expect(text).not.toContain('Doel van het casusoverleg');
    const sent = await api(app, director, 'POST', `/cases/${c.id}/letters/triage-closed/sent`, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: 'x' });
    expect(sent.statusCode).toBe(422);
    expect(sent.json<{ detail: string }>().detail).toContain('met de uitkomst');
  });

  it('ZVT-2A.5 recording "not to case meeting" without the letter, with an old template or dates out of range is refused and deletes nothing', async () => {
    const c = await inTriage();
    const hash = (await closedLetter(world.chainDirector.id, c.id))?.templateHash ?? '';
    const missing = await notNow(c.id);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('body.informingLetter');
    expect((await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: 'oud' })).statusCode).toBe(409);
    // Boundaries: two weeks ahead (7 December) is the last planned day; the 8th is refused; never before the letter date.
    const tooLate = await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-12-08', channel: 'post', templateHash: hash });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.informingLetter.sentOn']);
    expect((await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-11-22', channel: 'post', templateHash: hash })).statusCode).toBe(400);
    expect((await notNow(c.id, { letterDate: '2026-12-08', sentOn: '2026-12-08', channel: 'post', templateHash: hash })).statusCode).toBe(400);
    expect((await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'fax', templateHash: hash })).statusCode).toBe(400);
    expect(await db.selectFrom('cases').select('id').where('id', '=', c.id).executeTakeFirst()).toBeDefined();
    expect(await db.selectFrom('user_audit_log').select('id').where('action', '=', 'letter.record-sent').where('record_id', '=', c.id).execute()).toEqual([]);
    const planned = await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-12-07', channel: 'post', templateHash: hash });
    expect(planned.statusCode, planned.body).toBe(200);
  });

  it('ZVT-2A.5 recording with the letter deletes the case; only the referrer’s notice (by reference), the log and the counters say when and how it was sent', async () => {
    const c = await inTriage();
    const hash = (await closedLetter(world.chainDirector.id, c.id))?.templateHash ?? '';
    const statsBefore = await db.selectFrom('case_statistics').select('count').where('table_id', '=', world.table.id).where('outcome', '=', 'not-to-case-meeting').executeTakeFirst();
    const done = await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-11-23', channel: 'post', templateHash: hash });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ deleted: true, caseId: null });
    expect(await db.selectFrom('cases').select('id').where('id', '=', c.id).executeTakeFirst()).toBeUndefined();
    const notice = await db.selectFrom('notices').select('message').where('reference', '=', c.reference).where('user_id', '=', world.officer.id).executeTakeFirstOrThrow();
    expect(notice.message).toContain('De brief over deze uitkomst (brief van 23 november 2026) is op 23 november 2026 per post verstuurd, door de ketenregisseur namens u (ZVT-2A.5).');
    expect(notice.message).not.toContain(c.name);
    expect(notice.message).not.toContain('Ouder Jansen');
    const audit = await db.selectFrom('user_audit_log').select(['action', 'operation_id']).where('record_id', '=', c.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['letter.record-sent', 'triage.outcome']));
    const operation = audit.find((a) => a.action === 'letter.record-sent')?.operation_id ?? '';
    const processing = await db.selectFrom('processing_log').select('subject_hashes').where('operation_id', '=', operation).where('operation_name', '=', 'letter.record-sent').executeTakeFirstOrThrow();
    expect(processing.subject_hashes).toHaveLength(2); // the young person and the parent, by keyed hash; the key goes with the case
    const statsAfter = await db.selectFrom('case_statistics').select('count').where('table_id', '=', world.table.id).where('outcome', '=', 'not-to-case-meeting').executeTakeFirstOrThrow();
    expect(statsAfter.count - (statsBefore?.count ?? 0)).toBe(1);
    for (const table of ['sent_letters', 'letter_senders'] as const) {
      expect(await db.selectFrom(table).select('case_id').where('case_id', '=', c.id).execute()).toEqual([]);
    }
  });

  it('ZVT-2A.5 a planned sending by the referrer, when the chain director chose so: the referrer makes the letter and the notice says it is theirs to send', async () => {
    const c = await inTriage('2009-06-01');
    const director = await as(world.chainDirector.id);
    expect((await api(app, director, 'PUT', `/cases/${c.id}/letters/triage-closed/sender`, { sender: 'referrer' })).statusCode).toBe(200);
    const state = await closedLetter(world.officer.id, c.id);
    expect(state).toMatchObject({ sender: 'referrer', abilities: { render: true, recordSent: false } });
    const text = pdfText((await api(app, await as(world.officer.id), 'GET', `/cases/${c.id}/letters/triage-closed/pdf?letterDate=2026-11-24`)).rawPayload);
    expect(text).toContain(`Aan: ${c.name} Datum: 24 november 2026`);
    expect(text).not.toContain('namens');
    const done = await notNow(c.id, { letterDate: '2026-11-24', sentOn: '2026-11-25', channel: 'handed-over', templateHash: state?.templateHash });
    expect(done.statusCode, done.body).toBe(200);
    const notice = await db.selectFrom('notices').select('message').where('reference', '=', c.reference).executeTakeFirstOrThrow();
    expect(notice.message).toContain('wordt op 25 november 2026 persoonlijk overhandigd, door u zelf (ZVT-2A.5).');
  });

  it('ZVT-2A.5 boundary: turning 16 between letter date and sending changes who gets it → make it again with the sending date', async () => {
    // 15 on the letter date (the young person and the parents), 16 on the planned sending date (the young person only).
    const c = await inTriage('2010-11-25');
    const hash = (await closedLetter(world.chainDirector.id, c.id))?.templateHash ?? '';
    const refused = await notNow(c.id, { letterDate: '2026-11-23', sentOn: '2026-11-25', channel: 'post', templateHash: hash });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('jarig');
    expect((await notNow(c.id, { letterDate: '2026-11-24', sentOn: '2026-11-24', channel: 'post', templateHash: hash })).statusCode).toBe(200);
  });

  it('ZVT-2A.5 the letter is there only while "not to case meeting" can be decided: not in phase 1, not after → 3A; also after doubt → focus meeting', async () => {
    clock.set('2026-11-23T10:00:00+01:00');
    const created = await api(app, await as(world.officer.id), 'POST', '/cases', registrationBody(world.table.id, '2012-05-01', { areaSafetyProblem: 'yes' }));
    const phase1 = created.json<{ id: string }>().id;
    expect((await closedLetter(world.chainDirector.id, phase1))?.available).toBe(false);
    expect((await api(app, await as(world.chainDirector.id), 'GET', `/cases/${phase1}/letters/triage-closed/pdf`)).statusCode).toBe(422);

    const focus = await inTriage();
    const director = await as(world.chainDirector.id);
    expect((await api(app, director, 'POST', `/cases/${focus.id}/triage/outcome`, { outcome: 'doubt-focus-meeting', motivation: 'Twijfel; eerst het focusoverleg.' })).statusCode).toBe(200);
    const focusText = pdfText((await api(app, director, 'GET', `/cases/${focus.id}/letters/triage-closed/pdf`)).rawPayload);
    expect(focusText).toContain('In het focusoverleg is besloten dat een gezamenlijke aanpak niet nodig is.');
    // The focus meeting's "not" also needs the letter's sending.
    expect((await api(app, director, 'POST', `/cases/${focus.id}/triage/outcome`, { outcome: 'focus-not-to-case-meeting', motivation: 'Focusoverleg: geen gezamenlijke aanpak.' })).statusCode).toBe(400);
  });
});
