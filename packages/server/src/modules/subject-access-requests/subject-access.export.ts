import { sql } from 'kysely';
import {
  ADMISSION_DECISION_LABELS,
  DATA_CATEGORY_LABELS,
  endStateOf,
  phaseOf,
  type ProcessDefinition,
} from '@ketentafel/domain';
import type { DbOrTrx } from '../../db/database.ts';
import type { AccessRequestChannel, AccessRequester, DataCategory } from '../../db/schema.ts';
import { PROCESSING_ACTIVITIES, type ProcessingActivityId } from '../../audit/processing-activities.ts';
import { requireProcess } from '../../processes.ts';
import { findYoungPersonKeys } from '../privacy/privacy.repository.ts';
import { actionLabel } from './subject-access.labels.ts';

/**
 * The complete answer to an access request (X-3, AVG art. 15), as embedded in the export PDF as `inzage.json`.
 * Versioned: a consumer checks `schemaVersion` (major.minor; a new minor only adds fields). Described for
 * readers in docs/inzage-export.md. Never sent to a browser as data: only inside the encrypted file.
 */
export interface AccessExportV1 {
  readonly format: 'ketentafel/avg-art15-inzage';
  readonly schemaVersion: '1.1';
  readonly producedAt: string;
  readonly request: {
    readonly reference: string;
    readonly receivedOn: string;
    readonly deadlineOn: string;
    readonly receivedVia: AccessRequestChannel;
    readonly externalReference: string | null;
    readonly requestedBy: AccessRequester;
  };
  /** The identifying query as recorded: exact name (case and spacing ignored) and birth date. */
  readonly query: { readonly fullName: string; readonly birthDate: string };
  /** Which tables the search covered: all of them (privacy officer) or the tables of the chain director. */
  readonly coverage: { readonly allTables: boolean; readonly tables: readonly { readonly name: string; readonly municipality: string }[] };
  readonly cases: readonly ExportCase[];
  /** Since 1.1: the groups (ZVT-2B) the person is a member of, with what concerns them; never other members' data. */
  readonly groups: readonly ExportGroup[];
  /** Who processed the person's data, from the processing log and user audit log (organisation and role, no names: ADR 0008). */
  readonly processingLog: readonly ExportLogEntry[];
  /** The entries of the register of processing activities (AVG art. 30) that the cases and the log refer to. */
  readonly processingActivities: readonly ExportProcessingActivity[];
}

export interface ExportCase {
  readonly reference: string;
  readonly table: { readonly name: string; readonly municipality: string };
  readonly kind: string;
  readonly process: { readonly key: string; readonly version: number };
  readonly phase: { readonly id: string; readonly name: string };
  readonly registeredOn: string;
  readonly referrerOrganisation: string;
  readonly directionOrganisation: string;
  readonly endState: { readonly id: string; readonly label: string } | null;
  readonly endedOn: string | null;
  readonly scaleDownOn: string | null;
  readonly inactiveSince: string | null;
  readonly subject: { readonly fullName: string; readonly birthDate: string; readonly municipality: string };
  readonly legalRepresentatives: readonly { readonly fullName: string; readonly relation: string; readonly contact: string }[];
  readonly contributions: readonly ExportContribution[];
  readonly admissionDecisions: readonly {
    readonly assessedOn: string;
    readonly assessment: unknown;
    readonly proposal: string;
    readonly decision: string;
    readonly decisionLabel: string;
    readonly reason: string | null;
    readonly dataRequest: string | null;
    readonly decidedAt: string;
    readonly decidedByOrganisation: string;
  }[];
  readonly phaseHistory: readonly {
    readonly from: string | null;
    readonly to: string;
    readonly toName: string;
    readonly outcome: string | null;
    readonly outcomeLabel: string | null;
    readonly at: string;
  }[];
  readonly informing: readonly {
    readonly phase: string;
    readonly responsibleOrganisation: string;
    readonly status: string;
    readonly informedOn: string | null;
    readonly recipients: readonly string[] | null;
    readonly contentItems: readonly string[] | null;
    readonly consentAsked: boolean | null;
    readonly consentGiven: string | null;
    readonly deferralGround: string | null;
    readonly deferralMotivation: string | null;
    readonly plannedOn: string | null;
  }[];
  readonly partnerQueries: readonly { readonly organisation: string; readonly question: string; readonly deadline: string; readonly sentAt: string }[];
  readonly retentionExceptions: readonly { readonly motivation: string; readonly decidedByOrganisation: string; readonly reassessOn: string; readonly recordedAt: string }[];
  readonly legalHolds: readonly { readonly motivation: string; readonly placedAt: string; readonly liftedAt: string | null }[];
}

