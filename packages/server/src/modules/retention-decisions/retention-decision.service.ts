import {
  MAX_EXCEPTION_MONTHS,
  DomainError,
  addCalendarMonths,
  compareIsoDates,
  decidesOnRetention,
  scaleDownSchedule,
  todayIn,
  validateRetentionException,
} from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { requireCaseForUpdate, TIME_ZONE } from '../cases/case.service.ts';
import { caseFactsOf, findCase, subjectIdsOf } from '../cases/case.repository.ts';
import { caseAbilities, caseScope } from '../../access/case-policy.ts';
import { requireProcess } from '../../processes.ts';

/**
 * ZVT-4A.2: a deviation from the retention schedule, with a recorded motivation and a re-assessment date
 * at most six months ahead, decided by the partner holding direction (a professional of that
 * organisation who can see the case, or the chain director acting for it). Only once retention runs.
 */
export async function recordRetentionException(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: { motivation: string; reassessOn: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'retention-exception.record');
    const retention = await trx.selectFrom('cases').select(['scale_down_on', 'direction_organisation_id']).where('id', '=', caseId).executeTakeFirstOrThrow();
    if (!decidesOnRetention(actor, retention.direction_organisation_id)) {
      throw new AppError('forbidden', 'Alleen de partner die de regie heeft (of de ketenregisseur namens die partner) besluit over afwijken van de bewaartermijn (ZVT-4A.2).');
    }
    if (retention.scale_down_on === null) {
      throw new AppError('rule-violation', 'Afwijken van de bewaartermijn kan pas na het besluit tot afschaling (ZVT-4A.2).');
    }
    let motivation: string;
    try {
      motivation = validateRetentionException({ motivation: input.motivation, reassessOn: input.reassessOn, today: todayIn(TIME_ZONE, ctx.clock.now()) });
    } catch (error) {
      if (error instanceof DomainError) {
        const field = error.code === 'motivation-required' ? 'body.motivation' : 'body.reassessOn';
        throw new AppError('rule-violation', error.message, { errors: [{ field, message: error.message }] });
      }
      throw error;
    }
    const created = await trx
      .insertInto('retention_exceptions')
      .values({ case_id: caseId, motivation, decided_by_organisation_id: retention.direction_organisation_id, decided_by: actor.userId, reassess_on: input.reassessOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    const organisation = await trx.selectFrom('organisations').select('name').where('id', '=', retention.direction_organisation_id).executeTakeFirstOrThrow();
    await recordProcessing(trx, actor, trace, {
      action: 'retention-exception.record',
      activity: 'retention',
      recordType: 'retention-exception',
      recordId: created.id,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    return { id: created.id, reassessOn: input.reassessOn, decidedByOrganisation: organisation.name };
  });
}

function requireChainDirector(actor: Actor): void {
  if (actor.role !== 'chain-director') throw new AppError('forbidden', 'Alleen de ketenregisseur plaatst of beëindigt een juridische blokkade.');
}

async function presentHold(db: ServiceContext['db'], holdId: string) {
  const row = await db
    .selectFrom('legal_holds as h')
    .innerJoin('cases', 'cases.id', 'h.case_id')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('users as u', 'u.id', 'h.placed_by')
    .select(['h.id', 'cases.reference', 't.name as table_name', 'h.motivation', 'u.display_name', 'h.placed_at', 'h.lifted_at'])
    .where('h.id', '=', holdId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    caseReference: row.reference,
    table: row.table_name,
    motivation: row.motivation,
    placedBy: row.display_name,
    placedAt: row.placed_at.toISOString(),
    liftedAt: row.lifted_at?.toISOString() ?? null,
  };
}

/** A legal hold (complaint, court case) pauses deletion of one case until it is lifted. */
export async function placeLegalHold(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: { motivation: string }) {
  requireChainDirector(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'legal-hold.place');
    const active = await trx.selectFrom('legal_holds').select('id').where('case_id', '=', caseId).where('lifted_at', 'is', null).executeTakeFirst();
    if (active) throw new AppError('conflict', 'Op deze casus ligt al een juridische blokkade.');
    const created = await trx.insertInto('legal_holds').values({ case_id: caseId, motivation: input.motivation, placed_by: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await recordProcessing(trx, actor, trace, { action: 'legal-hold.place', activity: 'retention', recordType: 'legal-hold', recordId: created.id, subjectIds: subjectIdsOf(row), outcome: 'allowed' });
    return presentHold(trx, created.id);
  });
}

export async function liftLegalHold(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, holdId: string) {
  requireChainDirector(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'legal-hold.lift');
    const lifted = await trx
      .updateTable('legal_holds')
      .set({ lifted_at: ctx.clock.now(), lifted_by: actor.userId })
      .where('id', '=', holdId)
      .where('case_id', '=', caseId)
      .where('lifted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!lifted) throw new AppError('not-found', 'Deze blokkade bestaat niet of is al beëindigd.');
    await recordProcessing(trx, actor, trace, { action: 'legal-hold.lift', activity: 'retention', recordType: 'legal-hold', recordId: holdId, subjectIds: subjectIdsOf(row), outcome: 'allowed' });
    return presentHold(trx, holdId);
  });
}

/** For the privacy officer: every legal hold, by case reference, without case content. */
export async function listLegalHolds(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  if (actor.role !== 'privacy-officer') throw new AppError('forbidden', 'Alleen de privacy officer ziet het overzicht van juridische blokkades.');
  return ctx.db.transaction().execute(async (trx) => {
    const ids = await trx.selectFrom('legal_holds').select('id').orderBy('placed_at', 'desc').limit(500).execute();
    const legalHolds = await Promise.all(ids.map((h) => presentHold(trx, h.id)));
    await recordProcessing(trx, actor, trace, { action: 'legal-hold.list', activity: 'retention', recordType: 'legal-hold', recordId: null, outcome: 'allowed' });
    return { legalHolds };
  });
}

/**
 * ZVT-4A: the retention of one case as its page shows it — the normal schedule (from the domain's rule), what
 * pauses it, every exception and legal hold — for everyone who can see the case.
 */
export async function getCaseRetention(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCase(trx, caseScope(actor), caseId);
    if (!row) throw new AccessDenied({ action: 'retention.read', activity: 'retention', recordType: 'case', recordId: caseId });
    const today = todayIn(TIME_ZONE, ctx.clock.now());
    const [facts, exceptions, holdIds] = await Promise.all([
      trx.selectFrom('cases').select(['ended_on', 'inactive_since']).where('id', '=', caseId).executeTakeFirstOrThrow(),
      trx
        .selectFrom('retention_exceptions as e')
        .innerJoin('organisations as o', 'o.id', 'e.decided_by_organisation_id')
        .innerJoin('users as u', 'u.id', 'e.decided_by')
        .select(['e.id', 'e.motivation', 'e.reassess_on', 'o.name as organisation_name', 'u.display_name', 'e.created_at'])
        .where('e.case_id', '=', caseId)
        .orderBy('e.created_at', 'desc')
        .execute(),
      trx.selectFrom('legal_holds').select('id').where('case_id', '=', caseId).orderBy('placed_at', 'desc').execute(),
    ]);
    const legalHolds = [];
    for (const hold of holdIds) legalHolds.push(await presentHold(trx, hold.id));
    const schedule = scaleDownSchedule(
      { phase: row.phase, endState: row.end_state, endedOn: facts.ended_on, scaleDownOn: row.scale_down_on },
      requireProcess(row.process_key, row.process_version),
    );
    const currentException = exceptions.some((e) => compareIsoDates(today, e.reassess_on) <= 0);
    const abilities = caseAbilities(actor, caseFactsOf(row), today);
    await recordProcessing(trx, actor, trace, {
      action: 'retention.read',
      activity: 'retention',
      recordType: 'case',
      recordId: caseId,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    return {
      scaleDownOn: row.scale_down_on,
      schedule,
      inactiveSince: facts.inactive_since,
      pausedBy: legalHolds.some((h) => h.liftedAt === null) ? ('legal-hold' as const) : currentException ? ('exception' as const) : null,
      latestReassessOn: addCalendarMonths(today, MAX_EXCEPTION_MONTHS),
      exceptions: exceptions.map((e) => ({
        id: e.id,
        motivation: e.motivation,
        reassessOn: e.reassess_on,
        decidedByOrganisation: e.organisation_name,
        recordedBy: e.display_name,
        recordedAt: e.created_at.toISOString(),
        current: compareIsoDates(today, e.reassess_on) <= 0,
      })),
      legalHolds,
      abilities: { recordException: abilities.recordRetentionException, placeLegalHold: abilities.placeLegalHold },
    };
  });
}
