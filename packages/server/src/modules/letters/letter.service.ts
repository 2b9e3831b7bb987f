import {
  DUTCH_TIME_ZONE,
  LETTER_CHANNEL_LABELS,
  LETTER_KIND_DEFINITIONS,
  TRIAGE_CLOSED_SENTENCES,
  TRIAGE_OUTCOME_SENTENCES,
  addDays,
  closingLetterSending,
  compareIsoDates,
  outcomesFrom,
  informingRecipients,
  letterSignature,
  todayIn,
  type LetterChannel,
  type LetterKind,
  type LetterSender,
  type PlaceholderName,
  type PlaceholderValue,
} from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { caseAbilities, caseScope } from '../../access/case-policy.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { dutchDate } from '../../pdf/pdf-text.ts';
import * as cases from '../cases/case.repository.ts';
import { unsafeContributionsOfCase } from '../contributions/contribution.repository.ts';
import { markCaseInformed } from '../informing/informing.service.ts';
import { requireProcess } from '../../processes.ts';
import { accessTo } from '../triage/contribution-access.ts';
import { effectiveTemplate } from './letter-template.service.ts';
import { renderLetter } from './letter.pdf.ts';
import * as repo from './letter.repository.ts';
import type { ZLetterSenderInput, ZSentLetterInput } from './letter.schemas.ts';

type CaseRow = cases.CaseSummaryRow;

/** The kinds of letter written about one individual case; the group outcome letter follows the group approach. */
const CASE_LETTER_KINDS: readonly LetterKind[] = ['informing', 'triage-outcome', 'triage-closed'];

/** The letters for which the chain director records who sends them (ZVT-2A.5). */
const SENDER_CHOICE_KINDS: readonly LetterKind[] = ['triage-outcome', 'triage-closed'];

/** How far ahead a letter may be dated (prepared today, posted in the coming days). */
const MAX_DAYS_AHEAD = 14;

const today = (ctx: ServiceContext) => todayIn(DUTCH_TIME_ZONE, ctx.clock.now());

interface TriageRecordContent {
  goal: string;
  partners: { organisationId: string; informationToBring: string }[];
  participantOrganisationIds: string[];
  partnerNames: Record<string, string>;
}

/** Everything a case's letters are made from, limited to what the actor may see. */
interface LetterFacts {
  readonly row: CaseRow;
  readonly director: boolean;
  readonly referrer: boolean;
  readonly senders: ReadonlyMap<string, LetterSender>;
  readonly triageOutcome: string | null;
  /** ZVT-2A.5: the outcome from the current phase that would end and delete the case, while it is open. */
  readonly closingOutcome: string | null;
  /** The registration reason, when the access policy shows it and it was not struck (ZVT-2A.3). */
  readonly reason: string | null;
  /** The triage record, when the access policy shows it. */
  readonly triageRecord: TriageRecordContent | null;
}

/** What the actor may do with one kind of letter for this case, and why not when it cannot be made. */
interface LetterState {
  readonly available: boolean;
  readonly unavailableReason: string | null;
  readonly sender: LetterSender;
  readonly render: boolean;
  readonly recordSent: boolean;
  readonly chooseSender: boolean;
}

async function requireCase(trx: DbOrTrx, actor: Actor, caseId: string, action: AuditAction, forUpdate: boolean): Promise<CaseRow> {
  const row = await cases.findCase(trx, caseScope(actor), caseId, { forUpdate });
  if (!row) throw new AccessDenied({ action, activity: 'zvt-letters', recordType: 'case', recordId: caseId });
  return row;
}

/** ZVT-2A.4/2A.5: the outcome from the case's current phase that ends and deletes it ("not → case meeting"), if any. */
function closingOutcomeOf(row: CaseRow): string | null {
  if (row.end_state !== null) return null;
  const process = requireProcess(row.process_key, row.process_version);
  return outcomesFrom(process, row.phase).find((o) => 'endState' in o.to && o.id in TRIAGE_CLOSED_SENTENCES)?.id ?? null;
}

