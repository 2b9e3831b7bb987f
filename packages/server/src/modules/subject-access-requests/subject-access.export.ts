import { sql } from 'kysely';
import {
  ADMISSION_DECISION_LABELS,
  DATA_CATEGORY_LABELS,
  endStateOf,
  informingRecipients,
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
  readonly schemaVersion: '1.2';
  readonly producedAt: string;
  readonly request: {
    readonly reference: string;
    readonly receivedOn: string;
    readonly deadlineOn: string;
    readonly receivedVia: AccessRequestChannel;
    readonly externalReference: string | null;
    readonly requestedBy: AccessRequester;
    /** Since 1.2: whose data: the young person's, or a legal representative's own (ADR 0022). */
    readonly about: RequestAbout;
    /** Since 1.2: the extension of the answer period (art. 12(3)), if decided. */
    readonly extension: {
      readonly months: number;
      readonly extendedDeadlineOn: string;
      readonly motivation: string;
      readonly decidedOn: string;
      readonly requesterInformedOn: string;
    } | null;
  };
  /**
   * The identifying query as recorded: exact name (case and spacing ignored) and birth date of the young person;
   * since 1.2, for a request about a legal representative, also the representative's own name.
   */
  readonly query: { readonly fullName: string; readonly birthDate: string; readonly representativeName: string | null };
  /** Which tables the search covered: all of them (privacy officer) or the tables of the chain director. */
  readonly coverage: { readonly allTables: boolean; readonly tables: readonly { readonly name: string; readonly municipality: string }[] };
  readonly cases: readonly ExportCase[];
  /** Since 1.1: the groups (ZVT-2B) the person is a member of, with what concerns them; never other members' data. */
  readonly groups: readonly ExportGroup[];
  /**
   * Since 1.2: for a request about a legal representative, the cases in which they are recorded as
   * representative, with their own recorded data and what was addressed to them; never the young person's
   * case content (ADR 0022). Empty for a request about a young person (and `cases`, `groups` are empty here).
   */
  readonly representations: readonly ExportRepresentation[];
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

/** A case in which the requester is recorded as legal representative (ADR 0022): what is held about them. */
export interface ExportRepresentation {
  readonly caseReference: string;
  readonly table: { readonly name: string; readonly municipality: string };
  readonly registeredOn: string;
  readonly endedOn: string | null;
  /** The young person represented, as the requester identified them (name and birth date from the request). */
  readonly represents: { readonly fullName: string; readonly birthDate: string };
  /** The representative's own recorded data. */
  readonly recorded: { readonly fullName: string; readonly relation: string; readonly contact: string };
  /** Informing that reached the legal representatives (ZVT-1.4): when, by whom, and which items were told. */
  readonly informing: readonly { readonly phase: string; readonly responsibleOrganisation: string; readonly informedOn: string; readonly contentItems: readonly string[] }[];
  /** Letters addressed to the legal representatives (by the young person's age on the letter date), without the letter's text. */
  readonly letters: readonly { readonly kind: string; readonly letterDate: string; readonly sentOn: string; readonly channel: string; readonly sentByOrganisation: string }[];
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
  readonly about: RequestAbout;
  readonly representative_full_name: string | null;
  readonly extension_months: number | null;
  readonly extended_deadline_on: string | null;
  readonly extension_motivation: string | null;
  readonly extension_decided_on: string | null;
  readonly requester_informed_of_extension_on: string | null;
}

export type RequestAbout = 'young-person' | 'legal-representative';

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

/** A record the request's query matches: one person as recorded in one case, group or representation. */
export interface MatchCandidate {
  /** The matched record: the subject row (young person) or the legal representative's row. */
  readonly recordId: string;
  /** Its keyed log hash (as `kt_lock_log_chain` writes it). */
  readonly hash: string;
  readonly kind: 'case' | 'group' | 'representative';
  /** The case (or group case) the record belongs to. */
  readonly caseId: string;
  /** The young person's cases (kind `case`) and group memberships (kind `group`) of this record. */
  readonly caseIds: readonly string[];
  readonly memberships: readonly GroupMembership[];
  /** Non-content identifying facts shown to the handler only when the match is ambiguous (ADR 0022). */
  readonly facts: {
    readonly tableName: string;
    readonly tableMunicipality: string;
    readonly registeredMonth: string;
    readonly municipality: string | null;
    readonly relation: string | null;
  };
}

/** Which matches an export covers, after the handler's decisions (ADR 0022). */
export interface ResolvedMatches {
  readonly candidates: readonly MatchCandidate[];
  /** The candidates the export covers: the confirmed ones, or the only one when there is just one. */
  readonly included: readonly MatchCandidate[];
  /** More than one candidate and at least one without a decision: no export until the handler confirms. */
  readonly confirmationNeeded: boolean;
}

type MatchRequest = Pick<ExportRequest, 'id' | 'about' | 'representative_full_name' | 'subject_full_name' | 'subject_birth_date' | 'scope_table_ids'>;

/**
 * Every record the request's query matches within the request's tables (X-3, ADR 0022):
 * - about a young person: the subjects with exactly this name and birth date, found by keyed hash
 *   (`findYoungPersonKeys`, the same matching as the log search), as the subject of a case or a group member;
 * - about a legal representative: the representatives' rows with exactly this name in the cases of the young
 *   person they represent (name and birth date of the young person). Their birth date is not recorded, so the
 *   young person is part of the identification.
 * One candidate per matched record, with its keyed hash and the identifying facts the handler may need.
 */
export async function matchCandidates(db: DbOrTrx, request: Omit<MatchRequest, 'id'>): Promise<MatchCandidate[]> {
  if (request.scope_table_ids !== null && request.scope_table_ids.length === 0) return [];
  const keys = await findYoungPersonKeys(db, normaliseName(request.subject_full_name), request.subject_birth_date);
  if (keys.length === 0) return [];
  const keyIds = keys.map((k) => k.id);
  let casesQuery = db
    .selectFrom('cases')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('subjects as s', 's.id', 'cases.subject_id')
    .select(['cases.id', 'cases.subject_id', 'cases.registered_on', 't.name as table_name', 't.municipality as table_municipality', 's.municipality'])
    .where('cases.subject_id', 'in', keyIds);
  if (request.scope_table_ids !== null) casesQuery = casesQuery.where('cases.table_id', 'in', request.scope_table_ids);
  const cases = await casesQuery.orderBy('cases.registered_on').orderBy('cases.id').execute();

  if (request.about === 'legal-representative') {
    if (cases.length === 0 || request.representative_full_name === null) return [];
    const representatives = await sql<{ id: string; case_id: string; relation: string; hash: string }>`
      SELECT r.id, r.case_id, r.relation, encode(hmac(convert_to(r.id::text, 'UTF8'), r.log_key, 'sha256'), 'hex') AS hash
      FROM legal_representatives r
      WHERE r.case_id = ANY(${cases.map((c) => c.id)}::uuid[]) AND r.log_key IS NOT NULL
        AND lower(regexp_replace(btrim(r.full_name), '[[:space:]]+', ' ', 'g')) = lower(${normaliseName(request.representative_full_name)})
      ORDER BY r.case_id, r.position`.execute(db);
    return representatives.rows.flatMap((r): MatchCandidate[] => {
      const c = cases.find((x) => x.id === r.case_id);
      if (!c) return [];
      return [
        {
          recordId: r.id,
          hash: r.hash,
          kind: 'representative',
          caseId: c.id,
          caseIds: [c.id],
          memberships: [],
          facts: { tableName: c.table_name, tableMunicipality: c.table_municipality, registeredMonth: c.registered_on.slice(0, 7), municipality: c.municipality === '' ? null : c.municipality, relation: r.relation },
        },
      ];
    });
  }

  // ZVT-2B (ADR 0017): a group member is a subject of the group case through group_members.
  let groupsQuery = db
    .selectFrom('group_members as m')
    .innerJoin('cases', 'cases.id', 'm.case_id')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('subjects as s', 's.id', 'm.subject_id')
    .select(['m.id as member_id', 'm.case_id', 'm.subject_id', 'cases.registered_on', 't.name as table_name', 't.municipality as table_municipality', 's.municipality'])
    .where('m.subject_id', 'in', keyIds);
  if (request.scope_table_ids !== null) groupsQuery = groupsQuery.where('cases.table_id', 'in', request.scope_table_ids);
  const memberships = await groupsQuery.orderBy('cases.registered_on').orderBy('m.id').execute();
  const candidates: MatchCandidate[] = [];
  for (const key of keys) {
    const own = cases.filter((c) => c.subject_id === key.id);
    const groups = memberships.filter((m) => m.subject_id === key.id);
    const first = own[0] ?? groups[0];
    if (!first) continue;
    candidates.push({
      recordId: key.id,
      hash: key.hash,
      kind: own.length > 0 ? 'case' : 'group',
      caseId: own[0]?.id ?? groups[0]?.case_id ?? '',
      caseIds: own.map((c) => c.id),
      memberships: groups.map((m) => ({ member_id: m.member_id, case_id: m.case_id, subject_id: m.subject_id })),
      facts: { tableName: first.table_name, tableMunicipality: first.table_municipality, registeredMonth: first.registered_on.slice(0, 7), municipality: first.municipality === '' ? null : first.municipality, relation: null },
    });
  }
  candidates.sort((a, b) => a.facts.registeredMonth.localeCompare(b.facts.registeredMonth) || a.facts.tableName.localeCompare(b.facts.tableName) || a.recordId.localeCompare(b.recordId));
  return candidates;
}

/**
 * The candidates with the handler's decisions applied (ADR 0022): with one candidate the export covers it
 * (unless the handler said it is not the requester); with more, every candidate needs a decision first, so two
 * namesakes with the same birth date are never merged into one export. A candidate that appears after the
 * confirmation (a new case) makes the request ambiguous again.
 */
export async function resolveMatches(db: DbOrTrx, request: MatchRequest): Promise<ResolvedMatches> {
  const candidates = await matchCandidates(db, request);
  const decisions = await db.selectFrom('subject_access_request_matches').select(['record_id', 'belongs']).where('request_id', '=', request.id).execute();
  const decided = new Map(decisions.map((d) => [d.record_id, d.belongs]));
  const confirmationNeeded = candidates.length > 1 && candidates.some((c) => !decided.has(c.recordId));
  const included = candidates.filter((c) => decided.get(c.recordId) ?? candidates.length === 1);
  return { candidates, included, confirmationNeeded };
}

/** The persons a processing of the request concerns, for the log: the included matches once resolved, else all candidates. */
export const loggedRecordIds = (resolved: ResolvedMatches): string[] => (resolved.confirmationNeeded ? resolved.candidates : resolved.included).map((c) => c.recordId);

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
 * What is held about a legal representative (ADR 0022): per case in which they are recorded, their own recorded
 * data, the informing that reached the representatives and the letters addressed to them. The young person's
 * case content (contributions, decisions, reasons) is the young person's data and is not included.
 */
async function compileRepresentations(db: DbOrTrx, request: ExportRequest, representativeIds: readonly string[]): Promise<{ representations: ExportRepresentation[]; references: Map<string, string> }> {
  if (representativeIds.length === 0) return { representations: [], references: new Map() };
  const rows = await db
    .selectFrom('legal_representatives as r')
    .innerJoin('cases', 'cases.id', 'r.case_id')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .innerJoin('subjects as s', 's.id', 'cases.subject_id')
    .select(['r.id', 'r.case_id', 'r.full_name', 'r.relation', 'r.contact', 'cases.reference', 'cases.registered_on', 'cases.ended_on', 's.birth_date', 't.name as table_name', 't.municipality as table_municipality'])
    .where('r.id', 'in', representativeIds)
    .orderBy('cases.registered_on')
    .orderBy('cases.reference')
    .execute();
  const caseIds = [...new Set(rows.map((r) => r.case_id))];
  const [informing, letters] = await Promise.all([
    db
      .selectFrom('informing_tasks as it')
      .innerJoin('organisations as o', 'o.id', 'it.responsible_organisation_id')
      .select(['it.case_id', 'it.phase', 'o.name as organisation', 'it.informed_on', 'it.recipients', 'it.content_items'])
      .where('it.case_id', 'in', caseIds)
      .where('it.status', '=', 'done')
      .orderBy('it.created_at')
      .execute(),
    db
      .selectFrom('sent_letters as l')
      .innerJoin('organisations as o', 'o.id', 'l.sent_by_organisation_id')
      .select(['l.case_id', 'l.kind', 'l.letter_date', 'l.sent_on', 'l.channel', 'o.name as organisation'])
      .where('l.case_id', 'in', caseIds)
      .orderBy('l.sent_on')
      .orderBy('l.recorded_at')
      .execute(),
  ]);
  const representations = rows.map((r): ExportRepresentation => ({
    caseReference: r.reference,
    table: { name: r.table_name, municipality: r.table_municipality },
    registeredOn: r.registered_on,
    endedOn: r.ended_on,
    represents: { fullName: normaliseName(request.subject_full_name), birthDate: request.subject_birth_date },
    recorded: { fullName: r.full_name, relation: r.relation, contact: r.contact },
    informing: informing
      .filter((i) => i.case_id === r.case_id && i.informed_on !== null && (i.recipients ?? []).includes('legalRepresentatives'))
      .map((i) => ({ phase: i.phase, responsibleOrganisation: i.organisation, informedOn: i.informed_on ?? '', contentItems: i.content_items ?? [] })),
    letters: letters
      .filter((l) => l.case_id === r.case_id && informingRecipients(r.birth_date, l.letter_date).includes('legalRepresentatives'))
      .map((l) => ({ kind: l.kind, letterDate: l.letter_date, sentOn: l.sent_on, channel: l.channel, sentByOrganisation: l.organisation })),
  }));
  return { representations, references: new Map(rows.map((r) => [r.case_id, r.reference])) };
}

/**
 * Compiles everything held about the person of an access request, within the request's tables and limited to
 * the matches the export covers (`resolved.included`, ADR 0022). Runs on the server only; the result goes
 * straight into the encrypted PDF and is never returned to a browser.
 */
export async function compileAccessExport(db: DbOrTrx, request: ExportRequest, resolved: ResolvedMatches, now: Date): Promise<{ export: AccessExportV1; subjectIds: string[] }> {
  const included = resolved.included;
  const aboutRepresentative = request.about === 'legal-representative';
  const { cases, references: caseReferences } = aboutRepresentative ? { cases: [], references: new Map<string, string>() } : await compileCases(db, included.flatMap((c) => c.caseIds));
  const { groups, references: groupReferences } = aboutRepresentative ? { groups: [], references: new Map<string, string>() } : await compileGroups(db, included.flatMap((c) => c.memberships));
  const { representations, references: representedReferences } = aboutRepresentative
    ? await compileRepresentations(db, request, included.map((c) => c.recordId))
    : { representations: [], references: new Map<string, string>() };
  const references = new Map([...caseReferences, ...groupReferences, ...representedReferences]);
  const log = await compileLog(
    db,
    included.map((k) => k.hash),
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
    .filter((a) => activityIds.has(a.id) || (cases.length + groups.length + representations.length > 0 && CASE_ACTIVITIES.includes(a.id)))
    .map((a) => ({ id: a.id, name: a.name, purpose: a.purpose, legalGround: a.legalGround, recipients: a.recipients, retention: a.retention }));
  const extension =
    request.extension_months === null || request.extended_deadline_on === null || request.extension_motivation === null || request.extension_decided_on === null || request.requester_informed_of_extension_on === null
      ? null
      : {
          months: request.extension_months,
          extendedDeadlineOn: request.extended_deadline_on,
          motivation: request.extension_motivation,
          decidedOn: request.extension_decided_on,
          requesterInformedOn: request.requester_informed_of_extension_on,
        };
  return {
    subjectIds: included.map((k) => k.recordId),
    export: {
      format: 'ketentafel/avg-art15-inzage',
      schemaVersion: '1.2',
      producedAt: iso(now),
      request: {
        reference: request.reference,
        receivedOn: request.received_on,
        deadlineOn: request.deadline_on,
        receivedVia: request.received_via,
        externalReference: request.external_reference,
        requestedBy: request.requested_by,
        about: request.about,
        extension,
      },
      query: {
        fullName: normaliseName(request.subject_full_name),
        birthDate: request.subject_birth_date,
        representativeName: request.representative_full_name === null ? null : normaliseName(request.representative_full_name),
      },
      coverage: { allTables: request.scope_table_ids === null, tables },
      cases,
      groups,
      representations,
      processingLog: log,
      processingActivities: activities,
    },
  };
}