/**
 * A group (a case of kind `group-scan`, ADR 0017) the person is a member of: the group's name and area, the
 * contributions about the group (who gave what: registration, the police scan's file facts, group picture, draft
 * plan), the decisions, and the person's own membership and informing. Other members are not named (their data).
 */
export interface ExportGroup {
  readonly reference: string;
  readonly table: { readonly name: string; readonly municipality: string };
  readonly name: string;
  readonly area: string;
  readonly process: { readonly key: string; readonly version: number };
  readonly phase: { readonly id: string; readonly name: string };
  readonly registeredOn: string;
  readonly referrerOrganisation: string;
  readonly endState: { readonly id: string; readonly label: string } | null;
  readonly endedOn: string | null;
  readonly inactiveSince: string | null;
  readonly member: { readonly fullName: string; readonly birthDate: string; readonly registeredCaseReference: string | null; readonly otherMemberCount: number };
  readonly contributions: readonly ExportContribution[];
  readonly decisions: readonly { readonly decidedOn: string; readonly body: string; readonly outcomes: readonly string[]; readonly motivation: string }[];
  readonly informing: readonly { readonly status: string; readonly sentOn: string | null; readonly content: unknown }[];
  readonly phaseHistory: ExportCase['phaseHistory'];
}

export interface ExportContribution {
  readonly id: string;
  /** The organisation that gave (and owns) the contribution. */
  readonly givenBy: string;
  readonly purpose: string;
  readonly phase: { readonly id: string; readonly name: string };
  readonly category: { readonly id: DataCategory; readonly label: string };
  readonly kind: string;
  readonly recordedAt: string;
  readonly content: unknown;
  readonly releases: readonly { readonly to: string; readonly activity: string; readonly releasedAt: string; readonly withdrawnAt: string | null }[];
}

export interface ExportLogEntry {
  readonly at: string;
  readonly organisation: string | null;
  readonly role: string;
  readonly action: string;
  readonly actionLabel: string;
  readonly recordType: string;
  /** The case reference when the record is one of the cases in this export. */
  readonly caseReference: string | null;
  readonly activityId: string;
  readonly purpose: string;
  readonly legalGround: string;
  readonly outcome: 'allowed' | 'denied';
}

export interface ExportProcessingActivity {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly legalGround: string;
  readonly recipients: readonly string[];
  readonly retention: string;
}

/** The request as the compiler needs it. */
export interface ExportRequest {
  readonly id: string;
  readonly reference: string;
  readonly subject_full_name: string;
  readonly subject_birth_date: string;
  readonly received_on: string;
  readonly deadline_on: string;
  readonly received_via: AccessRequestChannel;
  readonly external_reference: string | null;
  readonly requested_by: AccessRequester;
  readonly scope_table_ids: readonly string[] | null;
}

/** Names are compared exactly, ignoring case and runs of white space (as the privacy officer's log search). */
export const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ');

const iso = (d: Date) => d.toISOString();

const CASE_ACTIVITIES: readonly ProcessingActivityId[] = ['zvt-registration', 'zvt-admission', 'zvt-informing', 'zvt-triage', 'zvt-data-sharing', 'retention'];

