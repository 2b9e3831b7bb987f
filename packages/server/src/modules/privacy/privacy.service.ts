import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordDenied, recordProcessing } from '../../audit/audit.service.ts';
import { verifyLogChains } from '../../audit/log-verify.ts';
import { AppError } from '../../errors.ts';
import type { TLogEntry, TLogSearch } from './privacy.schemas.ts';
import {
  distinctLoggedActions,
  findLegalRepresentativeKeys,
  findYoungPersonKeys,
  listOrganisationNames,
  searchLogRows,
  type SubjectKey,
} from './privacy.repository.ts';

/**
 * Only the privacy officer (functionaris gegevensbescherming) reads the logs. Anyone else gets a
 * 403 and the attempt is logged as denied. The officer never sees case content: the log holds none.
 */
async function requirePrivacyOfficer(ctx: ServiceContext, actor: Actor, trace: TraceContext, action: AuditAction): Promise<void> {
  if (actor.role === 'privacy-officer') return;
  await recordDenied(ctx.db, actor, trace, { action, activity: 'privacy-supervision', recordType: 'log', recordId: null });
  throw new AppError('forbidden', 'Alleen de functionaris gegevensbescherming kan het log inzien.');
}

/** Names are compared exactly, ignoring case and runs of white space. */
const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * Searches the user audit log joined to the processing log. A search by data subject resolves the name
 * (and birth date) to keyed hashes inside the database and matches them against the processing log;
 * the response names no subject. The search itself is logged, with the matched subjects as keyed hashes,
 * so the person's own access request shows that the officer looked them up.
 */
export async function searchLog(ctx: ServiceContext, actor: Actor, trace: TraceContext, query: TLogSearch) {
  await requirePrivacyOfficer(ctx, actor, trace, 'log.search');
  return ctx.db.transaction().execute(async (trx) => {
    let subjects: SubjectKey[] | undefined;
    if (query.subjectName !== undefined) {
      const name = normaliseName(query.subjectName);
      subjects =
        query.subjectRole === 'legal-representative'
          ? await findLegalRepresentativeKeys(trx, name)
          : await findYoungPersonKeys(trx, name, query.subjectBirthDate ?? '');
    }
    const rows =
      subjects?.length === 0
        ? []
        : await searchLogRows(trx, {
            subjectHashes: subjects?.map((s) => s.hash),
            userName: query.userName,
            organisationId: query.organisationId,
            from: query.from,
            to: query.to,
            action: query.action,
            beforeId: query.cursor,
            limit: query.limit + 1,
          });
    await recordProcessing(trx, actor, trace, {
      action: 'log.search',
      activity: 'privacy-supervision',
      recordType: 'log',
      recordId: null,
      subjectIds: subjects?.map((s) => s.id) ?? [],
      outcome: 'allowed',
    });
    const page = rows.slice(0, query.limit);
    const entries: TLogEntry[] = page.map((r) => ({
      operationId: r.operation_id,
      at: r.at.toISOString(),
      userName: r.user_name,
      organisation: r.organisation_id === null ? null : { id: r.organisation_id, name: r.organisation_name ?? 'onbekende organisatie' },
      role: r.role,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      activityId: r.activity_id,
      purpose: r.purpose,
      legalGround: r.legal_ground,
      outcome: r.outcome,
    }));
    return {
      entries,
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      matchedSubjects: subjects === undefined ? null : subjects.length,
    };
  });
}

/** What the search form offers: the organisations and the actions that occur in the log. */
export async function logFilterOptions(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  await requirePrivacyOfficer(ctx, actor, trace, 'log.search');
  const [organisations, actions] = await Promise.all([listOrganisationNames(ctx.db), distinctLoggedActions(ctx.db)]);
  return { organisations, actions };
}

/** Recomputes every hash chain of both logs (X-1 tamper evidence) and reports the first broken row. */
export async function logIntegrity(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  await requirePrivacyOfficer(ctx, actor, trace, 'log.verify');
  const started = performance.now();
  const result = await verifyLogChains(ctx.db);
  const durationMs = Math.round(performance.now() - started);
  await ctx.db.transaction().execute((trx) =>
    recordProcessing(trx, actor, trace, { action: 'log.verify', activity: 'privacy-supervision', recordType: 'log', recordId: null, outcome: 'allowed' }),
  );
  return {
    intact: result.firstBreak === undefined,
    rows: result.rows,
    checkedAt: ctx.clock.now().toISOString(),
    durationMs,
    firstBreak: result.firstBreak ?? null,
  };
}
