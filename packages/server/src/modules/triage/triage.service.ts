import {
  MIN_MOTIVATION_LENGTH,
  STRIKABLE_FIELDS,
  STRIKABLE_FIELD_IDS,
  assertMotivation,
  assessEligibility,
  decisionRequiresReason,
  findOutcome,
  outcomesFrom,
  proposeAdmission,
  strikeRefusal,
  todayIn,
  DUTCH_TIME_ZONE,
  type ProcessDefinition,
  type StrikableField,
} from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseScope } from '../../access/case-policy.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { requireProcess } from '../../processes.ts';
import * as cases from '../cases/case.repository.ts';
import { assertNoPersonalData, type EligibilityFactsContent } from '../cases/case.service.ts';
import { unsafeContributionsOfCase } from '../contributions/contribution.repository.ts';
import { queriesOfCase } from '../partner-queries/partner-query-answer.repository.ts';
import { incrementCaseStatistics, insertDeletionLogRows } from '../../retention/retention.repository.ts';
import { accessTo, type AnswerContent } from './contribution-access.ts';
import * as repo from './triage.repository.ts';
import { recordClosingLetter } from '../letters/letter.service.ts';
import type { ZReassessmentInput, ZStrikeInput, ZTriageOutcomeInput, ZTriageOutcomeValue, ZTriageRecordInput } from './triage.schemas.ts';

const TRIAGE = '2A';
const FOCUS = '2A-focus';
const PURPOSE_TRIAGE_RECORD = 'Triage en voorbereiding casusoverleg (ZVT-2A.2)';
const STRIKE_KINDS: Partial<Record<StrikableField, string>> = {
  registrationReason: 'registration-reason',
  criteriaCriminal: 'criteria-criminal',
  criteriaCare: 'criteria-care',
  criteriaOther: 'criteria-other',
};

type CaseRow = cases.CaseSummaryRow;
type TriageRecordContent = z.infer<typeof ZTriageRecordInput> & { partnerNames: Record<string, string>; savedAt?: string };