function phaseName(process: ProcessDefinition, id: string): string {
  try {
    return phaseOf(process, id).name;
  } catch {
    return id;
  }
}

function outcomeLabel(process: ProcessDefinition, from: string | null, outcome: string | null): string | null {
  if (outcome === null) return null;
  if (from === null) return outcome === 'registered' ? 'aangemeld' : outcome;
  return process.outcomes.find((o) => o.from === from && o.id === outcome)?.label ?? outcome;
}

function endStateLabel(process: ProcessDefinition, id: string): string {
  try {
    return endStateOf(process, id).label;
  } catch {
    return id;
  }
}

/** The releases of these contributions, with the receiving organisation's name (who received what, X-3). */
async function grantsOf(db: DbOrTrx, contributionIds: readonly string[]) {
  if (contributionIds.length === 0) return [];
  return db
    .selectFrom('contribution_grants as g')
    .innerJoin('organisations as o', 'o.id', 'g.grantee_organisation_id')
    .select(['g.contribution_id', 'o.name as organisation', 'g.activity', 'g.granted_at', 'g.withdrawn_at'])
    .where('g.contribution_id', 'in', contributionIds)
    .orderBy('g.granted_at')
    .execute();
}

/**
 * The young person's records the request covers: the subjects with exactly this name and birth date, found by
 * keyed hash (`findYoungPersonKeys`, the same matching as the log search), and their cases within the
 * request's tables. Returns the subject ids (for the log) and the keys of those subjects only.
 */
export async function matchedSubjects(db: DbOrTrx, request: Pick<ExportRequest, 'subject_full_name' | 'subject_birth_date' | 'scope_table_ids'>) {
  const keys = await findYoungPersonKeys(db, normaliseName(request.subject_full_name), request.subject_birth_date);
  if (keys.length === 0) return { keys: [], caseIds: [] as string[], memberships: [] as GroupMembership[] };
  if (request.scope_table_ids !== null && request.scope_table_ids.length === 0) return { keys: [], caseIds: [], memberships: [] };
  let query = db
    .selectFrom('cases')
    .select(['cases.id', 'cases.subject_id'])
    .where('cases.subject_id', 'in', keys.map((k) => k.id));
  // ZVT-2B (ADR 0017): a group member is a subject of the group case through group_members.
  let groups = db
    .selectFrom('group_members as m')
    .innerJoin('cases', 'cases.id', 'm.case_id')
    .select(['m.id as member_id', 'm.case_id', 'm.subject_id'])
    .where('m.subject_id', 'in', keys.map((k) => k.id));
  if (request.scope_table_ids !== null) {
    query = query.where('cases.table_id', 'in', request.scope_table_ids);
    groups = groups.where('cases.table_id', 'in', request.scope_table_ids);
  }
  const [cases, memberships] = await Promise.all([query.execute(), groups.execute()]);
  const inScope = new Set<string | null>([...cases.map((c) => c.subject_id), ...memberships.map((m) => m.subject_id)]);
  return { keys: keys.filter((k) => inScope.has(k.id)), caseIds: cases.map((c) => c.id), memberships };
}

interface GroupMembership {
  readonly member_id: string;
  readonly case_id: string;
  readonly subject_id: string;
}

function contributionsOf(
  process: ProcessDefinition,
  contributions: readonly { id: string; owner: string; purpose: string; phase: string; category: DataCategory; kind: string; created_at: Date; content: unknown }[],
  grants: readonly { contribution_id: string; organisation: string; activity: string; granted_at: Date; withdrawn_at: Date | null }[],
): ExportContribution[] {
  return contributions.map((c) => ({
    id: c.id,
    givenBy: c.owner,
    purpose: c.purpose,
    phase: { id: c.phase, name: phaseName(process, c.phase) },
    category: { id: c.category, label: DATA_CATEGORY_LABELS[c.category] },
    kind: c.kind,
    recordedAt: iso(c.created_at),
    content: c.content,
    releases: grants
      .filter((g) => g.contribution_id === c.id)
      .map((g) => ({ to: g.organisation, activity: g.activity, releasedAt: iso(g.granted_at), withdrawnAt: g.withdrawn_at ? iso(g.withdrawn_at) : null })),
  }));
}

