/** Access requests of data subjects (X-3; server: modules/subject-access-requests/subject-access.schemas.ts). */
export type AccessRequestChannel = 'letter' | 'email' | 'in-person' | 'web-form' | 'other';
export type AccessRequester = 'data-subject' | 'legal-representative' | 'authorised-representative';
export type AccessRequestStatus = 'received' | 'export-available' | 'export-removed';

export interface SubjectAccessRequestInput {
  readonly subjectName: string;
  readonly subjectBirthDate: string;
  readonly receivedOn: string;
  readonly receivedVia: AccessRequestChannel | '';
  readonly externalReference?: string;
  readonly requestedBy: AccessRequester | '';
}

export interface SubjectAccessRequest {
  readonly id: string;
  readonly reference: string;
  readonly subjectName: string;
  readonly subjectBirthDate: string;
  readonly receivedOn: string;
  readonly receivedVia: AccessRequestChannel;
  readonly externalReference: string | null;
  readonly requestedBy: AccessRequester;
  readonly deadlineOn: string;
  readonly overdue: boolean;
  readonly status: AccessRequestStatus;
  readonly recordedAt: string;
  readonly recordedByRole: 'chain-director' | 'privacy-officer' | 'partner-professional' | 'application-administrator';
  readonly coverage: { readonly allTables: boolean; readonly tables: readonly string[] };
  readonly export: {
    readonly producedAt: string;
    readonly expiresAt: string;
    readonly downloadedAt: string | null;
    readonly removedAt: string | null;
    readonly sha256: string;
  } | null;
  readonly abilities: { readonly produceExport: boolean; readonly download: boolean };
}

export interface SubjectAccessExportReceipt {
  readonly oneTimeCode: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly expiresAt: string;
}
