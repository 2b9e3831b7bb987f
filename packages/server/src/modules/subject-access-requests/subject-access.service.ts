import { randomBytes, randomInt } from 'node:crypto';
import { sql } from 'kysely';
import {
  accessRequestDeadline,
  DomainError,
  effectiveAccessRequestDeadline,
  isAccessRequestOverdue,
  todayIn,
  validateAccessRequestExtension,
  validateAccessRequestReceipt,
} from '@ketentafel/domain';
import type { AppContext, ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordDenied, recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { TIME_ZONE } from '../cases/case.service.ts';
import { compileAccessExport, loggedRecordIds, matchCandidates, normaliseName, resolveMatches, type ResolvedMatches } from './subject-access.export.ts';
import { renderAccessPdf } from './subject-access.pdf.ts';
import { generateOneTimeCode, sealExport, sha256Hex, verifySeal } from './subject-access.seal.ts';
import type { TSubjectAccessExtensionInput, TSubjectAccessMatchConfirmation, TSubjectAccessRequest, TSubjectAccessRequestInput } from './subject-access.schemas.ts';

/** What producing and downloading need besides the database: the seal key and the download period. */
export type AccessExportContext = ServiceContext & Pick<AppContext, 'config'>;

const REQUEST_ROLES: readonly Role[] = ['privacy-officer', 'chain-director'];
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Only the privacy officer (all tables) and a chain director (the tables they direct) handle access requests.
 * Anyone else gets a 403 for the collection and the attempt is logged as denied.
 */
async function requireRequestRole(ctx: ServiceContext, actor: Actor, trace: TraceContext, action: AuditAction): Promise<void> {
  const allowed = actor.role === 'privacy-officer' || (actor.role === 'chain-director' && actor.tableIds.length > 0);
  if (allowed) return;
  await recordDenied(ctx.db, actor, trace, { action, activity: 'avg-art15', recordType: 'subject-access-request', recordId: null });
  throw new AppError('forbidden', 'Alleen de functionaris gegevensbescherming of een ketenregisseur handelt inzageverzoeken af.');
}

/**
 * The requests an actor may handle, in SQL: the privacy officer all of them; a chain director those whose tables
 * all lie within their own (a request recorded by the privacy officer covers every table, so not those).
 */
function visibleRequests(db: DbOrTrx, actor: Actor) {
  const query = db.selectFrom('subject_access_requests as r');
  if (actor.role === 'privacy-officer') return query;
  if (actor.role === 'chain-director' && actor.tableIds.length > 0) {
    return query.where('r.scope_table_ids', 'is not', null).where(sql<boolean>`r.scope_table_ids <@ ${[...actor.tableIds]}::uuid[]`);
  }
  return query.where((eb) => eb.val(false));
}

/** One request the actor may handle, locked when asked; anything else is the same 404 as a request that does not exist. */
async function requireRequest(trx: DbOrTrx, actor: Actor, requestId: string, action: AuditAction, options: { forUpdate?: boolean } = {}) {
  let query = visibleRequests(trx, actor).selectAll('r').where('r.id', '=', requestId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AccessDenied({ action, activity: 'avg-art15', recordType: 'subject-access-request', recordId: requestId });
  return row;
}

type RequestRow = Awaited<ReturnType<typeof requireRequest>>;

const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newReference(today: string): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += REFERENCE_ALPHABET.charAt(randomInt(REFERENCE_ALPHABET.length));
  return `INZ-${today.slice(0, 4)}-${suffix}`;
}

async function present(db: DbOrTrx, rows: readonly RequestRow[], now: Date): Promise<TSubjectAccessRequest[]> {
  const tableIds = [...new Set(rows.flatMap((r) => r.scope_table_ids ?? []))];
  const tables = tableIds.length === 0 ? [] : await db.selectFrom('tables').select(['id', 'name']).where('id', 'in', tableIds).execute();
  const names = new Map(tables.map((t) => [t.id, t.name]));
  const today = todayIn(TIME_ZONE, now);
  const presented: TSubjectAccessRequest[] = [];
  for (const r of rows) {
    const available = r.status === 'export-available' && r.export_expires_at !== null && r.export_expires_at > now;
    // Only whether the query is ambiguous and how many matches there are: never which cases (ADR 0022).
    const resolved = await resolveMatches(db, r);
    const currentDeadlineOn = effectiveAccessRequestDeadline(r.deadline_on, r.extended_deadline_on);
    const extension =
      r.extension_months === null || r.extended_deadline_on === null || r.extension_motivation === null || r.extension_decided_on === null || r.requester_informed_of_extension_on === null
        ? null
        : { months: r.extension_months, extendedDeadlineOn: r.extended_deadline_on, motivation: r.extension_motivation, decidedOn: r.extension_decided_on, requesterInformedOn: r.requester_informed_of_extension_on };
    presented.push({
      id: r.id,
      reference: r.reference,
      subjectName: r.subject_full_name,
      subjectBirthDate: r.subject_birth_date,
      receivedOn: r.received_on,
      receivedVia: r.received_via,
      externalReference: r.external_reference,
      requestedBy: r.requested_by,
      about: r.about,
      representativeName: r.representative_full_name,
      deadlineOn: r.deadline_on,
      currentDeadlineOn,
      extension,
      matching: {
        candidates: resolved.candidates.length,
        confirmationNeeded: resolved.confirmationNeeded,
        confirmedAt: r.matches_confirmed_at?.toISOString() ?? null,
        basis: r.matches_basis,
      },
      overdue: r.export_produced_at === null && isAccessRequestOverdue(currentDeadlineOn, today),
      status: r.status,
      recordedAt: r.recorded_at.toISOString(),
      recordedByRole: r.recorded_by_role,
      coverage: { allTables: r.scope_table_ids === null, tables: (r.scope_table_ids ?? []).map((id) => names.get(id) ?? 'onbekende tafel').sort() },
      export:
        r.export_produced_at === null || r.export_expires_at === null || r.export_sha256 === null
          ? null
          : {
              producedAt: r.export_produced_at.toISOString(),
              expiresAt: r.export_expires_at.toISOString(),
              downloadedAt: r.export_downloaded_at?.toISOString() ?? null,
              removedAt: r.export_removed_at?.toISOString() ?? null,
              sha256: r.export_sha256,
            },
      abilities: {
        produceExport: !resolved.confirmationNeeded,
        download: available,
        confirmMatches: resolved.candidates.length > 1,
        extend: extension === null && r.export_produced_at === null && !isAccessRequestOverdue(r.deadline_on, today),
      },
    });
  }
  return presented;
}

/**
 * Records an access request: the person as an identifying query (name + birth date, matched later by keyed
 * hash, never by browsing), when and how it came in, who made it, and the statutory deadline (art. 12(3)).
 * The record is logged with the matched persons as keyed hashes, so their own later export shows it.
 */
export async function recordAccessRequest(ctx: ServiceContext, actor: Actor, trace: TraceContext, input: TSubjectAccessRequestInput) {
  await requireRequestRole(ctx, actor, trace, 'subject-access.record');
  const now = ctx.clock.now();
  let deadlineOn: string;
  try {
    validateAccessRequestReceipt(input.receivedOn, todayIn(TIME_ZONE, now));
    deadlineOn = accessRequestDeadline(input.receivedOn);
  } catch (error) {
    if (error instanceof DomainError) throw new AppError('rule-violation', error.message, { errors: [{ field: 'body.receivedOn', message: error.message }] });
    throw error;
  }
  if (input.subjectBirthDate > todayIn(TIME_ZONE, now)) {
    throw new AppError('invalid-input', 'De geboortedatum ligt in de toekomst.', { errors: [{ field: 'body.subjectBirthDate', message: 'De geboortedatum ligt in de toekomst.' }] });
  }
  const about = input.about ?? 'young-person';
  const representativeName = input.representativeName === undefined || input.representativeName === '' ? null : normaliseName(input.representativeName);
  if (about === 'legal-representative' && (representativeName === null || representativeName.length < 2)) {
    const message = 'Vul de naam van de wettelijk vertegenwoordiger in (minstens 2 tekens): het verzoek gaat over diens eigen gegevens.';
    throw new AppError('invalid-input', message, { errors: [{ field: 'body.representativeName', message }] });
  }
  if (about === 'young-person' && representativeName !== null) {
    const message = 'Een naam van een vertegenwoordiger hoort alleen bij een verzoek over de eigen gegevens van een wettelijk vertegenwoordiger.';
    throw new AppError('invalid-input', message, { errors: [{ field: 'body.representativeName', message }] });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const scope = actor.role === 'privacy-officer' ? null : [...actor.tableIds];
    const created = await trx
      .insertInto('subject_access_requests')
      .values({
        reference: newReference(todayIn(TIME_ZONE, now)),
        subject_full_name: normaliseName(input.subjectName),
        subject_birth_date: input.subjectBirthDate,
        received_on: input.receivedOn,
        received_via: input.receivedVia,
        external_reference: input.externalReference === undefined || input.externalReference === '' ? null : input.externalReference,
        requested_by: input.requestedBy,
        about,
        representative_full_name: about === 'legal-representative' ? representativeName : null,
        deadline_on: deadlineOn,
        scope_table_ids: scope,
        recorded_by: actor.userId,
        recorded_by_role: actor.role,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const matched = await matchCandidates(trx, created);
    await recordProcessing(trx, actor, trace, {
      action: 'subject-access.record',
      activity: 'avg-art15',
      recordType: 'subject-access-request',
      recordId: created.id,
      subjectIds: matched.map((k) => k.recordId),
      outcome: 'allowed',
    });
    const [presented] = await present(trx, [created], now);
    if (!presented) throw new Error('presenting the recorded request failed');
    return presented;
  });
}

/** The requests the actor handles, newest first: the request data and export status, never case content. */
export async function listAccessRequests(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  await requireRequestRole(ctx, actor, trace, 'subject-access.list');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await visibleRequests(trx, actor).selectAll('r').orderBy('r.recorded_at', 'desc').limit(500).execute();
    await recordProcessing(trx, actor, trace, { action: 'subject-access.list', activity: 'avg-art15', recordType: 'subject-access-request', recordId: null, outcome: 'allowed' });
    return { subjectAccessRequests: await present(trx, rows, ctx.clock.now()) };
  });
}

