import { createHash, randomBytes } from 'node:crypto';
import {
  DUTCH_TIME_ZONE,
  compareIsoDates,
  decidingBody,
  groupDecisionOutcomes,
  groupMeetingOutcome,
  groupRetentionPlan,
  memberRepresentativeRule,
  phaseOf,
  scanDocumentProblem,
  todayIn,
  type GroupPriority,
  type ProcessDefinition,
} from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { requireProcess } from '../../processes.ts';
import * as cases from '../cases/case.repository.ts';
import { incrementCaseStatistics, insertDeletionLogRows } from '../../retention/retention.repository.ts';
import { insertInformingTask } from '../informing/informing.repository.ts';
import { unsafeContributionsOfCase, type ContributionRow } from '../contributions/contribution.repository.ts';
import * as repo from './group.repository.ts';
import { coreGroupOf, evaluateGroupContribution, evaluateGroupRecord, type GroupPolicyFacts } from './group.access.ts';
import { presentGroupDetail, presentGroupSummary, type DraftPlanContent, type GroupPictureContent } from './group.presenter.ts';
import type { TGroupDecisionInput, TGroupInformingInput, TGroupOutcomeInput, TGroupPictureInput, TGroupRegistration } from './group.schemas.ts';

const ACTIVITY = 'zvt-group-approach';
export const KIND = { reason: 'registration-reason', scan: 'group-scan-document', picture: 'group-picture', plan: 'group-draft-plan' } as const;
const PURPOSE_REGISTRATION = 'Groepsscan van de politie: toetsing en triage via de kerngroep groepsaanpak (ZVT-1.3, ZVT-2B.1)';
const PURPOSE_PICTURE = 'Integraal groepsbeeld van de kerngroep en overleg met het OM (ZVT-2B.1)';
const PURPOSE_PLAN = 'Concept plan van aanpak met prioriteringsadvies (ZVT-2B.2)';

function today(ctx: ServiceContext): string {
  return todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
}

