/** The privacy officer's log API (server: modules/privacy/privacy.schemas.ts). */
export type SubjectRole = 'young-person' | 'legal-representative';

export interface LogSearch {
  readonly subjectRole?: SubjectRole;
  readonly subjectName?: string;
  readonly subjectBirthDate?: string;
  readonly userName?: string;
  readonly organisationId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly action?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

export interface LogEntry {
  readonly operationId: string;
  readonly at: string;
  readonly userName: string;
  readonly organisation: { readonly id: string; readonly name: string } | null;
  readonly role: string;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string | null;
  readonly activityId: string;
  readonly purpose: string;
  readonly legalGround: string;
  readonly outcome: 'allowed' | 'denied';
}

export interface LogSearchResult {
  readonly entries: LogEntry[];
  readonly nextCursor: string | null;
  readonly matchedSubjects: number | null;
}

export interface LogFilterOptions {
  readonly organisations: { readonly id: string; readonly name: string }[];
  readonly actions: string[];
}

export interface LogIntegrity {
  readonly intact: boolean;
  readonly rows: number;
  readonly checkedAt: string;
  readonly durationMs: number;
  readonly firstBreak: {
    readonly table: 'processing_log' | 'user_audit_log';
    readonly chain: number;
    readonly sequence: number;
    readonly id: string;
    readonly reason: 'prev-hash-mismatch' | 'row-hash-mismatch' | 'definition-changed';
  } | null;
}
