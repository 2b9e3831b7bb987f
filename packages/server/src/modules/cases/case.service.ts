import { randomBytes } from 'node:crypto';
import {
  MIN_MOTIVATION_LENGTH,
  ageOn,
  assertMotivation,
  assessEligibility,
  compareIsoDates,
  decisionRequiresReason,
  evaluateContributionAccess,
  findOutcome,
  proposeAdmission,
  todayIn,
  type AdmissionDecision,
  type EligibilityAssessment,
  type FactValue,
} from '@ketentafel/domain';
import { requireProcess } from '../../processes.ts';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseAbilities, caseScope } from '../../access/case-policy.ts';
import { AccessDenied, AppError, notFoundOrNoAccess } from '../../errors.ts';
import type { DbOrTrx } from '../../db/database.ts';
import * as repo from './case.repository.ts';
import { incrementCaseStatistics, insertDeletionLogRows } from '../../retention/retention.repository.ts';
import { findInformingTask, insertInformingTask } from '../informing/informing.repository.ts';
import { listPartnerQueries } from '../partner-queries/partner-query.repository.ts';
import { presentCaseDetail, presentCaseSummary, presentReleasedCase } from './case.presenter.ts';
import type { TRegistration } from './case.schemas.ts';
import type { z } from 'zod';
import type { ZAdmissionDecisionInput } from './case.schemas.ts';

export const TIME_ZONE = 'Europe/Amsterdam';

/** The criteria facts as stored across the care, criminal and other contributions. */
export interface EligibilityFactsContent {
  adolescentCriminalLaw: FactValue;
  youthCareContinuedAfter18: FactValue;
  youthCareDecidedBefore18: FactValue;
  youthCareResumptionWithinHalfYear: FactValue;
  partOfYouthNetwork: FactValue;
  areaSafetyProblem: FactValue;
  careSafetyCooperationNeeded: FactValue;
  planBeyondReferrerNeeded: FactValue;
}

const PURPOSE_ADMISSION = 'Toetsing aan de toelatingscriteria (ZVT-1.2)';
const CONTRIBUTION_KINDS = ['registration-reason', 'criteria-criminal', 'criteria-care', 'criteria-other'] as const;

function today(ctx: ServiceContext): string {
  return todayIn(TIME_ZONE, ctx.clock.now());
}

function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function newReference(tableCode: string, onDate: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(6);
  const suffix = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `${tableCode}-${onDate.slice(0, 4)}-${suffix}`;
}

/**
 * Legal representatives are registered exactly when they may have to be informed (ZVT-1.1, ZVT-1.4):
 * under 16 at least one is required; from 18 none are recorded (no unnecessary data about others).
 */
function assertLegalRepresentatives(birthDate: string, onDate: string, count: number): void {
  if (compareIsoDates(birthDate, onDate) > 0) return; // refused below as a future birth date
  const age = ageOn(birthDate, onDate);
  if (age < 16 && count === 0) {
    throw new AppError('invalid-input', 'Vul minstens één wettelijk vertegenwoordiger in: onder de 16 worden zij geïnformeerd (ZVT-1.4).', {
      errors: [{ field: 'body.legalRepresentatives', message: 'Minstens één wettelijk vertegenwoordiger is nodig voor een jeugdige onder de 16.' }],
    });
  }
  if (age >= 18 && count > 0) {
    throw new AppError('invalid-input', 'Een meerderjarige jeugdige heeft in deze aanmelding geen wettelijk vertegenwoordiger; laat dit leeg.', {
      errors: [{ field: 'body.legalRepresentatives', message: 'Niet invullen voor een jeugdige van 18 of ouder.' }],
    });
  }
}

/**
 * ZVT-1.1: a partner professional registers a case at one of their tables. Only identifying data and
 * the criteria facts are accepted; each piece is stored as a contribution owned by the referrer.
 */