function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${String(Math.ceil(Number(date.slice(5, 7)) / 3))}`;
}

function newReference(tableCode: string, onDate: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const suffix = Array.from(randomBytes(6), (b) => alphabet[b % alphabet.length]).join('');
  return `${tableCode}-${onDate.slice(0, 4)}-${suffix}`;
}

export function isChainDirectorOf(actor: Actor, tableId: string): boolean {
  return actor.role === 'chain-director' && actor.tableIds.includes(tableId);
}

function denied(action: AuditAction, groupId: string): AccessDenied {
  return new AccessDenied({ action, activity: ACTIVITY, recordType: 'group', recordId: groupId });
}

/** Everything the policy and the presenter need about one group. */
export interface LoadedGroup {
  readonly facts: GroupPolicyFacts;
  readonly contributions: readonly ContributionRow[];
  readonly partners: readonly { id: string; kind: string; name: string }[];
}

async function loadGroup(db: DbOrTrx, actor: Actor, groupId: string, forUpdate = false): Promise<LoadedGroup | undefined> {
  const row = await repo.findGroup(db, actor.tableIds, groupId, { forUpdate });
  if (!row) return undefined;
  const [partners, added, contributions] = await Promise.all([
    repo.tablePartners(db, [row.table_id]),
    repo.addedCorePartners(db, [row.id]),
    unsafeContributionsOfCase(db, row.id),
  ]);
  return { facts: { row, tablePartners: partners, addedCorePartnerIds: added.map((a) => a.organisation_id) }, contributions, partners };
}

/** A group is visible to whoever may see its registration (the identifying contribution of the police), by the policy. */
function mayViewGroup(actor: Actor, group: LoadedGroup): boolean {
  const registration = group.contributions.find((c) => c.kind === KIND.reason);
  return registration !== undefined && evaluateGroupContribution(actor, group.facts, registration).visible;
}

/** Loads a group the actor may see, or throws a denial that looks like not-found (logged after rollback). */
export async function requireGroup(db: DbOrTrx, actor: Actor, groupId: string, action: AuditAction, forUpdate = false): Promise<LoadedGroup> {
  const group = await loadGroup(db, actor, groupId, forUpdate);
  if (!group || !mayViewGroup(actor, group)) throw denied(action, groupId);
  return group;
}

/** Loads a group for a chain-director action: not the chain director of its table → the same denial. */
async function requireGroupForChainDirector(db: DbOrTrx, actor: Actor, groupId: string, action: AuditAction): Promise<LoadedGroup> {
  const group = await requireGroup(db, actor, groupId, action, true);
  if (!isChainDirectorOf(actor, group.facts.row.table_id)) throw new AppError('forbidden', 'Alleen de ketenregisseur van de tafel doet dit.');
  return group;
}

/** `subjectCount`: people processed who are never stored or identified, such as group members unknown to the police. */
function log(trx: DbOrTrx, actor: Actor, trace: TraceContext, action: AuditAction, groupId: string | null, subjectIds: readonly string[], subjectCount = 0) {
  return recordProcessing(trx, actor, trace, { action, activity: ACTIVITY, recordType: 'group', recordId: groupId, subjectIds, subjectCount, outcome: 'allowed' });
}

function decodeScan(input: TGroupRegistration['scanDocument']): Buffer {
  const base64 = input.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new AppError('invalid-input', 'De groepsscan kon niet worden gelezen.', { errors: [{ field: 'body.scanDocument.contentBase64', message: 'Geen geldige base64.' }] });
  }
  const bytes = Buffer.from(base64, 'base64');
  const problem = scanDocumentProblem({ contentType: input.contentType, bytes });
  if (problem === 'content-type') {
    throw new AppError('unsupported-media-type', 'Alleen een PDF-bestand kan als groepsscan worden toegevoegd.', {
      errors: [{ field: 'body.scanDocument', message: 'Kies een PDF-bestand.' }],
    });
  }
  if (problem === 'too-large') {
    throw new AppError('payload-too-large', 'De groepsscan is groter dan 5 MB.', { errors: [{ field: 'body.scanDocument', message: 'Het bestand mag hoogstens 5 MB zijn.' }] });
  }
  if (problem === 'empty') throw new AppError('invalid-input', 'De groepsscan is leeg.', { errors: [{ field: 'body.scanDocument', message: 'Het bestand is leeg.' }] });
  return bytes;
}

/**
 * ZVT-1.3/ZVT-2B: the police register a group from a group scan (or the chain director registers it for them). The
 * group is a case of kind `group-scan` in phase 1; each member is a data subject with identifying data only (name,
 * date of birth), and the scan is a PDF contribution owned by the police (category criminal), released like any.
 */
export async function registerGroup(ctx: ServiceContext, actor: Actor, trace: TraceContext, input: TGroupRegistration) {
  const onDate = today(ctx);
  const bytes = decodeScan(input.scanDocument);
  for (const [index, member] of input.members.entries()) {
    if (compareIsoDates(member.birthDate, onDate) > 0) {
      throw new AppError('invalid-input', 'Een geboortedatum ligt in de toekomst.', { errors: [{ field: `body.members.${String(index)}.birthDate`, message: 'De geboortedatum ligt in de toekomst.' }] });
    }
  }
  return ctx.db.transaction().execute(async (trx) => {
    const table = await trx
      .selectFrom('tables')
      .select(['id', 'code', 'process_key', 'process_version', 'term_start', 'term_end'])
      .where('id', '=', input.tableId)
      .where('id', 'in', actor.tableIds.length > 0 ? actor.tableIds : ['00000000-0000-0000-0000-000000000000'])
      .executeTakeFirst();
    if (!table) throw new AppError('invalid-input', 'U kunt bij deze tafel geen groep registreren.', { errors: [{ field: 'body.tableId', message: 'Kies een tafel waar u aan deelneemt.' }] });
    if (compareIsoDates(onDate, table.term_start) < 0 || compareIsoDates(onDate, table.term_end) > 0) {
      throw new AppError('rule-violation', 'Deze tafel is buiten haar looptijd; registreren kan niet.');
    }
    const partners = await repo.tablePartners(trx, [table.id]);
    let policeOrganisationId: string;
    let referrerUserId: string;
    if (actor.role === 'partner-professional') {
      const own = partners.find((p) => p.id === actor.organisationId);
      if (own?.kind !== 'police') throw new AppError('forbidden', 'Een groepsscan wordt door de politie geregistreerd (ZVT-1.3).');
      policeOrganisationId = actor.organisationId;
      referrerUserId = actor.userId;
    } else if (actor.role === 'chain-director') {
      const police = partners.find((p) => p.id === input.policeOrganisationId && p.kind === 'police');
      if (!police) {
        throw new AppError('invalid-input', 'Kies de politie-organisatie namens wie u registreert.', { errors: [{ field: 'body.policeOrganisationId', message: 'Kies de politie van deze tafel.' }] });
      }
      policeOrganisationId = police.id;
      // ZVT-2B.3 (ADR 0023): the police are the referrer, the chain director only acts for them — the referrer user is
      // a police professional of this table, so the chain director never gets the referrer's involvement.
      const referrer = input.referrerUserId === undefined ? undefined : await repo.professionalAt(trx, table.id, police.id, input.referrerUserId);
      if (!referrer) {
        throw new AppError('invalid-input', 'Kies de politieprofessional die de groep aanmeldt.', { errors: [{ field: 'body.referrerUserId', message: 'Kies een professional van deze politie-organisatie aan deze tafel.' }] });
      }
      referrerUserId = referrer.id;
    } else {
      throw new AppError('forbidden', 'Een groepsscan wordt door de politie (of de ketenregisseur namens haar) geregistreerd.');
    }
    const process = requireProcess(table.process_key, table.process_version);
    const subjectIds: string[] = [];
    for (const member of input.members) {
      subjectIds.push((await cases.insertSubject(trx, { full_name: member.fullName, birth_date: member.birthDate, municipality: '' })).id);
    }
    const created = await cases.insertCase(trx, {
      reference: newReference(table.code, onDate),
      table_id: table.id,
      process_key: process.key,
      process_version: process.version,
      kind: 'group-scan',
      phase: process.initialPhase,
      subject_id: null,
      group_name: input.name,
      group_area: input.area,
      referrer_organisation_id: policeOrganisationId,
      referrer_user_id: referrerUserId,
      direction_organisation_id: policeOrganisationId,
      registered_on: onDate,
    });
    await repo.insertMembers(trx, created.id, subjectIds);
    const owned = { case_id: created.id, owner_organisation_id: policeOrganisationId, phase: process.initialPhase, purpose: PURPOSE_REGISTRATION, created_by: actor.userId };
    await repo.insertContribution(trx, { ...owned, category: 'identifying', kind: KIND.reason, content: { reason: input.reason, unknownMemberCount: input.unknownMemberCount, ...(actor.role === 'chain-director' ? { actingForPolice: true } : {}) } });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const scan = await repo.insertContribution(trx, {
      ...owned,
      category: 'criminal',
      kind: KIND.scan,
      content: { fileName: input.scanDocument.fileName, contentType: input.scanDocument.contentType, sizeBytes: bytes.length, sha256 },
    });
    await repo.insertFile(trx, { contribution_id: scan.id, case_id: created.id, file_name: input.scanDocument.fileName, content_type: input.scanDocument.contentType, size_bytes: bytes.length, sha256, content: bytes });
    await cases.insertTransition(trx, { case_id: created.id, from_phase: null, to_phase: process.initialPhase, outcome: 'registered' });
    await log(trx, actor, trace, 'group.register', created.id, subjectIds, input.unknownMemberCount);
    return detailOf(ctx, trx, actor, created.id);
  });
}

async function detailOf(ctx: ServiceContext, db: DbOrTrx, actor: Actor, groupId: string) {
  const group = await requireGroup(db, actor, groupId, 'group.read');
  const { row } = group.facts;
  const process = requireProcess(row.process_key, row.process_version);
  const visibleOf = (kind: string) => {
    const c = group.contributions.find((x) => x.kind === kind);
    if (!c) return undefined;
    const access = evaluateGroupContribution(actor, group.facts, c);
    return access.visible ? { row: c, access } : undefined;
  };
  const record = evaluateGroupRecord(actor, group.facts);
  const [members, decisions, informing] = await Promise.all([repo.members(db, groupId), record.visible ? repo.decisions(db, groupId) : [], record.visible ? repo.informingTasks(db, groupId) : []]);
  const scan = visibleOf(KIND.scan);
  const scanMeta = scan ? await repo.fileMeta(db, scan.row.id) : undefined;
  const picture = visibleOf(KIND.picture);
  const plan = visibleOf(KIND.plan);
  const reason = visibleOf(KIND.reason);
  const core = coreGroupOf(group.facts);
  const isChainDirector = isChainDirectorOf(actor, row.table_id);
  const open = row.end_state === null;
  return presentGroupDetail({
    row,
    phaseName: phaseOf(process, row.phase).name,
    reason: typeof (reason?.row.content as { reason?: unknown } | undefined)?.reason === 'string' ? ((reason?.row.content as { reason: string }).reason) : '',
    unknownMemberCount: Number((reason?.row.content as { unknownMemberCount?: unknown } | undefined)?.unknownMemberCount ?? 0),
    members,
    scan: scan && scanMeta ? { contributionId: scan.row.id, owner: scan.row.owner_organisation_name, meta: scanMeta } : null,
    corePartners: group.partners.filter((p) => core.includes(p.id)).map((p) => ({ organisationId: p.id, organisation: p.name, onRequest: group.facts.addedCorePartnerIds.includes(p.id) })),
    otherTablePartners: isChainDirector ? group.partners.filter((p) => !core.includes(p.id) && p.kind !== 'municipality').map((p) => ({ organisationId: p.id, organisation: p.name })) : [],
    picture: picture ? { content: picture.row.content as GroupPictureContent, updatedAt: picture.row.created_at } : null,
    plan: plan ? (plan.row.content as DraftPlanContent) : null,
    decisions,
    informing,
    abilities: {
      admit: isChainDirector && row.phase === '1',
      recordPicture: isChainDirector && open && row.phase === '2B',
      addCorePartner: isChainDirector && open && phaseOf(process, row.phase).meetingKind === 'core-group-focus',
      recordOutcome: isChainDirector && open && row.phase === '2B' && picture !== undefined,
      recordDecision: isChainDirector && open && row.phase === '2B-decision' && plan !== undefined,
      recordInforming: isChainDirector && informing.some((t) => t.status === 'open'),
      groupOutcomeLetters: isChainDirector && informing.length > 0,
      downloadScan: scan !== undefined,
      releaseScan: scan?.access.abilities.release ?? false,
    },
  });
}

/** The groups the caller may see: narrowed in SQL, then by the access policy on each registration. */
export async function listGroups(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.listGroupCandidates(trx, actor);
    const ids = rows.map((r) => r.id);
    const [partners, added, registrations] = await Promise.all([
      repo.tablePartners(trx, [...new Set(rows.map((r) => r.table_id))]),
      repo.addedCorePartners(trx, ids),
      Promise.all(ids.map((id) => unsafeContributionsOfCase(trx, id))),
    ]);
    const visible = rows.filter((row, i) => {
      const facts: GroupPolicyFacts = {
        row,
        tablePartners: partners.filter((p) => p.table_id === row.table_id),
        addedCorePartnerIds: added.filter((a) => a.case_id === row.id).map((a) => a.organisation_id),
      };
      return mayViewGroup(actor, { facts, contributions: registrations[i] ?? [], partners: [] });
    });
    await log(trx, actor, trace, 'group.list', null, visible.flatMap((r) => r.member_subject_ids));
    return { groups: visible.map(presentGroupSummary) };
  });
}

/** One group as far as the caller may see it; a denial is logged and looks like not-found. */
export async function getGroup(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const detail = await detailOf(ctx, trx, actor, groupId);
    const group = await repo.findGroup(trx, actor.tableIds, groupId);
    await log(trx, actor, trace, 'group.read', groupId, group?.member_subject_ids ?? []);
    return detail;
  });
}

/** The police group scan (PDF), for whoever the policy lets see that contribution: owner, chain director, a grantee. */
export async function downloadScan(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const group = await loadGroup(trx, actor, groupId);
    const scan = group?.contributions.find((c) => c.kind === KIND.scan);
    if (!group || !scan || !evaluateGroupContribution(actor, group.facts, scan).visible) throw denied('group.scan-download', groupId);
    const file = await repo.fileContent(trx, scan.id);
    if (!file) throw denied('group.scan-download', groupId);
    await log(trx, actor, trace, 'group.scan-download', groupId, group.facts.row.member_subject_ids);
    return { fileName: file.file_name.replace(/[^\w.\- ]/g, '_'), contentType: file.content_type, content: file.content };
  });
}

/** ZVT-2B.1: the chain director records the integral group picture and the consultation with the prosecutor. */
export async function saveGroupPicture(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, input: TGroupPictureInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const group = await requireGroupForChainDirector(trx, actor, groupId, 'group.picture');
    const { row } = group.facts;
    if (row.end_state !== null || row.phase !== '2B') throw new AppError('rule-violation', 'Het groepsbeeld wordt vastgelegd in de kerngroep (fase 2B).');
    if (input.prosecutorConsultation && compareIsoDates(input.prosecutorConsultation.consultedOn, today(ctx)) > 0) {
      throw new AppError('invalid-input', 'Het overleg met het OM ligt in de toekomst.', { errors: [{ field: 'body.prosecutorConsultation.consultedOn', message: 'Kies een datum tot en met vandaag.' }] });
    }
    const content: GroupPictureContent = { ...input };
    const existing = group.contributions.find((c) => c.kind === KIND.picture);
    if (existing) await repo.updateContributionContent(trx, existing.id, content);
    else {
      await repo.insertContribution(trx, { case_id: groupId, owner_organisation_id: actor.organisationId, phase: row.phase, purpose: PURPOSE_PICTURE, category: 'other', kind: KIND.picture, content, created_by: actor.userId });
    }
    await cases.touchCase(trx, groupId, ctx.clock.now());
    await log(trx, actor, trace, 'group.picture', groupId, row.member_subject_ids);
    return detailOf(ctx, trx, actor, groupId);
  });
}

/** ZVT-2B.1 "andere ketenpartners op verzoek": the chain director adds a partner of the table to the core group. */
export async function addCorePartner(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, input: { organisationId: string; motivation: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const group = await requireGroupForChainDirector(trx, actor, groupId, 'group.core-partner');
    const { row } = group.facts;
    const process = requireProcess(row.process_key, row.process_version);
    if (row.end_state !== null || phaseOf(process, row.phase).meetingKind !== 'core-group-focus') throw new AppError('rule-violation', 'De kerngroep bestaat in fase 2B.');
    const partner = group.partners.find((p) => p.id === input.organisationId);
    if (!partner || partner.kind === 'municipality') {
      throw new AppError('invalid-input', 'Kies een ketenpartner van deze tafel.', { errors: [{ field: 'body.organisationId', message: 'Kies een ketenpartner van deze tafel.' }] });
    }
    await repo.insertCorePartner(trx, { case_id: groupId, organisation_id: partner.id, motivation: input.motivation, added_by: actor.userId });
    await cases.touchCase(trx, groupId, ctx.clock.now());
    await log(trx, actor, trace, 'group.core-partner', groupId, row.member_subject_ids);
    return detailOf(ctx, trx, actor, groupId);
  });
}

/**
 * X-4 (ADR 0017): a group without a group approach is deleted at once, like "not" in 2A.4: the referrer gets a notice
 * by reference, a counter goes up, the log is written (before the members' log keys go), then the case with its
 * members, scan, picture and decisions, and the deletion log.
 */
async function endAndDelete(ctx: ServiceContext, trx: DbOrTrx, actor: Actor, trace: TraceContext, group: LoadedGroup, opts: { action: AuditAction; outcome: string; endState: string; process: ProcessDefinition; message: string }) {
  const { row } = group.facts;
  const onDate = today(ctx);
  await cases.insertNotice(trx, { organisation_id: row.referrer_organisation_id, user_id: row.referrer_user_id, reference: row.reference, message: `${opts.message} De gegevens van de groep zijn verwijderd.` });
  await incrementCaseStatistics(trx, { table_id: row.table_id, process_key: row.process_key, process_version: row.process_version, phase_reached: row.phase, outcome: opts.outcome, quarter: quarterOf(onDate) });
  await log(trx, actor, trace, opts.action, row.id, row.member_subject_ids);
  await cases.unsafeDeleteCase(trx, row.id, null);
  await insertDeletionLogRows(trx, [
    { record_kind: 'case', count: 1, rule: `${opts.process.key}@${String(opts.process.version)} ${opts.endState}: direct verwijderen (ZVT-2B, ADR 0017)`, table_id: row.table_id, due_on: onDate, at: ctx.clock.now() },
    { record_kind: 'group-member', count: row.member_subject_ids.length, rule: `${opts.process.key}@${String(opts.process.version)} ${opts.endState}: direct verwijderen (ZVT-2B, ADR 0017)`, table_id: row.table_id, due_on: onDate, at: ctx.clock.now() },
  ]);
}

function assertMembers(memberIds: readonly string[], members: readonly { id: string }[], field: string): void {
  const known = new Set(members.map((m) => m.id));
  if (memberIds.some((id) => !known.has(id))) throw new AppError('invalid-input', 'Kies groepsleden van deze groep.', { errors: [{ field, message: 'Onbekend groepslid.' }] });
}

/**
 * ZVT-1.1/1.4 for a member registered individually: the legal representatives the 2A informing will address (at least
 * one under 16, none from 18), only for chosen members.
 */
function assertMemberRepresentatives(chosen: readonly { id: string; birth_date: string }[], representatives: readonly { memberId: string }[], onDate: string): void {
  if (representatives.some((r) => !chosen.some((m) => m.id === r.memberId))) {
    throw new AppError('invalid-input', 'Wettelijk vertegenwoordigers horen bij een groepslid dat individueel wordt aangemeld.', { errors: [{ field: 'body.legalRepresentatives', message: 'Alleen voor gekozen groepsleden.' }] });
  }
  for (const member of chosen) {
    const count = representatives.filter((r) => r.memberId === member.id).length;
    const rule = memberRepresentativeRule(member.birth_date, onDate);
    if (rule === 'required' && count === 0) {
      throw new AppError('invalid-input', 'Vul voor elk gekozen groepslid onder de 16 minstens één wettelijk vertegenwoordiger in: zij worden geïnformeerd (ZVT-1.4).', {
        errors: [{ field: `body.legalRepresentatives.${member.id}`, message: 'Minstens één wettelijk vertegenwoordiger (onder de 16).' }],
      });
    }
    if (rule === 'not-allowed' && count > 0) {
      throw new AppError('invalid-input', 'Een meerderjarig groepslid heeft in de aanmelding geen wettelijk vertegenwoordiger.', {
        errors: [{ field: `body.legalRepresentatives.${member.id}`, message: 'Niet invullen voor een groepslid van 18 of ouder.' }],
      });
    }
  }
}

/** ZVT-2B.2: the outcome of the core-group focus meeting: no group approach (deleted at once), or a draft plan. */
export async function recordGroupOutcome(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, input: TGroupOutcomeInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const group = await requireGroupForChainDirector(trx, actor, groupId, 'group.outcome');
    const { row } = group.facts;
    if (row.end_state !== null || row.phase !== '2B') throw new AppError('rule-violation', 'De uitkomst van de kerngroep wordt vastgelegd in fase 2B.');
    if (!group.contributions.some((c) => c.kind === KIND.picture)) throw new AppError('rule-violation', 'Leg eerst het groepsbeeld vast (ZVT-2B.1).');
    const process = requireProcess(row.process_key, row.process_version);
    const outcome = groupMeetingOutcome(process, row.phase, input);
    const plan = groupRetentionPlan(process, [outcome], today(ctx));
    if (plan.kind === 'delete-at-once') {
      await endAndDelete(ctx, trx, actor, trace, group, {
        action: 'group.outcome',
        outcome: outcome.id,
        endState: plan.endState,
        process,
        message: `De kerngroep heeft besloten dat de groep ${row.reference} niet in aanmerking komt voor een groepsaanpak; groepsleden kunnen zo nodig individueel worden aangemeld.`,
      });
      return { deleted: true, reference: row.reference, phase: null, endState: plan.endState, registeredCases: [] };
    }
    if (input.outcome !== 'draft-plan' || plan.kind !== 'continue') throw new AppError('rule-violation', 'Onverwachte uitkomst.');
    const members = await repo.members(trx, groupId);
    assertMembers(input.individualApproachMemberIds, members, 'body.individualApproachMemberIds');
    const content: DraftPlanContent = {
      areaMeasures: input.areaMeasures,
      groupMeasures: input.groupMeasures,
      individualApproachMemberIds: input.individualApproachMemberIds,
      involveVeiligheidshuis: input.involveVeiligheidshuis,
      priority: input.priority,
      criminalGroup: input.criminalGroup,
      decidingBody: decidingBody({ priority: input.priority, criminalGroup: input.criminalGroup }),
    };
    await repo.insertContribution(trx, { case_id: groupId, owner_organisation_id: actor.organisationId, phase: row.phase, purpose: PURPOSE_PLAN, category: 'other', kind: KIND.plan, content, created_by: actor.userId });
    await repo.insertOutcome(trx, { case_id: groupId, phase: row.phase, outcome: outcome.id, motivation: `Prioriteit ${input.priority}; voorleggen aan ${content.decidingBody}.`, decided_by: actor.userId });
    await cases.updateCasePhase(trx, groupId, plan.phase, ctx.clock.now());
    await cases.insertTransition(trx, { case_id: groupId, from_phase: row.phase, to_phase: plan.phase, outcome: outcome.id });
    await log(trx, actor, trace, 'group.outcome', groupId, row.member_subject_ids);
    return { deleted: false, reference: row.reference, phase: plan.phase, endState: null, registeredCases: [] };
  });
}

/**
 * ZVT-2B.3: the decision of mayor + alderman or the triangle, several outcomes together where the process allows
 * ("en/of"). "Adopted with individual registrations" creates, in this one action, a 2A registration for each chosen
 * member: a new case with the police as referrer, recorded as made by the chain director acting for them, with the
 * informing duty of 2A. Adopted → informing tasks for every member (ZVT-2B.4) and the phased retention from the
 * decision date; not adopted → deleted at once; needs change → the plan is revised and resubmitted.
 */
export async function recordGroupDecision(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, input: TGroupDecisionInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const group = await requireGroupForChainDirector(trx, actor, groupId, 'group.decide');
    const { row } = group.facts;
    if (row.end_state !== null || row.phase !== '2B-decision') throw new AppError('rule-violation', 'Een besluit over het plan van aanpak volgt op een concept plan (fase 2B-besluit).');
    const planRow = group.contributions.find((c) => c.kind === KIND.plan);
    if (!planRow) throw new AppError('rule-violation', 'Er is nog geen concept plan van aanpak.');
    const draft = planRow.content as DraftPlanContent;
    const onDate = today(ctx);
    if (compareIsoDates(input.decidedOn, onDate) > 0) throw new AppError('invalid-input', 'De besluitdatum ligt in de toekomst.', { errors: [{ field: 'body.decidedOn', message: 'Kies een datum tot en met vandaag.' }] });
    const required = decidingBody({ priority: draft.priority, criminalGroup: draft.criminalGroup });
    if (input.body !== required && input.body !== 'triangle') {
      throw new AppError('rule-violation', 'Een plan met hoge prioriteit of voor een criminele groep wordt door de driehoek vastgesteld (ZVT-2B.3).', { errors: [{ field: 'body.body', message: 'Kies de driehoek.' }] });
    }
    const process = requireProcess(row.process_key, row.process_version);
    const outcomes = groupDecisionOutcomes(process, row.phase, { outcomes: input.outcomes, motivation: input.motivation, memberIdsToRegister: input.memberIdsToRegister });
    const members = await repo.members(trx, groupId);
    assertMembers(input.memberIdsToRegister, members, 'body.memberIdsToRegister');
    if (members.some((m) => input.memberIdsToRegister.includes(m.id) && m.registered_case_reference !== null)) {
      throw new AppError('conflict', 'Een gekozen groepslid is al individueel aangemeld.');
    }
    const representatives = input.legalRepresentatives ?? [];
    assertMemberRepresentatives(members.filter((m) => input.memberIdsToRegister.includes(m.id)), representatives, onDate);
    const plan = groupRetentionPlan(process, outcomes, input.decidedOn);
    await repo.insertDecision(trx, { case_id: groupId, decided_on: input.decidedOn, body: input.body, outcomes: outcomes.map((o) => o.id), motivation: input.motivation.trim(), recorded_by: actor.userId });
    const now = ctx.clock.now();
    if (plan.kind === 'delete-at-once') {
      await endAndDelete(ctx, trx, actor, trace, group, {
        action: 'group.decide',
        outcome: outcomes.map((o) => o.id).join('+'),
        endState: plan.endState,
        process,
        message: `Het plan van aanpak voor de groep ${row.reference} is niet vastgesteld; groepsleden kunnen zo nodig individueel worden aangemeld.`,
      });
      return { deleted: true, reference: row.reference, phase: null, endState: plan.endState, registeredCases: [] };
    }
    for (const outcome of outcomes) await cases.insertTransition(trx, { case_id: groupId, from_phase: row.phase, to_phase: plan.kind === 'continue' ? plan.phase : row.phase, outcome: outcome.id });
    if (plan.kind === 'continue') {
      await cases.touchCase(trx, groupId, now);
      await log(trx, actor, trace, 'group.decide', groupId, row.member_subject_ids);
      return { deleted: false, reference: row.reference, phase: plan.phase, endState: null, registeredCases: [] };
    }
    await repo.setEndState(trx, groupId, { end_state: plan.endState, ended_on: input.decidedOn, scale_down_on: plan.scaleDownOn, at: now });
    await repo.insertInformingTasks(trx, groupId, members.map((m) => m.id));
    const registered: { memberId: string; caseId: string; reference: string; subjectIds: string[] }[] = [];
    const starts = outcomes.find((o) => o.startsMemberCases !== undefined)?.startsMemberCases;
    if (starts) {
      const table = await trx.selectFrom('tables').select('code').where('id', '=', row.table_id).executeTakeFirstOrThrow();
      for (const member of members.filter((m) => input.memberIdsToRegister.includes(m.id))) {
        const subject = await cases.insertSubject(trx, { full_name: member.full_name, birth_date: member.birth_date, municipality: '' });
        const created = await cases.insertCase(trx, {
          reference: newReference(table.code, onDate),
          table_id: row.table_id,
          process_key: process.key,
          process_version: process.version,
          kind: 'individual',
          phase: starts.phase,
          subject_id: subject.id,
          group_name: null,
          group_area: null,
          referrer_organisation_id: row.referrer_organisation_id,
          referrer_user_id: row.referrer_user_id,
          direction_organisation_id: row.referrer_organisation_id,
          registered_on: onDate,
        });
        const representativeIds = await cases.insertLegalRepresentatives(trx, created.id, representatives.filter((r) => r.memberId === member.id));
        await cases.insertContributions(trx, [
          {
            case_id: created.id,
            owner_organisation_id: row.referrer_organisation_id,
            phase: process.initialPhase,
            purpose: 'Individuele aanmelding uit de groepsaanpak (ZVT-2B.3)',
            category: 'identifying',
            kind: KIND.reason,
            content: { reason: `Individueel aangemeld na vaststelling van het plan van aanpak voor groep ${row.reference} (besluit ${input.decidedOn}); de ketenregisseur namens de politie.`, actingForPolice: true, chainDirectorUserId: actor.userId },
            created_by: actor.userId,
          },
        ]);
        await cases.insertTransition(trx, { case_id: created.id, from_phase: null, to_phase: starts.phase, outcome: 'group-individual-registration' });
        if (starts.duties.includes('inform-subject')) await insertInformingTask(trx, { case_id: created.id, phase: starts.phase, responsible_organisation_id: row.referrer_organisation_id });
        await repo.markMemberRegistered(trx, member.id, { reference: created.reference, by: actor.userId, at: now });
        registered.push({ memberId: member.id, caseId: created.id, reference: created.reference, subjectIds: [subject.id, ...representativeIds] });
      }
    }
    await log(trx, actor, trace, 'group.decide', groupId, row.member_subject_ids);
    for (const r of registered) {
      await recordProcessing(trx, actor, trace, { action: 'case.register', activity: 'zvt-registration', recordType: 'case', recordId: r.caseId, subjectIds: r.subjectIds, outcome: 'allowed' });
    }
    return { deleted: false, reference: row.reference, phase: row.phase, endState: plan.endState, registeredCases: registered.map(({ memberId, caseId, reference }) => ({ memberId, caseId, reference })) };
  });
}

/** ZVT-2B.4: the chain director records that a member was informed (outcome, goal, themes, participants, rights). */
export async function recordGroupInforming(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, taskId: string, input: TGroupInformingInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const group = await requireGroupForChainDirector(trx, actor, groupId, 'group.inform');
    if (compareIsoDates(input.sentOn, today(ctx)) > 0) throw new AppError('invalid-input', 'De verzenddatum ligt in de toekomst.', { errors: [{ field: 'body.sentOn', message: 'Kies een datum tot en met vandaag.' }] });
    const done = await repo.completeInformingTask(trx, groupId, taskId, {
      sent_on: input.sentOn,
      content: { outcome: input.outcome, goal: input.goal, themes: input.themes, participants: input.participants, rights: true, items: ['outcome', 'goal', 'themes', 'participants', 'rights'] },
      recorded_by: actor.userId,
    });
    if (!done) throw new AppError('conflict', 'Deze informeertaak bestaat niet of is al afgerond.');
    const member = (await repo.members(trx, groupId)).find((m) => m.id === done.member_id);
    await cases.touchCase(trx, groupId, ctx.clock.now());
    await log(trx, actor, trace, 'group.inform', group.facts.row.id, member ? [member.subject_id] : []);
    return detailOf(ctx, trx, actor, groupId);
  });
}

export type { GroupPriority };