const fileNameOf = (reference: string) => `inzage-${reference}.pdf`;

/**
 * Produces the sealed export of a request: compiles everything held about the person within the request's
 * tables (server-side only), renders the readable PDF with the JSON attached, encrypts it with a fresh one-time
 * code, stores only the encrypted bytes with their SHA-256 and an HMAC seal, and returns the code once. A new
 * export replaces an earlier one (and its code). The compiled content never reaches the caller.
 */
export async function produceAccessExport(ctx: AccessExportContext, actor: Actor, trace: TraceContext, requestId: string) {
  if (!REQUEST_ROLES.includes(actor.role)) {
    throw new AccessDenied({ action: 'subject-access.export', activity: 'avg-art15', recordType: 'subject-access-request', recordId: requestId });
  }
  // READ COMMITTED on purpose, like every request: the log-chain lock (kt_lock_log_chain) must read the chain
  // head after taking the lock, which a REPEATABLE READ snapshot would not (ADR 0008).
  return ctx.db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, actor, requestId, 'subject-access.export', { forUpdate: true });
    const now = ctx.clock.now();
    const resolved = await resolveMatches(trx, request);
    if (resolved.confirmationNeeded) {
      throw new AppError(
        'rule-violation',
        `De gegevens van dit verzoek passen bij ${String(resolved.candidates.length)} personen of casussen. Stel eerst vast welke treffers van de verzoeker zijn (vraag zo nodig om aanvullende gegevens, AVG art. 12 lid 6); pas dan kan het exportbestand worden gemaakt.`,
      );
    }
    const compiled = await compileAccessExport(trx, request, resolved, now);
    const code = generateOneTimeCode();
    const file = await renderAccessPdf(compiled.export, code);
    const digest = sha256Hex(file);
    const seal = sealExport(ctx.config.sealKey, request.id, digest);
    const expiresAt = new Date(now.getTime() + ctx.config.accessExportDays * DAY_MS);
    await trx
      .insertInto('subject_access_exports')
      .values({ request_id: request.id, file, sha256: digest, seal, created_at: now, expires_at: expiresAt })
      .onConflict((oc) => oc.column('request_id').doUpdateSet({ file, sha256: digest, seal, created_at: now, expires_at: expiresAt }))
      .execute();
    await trx
      .updateTable('subject_access_requests')
      .set({
        status: 'export-available',
        export_produced_at: now,
        export_produced_by: actor.userId,
        export_expires_at: expiresAt,
        export_sha256: digest,
        export_seal: seal,
        export_downloaded_at: null,
        export_removed_at: null,
      })
      .where('id', '=', request.id)
      .execute();
    await recordProcessing(trx, actor, trace, {
      action: 'subject-access.export',
      activity: 'avg-art15',
      recordType: 'subject-access-request',
      recordId: request.id,
      subjectIds: compiled.subjectIds,
      outcome: 'allowed',
    });
    return { oneTimeCode: code, fileName: fileNameOf(request.reference), sizeBytes: file.length, sha256: digest, expiresAt: expiresAt.toISOString() };
  });
}