/** The groups of the matched person (ZVT-2B, X-3): one entry per membership, with what concerns the person. */
async function compileGroups(db: DbOrTrx, memberships: readonly GroupMembership[]): Promise<{ groups: ExportGroup[]; references: Map<string, string> }> {
  if (memberships.length === 0) return { groups: [], references: new Map() };
  const caseIds = [...new Set(memberships.map((m) => m.case_id))];
  const rows = await db
    .selectFrom('cases')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('organisations as ro', 'ro.id', 'cases.referrer_organisation_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.process_key',
      'cases.process_version',
      'cases.phase',
      'cases.group_name',
      'cases.group_area',
      'cases.registered_on',
      'cases.end_state',
      'cases.ended_on',
      'cases.inactive_since',
      't.name as table_name',
      't.municipality as table_municipality',
      'ro.name as referrer_organisation',
      sql<number>`(SELECT count(*)::int FROM group_members o WHERE o.case_id = cases.id)`.as('member_count'),
    ])
    .where('cases.id', 'in', caseIds)
    .orderBy('cases.registered_on')
    .orderBy('cases.reference')
    .execute();
  const [members, contributions, decisions, informing, transitions] = await Promise.all([
    db
      .selectFrom('group_members as m')
      .innerJoin('subjects as s', 's.id', 'm.subject_id')
      .select(['m.id', 'm.case_id', 's.full_name', 's.birth_date', 'm.registered_case_reference'])
      .where('m.id', 'in', memberships.map((m) => m.member_id))
      .execute(),
    db
      .selectFrom('contributions as c')
      .innerJoin('organisations as o', 'o.id', 'c.owner_organisation_id')
      .select(['c.id', 'c.case_id', 'o.name as owner', 'c.purpose', 'c.phase', 'c.category', 'c.kind', 'c.created_at', 'c.content'])
      .where('c.case_id', 'in', caseIds)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute(),
    db.selectFrom('group_decisions').select(['case_id', 'decided_on', 'body', 'outcomes', 'motivation']).where('case_id', 'in', caseIds).orderBy('recorded_at').execute(),
    db
      .selectFrom('group_informing_tasks')
      .select(['case_id', 'member_id', 'status', 'sent_on', 'content'])
      .where('member_id', 'in', memberships.map((m) => m.member_id))
      .execute(),
    db.selectFrom('phase_transitions').select(['case_id', 'from_phase', 'to_phase', 'outcome', 'at']).where('case_id', 'in', caseIds).orderBy('at').orderBy('id').execute(),
  ]);
  const grants = await grantsOf(db, contributions.map((c) => c.id));
  const groups = members.flatMap((member): ExportGroup[] => {
    const row = rows.find((r) => r.id === member.case_id);
    if (!row) return [];
    const process = requireProcess(row.process_key, row.process_version);
    const of = <T extends { case_id: string }>(list: readonly T[]) => list.filter((x) => x.case_id === row.id);
    return [
      {
        reference: row.reference,
        table: { name: row.table_name, municipality: row.table_municipality },
        name: row.group_name ?? '',
        area: row.group_area ?? '',
        process: { key: row.process_key, version: row.process_version },
        phase: { id: row.phase, name: phaseName(process, row.phase) },
        registeredOn: row.registered_on,
        referrerOrganisation: row.referrer_organisation,
        endState: row.end_state === null ? null : { id: row.end_state, label: endStateLabel(process, row.end_state) },
        endedOn: row.ended_on,
        inactiveSince: row.inactive_since,
        member: { fullName: member.full_name, birthDate: member.birth_date, registeredCaseReference: member.registered_case_reference, otherMemberCount: Math.max(0, row.member_count - 1) },
        contributions: contributionsOf(process, of(contributions), grants),
        decisions: of(decisions).map((d) => ({ decidedOn: d.decided_on, body: d.body, outcomes: d.outcomes, motivation: d.motivation })),
        informing: informing.filter((i) => i.member_id === member.id).map((i) => ({ status: i.status, sentOn: i.sent_on, content: i.content })),
        phaseHistory: of(transitions).map((t) => ({
          from: t.from_phase,
          to: t.to_phase,
          toName: phaseName(process, t.to_phase),
          outcome: t.outcome,
          outcomeLabel: outcomeLabel(process, t.from_phase, t.outcome),
          at: iso(t.at),
        })),
      },
    ];
  });
  groups.sort((a, b) => a.registeredOn.localeCompare(b.registeredOn) || a.reference.localeCompare(b.reference));
  return { groups, references: new Map(rows.map((r) => [r.id, r.reference])) };
}