async function loadFacts(trx: DbOrTrx, actor: Actor, row: CaseRow): Promise<LetterFacts> {
  const [contributions, senders, outcome] = await Promise.all([unsafeContributionsOfCase(trx, row.id), repo.sendersOfCase(trx, row.id), repo.latestTriageOutcome(trx, row.id)]);
  const visible = contributions.filter((c) => accessTo(actor, c).visible);
  const reason = visible.find((c) => c.kind === 'registration-reason')?.content as { reason?: string } | undefined;
  const record = visible.find((c) => c.kind === 'triage-record')?.content as TriageRecordContent | undefined;
  return {
    row,
    director: actor.role === 'chain-director' && actor.tableIds.includes(row.table_id),
    referrer: actor.role === 'partner-professional' && actor.userId === row.referrer_user_id,
    senders: new Map(senders.map((s) => [s.kind, s.sender])),
    triageOutcome: outcome?.outcome ?? null,
    closingOutcome: closingOutcomeOf(row),
    reason: reason?.reason ?? null,
    triageRecord: record ?? null,
  };
}

function stateOf(kind: LetterKind, f: LetterFacts, actor: Actor, onDate: string, alreadySent: boolean): LetterState {
  const none = (reason: string, sender: LetterSender): LetterState => ({ available: false, unavailableReason: reason, sender, render: false, recordSent: false, chooseSender: false });
  const individual = f.row.kind === 'individual' && f.row.subject_birth_date !== null;
  switch (kind) {
    case 'informing': {
      // ZVT-1.4: the referrer is responsible; the chain director supports and then writes on the referrer's behalf.
      const sender: LetterSender = f.director ? 'chain-director-for-referrer' : 'referrer';
      if (!individual || f.row.informing_status === null) return none('Deze casus heeft geen informeertaak; die ontstaat bij toelating tot de triage.', sender);
      const render = f.director || f.referrer;
      return { available: true, unavailableReason: null, sender, render, recordSent: render && caseAbilities(actor, cases.caseFactsOf(f.row), onDate).recordInforming, chooseSender: false };
    }
    case 'triage-outcome': {
      // ZVT-2A.5: the chain director on behalf of the referrer, unless the referrer doing it is more fitting.
      const sender = f.senders.get(kind) ?? 'chain-director-for-referrer';
      if (!individual || f.triageOutcome === null || !(f.triageOutcome in TRIAGE_OUTCOME_SENTENCES)) {
        return none('Er is (nog) geen uitkomst van de triage om over te schrijven.', sender);
      }
      const chooseSender = f.director && !alreadySent;
      if (f.triageRecord === null) return { ...none('Leg eerst de triage vast (doel en deelnemers); u ziet die hier niet.', sender), chooseSender };
      const mayAct = sender === 'referrer' ? f.referrer : f.director;
      return { available: true, unavailableReason: null, sender, render: f.director || mayAct, recordSent: mayAct, chooseSender };
    }
    case 'triage-closed': {
      // ZVT-2A.5 for "not → case meeting": made before the outcome is recorded (afterwards the case is gone); the
      // sending is recorded with the outcome (ADR 0021), never on its own.
      const sender = f.senders.get(kind) ?? 'chain-director-for-referrer';
      if (!individual || f.closingOutcome === null) return none('Deze brief wordt gemaakt in de triage of het focusoverleg, vóór de uitkomst "niet naar het casusoverleg" wordt vastgelegd.', sender);
      const mayAct = sender === 'referrer' ? f.referrer : f.director;
      return { available: true, unavailableReason: null, sender, render: f.director || mayAct, recordSent: false, chooseSender: f.director };
    }
    case 'group-outcome':
      return none('De brief over de groepsaanpak wordt gemaakt vanuit de groepsaanpak (ZVT-2B.4).', 'chain-director-for-referrer');
  }
}