export async function registerCase(ctx: ServiceContext, actor: Actor, trace: TraceContext, input: TRegistration) {
  if (actor.role !== 'partner-professional') {
    throw new AppError('forbidden', 'Alleen een professional van een ketenpartner kan een casus aanmelden.');
  }
  // ZVT-1.3/ZVT-2B: a group is registered with its members and the police group scan, only through /groups (ADR 0017).
  if (input.kind === 'group-scan') {
    throw new AppError('rule-violation', 'Een groep registreert u via /groups, met de groepsleden en de groepsscan van de politie (scherm Groepen → Groep registreren).', {
      errors: [{ field: 'body.kind', message: 'Registreer een groep via POST /groups.' }],
    });
  }
  const onDate = today(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const table = await trx
      .selectFrom('tables as t')
      .innerJoin('table_partners as tp', 'tp.table_id', 't.id')
      .select(['t.id', 't.code', 't.process_key', 't.process_version', 't.term_start', 't.term_end'])
      .where('t.id', '=', input.tableId)
      .where('t.id', 'in', actor.tableIds.length > 0 ? actor.tableIds : ['00000000-0000-0000-0000-000000000000'])
      .where('tp.organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!table) throw new AppError('invalid-input', 'U kunt bij deze tafel niet aanmelden.', { errors: [{ field: 'body.tableId', message: 'Kies een tafel waar uw organisatie aan deelneemt.' }] });
    if (compareIsoDates(onDate, table.term_start) < 0 || compareIsoDates(onDate, table.term_end) > 0) {
      throw new AppError('rule-violation', 'Deze tafel is buiten haar looptijd; aanmelden kan niet.');
    }
    const process = requireProcess(table.process_key, table.process_version);
    let subjectId: string | null = null;
    assertLegalRepresentatives(input.subject.birthDate, onDate, input.legalRepresentatives.length);
    if (compareIsoDates(input.subject.birthDate, onDate) > 0) {
      throw new AppError('invalid-input', 'De geboortedatum ligt in de toekomst.', {
        errors: [{ field: 'body.subject.birthDate', message: 'De geboortedatum ligt in de toekomst.' }],
      });
    }
    subjectId = (
      await repo.insertSubject(trx, {
        full_name: input.subject.fullName,
        birth_date: input.subject.birthDate,
        municipality: input.subject.municipality,
      })
    ).id;
    const created = await repo.insertCase(trx, {
      reference: newReference(table.code, onDate),
      table_id: table.id,
      process_key: process.key,
      process_version: process.version,
      kind: input.kind,
      phase: process.initialPhase,
      subject_id: subjectId,
      group_name: null,
      group_area: null,
      referrer_organisation_id: actor.organisationId,
      referrer_user_id: actor.userId,
      direction_organisation_id: actor.organisationId,
      registered_on: onDate,
    });
    let representativeIds: string[] = [];
    const owned = {
      case_id: created.id,
      owner_organisation_id: actor.organisationId,
      phase: process.initialPhase,
      purpose: PURPOSE_ADMISSION,
      created_by: actor.userId,
    };
    const contributions: Parameters<typeof repo.insertContributions>[1][number][] = [
      { ...owned, category: 'identifying', kind: 'registration-reason', content: { reason: input.reason } },
    ];
    representativeIds = await repo.insertLegalRepresentatives(trx, created.id, input.legalRepresentatives);
    const f = input.facts;
    contributions.push(
      {
        ...owned,
        category: 'criminal',
        kind: 'criteria-criminal',
        content: { adolescentCriminalLaw: f.adolescentCriminalLaw, partOfYouthNetwork: f.partOfYouthNetwork, areaSafetyProblem: f.areaSafetyProblem },
      },
      {
        ...owned,
        category: 'care',
        kind: 'criteria-care',
        content: {
          youthCareContinuedAfter18: f.youthCareContinuedAfter18,
          youthCareDecidedBefore18: f.youthCareDecidedBefore18,
          youthCareResumptionWithinHalfYear: f.youthCareResumptionWithinHalfYear,
        },
      },
      {
        ...owned,
        category: 'other',
        kind: 'criteria-other',
        content: { careSafetyCooperationNeeded: f.careSafetyCooperationNeeded, planBeyondReferrerNeeded: f.planBeyondReferrerNeeded },
      },
    );
    await repo.insertContributions(trx, contributions);
    await repo.insertTransition(trx, { case_id: created.id, from_phase: null, to_phase: process.initialPhase, outcome: 'registered' });
    await recordProcessing(trx, actor, trace, {
      action: 'case.register',
      activity: 'zvt-registration',
      recordType: 'case',
      recordId: created.id,
      subjectIds: [...(subjectId ? [subjectId] : []), ...representativeIds],
      outcome: 'allowed',
    });
    return loadDetail(ctx, trx, actor, created.id);
  });
}