async function compileCases(db: DbOrTrx, caseIds: readonly string[]): Promise<{ cases: ExportCase[]; references: Map<string, string> }> {
  if (caseIds.length === 0) return { cases: [], references: new Map() };
  const rows = await db
    .selectFrom('cases')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('organisations as ro', 'ro.id', 'cases.referrer_organisation_id')
    .innerJoin('organisations as dor', 'dor.id', 'cases.direction_organisation_id')
    .innerJoin('subjects as s', 's.id', 'cases.subject_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.kind',
      'cases.process_key',
      'cases.process_version',
      'cases.phase',
      'cases.registered_on',
      'cases.end_state',
      'cases.ended_on',
      'cases.scale_down_on',
      'cases.inactive_since',
      't.name as table_name',
      't.municipality as table_municipality',
      'ro.name as referrer_organisation',
      'dor.name as direction_organisation',
      's.full_name',
      's.birth_date',
      's.municipality',
    ])
    .where('cases.id', 'in', caseIds)
    .orderBy('cases.registered_on')
    .orderBy('cases.reference')
    .execute();

  const ids = rows.map((r) => r.id);
  const [representatives, contributions, decisions, transitions, informing, queries, exceptions, holds] = await Promise.all([
    db.selectFrom('legal_representatives').select(['case_id', 'full_name', 'relation', 'contact']).where('case_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('contributions as c')
      .innerJoin('organisations as o', 'o.id', 'c.owner_organisation_id')
      .select(['c.id', 'c.case_id', 'o.name as owner', 'c.purpose', 'c.phase', 'c.category', 'c.kind', 'c.created_at', 'c.content'])
      .where('c.case_id', 'in', ids)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute(),
    db
      .selectFrom('admission_decisions as d')
      .innerJoin('users as u', 'u.id', 'd.decided_by')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['d.case_id', 'd.assessed_on', 'd.assessment', 'd.proposal', 'd.decision', 'd.reason', 'd.data_request', 'd.decided_at', 'o.name as organisation'])
      .where('d.case_id', 'in', ids)
      .orderBy('d.decided_at')
      .execute(),
    db.selectFrom('phase_transitions').select(['case_id', 'from_phase', 'to_phase', 'outcome', 'at']).where('case_id', 'in', ids).orderBy('at').orderBy('id').execute(),
    db
      .selectFrom('informing_tasks as it')
      .innerJoin('organisations as o', 'o.id', 'it.responsible_organisation_id')
      .select([
        'it.case_id',
        'it.phase',
        'o.name as organisation',
        'it.status',
        'it.informed_on',
        'it.recipients',
        'it.content_items',
        'it.consent_asked',
        'it.consent_given',
        'it.deferral_ground',
        'it.deferral_motivation',
        'it.planned_on',
      ])
      .where('it.case_id', 'in', ids)
      .orderBy('it.created_at')
      .execute(),
    db
      .selectFrom('partner_queries as q')
      .innerJoin('organisations as o', 'o.id', 'q.organisation_id')
      .select(['q.case_id', 'o.name as organisation', 'q.question', 'q.deadline', 'q.sent_at'])
      .where('q.case_id', 'in', ids)
      .orderBy('q.sent_at')
      .execute(),
    db
      .selectFrom('retention_exceptions as e')
      .innerJoin('organisations as o', 'o.id', 'e.decided_by_organisation_id')
      .select(['e.case_id', 'e.motivation', 'o.name as organisation', 'e.reassess_on', 'e.created_at'])
      .where('e.case_id', 'in', ids)
      .orderBy('e.created_at')
      .execute(),
    db.selectFrom('legal_holds').select(['case_id', 'motivation', 'placed_at', 'lifted_at']).where('case_id', 'in', ids).orderBy('placed_at').execute(),
  ]);
  const grants = await grantsOf(db, contributions.map((c) => c.id));

  const cases = rows.map((row): ExportCase => {
    const process = requireProcess(row.process_key, row.process_version);
    const of = <T extends { case_id: string }>(list: readonly T[]) => list.filter((x) => x.case_id === row.id);
    return {
      reference: row.reference,
      table: { name: row.table_name, municipality: row.table_municipality },
      kind: row.kind,
      process: { key: row.process_key, version: row.process_version },
      phase: { id: row.phase, name: phaseName(process, row.phase) },
      registeredOn: row.registered_on,
      referrerOrganisation: row.referrer_organisation,
      directionOrganisation: row.direction_organisation,
      endState: row.end_state === null ? null : { id: row.end_state, label: endStateLabel(process, row.end_state) },
      endedOn: row.ended_on,
      scaleDownOn: row.scale_down_on,
      inactiveSince: row.inactive_since,
      subject: { fullName: row.full_name, birthDate: row.birth_date, municipality: row.municipality },
      legalRepresentatives: of(representatives).map((r) => ({ fullName: r.full_name, relation: r.relation, contact: r.contact })),
      contributions: contributionsOf(process, of(contributions), grants),
      admissionDecisions: of(decisions).map((d) => ({
        assessedOn: d.assessed_on,
        assessment: d.assessment,
        proposal: d.proposal,
        decision: d.decision,
        decisionLabel: (ADMISSION_DECISION_LABELS as Readonly<Partial<Record<string, string>>>)[d.decision] ?? d.decision,
        reason: d.reason,
        dataRequest: d.data_request,
        decidedAt: iso(d.decided_at),
        decidedByOrganisation: d.organisation,
      })),
      phaseHistory: of(transitions).map((t) => ({
        from: t.from_phase,
        to: t.to_phase,
        toName: phaseName(process, t.to_phase),
        outcome: t.outcome,
        outcomeLabel: outcomeLabel(process, t.from_phase, t.outcome),
        at: iso(t.at),
      })),
      informing: of(informing).map((i) => ({
        phase: i.phase,
        responsibleOrganisation: i.organisation,
        status: i.status,
        informedOn: i.informed_on,
        recipients: i.recipients,
        contentItems: i.content_items,
        consentAsked: i.consent_asked,
        consentGiven: i.consent_given,
        deferralGround: i.deferral_ground,
        deferralMotivation: i.deferral_motivation,
        plannedOn: i.planned_on,
      })),
      partnerQueries: of(queries).map((q) => ({ organisation: q.organisation, question: q.question, deadline: q.deadline, sentAt: iso(q.sent_at) })),
      retentionExceptions: of(exceptions).map((e) => ({ motivation: e.motivation, decidedByOrganisation: e.organisation, reassessOn: e.reassess_on, recordedAt: iso(e.created_at) })),
      legalHolds: of(holds).map((h) => ({ motivation: h.motivation, placedAt: iso(h.placed_at), liftedAt: h.lifted_at ? iso(h.lifted_at) : null })),
    };
  });
  return { cases, references: new Map(rows.map((r) => [r.id, r.reference])) };
}