/** The recipients by age on the letter date (ZVT-1.4, also applied to the triage outcome letter), by name. */
async function addressees(trx: DbOrTrx, row: CaseRow, letterDate: string): Promise<string[]> {
  if (row.subject_birth_date === null || row.subject_name === null) throw new AppError('rule-violation', 'Deze casus gaat niet over één jeugdige.');
  const who = informingRecipients(row.subject_birth_date, letterDate);
  const representatives = who.includes('legalRepresentatives') ? await repo.representativeNames(trx, row.id) : [];
  if (who.includes('legalRepresentatives') && representatives.length === 0) {
    throw new AppError('rule-violation', 'Op deze briefdatum krijgen de wettelijk vertegenwoordigers de brief, maar er is er geen vastgelegd.');
  }
  return [...(who.includes('subject') ? [row.subject_name] : []), ...representatives];
}

/** The placeholder values of a case letter, only from what the actor may see. */
async function valuesOf(trx: DbOrTrx, actor: Actor, kind: LetterKind, f: LetterFacts, state: LetterState, letterDate: string): Promise<Partial<Record<PlaceholderName, PlaceholderValue>>> {
  const table = await repo.tableOf(trx, f.row.table_id);
  const referrerName = f.row.referrer_organisation_name;
  const record = f.triageRecord;
  const names = (ids: readonly string[]) => ids.map((id) => record?.partnerNames[id] ?? '').filter((n) => n !== '');
  const themes = (record?.partners ?? [])
    .filter((p) => p.informationToBring.trim() !== '')
    .map((p) => `${record?.partnerNames[p.organisationId] ?? ''}: ${p.informationToBring.trim()}`);
  const values: Partial<Record<PlaceholderName, PlaceholderValue>> = {
    geadresseerden: await addressees(trx, f.row, letterDate),
    naam: f.row.subject_name ?? '',
    datum: dutchDate(letterDate),
    kenmerk: f.row.reference,
    tafel: table.name,
    gemeente: table.municipality,
    aanmelder: referrerName,
    reden: f.reason ?? `${referrerName} vertelt u welke gegevens aanleiding gaven om aan te melden.`,
    regisseur: f.director ? actor.displayName : 'de ketenregisseur',
    // The referrer signs its own letter (also when the chain director makes the PDF for it); else the chain director making it.
    afzender: letterSignature({
      sender: state.sender,
      userName: state.sender === 'referrer' && !f.referrer ? await repo.userName(trx, f.row.referrer_user_id) : actor.displayName,
      organisationName: actor.organisationName,
      tableName: table.name,
      referrerName,
    }),
  };
  if (kind === 'triage-closed') values.uitkomst = TRIAGE_CLOSED_SENTENCES[f.closingOutcome ?? ''] ?? '';
  if (kind === 'triage-outcome' && record) {
    values.uitkomst = TRIAGE_OUTCOME_SENTENCES[f.triageOutcome ?? ''] ?? '';
    values.doel = record.goal;
    values["thema's"] = themes.length > 0 ? themes : ['Het doel hierboven; de ketenregisseur vertelt u welke onderwerpen verder aan bod komen.'];
    values.deelnemers = names(record.participantOrganisationIds);
  }
  return values;
}

function log(trx: DbOrTrx, actor: Actor, trace: TraceContext, action: AuditAction, row: CaseRow, recordType: 'case' | 'letter' | 'informing-task' = 'case', recordId: string = row.id) {
  const activity = action === 'informing.complete' ? 'zvt-informing' : 'zvt-letters';
  return recordProcessing(trx, actor, trace, { action, activity, recordType, recordId, subjectIds: cases.subjectIdsOf(row), outcome: 'allowed' });
}

