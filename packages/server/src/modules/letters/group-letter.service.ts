import {
  DUTCH_TIME_ZONE,
  LETTER_KIND_DEFINITIONS,
  addDays,
  compareIsoDates,
  groupLetterContent,
  informingRecipients,
  todayIn,
  type GroupLetterContent,
} from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AuditAction, TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import * as cases from '../cases/case.repository.ts';
import * as groups from '../groups/group.repository.ts';
import { coreGroupOf } from '../groups/group.access.ts';
import type { DraftPlanContent } from '../groups/group.presenter.ts';
import { KIND, isChainDirectorOf, requireGroup, type LoadedGroup } from '../groups/group.service.ts';
import { effectiveTemplate } from './letter-template.service.ts';
import { renderGroupOutcomeLetter } from './letter.pdf.ts';
import * as repo from './letter.repository.ts';
import type { TGroupLetterSentInput } from './letter.schemas.ts';

/**
 * ZVT-2B.4: the letter to each person in a group scan about the outcome of the group approach. The chain director
 * of the table makes it per member (PDF, never stored, ADR 0018) and records it as sent, which completes that
 * member's informing task in the same transaction. A letter names only its own member: other members' names are
 * removed from every text taken from the group (domain `groupLetterContent`), and the log names only that member.
 */

const KIND_GROUP = 'group-outcome' as const;
const MAX_DAYS_AHEAD = 14;
const today = (ctx: ServiceContext) => todayIn(DUTCH_TIME_ZONE, ctx.clock.now());

type Member = Awaited<ReturnType<typeof groups.members>>[number];
type Task = Awaited<ReturnType<typeof repo.groupInformingTasks>>[number];

/** The group, its members and informing tasks, for the chain director of its table only (others: 404 or 403). */
async function loadForDirector(trx: DbOrTrx, actor: Actor, groupId: string, action: AuditAction, forUpdate = false) {
  const group = await requireGroup(trx, actor, groupId, action, forUpdate);
  if (!isChainDirectorOf(actor, group.facts.row.table_id)) throw new AppError('forbidden', 'Alleen de ketenregisseur van de tafel maakt de brieven aan de groepsleden (ZVT-2B.4).');
  const [members, tasks, decisions] = await Promise.all([groups.members(trx, groupId), repo.groupInformingTasks(trx, groupId), groups.decisions(trx, groupId)]);
  return { group, members, tasks, decisions };
}

type Loaded = Awaited<ReturnType<typeof loadForDirector>>;

/** The content of one member's letter, or why it cannot be made yet. */
function contentFor(loaded: Loaded, member: Member): { content: GroupLetterContent | null; reason: string | null } {
  const task = loaded.tasks.find((t) => t.member_id === member.id);
  const decision = loaded.decisions.at(-1);
  const plan = loaded.group.contributions.find((c) => c.kind === KIND.plan)?.content as DraftPlanContent | undefined;
  if (!task || !decision || !plan) return { content: null, reason: 'Er is nog geen besluit over het plan van aanpak; de brief over de uitkomst volgt op het besluit (ZVT-2B.3, ZVT-2B.4).' };
  const core = coreGroupOf(loaded.group.facts);
  const participants = [
    ...loaded.group.partners.filter((p) => core.includes(p.id)).map((p) => p.name),
    `De ketenregisseur van de gemeente ${loaded.group.facts.row.table_municipality}`,
  ];
  const content = groupLetterContent(
    {
      decisionOutcomes: decision.outcomes,
      areaMeasures: plan.areaMeasures,
      groupMeasures: plan.groupMeasures,
      involveVeiligheidshuis: plan.involveVeiligheidshuis,
      memberNeedsIndividualApproach: plan.individualApproachMemberIds.includes(member.id),
      participants,
    },
    loaded.members.filter((m) => m.id !== member.id).map((m) => m.full_name),
  );
  return content ? { content, reason: null } : { content: null, reason: 'Het plan van aanpak is niet vastgesteld; er is geen uitkomst om over te schrijven.' };
}

function requireMember(loaded: Loaded, memberId: string): Member {
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw new AppError('not-found', 'Dit groepslid bestaat niet (meer).');
  return member;
}

/** ZVT-1.4 applied to the group letter: by age on the letter date the member and/or the parents; their names are not in the scan. */
function addresseesOf(member: Member, letterDate: string): string[] {
  const who = informingRecipients(member.birth_date, letterDate);
  return [...(who.includes('subject') ? [member.full_name] : []), ...(who.includes('legalRepresentatives') ? [`de ouders of wettelijk vertegenwoordigers van ${member.full_name}`] : [])];
}

function checkLetterDate(registeredOn: string, letterDate: string, onDate: string, field: string): void {
  if (compareIsoDates(letterDate, registeredOn) < 0 || compareIsoDates(letterDate, addDays(onDate, MAX_DAYS_AHEAD)) > 0) {
    throw new AppError('invalid-input', `De briefdatum moet tussen de registratie van de groep en ${String(MAX_DAYS_AHEAD)} dagen na vandaag liggen.`, {
      errors: [{ field, message: 'Kies een briefdatum vanaf de registratie, niet verder dan twee weken vooruit.' }],
    });
  }
}

function log(trx: DbOrTrx, actor: Actor, trace: TraceContext, action: AuditAction, group: LoadedGroup, subjectIds: readonly string[]) {
  return recordProcessing(trx, actor, trace, {
    action,
    activity: action === 'group.inform' ? 'zvt-group-approach' : 'zvt-letters',
    recordType: 'group',
    recordId: group.facts.row.id,
    subjectIds,
    outcome: 'allowed',
  });
}

function presentSent(task: Task) {
  if (task.status !== 'done' || task.sent_on === null) return null;
  return { sentOn: task.sent_on, letter: task.letter };
}