/**
 * The encrypted export file, after checking its digest and seal. Logged as a download; the bytes are useless
 * without the one-time code, which Ketentafel does not keep.
 */
export async function downloadAccessExport(ctx: AccessExportContext, actor: Actor, trace: TraceContext, requestId: string) {
  if (!REQUEST_ROLES.includes(actor.role)) {
    throw new AccessDenied({ action: 'subject-access.download', activity: 'avg-art15', recordType: 'subject-access-request', recordId: requestId });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, actor, requestId, 'subject-access.download');
    const now = ctx.clock.now();
    const stored = await trx.selectFrom('subject_access_exports').selectAll().where('request_id', '=', request.id).where('expires_at', '>', now).executeTakeFirst();
    if (!stored) {
      throw new AppError('conflict', 'Er is geen exportbestand (meer) voor dit verzoek: het is nog niet gemaakt, of de downloadtermijn is verstreken. Maak zo nodig een nieuw bestand.');
    }
    if (!verifySeal(ctx.config.sealKey, request.id, stored.file, stored.sha256, stored.seal) || stored.sha256 !== request.export_sha256) {
      throw new AppError('conflict', 'Het exportbestand is niet ongeschonden (het zegel klopt niet). Maak een nieuw bestand.');
    }
    await trx.updateTable('subject_access_requests').set({ export_downloaded_at: now }).where('id', '=', request.id).execute();
    const resolved = await resolveMatches(trx, request);
    await recordProcessing(trx, actor, trace, {
      action: 'subject-access.download',
      activity: 'avg-art15',
      recordType: 'subject-access-request',
      recordId: request.id,
      subjectIds: loggedRecordIds(resolved),
      outcome: 'allowed',
    });
    return { file: stored.file, fileName: fileNameOf(request.reference) };
  });
}