/**
 * Who processed the person's data: every processing-log record whose keyed subject hashes include one of
 * theirs, joined to the user audit log by operation id. Organisation and role, not the employee's name (ADR 0008).
 */
async function compileLog(db: DbOrTrx, hashes: readonly string[], caseReferences: ReadonlyMap<string, string>): Promise<ExportLogEntry[]> {
  if (hashes.length === 0) return [];
  const rows = await db
    .selectFrom('processing_log as p')
    .innerJoin('user_audit_log as a', 'a.operation_id', 'p.operation_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.at', 'o.name as organisation', 'a.role', 'a.action', 'a.record_type', 'a.record_id', 'p.activity_id', 'a.purpose', 'a.legal_ground', 'a.outcome'])
    .where(sql<boolean>`p.subject_hashes && ${[...hashes]}::text[]`)
    .orderBy('a.at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    at: iso(r.at),
    organisation: r.organisation,
    role: r.role,
    action: r.action,
    actionLabel: actionLabel(r.action),
    recordType: r.record_type,
    caseReference: (r.record_type === 'case' || r.record_type === 'group') && r.record_id !== null ? (caseReferences.get(r.record_id) ?? null) : null,
    activityId: r.activity_id,
    purpose: r.purpose,
    legalGround: r.legal_ground,
    outcome: r.outcome,
  }));
}

