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

export interface DeletionLogTable {
  id: Generated<string>;
  at: Timestamp;
  record_kind: string;
  count: number;
  rule: string;
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
  retention_exceptions: RetentionExceptionTable;
  legal_holds: LegalHoldTable;
  processing_log: ProcessingLogTable;
  user_audit_log: UserAuditLogTable;
}

export type CaseRow = Selectable<CaseTable>;
export type UserRow = Selectable<UserTable>;
export type NewCase = Insertable<CaseTable>;