async function loadDetail(ctx: ServiceContext, db: DbOrTrx, actor: Actor, caseId: string, loaded?: repo.CaseSummaryRow) {
  const row = loaded ?? (await repo.findCase(db, caseScope(actor), caseId));
  if (!row) throw notFoundOrNoAccess();
  const [contributions, legalRepresentatives, decision, informing, partnerQueries, history] = await Promise.all([
    repo.findContributions(db, caseId, CONTRIBUTION_KINDS),
    repo.findLegalRepresentatives(db, caseId),
    repo.findLatestDecision(db, caseId),
    findInformingTask(db, caseId),
    listPartnerQueries(db, caseId),
    repo.findHistory(db, caseId),
  ]);
  // The registration's own data follow the access policy: a professional who sees the case only because their
  // organisation holds direction (ZVT-3A.2) does not see the referrer's phase-1 data unless released.
  const process = requireProcess(row.process_key, row.process_version);
  const visible = contributions.filter(
    (c) =>
      evaluateContributionAccess(
        { userId: actor.userId, organisationId: actor.organisationId, role: actor.role, tableIds: actor.tableIds },
        {
          tableId: row.table_id,
          phase: c.phase,
          category: c.category,
          ownerOrganisationId: c.owner_organisation_id,
          createdByUserId: c.created_by,
          caseReferrerUserId: row.referrer_user_id,
          caseDirectorUserId: row.case_director_user_id,
          grants: [],
        },
        process,
      ).visible,
  );
  const content = (kind: string) => visible.find((c) => c.kind === kind)?.content as Record<string, unknown> | undefined;
  const criminal = content('criteria-criminal');
  const care = content('criteria-care');
  const other = content('criteria-other');
  const facts = criminal && care && other ? ({ ...criminal, ...care, ...other } as unknown as EligibilityFactsContent) : null;
  const reason = content('registration-reason')?.reason;
  return presentCaseDetail(actor, row, {
    today: today(ctx),
    reason: typeof reason === 'string' ? reason : '',
    facts,
    legalRepresentatives,
    decision,
    informing,
    partnerQueries,
    history,
  });
}

/** The cases of the caller's tables that the caller may see, filtered in SQL. Logged per subject. */
export async function listCases(ctx: ServiceContext, actor: Actor, trace: TraceContext, filter: { tableId?: string | undefined; phase?: string | undefined }) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.listCases(trx, caseScope(actor), filter);
    await recordProcessing(trx, actor, trace, {
      action: 'case.list',
      activity: 'zvt-registration',
      recordType: 'case',
      recordId: null,
      subjectIds: rows.flatMap(repo.subjectIdsOf),
      outcome: 'allowed',
    });
    const onDate = today(ctx);
    return { cases: rows.map((r) => presentCaseSummary(actor, r, onDate)) };
  });
}

/**
 * One case, if the caller may see it; a denial is logged and looks exactly like "not found". A partner professional
 * outside the case's scope whose organisation an owner released something to sees the released view only (X-2).
 */
export async function getCase(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  const detail = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findCase(trx, caseScope(actor), caseId);
    if (!row) {
      const released = actor.role === 'partner-professional' ? await repo.findCaseReleasedTo(trx, actor.organisationId, actor.tableIds, caseId) : undefined;
      if (!released) return undefined;
      await recordProcessing(trx, actor, trace, {
        action: 'case.read',
        activity: 'zvt-data-sharing',
        recordType: 'case',
        recordId: caseId,
        subjectIds: released.subject_id ? [released.subject_id] : [],
        outcome: 'allowed',
      });
      return presentReleasedCase(actor, released, today(ctx));
    }
    await recordProcessing(trx, actor, trace, {
      action: 'case.read',
      activity: 'zvt-registration',
      recordType: 'case',
      recordId: caseId,
      subjectIds: repo.subjectIdsOf(row),
      outcome: 'allowed',
    });
    return loadDetail(ctx, trx, actor, caseId, row);
  });
  if (!detail) throw new AccessDenied({ action: 'case.read', activity: 'zvt-registration', recordType: 'case', recordId: caseId });
  return detail;
}