/**
 * Removes export files whose download period has passed (ADR 0008): the encrypted bytes go, the request keeps
 * its digest and seal as proof of what was handed over. Safe to run on several nodes at once (SKIP LOCKED).
 * Each removal is logged by the system actor with the persons as keyed hashes.
 */
export async function purgeExpiredAccessExports(ctx: ServiceContext): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const removed = await sql<{ request_id: string }>`
      DELETE FROM subject_access_exports
      WHERE request_id IN (SELECT request_id FROM subject_access_exports WHERE expires_at <= ${now} FOR UPDATE SKIP LOCKED)
      RETURNING request_id`.execute(trx);
    const ids = removed.rows.map((r) => r.request_id);
    if (ids.length === 0) return 0;
    const requests = await trx
      .updateTable('subject_access_requests')
      .set({ status: 'export-removed', export_removed_at: now })
      .where('id', 'in', ids)
      .returning(['id', 'about', 'representative_full_name', 'subject_full_name', 'subject_birth_date', 'scope_table_ids'])
      .execute();
    // One trace (and so one log chain) for the whole run: a transaction never holds two chain locks.
    const trace: TraceContext = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
    for (const request of requests) {
      const resolved: ResolvedMatches = await resolveMatches(trx, request);
      await recordProcessing(
        trx,
        { system: 'avg-art15-purge' },
        trace,
        { action: 'subject-access.purge', activity: 'avg-art15', recordType: 'subject-access-request', recordId: request.id, subjectIds: loggedRecordIds(resolved), outcome: 'allowed' },
      );
    }
    return ids.length;
  });
}