function presentSent(l: repo.SentLetterRow) {
  return {
    id: l.id,
    kind: l.kind as LetterKind,
    letterDate: l.letter_date,
    sentOn: l.sent_on,
    channel: l.channel,
    sender: l.sender,
    sentByOrganisation: l.sent_by_organisation,
    templateHash: l.template_hash,
    recordedAt: l.recorded_at.toISOString(),
  };
}

/** The letters of a case (ZVT-1.4, ZVT-2A.5): whether each can be made, who sends it, what was sent, with abilities. */
export async function listCaseLetters(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'letter.list', false);
    const [facts, sent] = await Promise.all([loadFacts(trx, actor, row), repo.sentLettersOfCase(trx, caseId)]);
    const onDate = today(ctx);
    const letters = await Promise.all(
      CASE_LETTER_KINDS.map(async (kind) => {
        const def = LETTER_KIND_DEFINITIONS[kind];
        const sentOfKind = sent.filter((l) => l.kind === kind);
        const state = stateOf(kind, facts, actor, onDate, sentOfKind.length > 0);
        const template = state.render ? await effectiveTemplate(trx, row.table_id, kind) : null;
        return {
          kind,
          label: def.label,
          requirementId: def.requirementId,
          available: state.available,
          unavailableReason: state.unavailableReason,
          sender: state.sender,
          templateHash: template?.versionHash ?? null,
          sent: sentOfKind.map(presentSent),
          abilities: { render: state.render, recordSent: state.recordSent, chooseSender: state.chooseSender },
        };
      }),
    );
    await log(trx, actor, trace, 'letter.list', row);
    return { letters };
  });
}

function checkLetterDate(row: CaseRow, letterDate: string, onDate: string, field: string): void {
  if (compareIsoDates(letterDate, row.registered_on) < 0 || compareIsoDates(letterDate, addDays(onDate, MAX_DAYS_AHEAD)) > 0) {
    throw new AppError('invalid-input', `De briefdatum moet tussen de aanmelding en ${String(MAX_DAYS_AHEAD)} dagen na vandaag liggen.`, {
      errors: [{ field, message: 'Kies een briefdatum vanaf de aanmelding, niet verder dan twee weken vooruit.' }],
    });
  }
}

/**
 * Fills the table's template of `kind` from the case, with only what the actor may see, and renders it as PDF.
 * Logged as a processing of the case's subjects; the PDF is not stored (ADR 0018).
 */
export async function renderCaseLetter(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, kind: LetterKind, letterDateInput: string | undefined) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'letter.render', false);
    const onDate = today(ctx);
    const letterDate = letterDateInput ?? onDate;
    checkLetterDate(row, letterDate, onDate, 'query.letterDate');
    const facts = await loadFacts(trx, actor, row);
    const state = stateOf(kind, facts, actor, onDate, false);
    if (!state.available) throw new AppError('rule-violation', state.unavailableReason ?? 'Deze brief is voor deze casus niet te maken.');
    if (!state.render) throw new AppError('forbidden', 'U kunt deze brief niet maken.');
    const template = await effectiveTemplate(trx, row.table_id, kind);
    const values = await valuesOf(trx, actor, kind, facts, state, letterDate);
    const pdf = await renderLetter(kind, template, values, { reference: row.reference, producedAt: ctx.clock.now() });
    await log(trx, actor, trace, 'letter.render', row);
    const stem = LETTER_KIND_DEFINITIONS[kind].title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return { pdf, fileName: `${stem}-${row.reference.replace(/[^A-Za-z0-9-]/g, '')}.pdf` };
  });
}