const today = (ctx: ServiceContext) => todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${String(Math.ceil(Number(date.slice(5, 7)) / 3))}`;

function isTableChainDirector(actor: Actor, row: CaseRow): boolean {
  return actor.role === 'chain-director' && actor.tableIds.includes(row.table_id);
}

/** A case the actor can see (chain director of the table, or the referrer), locked when writing; else a logged denial. */
async function requireCase(trx: DbOrTrx, actor: Actor, caseId: string, action: AuditAction, forUpdate: boolean): Promise<CaseRow> {
  const row = await cases.findCase(trx, caseScope(actor), caseId, { forUpdate });
  if (!row) throw new AccessDenied({ action, activity: 'zvt-triage', recordType: 'case', recordId: caseId });
  return row;
}

function requireChainDirector(actor: Actor, row: CaseRow, phases: readonly string[]): void {
  if (!isTableChainDirector(actor, row)) throw new AppError('forbidden', 'Alleen de ketenregisseur van de tafel doet de triage.');
  if (!phases.includes(row.phase)) throw new AppError('rule-violation', 'Dit kan alleen in de triage (fase 2A).');
}

/** ZVT-1.3: after "insufficient data" the criteria are assessed again before triage can end. */
async function isReassessmentDue(db: DbOrTrx, row: CaseRow): Promise<boolean> {
  if (row.phase !== TRIAGE) return false;
  const latest = await cases.findLatestDecision(db, row.id);
  return latest?.decision === 'insufficient-data';
}

async function currentFacts(db: DbOrTrx, caseId: string): Promise<EligibilityFactsContent | null> {
  const rows = await cases.findContributions(db, caseId, ['criteria-criminal', 'criteria-care', 'criteria-other']);
  if (rows.length < 3) return null;
  return Object.assign({}, ...rows.map((r) => r.content as object)) as EligibilityFactsContent;
}

function log(trx: DbOrTrx, actor: Actor, trace: TraceContext, action: AuditAction, row: CaseRow) {
  return recordProcessing(trx, actor, trace, {
    action,
    activity: 'zvt-triage',
    recordType: 'case',
    recordId: row.id,
    subjectIds: cases.subjectIdsOf(row),
    outcome: 'allowed',
  });
}

/** The outcomes of the case's current phase, as the process definition declares them (ZVT-2A.4). */
function phaseOutcomes(process: ProcessDefinition, phase: string) {
  if (phase !== TRIAGE && phase !== FOCUS) return [];
  return outcomesFrom(process, phase).map((o) => ({
    id: o.id as z.infer<typeof ZTriageOutcomeValue>,
    label: o.label,
    requiresMotivation: o.requiresMotivation,
    endsCase: 'endState' in o.to,
  }));
}

/**
 * The triage view of one case (ZVT-2A): the partner queries with their answers (content only where the access
 * policy shows it), the triage record, what may be struck and what was, whether a re-assessment is due, and the
 * outcomes the process allows now. For the chain director and the referrer (ZVT-2A.1).
 */
export async function getTriage(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'triage.read', false);
    const process = requireProcess(row.process_key, row.process_version);
    const [queries, contributions, strikes, outcomes, parts, reassessmentDue, facts] = await Promise.all([
      queriesOfCase(trx, caseId),
      unsafeContributionsOfCase(trx, caseId),
      repo.listStrikes(trx, caseId),
      repo.listOutcomes(trx, caseId),
      repo.presentRegistrationParts(trx, caseId, row.subject_id),
      isReassessmentDue(trx, row),
      currentFacts(trx, caseId),
    ]);
    const visible = new Map(contributions.filter((c) => accessTo(actor, c).visible).map((c) => [c.id, c]));
    const onDate = today(ctx);
    const recordRow = contributions.find((c) => c.kind === 'triage-record');
    const record = recordRow && visible.has(recordRow.id) ? presentRecord(recordRow.content as TriageRecordContent, recordRow.owner_organisation_name, recordRow.created_at) : null;
    const director = isTableChainDirector(actor, row);
    await log(trx, actor, trace, 'triage.read', row);
    return {
      phase: row.phase,
      queries: queries.map((q) => {
        const answer = q.answer_contribution_id !== null ? visible.get(q.answer_contribution_id) : undefined;
        return {
          id: q.id,
          organisation: q.organisation,
          question: q.question,
          sentOn: q.sent_on,
          deadline: q.deadline,
          status: q.answered_at !== null ? ('answered' as const) : q.deadline < onDate ? ('overdue' as const) : ('open' as const),
          answeredAt: q.answered_at?.toISOString() ?? null,
          answeredLate: q.answered_late,
          reminderSentOn: q.reminder_sent_on,
          answer: answer ? (answer.content as AnswerContent) : null,
        };
      }),
      record,
      strikable: STRIKABLE_FIELD_IDS.map((field) => ({ field, label: STRIKABLE_FIELDS[field].label, present: parts[field] })),
      strikes: strikes.map((s) => ({ fields: s.fields, reason: s.reason, struckAt: s.struck_at.toISOString() })),
      reassessmentDue,
      currentFacts: director ? facts : null,
      outcomes: phaseOutcomes(process, row.phase),
      outcomeHistory: outcomes.map((o) => ({ phase: o.phase, outcome: o.outcome, label: process.outcomes.find((d) => d.id === o.outcome)?.label ?? o.outcome, motivation: o.motivation, decidedAt: o.decided_at.toISOString() })),
      abilities: {
        record: director && (row.phase === TRIAGE || row.phase === FOCUS),
        strike: director && row.phase === TRIAGE,
        reassess: director && reassessmentDue,
        decide: director && (row.phase === FOCUS || (row.phase === TRIAGE && !reassessmentDue)),
      },
    };
  });
}

function presentRecord(content: TriageRecordContent, owner: string, at: Date) {
  const name = (id: string) => content.partnerNames[id] ?? '';
  return {
    situationPicture: content.situationPicture,
    situationCategory: content.situationCategory,
    partners: content.partners.map((p) => ({ ...p, organisation: name(p.organisationId) })),
    goal: content.goal,
    participants: content.participantOrganisationIds.map((id) => ({ organisationId: id, organisation: name(id) })),
    subjectParticipation: content.subjectParticipation,
    parentsParticipation: content.parentsParticipation,
    owner,
    updatedAt: content.savedAt ?? at.toISOString(),
  };
}

/**
 * ZVT-2A.2: the chain director records (or revises) the triage record, in triage or after the focus meeting. It is one contribution owned by the chain
 * director's organisation (the municipality's chain direction, ADR 0014), phase 2A, in the category the chain
 * director names for the situation picture; partners and participants must take part in the table.
 */
export async function saveTriageRecord(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: z.infer<typeof ZTriageRecordInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'triage.record', true);
    // Also after doubt → focus meeting: what the focus meeting learned (goal, participants) goes into the record
    // that → 3A needs (ADR 0019).
    requireChainDirector(actor, row, [TRIAGE, FOCUS]);
    const names = await repo.tablePartnerNames(trx, row.table_id);
    const ids = [...input.partners.map((p) => p.organisationId), ...input.participantOrganisationIds];
    const unknown = ids.filter((id) => !names.has(id));
    if (unknown.length > 0) {
      throw new AppError('invalid-input', 'Kies alleen ketenpartners van deze tafel.', { errors: [{ field: 'body.participantOrganisationIds', message: 'Kies alleen ketenpartners van deze tafel.' }] });
    }
    const content: TriageRecordContent = { ...input, partnerNames: Object.fromEntries(ids.map((id) => [id, names.get(id) ?? ''])), savedAt: ctx.clock.now().toISOString() };
    const existing = (await cases.findContributions(trx, caseId, ['triage-record']))[0];
    if (existing) {
      await repo.updateTriageRecord(trx, existing.id, input.situationCategory, content);
    } else {
      await repo.insertTriageRecord(trx, {
        case_id: caseId,
        owner_organisation_id: actor.organisationId,
        category: input.situationCategory,
        content,
        created_by: actor.userId,
        purpose: PURPOSE_TRIAGE_RECORD,
      });
    }
    await cases.touchCase(trx, caseId, ctx.clock.now());
    await log(trx, actor, trace, 'triage.record', row);
    const owner = await trx.selectFrom('organisations').select('name').where('id', '=', actor.organisationId).executeTakeFirstOrThrow();
    return presentRecord(content, owner.name, ctx.clock.now());
  });
}

/**
 * ZVT-2A.3: the chain director strikes from the registration what triage does not need. The content is really
 * removed (rows deleted, the municipality emptied, the stored assessments scrubbed of criteria explanations); the
 * strike record names the fields and the reason, never a value.
 */
export async function strikeFromRegistration(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: z.infer<typeof ZStrikeInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'triage.strike', true);
    requireChainDirector(actor, row, [TRIAGE]);
    const fields = [...new Set(input.fields)];
    const refusal = strikeRefusal(fields, await isReassessmentDue(trx, row));
    if (refusal) throw new AppError('rule-violation', refusal);
    const parts = await repo.presentRegistrationParts(trx, caseId, row.subject_id);
    const absent = fields.filter((f) => !parts[f]);
    if (absent.length > 0) {
      throw new AppError('invalid-input', 'Dit is al geschrapt of was niet ingevuld.', { errors: [{ field: 'body.fields', message: `Al geschrapt: ${absent.map((f) => STRIKABLE_FIELDS[f].label).join(', ')}.` }] });
    }
    const kinds = fields.flatMap((f) => STRIKE_KINDS[f] ?? []);
    await repo.unsafeDeleteRegistrationContributions(trx, caseId, kinds);
    if (fields.includes('subjectMunicipality') && row.subject_id !== null) await repo.unsafeClearMunicipality(trx, row.subject_id);
    if (fields.some((f) => STRIKABLE_FIELDS[f].criteria)) await repo.unsafeScrubAssessments(trx, caseId);
    const now = ctx.clock.now();
    const fieldNames = fields.flatMap((f) => STRIKABLE_FIELDS[f].fieldNames);
    await repo.insertStrike(trx, { case_id: caseId, fields: fieldNames, reason: assertMotivation(input.reason), struck_by: actor.userId, struck_at: now });
    await cases.touchCase(trx, caseId, now);
    await log(trx, actor, trace, 'triage.strike', row);
    return { fields: fieldNames, struckAt: now.toISOString() };
  });
}

/**
 * Ends a case whose end state deletes at once (ZVT-1.3, ZVT-2A.4): the referrer gets a notice with the advice by
 * reference only (ADR 0003), an aggregate count remains, the log is written before the subject (and its log key)
 * goes, then the rows are deleted.
 */
export async function endAndDelete(
  trx: DbOrTrx,
  actor: Actor,
  trace: TraceContext,
  row: CaseRow,
  opts: { action: AuditAction; statisticsOutcome: string; rule: string; message: string; advice: string | undefined; onDate: string },
): Promise<void> {
  const advice = opts.advice?.trim();
  if (advice) await assertNoPersonalData(trx, row, advice);
  await cases.insertNotice(trx, {
    organisation_id: row.referrer_organisation_id,
    user_id: row.referrer_user_id,
    reference: row.reference,
    message: `${opts.message}${advice ? ` Advies van de ketenregisseur: ${advice}` : ''} De gegevens van de casus zijn verwijderd.`,
  });
  await incrementCaseStatistics(trx, {
    table_id: row.table_id,
    process_key: row.process_key,
    process_version: row.process_version,
    phase_reached: row.phase,
    outcome: opts.statisticsOutcome,
    quarter: quarterOf(opts.onDate),
  });
  await log(trx, actor, trace, opts.action, row);
  await cases.unsafeDeleteCase(trx, row.id, row.subject_id);
  await insertDeletionLogRows(trx, [{ record_kind: 'case', count: 1, rule: opts.rule }]);
}

/**
 * ZVT-1.3: after "insufficient data" and the partners' answers, the chain director assesses the criteria again
 * (domain `assessEligibility`) on the facts as they now stand, and decides: admitted (triage goes on) or not
 * admitted (advice to the referrer, data deleted at once, as the 2A end state 'not-to-case-meeting' declares).
 * A decision that differs from the proposal needs a reason.
 */
export async function reassess(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: z.infer<typeof ZReassessmentInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'triage.reassess', true);
    requireChainDirector(actor, row, [TRIAGE]);
    if (!(await isReassessmentDue(trx, row))) throw new AppError('rule-violation', 'Er is geen hertoetsing nodig: de casus is niet met "onvoldoende gegevens" toegelaten.');
    if (row.subject_birth_date === null) throw new AppError('rule-violation', 'Een groepsscan wordt niet op de criteria getoetst.');
    const onDate = today(ctx);
    const queries = await queriesOfCase(trx, caseId);
    const answered = queries.filter((q) => q.answered_at !== null).length;
    if (answered === 0 && !queries.some((q) => q.deadline < onDate)) {
      throw new AppError('rule-violation', 'Hertoetsen kan zodra er een antwoord op een partnervraag is of een termijn is verstreken (ZVT-1.3).');
    }
    const assessment = assessEligibility({ ...input.facts, birthDate: row.subject_birth_date, onDate });
    const proposal = proposeAdmission(assessment, 'individual');
    const given = input.reason?.trim() ? input.reason.trim() : null;
    let reason = given;
    if (decisionRequiresReason(proposal, input.decision)) {
      try {
        reason = assertMotivation(given ?? '');
      } catch {
        throw new AppError('invalid-input', `Het besluit wijkt af van het voorstel: leg de reden vast (minstens ${String(MIN_MOTIVATION_LENGTH)} tekens).`, {
          errors: [{ field: 'body.reason', message: 'Leg vast waarom u afwijkt van het voorstel.' }],
        });
      }
    }
    const criteria = assessment.criteria.map((c) => ({ id: c.id, result: c.result, reason: c.reason }));
    const result = { outcome: assessment.outcome, criteria, proposal, decision: input.decision, reference: row.reference };
    if (input.decision === 'not-admitted') {
      const process = requireProcess(row.process_key, row.process_version);
      const end = findOutcome(process, TRIAGE, 'not-to-case-meeting');
      await endAndDelete(trx, actor, trace, row, {
        action: 'triage.reassess',
        statisticsOutcome: 'reassessment-not-admitted',
        rule: `${process.key}@${String(process.version)} ${'endState' in end.to ? end.to.endState : end.id}: direct verwijderen na hertoetsing (ZVT-1.3, ZVT-2A.4)`,
        message: `Uw aanmelding ${row.reference} is na de hertoetsing niet in behandeling genomen door de Zorg- en Veiligheidstafel.`,
        advice: input.advice,
        onDate,
      });
      return { ...result, deleted: true };
    }
    await cases.insertDecision(trx, {
      case_id: caseId,
      assessed_on: onDate,
      assessment: { onDate, outcome: assessment.outcome, criteria, proposal, basis: 'reassessment', answeredQueries: answered, facts: input.facts },
      proposal,
      decision: input.decision,
      reason,
      data_request: null,
      decided_by: actor.userId,
    });
    await cases.touchCase(trx, caseId, ctx.clock.now());
    await log(trx, actor, trace, 'triage.reassess', row);
    return { ...result, deleted: false };
  });
}

/**
 * ZVT-2A.4: the motivated outcome of triage (or of the focus meeting), as the process definition declares it:
 * → 3A (the case may go on the case-meeting agenda; needs a triage record with goal and participants), not → advice
 * to the referrer and deletion at once, doubt → focus meeting. Blocked while a re-assessment is due (ZVT-1.3).
 */
export async function decideTriageOutcome(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: z.infer<typeof ZTriageOutcomeInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'triage.outcome', true);
    requireChainDirector(actor, row, [TRIAGE, FOCUS]);
    if (await isReassessmentDue(trx, row)) throw new AppError('rule-violation', 'Toets eerst opnieuw aan de criteria na de gerichte gegevensuitvraag (ZVT-1.3).');
    const process = requireProcess(row.process_key, row.process_version);
    const outcome = findOutcome(process, row.phase, input.outcome);
    const motivation = outcome.requiresMotivation ? assertMotivation(input.motivation) : input.motivation.trim();
    const onDate = today(ctx);
    if ('endState' in outcome.to) {
      // ZVT-2A.5: the subject is informed of this outcome too; the letter was made before, its sending is recorded
      // now and only the referrer's notice and the log keep it (the case is deleted next; ADR 0021).
      let letterSentence = '';
      if (row.subject_birth_date !== null) {
        if (!input.informingLetter) {
          throw new AppError('invalid-input', 'Leg vast hoe en wanneer de brief over deze uitkomst is of wordt verstuurd (ZVT-2A.5). Maak de brief eerst: na het vastleggen is de casus verwijderd.', {
            errors: [{ field: 'body.informingLetter', message: 'Maak de brief over de uitkomst en leg vast wanneer en hoe hij wordt verstuurd.' }],
          });
        }
        letterSentence = ` ${await recordClosingLetter(ctx, trx, actor, trace, row, input.informingLetter)}`;
      }
      await endAndDelete(trx, actor, trace, row, {
        action: 'triage.outcome',
        statisticsOutcome: outcome.id,
        rule: `${process.key}@${String(process.version)} ${outcome.to.endState}: direct verwijderen (ZVT-2A.4)`,
        message: `Uw aanmelding ${row.reference} gaat niet door naar het casusoverleg van de Zorg- en Veiligheidstafel; u handelt de casus zelf verder af.${letterSentence}`,
        advice: input.advice,
        onDate,
      });
      return { reference: row.reference, outcome: input.outcome, phase: null, deleted: true, caseId: null };
    }
    if (outcome.to.phase === '3A') {
      const record = (await cases.findContributions(trx, caseId, ['triage-record']))[0];
      const content = record?.content as TriageRecordContent | undefined;
      if (!content || content.participantOrganisationIds.length === 0) {
        throw new AppError('rule-violation', 'Leg eerst de triage vast met het doel en de deelnemers van het casusoverleg (ZVT-2A.2).');
      }
    }
    const now = ctx.clock.now();
    await repo.insertOutcome(trx, { case_id: caseId, phase: row.phase, outcome: outcome.id, motivation, decided_by: actor.userId });
    await cases.updateCasePhase(trx, caseId, outcome.to.phase, now);
    await cases.insertTransition(trx, { case_id: caseId, from_phase: row.phase, to_phase: outcome.to.phase, outcome: outcome.id });
    await log(trx, actor, trace, 'triage.outcome', row);
    return { reference: row.reference, outcome: input.outcome, phase: outcome.to.phase, deleted: false, caseId };
  });
}