/** Loads a case the actor can see, locked for update, or throws a denial (logged after rollback). */
export async function requireCaseForUpdate(
  trx: DbOrTrx,
  actor: Actor,
  caseId: string,
  action: 'case.assess' | 'case.decide' | 'informing.complete' | 'informing.defer' | 'partner-query.send' | 'retention-exception.record' | 'legal-hold.place' | 'legal-hold.lift',
) {
  const row = await repo.findCase(trx, caseScope(actor), caseId, { forUpdate: true });
  if (!row) {
    throw new AccessDenied({
      action,
      activity: action.startsWith('informing') ? 'zvt-informing' : action === 'partner-query.send' ? 'zvt-triage' : action.startsWith('case.') ? 'zvt-admission' : 'retention',
      recordType: 'case',
      recordId: caseId,
    });
  }
  return row;
}

async function computeAssessment(db: DbOrTrx, row: repo.CaseSummaryRow, onDate: string) {
  if (row.kind === 'group-scan' || row.subject_birth_date === null) {
    return { onDate, outcome: null, criteria: [], proposal: proposeAdmission({ outcome: 'insufficient-data' }, 'group-scan') };
  }
  const contributions = await repo.findContributions(db, row.id, ['criteria-criminal', 'criteria-care', 'criteria-other']);
  const facts = Object.assign({}, ...contributions.map((c) => c.content as object)) as EligibilityFactsContent;
  const assessment: EligibilityAssessment = assessEligibility({ ...facts, birthDate: row.subject_birth_date, onDate });
  return {
    onDate,
    outcome: assessment.outcome,
    criteria: assessment.criteria.map((c) => ({ id: c.id, result: c.result, reason: c.reason })),
    proposal: proposeAdmission(assessment, 'individual'),
  };
}

/** ZVT-1.2: the computed assessment on the referrer's data alone, as a proposal for the chain director. */
export async function assessCase(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'case.assess');
    const abilities = caseAbilities(actor, repo.caseFactsOf(row), todayIn(TIME_ZONE, ctx.clock.now()));
    if (!abilities.assess) throw new AppError('forbidden', 'Alleen de ketenregisseur toetst een aanmelding in fase 1.');
    const assessment = await computeAssessment(trx, row, today(ctx));
    await recordProcessing(trx, actor, trace, {
      action: 'case.assess',
      activity: 'zvt-admission',
      recordType: 'case',
      recordId: caseId,
      subjectIds: repo.subjectIdsOf(row),
      outcome: 'allowed',
    });
    return assessment;
  });
}

type DecisionInput = z.infer<typeof ZAdmissionDecisionInput>;

/** ZVT-1.2: a decision that differs from the proposal carries a recorded reason (a real motivation). */
function requiredReason(required: boolean, reason: string | undefined): string | null {
  const given = reason?.trim() ? reason.trim() : null;
  if (!required) return given;
  try {
    return assertMotivation(given ?? '');
  } catch {
    throw new AppError('invalid-input', `Het besluit wijkt af van het voorstel: leg de reden vast (minstens ${String(MIN_MOTIVATION_LENGTH)} tekens).`, {
      errors: [{ field: 'body.reason', message: 'Leg vast waarom u afwijkt van het voorstel.' }],
    });
  }
}

/**
 * The advice after "not admitted" outlives the deleted registration (ADR 0003), so it must not carry
 * the subject's or representatives' names or the birth date.
 */