/** ZVT-2A.5: the chain director records who sends the triage outcome letter (before it was sent). */
export async function chooseLetterSender(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, kind: LetterKind, input: z.infer<typeof ZLetterSenderInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'letter.choose-sender', true);
    if (!SENDER_CHOICE_KINDS.includes(kind)) throw new AppError('rule-violation', 'Alleen voor de brief over de uitkomst van de triage wordt gekozen wie hem verstuurt (ZVT-2A.5).');
    const [facts, sent] = await Promise.all([loadFacts(trx, actor, row), repo.sentLettersOfCase(trx, caseId)]);
    const state = stateOf(kind, facts, actor, today(ctx), sent.some((l) => l.kind === kind));
    if (!state.chooseSender) throw new AppError('forbidden', 'Alleen de ketenregisseur kiest wie de brief verstuurt, zolang hij niet is verstuurd.');
    await repo.upsertSender(trx, { case_id: caseId, kind, sender: input.sender, decided_by: actor.userId, decided_at: ctx.clock.now() });
    await log(trx, actor, trace, 'letter.choose-sender', row);
    return { kind, sender: input.sender };
  });
}

/**
 * Records that a letter was sent (date, channel, who, template version; never the letter). For the informing letter
 * this completes the informing task (ZVT-1.4) in the same transaction, with the sending date as the informing date;
 * the recipients on that date must be those the letter was addressed to.
 */
export async function recordLetterSent(ctx: ServiceContext, actor: Actor, trace: TraceContext, caseId: string, kind: LetterKind, input: z.infer<typeof ZSentLetterInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireCase(trx, actor, caseId, 'letter.record-sent', true);
    const onDate = today(ctx);
    const [facts, sent] = await Promise.all([loadFacts(trx, actor, row), repo.sentLettersOfCase(trx, caseId)]);
    const state = stateOf(kind, facts, actor, onDate, sent.some((l) => l.kind === kind));
    if (!state.available) throw new AppError('rule-violation', state.unavailableReason ?? 'Deze brief is voor deze casus niet te maken.');
    if (kind === 'triage-closed') throw new AppError('rule-violation', 'De verzending van deze brief legt u vast met de uitkomst van de triage (ZVT-2A.5).');
    if (!state.recordSent) {
      throw new AppError('forbidden', kind === 'informing' && row.informing_status === 'done' ? 'Het informeren is al vastgelegd.' : 'U kunt de verzending van deze brief niet vastleggen.');
    }
    const template = await effectiveTemplate(trx, row.table_id, kind);
    if (input.templateHash !== template.versionHash) {
      throw new AppError('conflict', 'De brieftekst is gewijzigd sinds de brief werd gemaakt. Maak de brief opnieuw en leg dan de verzending vast.');
    }
    checkLetterDate(row, input.letterDate, onDate, 'body.letterDate');
    if (compareIsoDates(input.sentOn, onDate) > 0 || compareIsoDates(input.sentOn, input.letterDate) < 0) {
      throw new AppError('invalid-input', 'De verzenddatum ligt vóór de briefdatum of in de toekomst.', {
        errors: [{ field: 'body.sentOn', message: 'Kies een datum vanaf de briefdatum en niet na vandaag.' }],
      });
    }
    const addressed = await addressees(trx, row, input.letterDate);
    let informingCompleted = false;
    if (kind === 'informing') {
      const reached = await addressees(trx, row, input.sentOn);
      if (addressed.join('\n') !== reached.join('\n')) {
        throw new AppError('rule-violation', 'Tussen briefdatum en verzending is de jeugdige jarig geworden; op de verzenddatum krijgen anderen de brief. Maak de brief opnieuw met de verzenddatum (ZVT-1.4).', {
          errors: [{ field: 'body.sentOn', message: 'Maak de brief opnieuw met de verzenddatum als briefdatum.' }],
        });
      }
      await markCaseInformed(ctx, trx, row, {
        informedOn: input.sentOn,
        contentItems: input.contentItems ?? [],
        consentAsked: input.consentAsked ?? false,
        consentGiven: input.consentGiven ?? 'not-applicable',
      });
      informingCompleted = true;
    }
    const now = ctx.clock.now();
    const inserted = await repo.insertSentLetter(trx, {
      case_id: caseId,
      kind,
      template_hash: template.versionHash,
      letter_date: input.letterDate,
      sent_on: input.sentOn,
      channel: input.channel,
      sender: state.sender,
      sent_by: actor.userId,
      sent_by_organisation_id: actor.organisationId,
      recorded_at: now,
    });
    await cases.touchCase(trx, caseId, now);
    if (informingCompleted) await log(trx, actor, trace, 'informing.complete', row, 'informing-task');
    await log(trx, actor, trace, 'letter.record-sent', row, 'letter', inserted.id);
    return {
      id: inserted.id,
      kind,
      letterDate: input.letterDate,
      sentOn: input.sentOn,
      channel: input.channel,
      sender: state.sender,
      sentByOrganisation: actor.organisationName,
      templateHash: template.versionHash,
      recordedAt: now.toISOString(),
      informingCompleted,
    };
  });
}

