import { answerProblem, isAnswerLate, todayIn, DUTCH_TIME_ZONE } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { touchCase } from '../cases/case.repository.ts';
import { unsafeContributionsOfCase } from '../contributions/contribution.repository.ts';
import { accessTo, type AnswerContent } from '../triage/contribution-access.ts';
import { findQueryForAnswer, markAnswered, queriesAddressedTo } from './partner-query-answer.repository.ts';
import type { ZPartnerQueryAnswerInput } from './partner-query.schemas.ts';

/** Purpose of an answer contribution (doelbinding, seed 000 fase 2A). */
export const PURPOSE_TRIAGE = 'Triage en voorbereiding casusoverleg (ZVT-2A.2)';
const TRIAGE_PHASE = '2A';

function statusOf(row: { answered_at: Date | null; deadline: string }, today: string): 'open' | 'overdue' | 'answered' {
  if (row.answered_at !== null) return 'answered';
  return row.deadline < today ? 'overdue' : 'open';
}

/**
 * ZVT-2A.2: the partner professional's inbox — only queries addressed to their own organisation, at their tables.
 * Who it is about (name, date of birth) is shown only while the case is in triage; the answer's content only to
 * whom the access policy shows it (the professional who gave it). The reading is logged per subject.
 */
export async function listInbox(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  if (actor.role !== 'partner-professional') return { counts: { open: 0, overdue: 0, answered: 0 }, queries: [] };
  const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await queriesAddressedTo(trx, actor.organisationId, actor.tableIds);
    const answered = rows.filter((r) => r.answer_contribution_id !== null);
    const contributions = new Map<string, Awaited<ReturnType<typeof unsafeContributionsOfCase>>[number]>();
    for (const caseId of new Set(answered.map((r) => r.case_id))) {
      for (const c of await unsafeContributionsOfCase(trx, caseId)) contributions.set(c.id, c);
    }
    const queries = rows.map((row) => {
      const inTriage = row.phase === TRIAGE_PHASE;
      const contribution = row.answer_contribution_id !== null ? contributions.get(row.answer_contribution_id) : undefined;
      const answer = contribution && accessTo(actor, contribution).visible ? (contribution.content as AnswerContent) : null;
      return {
        id: row.id,
        reference: row.reference,
        table: row.table_name,
        subject: inTriage && row.subject_name !== null && row.subject_birth_date !== null ? { fullName: row.subject_name, birthDate: row.subject_birth_date } : null,
        question: row.question,
        sentOn: row.sent_on,
        deadline: row.deadline,
        status: statusOf(row, today),
        answeredAt: row.answered_at?.toISOString() ?? null,
        answeredLate: row.answered_late,
        reminderSentOn: row.reminder_sent_on,
        canAnswer: inTriage && row.answered_at === null,
        answer,
      };
    });
    const subjectIds = [...new Set(rows.filter((r) => r.phase === TRIAGE_PHASE && r.subject_id !== null).map((r) => r.subject_id as string))];
    await recordProcessing(trx, actor, trace, {
      action: 'partner-query.inbox',
      activity: 'zvt-triage',
      recordType: 'partner-query',
      recordId: null,
      subjectIds,
      outcome: 'allowed',
    });
    const count = (status: 'open' | 'overdue' | 'answered') => queries.filter((q) => q.status === status).length;
    return { counts: { open: count('open'), overdue: count('overdue'), answered: count('answered') }, queries };
  });
}

/**
 * ZVT-2A.2: a professional of the addressed partner answers. The answer is a contribution owned by the answering
 * partner, phase 2A, purpose triage; content only when the partner shares (then in the category it names). After
 * the deadline an answer is still accepted and marked late (ADR 0014). One answer per query.
 */
export async function answerPartnerQuery(ctx: ServiceContext, actor: Actor, trace: TraceContext, queryId: string, input: z.infer<typeof ZPartnerQueryAnswerInput>) {
  const denied = () => new AccessDenied({ action: 'partner-query.answer', activity: 'zvt-triage', recordType: 'partner-query', recordId: queryId });
  if (actor.role !== 'partner-professional') throw denied();
  const problem = answerProblem(input);
  if (problem) throw new AppError('invalid-input', problem.message, { errors: [{ field: `body.${problem.field}`, message: problem.message }] });
  return ctx.db.transaction().execute(async (trx) => {
    const query = await findQueryForAnswer(trx, queryId, actor.organisationId, actor.tableIds);
    if (!query) throw denied();
    if (query.answered_at !== null) throw new AppError('conflict', 'Deze partnervraag is al beantwoord.');
    if (query.phase !== TRIAGE_PHASE) throw new AppError('rule-violation', 'De triage van deze casus is afgerond; beantwoorden kan niet meer.');
    const now = ctx.clock.now();
    const late = isAnswerLate(query.deadline, todayIn(DUTCH_TIME_ZONE, now));
    const content: AnswerContent = {
      knowsSubject: input.knowsSubject,
      holdsRelevantData: input.holdsRelevantData,
      willingToShare: input.willingToShare,
      content: input.content ?? null,
    };
    const contribution = await trx
      .insertInto('contributions')
      .values({
        case_id: query.case_id,
        owner_organisation_id: actor.organisationId,
        phase: TRIAGE_PHASE,
        purpose: PURPOSE_TRIAGE,
        // The yes/no answer alone is "other" data; shared content carries the category the partner names.
        category: input.content?.category ?? 'other',
        kind: 'partner-query-answer',
        content: JSON.stringify(content),
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await markAnswered(trx, queryId, { answered_by: actor.userId, answered_at: now, answered_late: late, answer_contribution_id: contribution.id });
    await touchCase(trx, query.case_id, now);
    await recordProcessing(trx, actor, trace, {
      action: 'partner-query.answer',
      activity: 'zvt-triage',
      recordType: 'partner-query',
      recordId: queryId,
      subjectIds: query.subject_id ? [query.subject_id] : [],
      outcome: 'allowed',
    });
    return { id: queryId, answeredAt: now.toISOString(), late, contributionId: contribution.id };
  });
}