export async function assertNoPersonalData(db: DbOrTrx, row: repo.CaseSummaryRow, advice: string): Promise<void> {
  const reps = await repo.findLegalRepresentatives(db, row.id);
  const names = [row.subject_name, row.group_name, ...reps.map((r) => r.full_name)].filter((n): n is string => n !== null);
  const parts = names.flatMap((n) => n.toLowerCase().split(/[\s-]+/)).filter((p) => p.length >= 3 && !NAME_PARTICLES.has(p));
  const words = new Set(advice.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const birth = row.subject_birth_date;
  const birthForms = birth ? [birth, `${birth.slice(8, 10)}-${birth.slice(5, 7)}-${birth.slice(0, 4)}`] : [];
  if (parts.some((p) => words.has(p)) || birthForms.some((d) => advice.includes(d))) {
    throw new AppError('invalid-input', 'Het advies bevat persoonsgegevens (een naam of geboortedatum). Het blijft bewaard nadat de aanmelding is verwijderd; formuleer het zonder persoonsgegevens.', {
      errors: [{ field: 'body.advice', message: 'Verwijder namen en geboortedatum uit het advies.' }],
    });
  }
}

const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', 'ten', 'ter', 'op', 'in', 'groep']);

/**
 * ZVT-1.3: the chain director decides. A decision that differs from the proposal needs a reason.
 * "Not admitted" deletes the personal data at once (product decision, AVG art. 5(1)(e)); the referrer
 * receives the advice under the case reference only.
 */
export async function decideAdmission(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, input: DecisionInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCaseForUpdate(trx, actor, caseId, 'case.decide');
    const abilities = caseAbilities(actor, repo.caseFactsOf(row), todayIn(TIME_ZONE, ctx.clock.now()));
    if (!abilities.decideAdmission) throw new AppError('forbidden', 'Alleen de ketenregisseur besluit over toelating, in fase 1.');
    const onDate = today(ctx);
    const assessment = await computeAssessment(trx, row, onDate);
    const decision: AdmissionDecision = input.decision;
    if (row.kind === 'group-scan' && decision !== 'group-scan' && decision !== 'not-admitted') {
      throw new AppError('rule-violation', 'Een groepsscan gaat naar de groepsaanpak (2B) of wordt niet in behandeling genomen.');
    }
    if (row.kind === 'individual' && decision === 'group-scan') {
      throw new AppError('rule-violation', 'Alleen een groepsscan van de politie kan naar de groepsaanpak (2B).');
    }
    const reason = requiredReason(decisionRequiresReason(assessment.proposal, decision), input.reason);
    const dataRequest = input.dataRequest?.trim() ? input.dataRequest.trim() : null;
    if (decision === 'insufficient-data' && (dataRequest === null || dataRequest.length < 10)) {
      throw new AppError('invalid-input', 'Beschrijf welke gegevens gericht worden uitgevraagd.', {
        errors: [{ field: 'body.dataRequest', message: 'Beschrijf de gerichte gegevensuitvraag (minstens 10 tekens).' }],
      });
    }
    const process = requireProcess(row.process_key, row.process_version);
    const outcome = findOutcome(process, row.phase, decision);
    await repo.insertDecision(trx, {
      case_id: caseId,
      assessed_on: onDate,
      assessment,
      proposal: assessment.proposal,
      decision,
      reason,
      data_request: dataRequest,
      decided_by: actor.userId,
    });
    const logDecision = () =>
      recordProcessing(trx, actor, trace, {
        action: 'case.decide',
        activity: 'zvt-admission',
        recordType: 'case',
        recordId: caseId,
        subjectIds: repo.subjectIdsOf(row),
        outcome: 'allowed',
      });
    if ('endState' in outcome.to) {
      const advice = input.advice?.trim();
      if (advice) await assertNoPersonalData(trx, row, advice);
      await repo.insertNotice(trx, {
        organisation_id: row.referrer_organisation_id,
        user_id: row.referrer_user_id,
        reference: row.reference,
        message: `Uw aanmelding ${row.reference} is niet in behandeling genomen door de Zorg- en Veiligheidstafel.${advice ? ` Advies van de ketenregisseur: ${advice}` : ''} De gegevens van de aanmelding zijn verwijderd.`,
      });
      await incrementCaseStatistics(trx, {
        table_id: row.table_id,
        process_key: row.process_key,
        process_version: row.process_version,
        phase_reached: row.phase,
        outcome: decision,
        quarter: quarterOf(onDate),
      });
      // The log is written before the subject (and with it the log key) is deleted; it is the last
      // statement that takes a lock other than the chain lock.
      await logDecision();
      await repo.unsafeDeleteCase(trx, caseId, row.subject_id);
      await insertDeletionLogRows(trx, [
        { record_kind: 'case', count: 1, rule: `${process.key}@${process.version} ${outcome.to.endState}: direct verwijderen (ZVT-1.3)`, table_id: row.table_id, due_on: onDate, at: ctx.clock.now() },
      ]);
      return { reference: row.reference, decision, phase: null, deleted: true, caseId: null };
    }
    const now = ctx.clock.now();
    await repo.updateCasePhase(trx, caseId, outcome.to.phase, now);
    await repo.insertTransition(trx, { case_id: caseId, from_phase: row.phase, to_phase: outcome.to.phase, outcome: decision });
    if (outcome.duties.includes('inform-subject') && row.kind === 'individual') {
      await insertInformingTask(trx, { case_id: caseId, phase: outcome.to.phase, responsible_organisation_id: row.referrer_organisation_id });
    }
    await logDecision();
    return { reference: row.reference, decision, phase: outcome.to.phase, deleted: false, caseId };
  });
}