/** ZVT-2B.4: per member of the group whether the outcome letter can be made, and whether the member was informed. */
export async function listGroupLetters(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadForDirector(trx, actor, groupId, 'letter.list');
    const template = await effectiveTemplate(trx, loaded.group.facts.row.table_id, KIND_GROUP);
    const def = LETTER_KIND_DEFINITIONS[KIND_GROUP];
    const members = loaded.members.map((member) => {
      const { reason } = contentFor(loaded, member);
      const task = loaded.tasks.find((t) => t.member_id === member.id);
      const open = task?.status === 'open';
      return {
        memberId: member.id,
        memberName: member.full_name,
        informingTaskId: task?.id ?? null,
        informingStatus: task?.status ?? null,
        available: reason === null,
        unavailableReason: reason,
        sent: task ? presentSent(task) : null,
        abilities: { render: reason === null, recordSent: reason === null && open },
      };
    });
    await log(trx, actor, trace, 'letter.list', loaded.group, loaded.members.map((m) => m.subject_id));
    return { kind: KIND_GROUP, label: def.label, requirementId: def.requirementId, templateHash: template.versionHash, members };
  });
}

/** ZVT-2B.4: one member's letter as PDF, from the group's decision and plan, never naming another member. */
export async function renderGroupLetter(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, memberId: string, letterDateInput: string | undefined) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadForDirector(trx, actor, groupId, 'letter.render');
    const member = requireMember(loaded, memberId);
    const row = loaded.group.facts.row;
    const onDate = today(ctx);
    const letterDate = letterDateInput ?? onDate;
    checkLetterDate(row.registered_on, letterDate, onDate, 'query.letterDate');
    const { content, reason } = contentFor(loaded, member);
    if (!content) throw new AppError('rule-violation', reason ?? 'Deze brief is nog niet te maken.');
    const template = await effectiveTemplate(trx, row.table_id, KIND_GROUP);
    const pdf = await renderGroupOutcomeLetter(
      template,
      {
        addressees: addresseesOf(member, letterDate),
        memberName: member.full_name,
        groupName: row.group_name ?? '',
        reference: row.reference,
        letterDate,
        tableName: row.table_name,
        municipality: row.table_municipality,
        outcome: content.outcome,
        goal: content.goal,
        themes: content.themes,
        participants: content.participants,
        chainDirectorName: actor.displayName,
        signature: `${actor.displayName}\nKetenregisseur Zorg- en Veiligheidstafel ${row.table_name}\n${actor.organisationName}`,
      },
      ctx.clock.now(),
    );
    await log(trx, actor, trace, 'letter.render', loaded.group, [member.subject_id]);
    const position = loaded.members.findIndex((m) => m.id === member.id) + 1;
    return { pdf, fileName: `brief-uitkomst-groepsaanpak-${row.reference.replace(/[^A-Za-z0-9-]/g, '')}-lid-${String(position)}.pdf` };
  });
}

/**
 * ZVT-2B.4: records that one member's letter was sent (date, channel, template version; never the letter) and
 * completes that member's informing task in the same transaction. Only that member is logged.
 */
export async function recordGroupLetterSent(ctx: ServiceContext, actor: Actor, trace: TraceContext, groupId: string, memberId: string, input: TGroupLetterSentInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadForDirector(trx, actor, groupId, 'letter.record-sent', true);
    const member = requireMember(loaded, memberId);
    const row = loaded.group.facts.row;
    const { content, reason } = contentFor(loaded, member);
    if (!content) throw new AppError('rule-violation', reason ?? 'Deze brief is nog niet te maken.');
    const task = loaded.tasks.find((t) => t.member_id === member.id);
    if (task?.status !== 'open') throw new AppError('conflict', `Het informeren van ${member.full_name} is al vastgelegd.`);
    const template = await effectiveTemplate(trx, row.table_id, KIND_GROUP);
    if (input.templateHash !== template.versionHash) {
      throw new AppError('conflict', 'De brieftekst is gewijzigd sinds de brief werd gemaakt. Maak de brief opnieuw en leg dan de verzending vast.');
    }
    const onDate = today(ctx);
    checkLetterDate(row.registered_on, input.letterDate, onDate, 'body.letterDate');
    if (compareIsoDates(input.sentOn, onDate) > 0 || compareIsoDates(input.sentOn, input.letterDate) < 0) {
      throw new AppError('invalid-input', 'De verzenddatum ligt vóór de briefdatum of in de toekomst.', {
        errors: [{ field: 'body.sentOn', message: 'Kies een datum vanaf de briefdatum en niet na vandaag.' }],
      });
    }
    const done = await groups.completeInformingTask(trx, groupId, task.id, {
      sent_on: input.sentOn,
      content: {
        items: ['outcome', 'goal', 'themes', 'participants', 'rights'],
        rights: true,
        letter: { kind: KIND_GROUP, letterDate: input.letterDate, channel: input.channel, templateHash: template.versionHash, sentByOrganisationId: actor.organisationId },
      },
      recorded_by: actor.userId,
    });
    if (!done) throw new AppError('conflict', `Het informeren van ${member.full_name} is al vastgelegd.`);
    await cases.touchCase(trx, groupId, ctx.clock.now());
    await log(trx, actor, trace, 'group.inform', loaded.group, [member.subject_id]);
    await log(trx, actor, trace, 'letter.record-sent', loaded.group, [member.subject_id]);
    return {
      memberId: member.id,
      letterDate: input.letterDate,
      sentOn: input.sentOn,
      channel: input.channel,
      templateHash: template.versionHash,
      sentByOrganisation: actor.organisationName,
      informingCompleted: true,
    };
  });
}
