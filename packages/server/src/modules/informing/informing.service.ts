import { DomainError, addCalendarMonths, compareIsoDates, informingRecipients, INFORMING_CONTENT_ITEMS, todayIn, validateDeferral } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseAbilities } from '../../access/case-policy.ts';
import { AppError } from '../../errors.ts';
import { caseFactsOf, subjectIdsOf, touchCase, type CaseSummaryRow } from '../cases/case.repository.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { requireCaseForUpdate, TIME_ZONE } from '../cases/case.service.ts';
import { markDeferred, markInformed } from './informing.repository.ts';
import type { ZInformingCompletion, ZInformingDeferral } from '../cases/case.schemas.ts';

/**
 * Longest deferral of informing (product decision, ADR 0006): the seed allows deferral with a motivation
 * and a planned moment, but not indefinitely. A longer need is recorded again, with a new motivation.
 */
export const MAX_DEFERRAL_MONTHS = 3;

const REQUIRED_CONTENT: readonly string[] = INFORMING_CONTENT_ITEMS.map((item) => item.id);

/**
 * ZVT-1.4: record that the subject and/or legal representatives were informed. Who had to be informed
 * is determined by the age on the actual informing date, which is stored with the recipients.
 */
export async function completeInforming(
  ctx: ServiceContext,
  actor: Actor,
  trace: TraceContext,
  caseId: string,
  input: z.infer<typeof ZInformingCompletion>,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'informing.complete');
    const abilities = caseAbilities(actor, caseFactsOf(row), todayIn(TIME_ZONE, ctx.clock.now()));
    if (!abilities.recordInforming) throw new AppError('forbidden', 'U kunt deze informeertaak niet vastleggen.');
    const recipients = await markCaseInformed(ctx, trx, row, input);
    await recordProcessing(trx, actor, trace, {
      action: 'informing.complete',
      activity: 'zvt-informing',
      recordType: 'informing-task',
      recordId: caseId,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    return { recipients: [...recipients], informedOn: input.informedOn };
  });
}

/**
 * ZVT-1.4: the rules of completing the informing task and the write, in the caller's transaction, for a case row
 * the caller locked and may record informing for (also used when a letter is recorded as sent, modules/letters).
 * The caller logs. Returns who was informed, by age on `informedOn`.
 */
export async function markCaseInformed(ctx: ServiceContext, trx: DbOrTrx, row: CaseSummaryRow, input: z.infer<typeof ZInformingCompletion>) {
  const today = todayIn(TIME_ZONE, ctx.clock.now());
  if (compareIsoDates(input.informedOn, today) > 0) {
    throw new AppError('invalid-input', 'De datum van informeren ligt in de toekomst.', {
      errors: [{ field: 'body.informedOn', message: 'Vul de datum in waarop is geïnformeerd (niet in de toekomst).' }],
    });
  }
  if (compareIsoDates(input.informedOn, row.registered_on) < 0) {
    throw new AppError('invalid-input', 'De datum van informeren ligt vóór de aanmelding.', {
      errors: [{ field: 'body.informedOn', message: 'Informeren kan niet vóór de aanmelding.' }],
    });
  }
  const missing = REQUIRED_CONTENT.filter((id) => !input.contentItems.includes(id));
  const unknown = input.contentItems.filter((id) => !REQUIRED_CONTENT.includes(id));
  if (unknown.length > 0) throw new AppError('invalid-input', 'Onbekend onderdeel van de informatie.', { errors: [{ field: 'body.contentItems', message: `Onbekend: ${unknown.join(', ')}` }] });
  if (missing.length > 0) {
    throw new AppError('rule-violation', 'De informatie moet alle onderdelen van ZVT-1.4 bevatten.', {
      errors: [{ field: 'body.contentItems', message: 'Niet alle verplichte onderdelen zijn aangevinkt.' }],
    });
  }
  if (!input.consentAsked && input.consentGiven !== 'not-applicable') {
    throw new AppError('invalid-input', 'Toestemming is niet gevraagd; kies "niet van toepassing".', {
      errors: [{ field: 'body.consentGiven', message: 'Kies "niet van toepassing" als er geen toestemming is gevraagd.' }],
    });
  }
  if (input.consentAsked && input.consentGiven === 'not-applicable') {
    throw new AppError('invalid-input', 'Toestemming is gevraagd; leg vast of die is gegeven.', {
      errors: [{ field: 'body.consentGiven', message: 'Kies ja of nee.' }],
    });
  }
  if (row.subject_birth_date === null) throw new AppError('rule-violation', 'Deze casus heeft geen individuele informeertaak.');
  const recipients = informingRecipients(row.subject_birth_date, input.informedOn);
  if (recipients.includes('legalRepresentatives') && row.representative_ids.length === 0) {
    throw new AppError('rule-violation', 'Op deze datum moeten de wettelijk vertegenwoordigers worden geïnformeerd, maar er is er geen vastgelegd.', {
      errors: [{ field: 'body.informedOn', message: 'Er is geen wettelijk vertegenwoordiger om te informeren.' }],
    });
  }
  await markInformed(trx, row.id, {
    informed_on: input.informedOn,
    recipients,
    content_items: input.contentItems,
    consent_asked: input.consentAsked,
    consent_given: input.consentGiven,
    at: ctx.clock.now(),
  });
  await touchCase(trx, row.id, ctx.clock.now());
  return recipients;
}

/** ZVT-1.4: defer informing, only with a recorded motivation and the planned date of informing. */
export async function deferInforming(
  ctx: ServiceContext,
  actor: Actor,
  trace: TraceContext,
  caseId: string,
  input: z.infer<typeof ZInformingDeferral>,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'informing.defer');
    const abilities = caseAbilities(actor, caseFactsOf(row), todayIn(TIME_ZONE, ctx.clock.now()));
    if (!abilities.recordInforming) throw new AppError('forbidden', 'U kunt deze informeertaak niet vastleggen.');
    const today = todayIn(TIME_ZONE, ctx.clock.now());
    try {
      validateDeferral({ motivation: input.motivation, plannedDate: input.plannedOn, today });
      if (compareIsoDates(input.plannedOn, addCalendarMonths(today, MAX_DEFERRAL_MONTHS)) > 0) {
        throw new AppError('rule-violation', `Uitstel kan hoogstens ${String(MAX_DEFERRAL_MONTHS)} maanden; plan het informeren eerder of leg later opnieuw uitstel vast.`, {
          errors: [{ field: 'body.plannedOn', message: `Kies een datum binnen ${String(MAX_DEFERRAL_MONTHS)} maanden.` }],
        });
      }
    } catch (error) {
      if (error instanceof DomainError) {
        const field = error.code === 'motivation-required' ? 'body.motivation' : 'body.plannedOn';
        throw new AppError('rule-violation', error.message, { rule: error.code, errors: [{ field, message: error.message }] });
      }
      throw error;
    }
    await markDeferred(trx, caseId, {
      deferral_ground: input.ground,
      deferral_motivation: input.motivation.trim(),
      planned_on: input.plannedOn,
      at: ctx.clock.now(),
    });
    await touchCase(trx, caseId, ctx.clock.now());
    await recordProcessing(trx, actor, trace, {
      action: 'informing.defer',
      activity: 'zvt-informing',
      recordType: 'informing-task',
      recordId: caseId,
      subjectIds: subjectIdsOf(row),
      outcome: 'allowed',
    });
    return { plannedOn: input.plannedOn };
  });
}
