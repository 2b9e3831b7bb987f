import { directionTransferProblems, normalizeMotivation, todayIn } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseAbilities, caseScope } from '../../access/case-policy.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { caseFactsOf, findCase, subjectIdsOf } from '../cases/case.repository.ts';
import { TIME_ZONE } from '../cases/case.service.ts';
import { findTableParties, findTransfers, insertTransfer, setDirection, type TransferRow } from './direction.repository.ts';
import type { TDirectionTransferInput } from './direction.schemas.ts';

function presentTransfer(row: TransferRow) {
  return {
    id: row.id,
    from: { id: row.from_organisation_id, name: row.from_name },
    to: { id: row.to_organisation_id, name: row.to_name },
    transferredOn: row.transferred_on,
    motivation: row.motivation,
    recordedBy: row.recorded_by_name,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** A case the actor can see (optionally locked), or a denial that looks like not-found and is logged after rollback. */
async function requireVisibleCase(trx: DbOrTrx, actor: Actor, caseId: string, action: AuditAction, forUpdate: boolean) {
  const row = await findCase(trx, caseScope(actor), caseId, { forUpdate });
  if (!row) throw new AccessDenied({ action, activity: 'zvt-case-direction', recordType: 'case', recordId: caseId });
  return row;
}

/**
 * ZVT-3A.2: who holds direction over a case and how it passed, for everyone who can see the case. The
 * partners it could pass to are listed only for whoever may record a transfer.
 */
export async function getDirection(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireVisibleCase(trx, actor, caseId, 'direction.read', false);
    const abilities = caseAbilities(actor, caseFactsOf(row), todayIn(TIME_ZONE, ctx.clock.now()));
    const transfers = await findTransfers(trx, caseId);
    let candidates: { id: string; name: string }[] = [];
    if (abilities.transferDirection) {
      const parties = await findTableParties(trx, row.table_id);
      candidates = parties.partners.filter((p) => p.id !== parties.chainDirectionOrganisationId && p.id !== row.direction_organisation_id);
    }
    await recordProcessing(trx, actor, trace, {
      action: 'direction.read',
      activity: 'zvt-case-direction',
      recordType: 'case',
      recordId: caseId,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    return {
      holder: { id: row.direction_organisation_id, name: row.direction_organisation_name },
      transfers: transfers.map(presentTransfer),
      candidates,
      abilities: { transfer: abilities.transferDirection },
    };
  });
}

/**
 * ZVT-3A.2: the chain director records that direction passes to another partner of the table, as agreed in the
 * case meeting, with the day and a motivation. Only in the case meeting phase and before scale-down: the partner
 * holding direction at scale-down decides on retention (ZVT-4A.2). Never to the municipality (ZVT-E.1).
 */
export async function transferDirection(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: TDirectionTransferInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireVisibleCase(trx, actor, caseId, 'direction.transfer', true);
    const today = todayIn(TIME_ZONE, ctx.clock.now());
    if (actor.role !== 'chain-director') {
      throw new AppError('forbidden', 'Alleen de ketenregisseur legt vast dat de regie overgaat, zoals in het casusoverleg afgesproken (ZVT-3A.2).');
    }
    if (!caseAbilities(actor, caseFactsOf(row), today).transferDirection) {
      throw new AppError('rule-violation', 'De regie gaat alleen over in het casusoverleg, vóór het besluit tot afschaling (ZVT-3A.2, ZVT-4A.2).');
    }
    const [parties, previous] = await Promise.all([findTableParties(trx, row.table_id), findTransfers(trx, caseId)]);
    const last = previous.at(-1)?.transferred_on;
    const problems = directionTransferProblems({
      fromOrganisationId: row.direction_organisation_id,
      toOrganisationId: input.toOrganisationId,
      tablePartnerIds: parties.partners.map((p) => p.id),
      chainDirectionOrganisationId: parties.chainDirectionOrganisationId,
      transferredOn: input.transferredOn,
      today,
      notBefore: last !== undefined && last > row.registered_on ? last : row.registered_on,
      motivation: input.motivation,
    });
    if (problems.length > 0) {
      throw new AppError('rule-violation', 'De regie kan zo niet overgaan.', { errors: problems.map((p) => ({ field: `body.${p.field}`, message: p.message })) });
    }
    const created = await insertTransfer(trx, {
      case_id: caseId,
      from_organisation_id: row.direction_organisation_id,
      to_organisation_id: input.toOrganisationId,
      transferred_on: input.transferredOn,
      motivation: normalizeMotivation(input.motivation),
      recorded_by: actor.userId,
    });
    await setDirection(trx, caseId, input.toOrganisationId, ctx.clock.now());
    await recordProcessing(trx, actor, trace, {
      action: 'direction.transfer',
      activity: 'zvt-case-direction',
      recordType: 'direction-transfer',
      recordId: created.id,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    const stored = (await findTransfers(trx, caseId)).find((t) => t.id === created.id);
    if (!stored) throw new Error('Overdracht niet teruggevonden na vastleggen.');
    return presentTransfer(stored);
  });
}
