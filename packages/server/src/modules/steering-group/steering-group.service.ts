import { DEFAULT_STEERING_GROUP_TITLES, STEERING_GROUP_ROLES, compareIsoDates, describePersonalData, findPersonalData, todayIn, type KnownPersonalData } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseScope } from '../../access/case-policy.ts';
import { AccessDenied, AppError, notFoundOrNoAccess } from '../../errors.ts';
import { findCase, findLegalRepresentatives, subjectIdsOf, type CaseSummaryRow } from '../cases/case.repository.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { requireChainDirectorOf } from './table-access.ts';
import * as repo from './steering-group.repository.ts';
import { presentEscalation } from './steering-group.presenter.ts';
import type { ZEscalationDecisionInput, ZEscalationInput, ZSteeringGroupUpdate } from './steering-group.schemas.ts';

const TIME_ZONE = 'Europe/Amsterdam';

/** The steering group by office; a table that has not named them yet gets seed 004's offices. */
export async function getSteeringGroup(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    await recordProcessing(trx, actor, trace, { action: 'steering-group.read', activity: 'zvt-steering-group', recordType: 'steering-group', recordId: tableId, outcome: 'allowed' });
    return presentMembers(trx, tableId);
  });
}

async function presentMembers(db: DbOrTrx, tableId: string) {
  const stored = await repo.findMembers(db, tableId);
  return {
    tableId,
    members: STEERING_GROUP_ROLES.map((role) => ({ role, title: stored.find((m) => m.role === role)?.title ?? DEFAULT_STEERING_GROUP_TITLES[role] })),
  };
}

export async function updateSteeringGroup(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, input: z.infer<typeof ZSteeringGroupUpdate>) {
  requireChainDirectorOf(actor, tableId);
  if (new Set(input.members.map((m) => m.role)).size !== input.members.length) {
    throw new AppError('invalid-input', 'Elke functie komt één keer voor.', { errors: [{ field: 'body.members', message: 'Elke functie komt één keer voor.' }] });
  }
  return ctx.db.transaction().execute(async (trx) => {
    await repo.upsertMembers(trx, tableId, input.members);
    await recordProcessing(trx, actor, trace, { action: 'steering-group.update', activity: 'zvt-steering-group', recordType: 'steering-group', recordId: tableId, outcome: 'allowed' });
    return presentMembers(trx, tableId);
  });
}

/** What the guard knows about the people of one case: the subject, the legal representatives, a group's name. */
async function knownDataOf(db: DbOrTrx, row: CaseSummaryRow): Promise<KnownPersonalData> {
  const representatives = await findLegalRepresentatives(db, row.id);
  return {
    names: [row.subject_name, row.group_name, ...representatives.map((r) => r.full_name)].filter((n): n is string => n !== null && n !== ''),
    birthDates: row.subject_birth_date === null ? [] : [row.subject_birth_date],
    contacts: representatives.map((r) => r.contact),
  };
}

/** ZVT-E.1: refuses a text that carries a name, birth date, address or other identifying detail of the case's people. */
function assertPseudonymised(known: KnownPersonalData, fields: readonly { field: string; text: string }[]): void {
  const errors = fields.flatMap(({ field, text }) => {
    const kinds = findPersonalData(text, known);
    return kinds.length === 0 ? [] : [{ field, message: describePersonalData(kinds) }];
  });
  if (errors.length > 0) {
    throw new AppError('invalid-input', 'Wat naar de stuurgroep gaat is gepseudonimiseerd: zonder naam, geboortedatum, adres of andere herleidbare gegevens.', { errors });
  }
}

/**
 * ZVT-E.1: the chain director escalates a stuck procedural matter of a case of their table to the steering
 * group, with a pseudonymised summary and the question. The case is referred to by its reference only.
 */
export async function createEscalation(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, input: z.infer<typeof ZEscalationInput>) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCase(trx, caseScope(actor), input.caseId, { forUpdate: true });
    if (!row || row.table_id !== tableId) {
      throw new AccessDenied({ action: 'escalation.create', activity: 'zvt-steering-group', recordType: 'case', recordId: input.caseId });
    }
    assertPseudonymised(await knownDataOf(trx, row), [
      { field: 'body.summary', text: input.summary },
      { field: 'body.question', text: input.question },
    ]);
    const created = await repo.insertEscalation(trx, { table_id: tableId, case_id: row.id, summary: input.summary, question: input.question, escalated_by: actor.userId });
    await recordProcessing(trx, actor, trace, {
      action: 'escalation.create', activity: 'zvt-steering-group', recordType: 'escalation', recordId: created.id, subjectIds: subjectIdsOf(row), outcome: 'allowed',
    });
    const stored = await repo.findEscalation(trx, tableId, created.id);
    if (!stored) throw notFoundOrNoAccess();
    return presentEscalation(stored);
  });
}

/** The escalations of a table, newest first. Pseudonymised, but about cases: logged per subject. */
export async function listEscalations(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.listEscalations(trx, tableId);
    await recordProcessing(trx, actor, trace, {
      action: 'escalation.list', activity: 'zvt-steering-group', recordType: 'escalation', recordId: null, subjectIds: [...new Set(rows.flatMap(subjectIdsOf))], outcome: 'allowed',
    });
    return { escalations: rows.map(presentEscalation) };
  });
}

/** ZVT-E.1: the chain director records the steering group's decision (date, decision, explanation), once. */
export async function decideEscalation(
  ctx: ServiceContext,
  actor: Actor,
  trace: TraceContext,
  tableId: string,
  escalationId: string,
  input: z.infer<typeof ZEscalationDecisionInput>,
) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const escalation = await repo.findEscalation(trx, tableId, escalationId, { forUpdate: true });
    if (!escalation) throw notFoundOrNoAccess();
    if (escalation.decision !== null) throw new AppError('conflict', 'Het besluit van de stuurgroep is al vastgelegd.');
    const today = todayIn(TIME_ZONE, ctx.clock.now());
    const escalatedOn = todayIn(TIME_ZONE, escalation.escalated_at);
    if (compareIsoDates(input.decidedOn, today) > 0 || compareIsoDates(input.decidedOn, escalatedOn) < 0) {
      throw new AppError('invalid-input', 'De besluitdatum ligt tussen de opschaling en vandaag.', {
        errors: [{ field: 'body.decidedOn', message: 'Kies een datum vanaf de opschaling tot en met vandaag.' }],
      });
    }
    const row = await findCase(trx, caseScope(actor), escalation.case_id);
    if (!row) throw notFoundOrNoAccess();
    assertPseudonymised(await knownDataOf(trx, row), [{ field: 'body.text', text: input.text }]);
    await repo.recordDecision(trx, escalationId, {
      decided_on: input.decidedOn, decision: input.decision, decision_text: input.text, decision_recorded_by: actor.userId, decision_recorded_at: ctx.clock.now(),
    });
    await recordProcessing(trx, actor, trace, {
      action: 'escalation.decide', activity: 'zvt-steering-group', recordType: 'escalation', recordId: escalationId, subjectIds: subjectIdsOf(row), outcome: 'allowed',
    });
    const stored = await repo.findEscalation(trx, tableId, escalationId);
    if (!stored) throw notFoundOrNoAccess();
    return presentEscalation(stored);
  });
}