/**
 * The matches of an ambiguous request (ADR 0022): per matched record only non-content identifying facts (table,
 * month of registration, municipality of residence; for a representative the relation), so the handler can ask
 * the requester which is theirs (AVG art. 12(6)) without browsing case content. With one match or none, the
 * list is empty: there is nothing to tell apart, and nothing is shown. Logged as processing of every candidate.
 */
export async function listAccessRequestMatches(ctx: ServiceContext, actor: Actor, trace: TraceContext, requestId: string) {
  if (!REQUEST_ROLES.includes(actor.role)) {
    throw new AccessDenied({ action: 'subject-access.matches', activity: 'avg-art15', recordType: 'subject-access-request', recordId: requestId });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, actor, requestId, 'subject-access.matches');
    const resolved = await resolveMatches(trx, request);
    const shown = resolved.candidates.length > 1 ? resolved.candidates : [];
    const decisions = await trx.selectFrom('subject_access_request_matches').select(['record_id', 'belongs']).where('request_id', '=', request.id).execute();
    const decided = new Map(decisions.map((d) => [d.record_id, d.belongs]));
    await recordProcessing(trx, actor, trace, {
      action: 'subject-access.matches',
      activity: 'avg-art15',
      recordType: 'subject-access-request',
      recordId: request.id,
      subjectIds: shown.map((c) => c.recordId),
      outcome: 'allowed',
    });
    return {
      confirmationNeeded: resolved.confirmationNeeded,
      candidates: shown.map((c) => ({
        matchId: c.recordId,
        kind: c.kind,
        table: c.facts.tableName,
        tableMunicipality: c.facts.tableMunicipality,
        registeredMonth: c.facts.registeredMonth,
        municipality: c.facts.municipality,
        relation: c.facts.relation,
        belongs: decided.get(c.recordId) ?? null,
      })),
    };
  });
}

/**
 * Records which matches of an ambiguous request belong to the requester (ADR 0022), with the basis on which
 * that was established. Every current match needs a decision; the export then covers only those confirmed.
 * A later new match makes the request ambiguous again. Logged with every candidate as keyed hash.
 */
