import { compareIsoDates, todayIn } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseAbilities } from '../../access/case-policy.ts';
import { AppError } from '../../errors.ts';
import { caseFactsOf, subjectIdsOf, touchCase } from '../cases/case.repository.ts';
import { requireCaseForUpdate, TIME_ZONE } from '../cases/case.service.ts';
import { insertPartnerQuery, isTablePartner } from './partner-query.repository.ts';
import type { ZPartnerQueryInput } from '../cases/case.schemas.ts';

/**
 * ZVT-2A.2: the chain director asks a partner whether it knows the subject. Only after the subject was
 * informed or informing was deferred with a motivation (ZVT-1.4).
 */
export async function sendPartnerQuery(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: z.infer<typeof ZPartnerQueryInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'partner-query.send');
    const abilities = caseAbilities(actor, caseFactsOf(row), todayIn(TIME_ZONE, ctx.clock.now()));
    if (actor.role !== 'chain-director' || row.phase !== '2A') {
      throw new AppError('forbidden', 'Alleen de ketenregisseur stelt partnervragen, in de triage (2A).');
    }
    if (!abilities.sendPartnerQuery) {
      throw new AppError('rule-violation', 'Eerst informeren: partnervragen kunnen pas worden verstuurd als de betrokkene is geïnformeerd of het informeren gemotiveerd is uitgesteld (ZVT-1.4).');
    }
    if (compareIsoDates(input.deadline, todayIn(TIME_ZONE, ctx.clock.now())) <= 0) {
      throw new AppError('invalid-input', 'De termijn moet in de toekomst liggen.', { errors: [{ field: 'body.deadline', message: 'Kies een datum na vandaag.' }] });
    }
    if (!(await isTablePartner(trx, row.table_id, input.organisationId))) {
      throw new AppError('invalid-input', 'Deze organisatie neemt niet deel aan de tafel.', { errors: [{ field: 'body.organisationId', message: 'Kies een ketenpartner van deze tafel.' }] });
    }
    const created = await insertPartnerQuery(trx, {
      case_id: caseId,
      organisation_id: input.organisationId,
      question: input.question,
      deadline: input.deadline,
      sent_by: actor.userId,
    });
    await touchCase(trx, caseId, ctx.clock.now());
    await recordProcessing(trx, actor, trace, {
      action: 'partner-query.send',
      activity: 'zvt-triage',
      recordType: 'partner-query',
      recordId: created.id,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    const org = await trx.selectFrom('organisations').select('name').where('id', '=', input.organisationId).executeTakeFirstOrThrow();
    return { id: created.id, organisation: org.name, question: input.question, deadline: input.deadline };
  });
}