/** ZVT-2A.5: how and when the letter about an outcome that deletes the case was or will be sent. */
export interface ClosingLetterInput {
  readonly letterDate: string;
  readonly sentOn: string;
  readonly channel: LetterChannel;
  readonly templateHash: string;
}

/**
 * ZVT-2A.5 for an outcome that deletes the case at once (ADR 0021): checks, inside the outcome's transaction and before
 * the deletion, that the letter about it was made with the table's current text, was or will be sent within two
 * weeks, and reaches the right people on the sending date; logs the sending with the case's subjects (before their
 * log key goes). Nothing is stored with the case: it is deleted next. Returns the sentence for the referrer's notice,
 * without personal data (by reference only, like the rest of the notice).
 */
export async function recordClosingLetter(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, trace: TraceContext, row: CaseRow, input: ClosingLetterInput): Promise<string> {
  const onDate = today(ctx);
  const facts = await loadFacts(trx, actor, row);
  const state = stateOf('triage-closed', facts, actor, onDate, false);
  if (!state.available) throw new AppError('rule-violation', state.unavailableReason ?? 'De brief over deze uitkomst is niet te maken.');
  const template = await effectiveTemplate(trx, row.table_id, 'triage-closed');
  if (input.templateHash !== template.versionHash) {
    throw new AppError('conflict', 'De brieftekst is gewijzigd sinds de brief werd gemaakt. Maak de brief opnieuw en leg dan de uitkomst vast.');
  }
  const sending = closingLetterSending({ registeredOn: row.registered_on, today: onDate, letterDate: input.letterDate, sentOn: input.sentOn });
  if (typeof sending !== 'string') {
    throw new AppError('invalid-input', sending.message, { errors: [{ field: `body.informingLetter.${sending.field}`, message: sending.message }] });
  }
  const addressed = await addressees(trx, row, input.letterDate);
  const reached = await addressees(trx, row, input.sentOn);
  if (addressed.join('\n') !== reached.join('\n')) {
    throw new AppError('rule-violation', 'Tussen briefdatum en verzending wordt de jeugdige jarig; op de verzenddatum krijgen anderen de brief. Maak de brief met de verzenddatum als briefdatum (ZVT-1.4).', {
      errors: [{ field: 'body.informingLetter.sentOn', message: 'Maak de brief opnieuw met de verzenddatum als briefdatum.' }],
    });
  }
  await log(trx, actor, trace, 'letter.record-sent', row);
  const how = input.channel === 'handed-over' ? 'persoonlijk overhandigd' : `${LETTER_CHANNEL_LABELS[input.channel].toLowerCase()} verstuurd`;
  const by = state.sender === 'referrer' ? 'door u zelf' : 'door de ketenregisseur namens u';
  return `De brief over deze uitkomst (brief van ${dutchDate(input.letterDate)}) ${sending === 'sent' ? 'is' : 'wordt'} op ${dutchDate(input.sentOn)} ${how}, ${by} (ZVT-2A.5).`;
}