export async function confirmAccessRequestMatches(ctx: ServiceContext, actor: Actor, trace: TraceContext, requestId: string, input: TSubjectAccessMatchConfirmation) {
  if (!REQUEST_ROLES.includes(actor.role)) {
    throw new AccessDenied({ action: 'subject-access.confirm-matches', activity: 'avg-art15', recordType: 'subject-access-request', recordId: requestId });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, actor, requestId, 'subject-access.confirm-matches', { forUpdate: true });
    const now = ctx.clock.now();
    const candidates = await matchCandidates(trx, request);
    if (candidates.length < 2) {
      throw new AppError('rule-violation', 'Dit verzoek is eenduidig: er is niets te bevestigen.');
    }
    const byId = new Map(candidates.map((c) => [c.recordId, c]));
    const decisions = new Map<string, boolean>();
    const errors: { field: string; message: string }[] = [];
    input.decisions.forEach((d, i) => {
      if (!byId.has(d.matchId)) errors.push({ field: `body.decisions.${String(i)}.matchId`, message: 'Deze treffer hoort niet (meer) bij dit verzoek. Laad de treffers opnieuw.' });
      else if (decisions.has(d.matchId)) errors.push({ field: `body.decisions.${String(i)}.matchId`, message: 'Deze treffer staat twee keer in de beslissingen.' });
      decisions.set(d.matchId, d.belongs);
    });
    const missing = candidates.filter((c) => !decisions.has(c.recordId));
    if (missing.length > 0) errors.push({ field: 'body.decisions', message: `Beslis voor elke treffer of die van de verzoeker is (${String(missing.length)} nog zonder beslissing).` });
    if (errors.length > 0) throw new AppError('rule-violation', errors.map((e) => e.message).join(' '), { errors });
    await trx.deleteFrom('subject_access_request_matches').where('request_id', '=', request.id).execute();
    await trx
      .insertInto('subject_access_request_matches')
      .values(candidates.map((c) => ({ request_id: request.id, case_id: c.caseId, record_id: c.recordId, belongs: decisions.get(c.recordId) ?? false })))
      .execute();
    const updated = await trx
      .updateTable('subject_access_requests')
      .set({ matches_basis: input.basis, matches_confirmed_by: actor.userId, matches_confirmed_at: now })
      .where('id', '=', request.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordProcessing(trx, actor, trace, {
      action: 'subject-access.confirm-matches',
      activity: 'avg-art15',
      recordType: 'subject-access-request',
      recordId: request.id,
      subjectIds: candidates.map((c) => c.recordId),
      outcome: 'allowed',
    });
    const [presented] = await present(trx, [updated], now);
    if (!presented) throw new Error('presenting the request failed');
    return presented;
  });
}

/**
 * Extends the answer period by one or two months (X-3, AVG art. 12(3), ADR 0022): decided (today, by the app
 * clock) before the original deadline passes, motivated, with the day the requester was informed of the
 * extension and its reasons (within the first month). Once only; not after the export was produced.
 */
export async function extendAccessRequest(ctx: ServiceContext, actor: Actor, trace: TraceContext, requestId: string, input: TSubjectAccessExtensionInput) {
  if (!REQUEST_ROLES.includes(actor.role)) {
    throw new AccessDenied({ action: 'subject-access.extend', activity: 'avg-art15', recordType: 'subject-access-request', recordId: requestId });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, actor, requestId, 'subject-access.extend', { forUpdate: true });
    const now = ctx.clock.now();
    const today = todayIn(TIME_ZONE, now);
    if (request.extension_months !== null) throw new AppError('conflict', 'De termijn van dit verzoek is al verlengd; verlengen kan één keer, met ten hoogste twee maanden.');
    if (request.export_produced_at !== null) throw new AppError('conflict', 'Voor dit verzoek is het exportbestand al gemaakt: verlengen is niet meer nodig.');
    let checked: ReturnType<typeof validateAccessRequestExtension>;
    try {
      checked = validateAccessRequestExtension({ receivedOn: request.received_on, decidedOn: today, requesterInformedOn: input.requesterInformedOn, extensionMonths: input.extensionMonths, motivation: input.motivation });
    } catch (error) {
      if (error instanceof DomainError) {
        const field = error.code === 'motivation-required' ? 'body.motivation' : error.code === 'invalid-date' ? 'body.requesterInformedOn' : error.message.includes('maanden') ? 'body.extensionMonths' : 'body';
        throw new AppError('rule-violation', error.message, { errors: [{ field, message: error.message }] });
      }
      throw error;
    }
    const updated = await trx
      .updateTable('subject_access_requests')
      .set({
        extension_months: input.extensionMonths,
        extended_deadline_on: checked.extendedDeadlineOn,
        extension_motivation: checked.motivation,
        extension_decided_on: today,
        extension_decided_by: actor.userId,
        extension_decided_at: now,
        requester_informed_of_extension_on: input.requesterInformedOn,
      })
      .where('id', '=', request.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const matched = await matchCandidates(trx, request);
    await recordProcessing(trx, actor, trace, {
      action: 'subject-access.extend',
      activity: 'avg-art15',
      recordType: 'subject-access-request',
      recordId: request.id,
      subjectIds: matched.map((k) => k.recordId),
      outcome: 'allowed',
    });
    const [presented] = await present(trx, [updated], now);
    if (!presented) throw new Error('presenting the request failed');
    return presented;
  });
}