/**
 * Compiles everything held about the person of an access request, within the request's tables. Runs on the
 * server only; the result goes straight into the encrypted PDF and is never returned to a browser.
 */
export async function compileAccessExport(db: DbOrTrx, request: ExportRequest, now: Date): Promise<{ export: AccessExportV1; subjectIds: string[] }> {
  const matched = await matchedSubjects(db, request);
  const { cases, references: caseReferences } = await compileCases(db, matched.caseIds);
  const { groups, references: groupReferences } = await compileGroups(db, matched.memberships);
  const references = new Map([...caseReferences, ...groupReferences]);
  const log = await compileLog(
    db,
    matched.keys.map((k) => k.hash),
    references,
  );
  let tablesQuery = db.selectFrom('tables').select(['name', 'municipality']).orderBy('name');
  if (request.scope_table_ids !== null) {
    tablesQuery = request.scope_table_ids.length === 0 ? tablesQuery.where((eb) => eb.val(false)) : tablesQuery.where('id', 'in', request.scope_table_ids);
  }
  const tables = await tablesQuery.execute();
  const activityIds = new Set<string>(log.map((l) => l.activityId));
  const activities = Object.values(PROCESSING_ACTIVITIES)
    // The activities the log names, and those under which case data are processed at all.
    .filter((a) => activityIds.has(a.id) || (cases.length + groups.length > 0 && CASE_ACTIVITIES.includes(a.id)))
    .map((a) => ({ id: a.id, name: a.name, purpose: a.purpose, legalGround: a.legalGround, recipients: a.recipients, retention: a.retention }));
  return {
    subjectIds: matched.keys.map((k) => k.id),
    export: {
      format: 'ketentafel/avg-art15-inzage',
      schemaVersion: '1.1',
      producedAt: iso(now),
      request: {
        reference: request.reference,
        receivedOn: request.received_on,
        deadlineOn: request.deadline_on,
        receivedVia: request.received_via,
        externalReference: request.external_reference,
        requestedBy: request.requested_by,
      },
      query: { fullName: normaliseName(request.subject_full_name), birthDate: request.subject_birth_date },
      coverage: { allTables: request.scope_table_ids === null, tables },
      cases,
      groups,
      processingLog: log,
      processingActivities: activities,
    },
  };
}
