import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp column: read as Date, written as Date or ISO string, defaulted by the database. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column (no time). The `pg` type parser is set to return `YYYY-MM-DD` strings. */
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type Role = 'chain-director' | 'partner-professional' | 'privacy-officer' | 'application-administrator';

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: string;
  created_at: Timestamp;
}

export interface TableTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  code: string;
  municipality: string;
  process_key: string;
  process_version: number;
  term_start: DateColumn;
  term_end: DateColumn;
  created_at: Timestamp;
  /** ZVT-E.2 (migration 2026-11-23T0920): what happens to open cases at the end of the term. */
  open_cases_at_term_end: ColumnType<'close-and-apply-retention' | 'transfer-to-successor', 'close-and-apply-retention' | 'transfer-to-successor' | undefined>;
  successor_table_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TablePartnerTable {
  table_id: string;
  organisation_id: string;
}

export interface UserTable {
  id: Generated<string>;
  oidc_subject: string | null;
  email: string;
  display_name: string;
  organisation_id: string;
  role: Role;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface UserTableMembership {
  user_id: string;
  table_id: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  auth_method: 'demo' | 'oidc';
  mfa: boolean;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  expires_at: Timestamp;
}

export interface SubjectTable {
  id: Generated<string>;
  full_name: string;
  birth_date: DateColumn;
  municipality: string;
  log_key: ColumnType<Buffer, undefined, never>;
  created_at: Timestamp;
}

export type CaseKind = 'individual' | 'group-scan';

export interface CaseTable {
  id: Generated<string>;
  reference: string;
  table_id: string;
  process_key: string;
  process_version: number;
  kind: CaseKind;
  phase: string;
  subject_id: string | null;
  group_name: string | null;
  group_area: string | null;
  referrer_organisation_id: string;
  referrer_user_id: string;
  direction_organisation_id: string;
  registered_on: DateColumn;
  created_at: Timestamp;
  last_activity_at: Timestamp;
  /** Retention (migration 2026-11-23T0700-retention, X-4): the end state reached and when. */
  end_state: ColumnType<string | null, string | null | undefined, string | null>;
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** The scale-down decision that started phased retention (ZVT-4A.1). */
  scale_down_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the file was made inactive (only the declared administrative data remain). */
  inactive_since: ColumnType<string | null, string | null | undefined, string | null>;
  /** The last substantive change; a read does not count (HIA-6, X-4 maxInactivity). */
  last_substantive_change_at: Timestamp;
  /** ZVT-3A.2 (migration 2026-11-23T1000): the case director agreed in the case meeting, for the access policy. */
  case_director_user_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface LegalRepresentativeTable {
  id: Generated<string>;
  case_id: string;
  full_name: string;
  relation: string;
  contact: string;
  position: number;
  log_key: ColumnType<Buffer, undefined, never>;
}

export type DataCategory = 'identifying' | 'care' | 'health' | 'criminal' | 'other';

export interface ContributionTable {
  id: Generated<string>;
  case_id: string;
  owner_organisation_id: string;
  phase: string;
  purpose: string;
  category: DataCategory;
  kind: string;
  content: Json<unknown>;
  created_by: string;
  created_at: Timestamp;
}

export interface AdmissionDecisionTable {
  id: Generated<string>;
  case_id: string;
  assessed_on: DateColumn;
  assessment: Json<unknown>;
  proposal: string;
  decision: string;
  reason: string | null;
  data_request: string | null;
  decided_by: string;
  decided_at: Timestamp;
}

export interface PhaseTransitionTable {
  id: Generated<string>;
  case_id: string;
  from_phase: string | null;
  to_phase: string;
  outcome: string | null;
  at: Timestamp;
}

export type InformingStatus = 'open' | 'done' | 'deferred';

export interface InformingTaskTable {
  id: Generated<string>;
  case_id: string;
  phase: string;
  responsible_organisation_id: string;
  status: ColumnType<InformingStatus, InformingStatus | undefined, InformingStatus>;
  informed_on: DateColumn | null;
  recipients: Json<string[]> | null;
  content_items: Json<string[]> | null;
  consent_asked: boolean | null;
  consent_given: string | null;
  deferral_ground: string | null;
  deferral_motivation: string | null;
  planned_on: DateColumn | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PartnerQueryTable {
  id: Generated<string>;
  case_id: string;
  organisation_id: string;
  question: string;
  deadline: DateColumn;
  sent_by: string;
  sent_at: Timestamp;
  /** Triage (migration 2026-11-23T0910-triage, ZVT-2A.2): the answer, whether it came after the deadline, the reminder. */
  answered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  answered_by: ColumnType<string | null, string | null | undefined, string | null>;
  answered_late: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  answer_contribution_id: ColumnType<string | null, string | null | undefined, string | null>;
  reminder_sent_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface NoticeTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string | null;
  reference: string;
  message: string;
  created_at: Timestamp;
}

export interface CaseStatisticsTable {
  table_id: string;
  process_key: string;
  process_version: number;
  phase_reached: string;
  outcome: string;
  quarter: string;
  count: number;
}

/** ZVT-4A.2: a recorded deviation from the retention schedule. */
export interface RetentionExceptionTable {
  id: Generated<string>;
  case_id: string;
  motivation: string;
  decided_by_organisation_id: string;
  decided_by: string;
  reassess_on: DateColumn;
  created_at: Timestamp;
}

/** A legal hold (complaint, court case): pauses deletion of one case until lifted. */
export interface LegalHoldTable {
  id: Generated<string>;
  case_id: string;
  motivation: string;
  placed_by: string;
  placed_at: Timestamp;
  lifted_by: string | null;
  lifted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** ZVT-3A.2: direction (casusregie) passed from one partner organisation to another. */
export interface DirectionTransferTable {
  id: Generated<string>;
  case_id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  transferred_on: DateColumn;
  motivation: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface DeletionLogTable {
  id: Generated<string>;
  at: Timestamp;
  record_kind: string;
  count: number;
  rule: string;
  /** ZVT-E.2 (migration 2026-11-23T0920): the table and the day the deletion was due, for "deletions on time". */
  table_id: ColumnType<string | null, string | null | undefined, string | null>;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
}

/** ZVT-E.1: the steering group of a table, by office. */
export interface SteeringGroupMemberTable {
  table_id: string;
  role: 'mayor' | 'alderman';
  title: string;
}

/** ZVT-E.1: a stuck procedural matter escalated to the steering group, with a pseudonymised summary. */
export interface EscalationTable {
  id: Generated<string>;
  table_id: string;
  case_id: string;
  summary: string;
  question: string;
  escalated_by: string;
  escalated_at: Timestamp;
  decided_on: ColumnType<string | null, string | null | undefined, string | null>;
  decision: ColumnType<'approved' | 'instruction' | 'rejected' | 'other' | null, 'approved' | 'instruction' | 'rejected' | 'other' | null | undefined>;
  decision_text: ColumnType<string | null, string | null | undefined, string | null>;
  decision_recorded_by: ColumnType<string | null, string | null | undefined, string | null>;
  decision_recorded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Seed 004: a policy signal of the table, without personal data. */
export interface PolicySignalTable {
  id: Generated<string>;
  table_id: string;
  kind: 'neighbourhood-problem' | 'chain-cooperation-gap' | 'other';
  area: string;
  description: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** ZVT-E.2: every recorded outcome (phase transition with an outcome), counted by a trigger, per quarter. */
export interface OutcomeStatisticsTable {
  table_id: string;
  process_key: string;
  process_version: number;
  phase: string;
  outcome: string;
  quarter: string;
  count: number;
}

/** ZVT-E.2: counters kept by a database trigger on cases (registered, scaled down), per quarter. */
export interface TableStatisticsTable {
  table_id: string;
  measure: 'registered' | 'scaled-down';
  quarter: string;
  count: number;
}

export interface ProcessingLogTable {
  id: Generated<string>;
  chain: number;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  operation_id: string;
  operation_name: string;
  started_at: Timestamp;
  ended_at: Timestamp;
  status: 'ok' | 'denied' | 'error';
  activity_id: string;
  subject_hashes: ColumnType<string[], string[] | undefined, never>;
  subject_count: number;
  prev_hash: string;
  row_hash: string;
  /** 1: hashed over the fields joined with U+001F; 2: hashed over `record` (migration 2026-11-23T0810, ADR 0009). */
  hash_version: 1 | 2;
  /** The canonical record, generated by PostgreSQL from the row's columns (never written). */
  record: ColumnType<string, never, never>;
}

export interface UserAuditLogTable {
  id: Generated<string>;
  chain: number;
  operation_id: string;
  at: Timestamp;
  user_id: string | null;
  user_name: string;
  organisation_id: string | null;
  role: string;
  action: string;
  record_type: string;
  record_id: string | null;
  purpose: string;
  legal_ground: string;
  outcome: 'allowed' | 'denied';
  prev_hash: string;
  row_hash: string;
  /** 1: hashed over the fields joined with U+001F; 2: hashed over `record` (migration 2026-11-23T0810, ADR 0009). */
  hash_version: 1 | 2;
  /** The canonical record, generated by PostgreSQL from the row's columns (never written). */
  record: ColumnType<string, never, never>;
}

export interface ContributionGrantTable {
  id: Generated<string>;
  contribution_id: string;
  grantee_organisation_id: string;
  activity: string;
  granted_by: string;
  granted_at: Timestamp;
  withdrawn_by: string | null;
  withdrawn_at: Date | null;
}

export type AccessRequestStatus = 'received' | 'export-available' | 'export-removed';
export type AccessRequestChannel = 'letter' | 'email' | 'in-person' | 'web-form' | 'other';
export type AccessRequester = 'data-subject' | 'legal-representative' | 'authorised-representative';
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** X-3 (AVG art. 15): a recorded access request (migration 2026-11-23T0800-subject-access-requests). */
export interface SubjectAccessRequestTable {
  id: Generated<string>;
  reference: string;
  subject_full_name: string;
  subject_birth_date: DateColumn;
  received_on: DateColumn;
  received_via: AccessRequestChannel;
  external_reference: string | null;
  requested_by: AccessRequester;
  deadline_on: DateColumn;
  /** The tables the export covers; null: all tables (privacy officer). */
  scope_table_ids: string[] | null;
  recorded_by: string;
  recorded_by_role: Role;
  recorded_at: Timestamp;
  status: ColumnType<AccessRequestStatus, AccessRequestStatus | undefined, AccessRequestStatus>;
  export_produced_at: NullableTimestamp;
  export_produced_by: string | null;
  export_expires_at: NullableTimestamp;
  export_sha256: string | null;
  export_seal: string | null;
  export_downloaded_at: NullableTimestamp;
  export_removed_at: NullableTimestamp;
  /** Migration 2026-11-23T1110 (ADR 0022): whose data the request is about. */
  about: ColumnType<AccessRequestAbout, AccessRequestAbout | undefined, AccessRequestAbout>;
  /** The legal representative's own name when `about` is 'legal-representative'; the subject columns name the young person. */
  representative_full_name: string | null;
  extension_months: number | null;
  extended_deadline_on: DateColumn | null;
  extension_motivation: string | null;
  extension_decided_on: DateColumn | null;
  extension_decided_by: string | null;
  extension_decided_at: NullableTimestamp;
  requester_informed_of_extension_on: DateColumn | null;
  /** How the handler established which matches are the requester's (art. 12(6)), when confirmed. */
  matches_basis: string | null;
  matches_confirmed_by: string | null;
  matches_confirmed_at: NullableTimestamp;
}

export type AccessRequestAbout = 'young-person' | 'legal-representative';

/** X-3 (ADR 0022): the handler's decision per matched record (subject or legal representative row) of a request. */
export interface SubjectAccessRequestMatchTable {
  request_id: string;
  case_id: string;
  record_id: string;
  belongs: boolean;
}

/** The sealed export file of an access request: only the encrypted PDF, removed after the download period. */
export interface SubjectAccessExportTable {
  request_id: string;
  file: Buffer;
  sha256: string;
  seal: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** Meetings (migration 2026-11-23T0900-meetings): ZVT-2A.4, ZVT-2B.1, ZVT-3A.1. */
export type MeetingKind = 'focus' | 'core-group-focus' | 'case-meeting';

export interface MeetingSeriesTable {
  id: Generated<string>;
  table_id: string;
  kind: MeetingKind;
  interval_weeks: number;
  start_time: string;
  duration_minutes: number;
  location: string;
  created_by: string;
  created_at: Timestamp;
}

export interface MeetingTable {
  id: Generated<string>;
  series_id: string;
  table_id: string;
  kind: MeetingKind;
  scheduled_on: DateColumn;
  starts_on: DateColumn;
  start_time: string;
  starts_at: Timestamp;
  duration_minutes: number;
  location: string;
  status: ColumnType<'planned' | 'cancelled', 'planned' | 'cancelled' | undefined, 'planned' | 'cancelled'>;
  sequence: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** ZVT-E.2 (migration 2026-11-23T1030-focus-releases): agenda items the meeting had, minus those taken off before it. */
  agenda_items_added: ColumnType<number, number | undefined, number>;
}

/** ZVT-2A.4, ADR 0019: a contribution released by its owner for one agenda item of a focus meeting. */
export interface MeetingReleaseTable {
  id: Generated<string>;
  contribution_id: string;
  agenda_item_id: string;
  released_by: string;
  released_at: Timestamp;
  withdrawn_by: string | null;
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  case_id: string;
  goal: string;
  added_by: string;
  created_at: Timestamp;
}

export interface AgendaInvitationTable {
  agenda_item_id: string;
  organisation_id: string;
  invited_by: string;
  invited_at: Timestamp;
}

/** ZVT-2A.3: what the chain director struck from a registration (field names, never values) and why. */
export interface RegistrationStrikeTable {
  id: Generated<string>;
  case_id: string;
  fields: string[];
  reason: string;
  struck_by: string;
  struck_at: Timestamp;
}

/** ZVT-2A.4: a motivated outcome of triage or of the focus meeting. */
export interface TriageOutcomeTable {
  id: Generated<string>;
  case_id: string;
  phase: string;
  outcome: string;
  motivation: string;
  decided_by: string;
  decided_at: Timestamp;
}

/** a letter template of one table, edited by its chain director; no personal data (ADR 0018). */
export interface LetterTemplateTable {
  id: Generated<string>;
  table_id: string;
  kind: string;
  body: string;
  privacy_contact: string;
  version_hash: string;
  updated_by: string;
  updated_at: Timestamp;
}

/** ZVT-2A.5: who sends a case's letter of one kind. */
export interface LetterSenderTable {
  case_id: string;
  kind: string;
  sender: 'chain-director-for-referrer' | 'referrer';
  decided_by: string;
  decided_at: Timestamp;
}

/** that a letter was sent; the letter itself is never stored (ADR 0018). */
export interface SentLetterTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  template_hash: string;
  letter_date: string;
  sent_on: string;
  channel: 'post' | 'email' | 'handed-over';
  sender: 'chain-director-for-referrer' | 'referrer';
  sent_by: string;
  sent_by_organisation_id: string;
  recorded_at: Timestamp;
}

export interface GrantRequestTable {
  id: Generated<string>;
  contribution_id: string;
  requester_organisation_id: string;
  requested_by: string;
  requested_at: Timestamp;
  activity: string;
  motivation: string;
  status: Generated<'open' | 'granted' | 'refused'>;
  decided_by: string | null;
  decided_at: Date | null;
  refusal_reason: string | null;
  grant_id: string | null;
}

/** ZVT-3A.2, ZVT-3A.5: the record of one agenda item of a case meeting. */
export interface MeetingRecordTable {
  id: Generated<string>;
  agenda_item_id: string;
  meeting_id: string;
  case_id: string;
  situation_contribution_id: string | null;
  case_director_user_id: string | null;
  outcome: 'plan-with-monitoring' | 'scale-down' | null;
  motivation: string | null;
  monitoring_on: ColumnType<string | null, string | null | undefined, string | null>;
  monitoring_with: ColumnType<string[], string[] | undefined, string[]>;
  decided_on: ColumnType<string | null, string | null | undefined, string | null>;
  decided_by: string | null;
  recorded_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** ZVT-3A.2: one action of the plan: who does what, by when. */
export interface PlanActionTable {
  id: Generated<string>;
  meeting_record_id: string;
  case_id: string;
  owner_organisation_id: string;
  description: string;
  due_on: DateColumn;
  created_by: string;
  created_at: Timestamp;
}

/** ZVT-3A.3: a contribution a plan action needs, and its owner's decision for that activity. */
export interface PlanActionDataTable {
  id: Generated<string>;
  plan_action_id: string;
  case_id: string;
  contribution_id: string;
  status: ColumnType<'pending' | 'released' | 'refused', 'pending' | 'released' | 'refused' | undefined>;
  grant_id: string | null;
  refusal_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

/** The database as Kysely sees it. One name per concept: these are the names used in the API too. */
export interface Database {
  organisations: OrganisationTable;
  tables: TableTable;
  table_partners: TablePartnerTable;
  users: UserTable;
  user_tables: UserTableMembership;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  subjects: SubjectTable;
  cases: CaseTable;
  legal_representatives: LegalRepresentativeTable;
  contributions: ContributionTable;
  contribution_grants: ContributionGrantTable;
  grant_requests: GrantRequestTable;
  admission_decisions: AdmissionDecisionTable;
  phase_transitions: PhaseTransitionTable;
  informing_tasks: InformingTaskTable;
  partner_queries: PartnerQueryTable;
  notices: NoticeTable;
  case_statistics: CaseStatisticsTable;
  deletion_log: DeletionLogTable;
  steering_group_members: SteeringGroupMemberTable;
  escalations: EscalationTable;
  policy_signals: PolicySignalTable;
  table_statistics: TableStatisticsTable;
  outcome_statistics: OutcomeStatisticsTable;
  retention_exceptions: RetentionExceptionTable;
  legal_holds: LegalHoldTable;
  direction_transfers: DirectionTransferTable;
  processing_log: ProcessingLogTable;
  user_audit_log: UserAuditLogTable;
  subject_access_requests: SubjectAccessRequestTable;
  subject_access_exports: SubjectAccessExportTable;
  subject_access_request_matches: SubjectAccessRequestMatchTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingTable;
  agenda_items: AgendaItemTable;
  agenda_invitations: AgendaInvitationTable;
  registration_strikes: RegistrationStrikeTable;
  triage_outcomes: TriageOutcomeTable;
  meeting_records: MeetingRecordTable;
  plan_actions: PlanActionTable;
  plan_action_data: PlanActionDataTable;
  group_members: GroupMemberTable;
  contribution_files: ContributionFileTable;
  group_core_partners: GroupCorePartnerTable;
  group_decisions: GroupDecisionTable;
  group_informing_tasks: GroupInformingTaskTable;
  meeting_releases: MeetingReleaseTable;
  letter_templates: LetterTemplateTable;
  letter_senders: LetterSenderTable;
  sent_letters: SentLetterTable;
}

export type CaseRow = Selectable<CaseTable>;
export type UserRow = Selectable<UserTable>;
export type NewCase = Insertable<CaseTable>;

/** Group approach (migration 2026-11-23T1010-groups): ZVT-2B.1–2B.4, ADR 0017. */
export interface GroupMemberTable {
  id: Generated<string>;
  case_id: string;
  subject_id: string;
  position: number;
  registered_case_reference: string | null;
  registered_by: string | null;
  registered_at: Date | null;
}

export interface ContributionFileTable {
  contribution_id: string;
  case_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
}

export interface GroupCorePartnerTable {
  case_id: string;
  organisation_id: string;
  motivation: string;
  added_by: string;
  added_at: Generated<Date>;
}

export interface GroupDecisionTable {
  id: Generated<string>;
  case_id: string;
  decided_on: DateColumn;
  body: 'mayor-and-alderman' | 'triangle';
  outcomes: string[];
  motivation: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface GroupInformingTaskTable {
  id: Generated<string>;
  case_id: string;
  member_id: string;
  status: Generated<'open' | 'done'>;
  sent_on: ColumnType<string | null, string | null | undefined, string | null>;
  content: ColumnType<unknown, string | null | undefined, string | null>;
  recorded_by: string | null;
  created_at: Generated<Date>;
}
