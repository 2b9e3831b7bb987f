/** Access requests of data subjects (X-3; server: modules/subject-access-requests/subject-access.schemas.ts). */
export type AccessRequestChannel = 'letter' | 'email' | 'in-person' | 'web-form' | 'other';
export type AccessRequester = 'data-subject' | 'legal-representative' | 'authorised-representative';
export type AccessRequestStatus = 'received' | 'export-available' | 'export-removed';
/** ADR 0022: the young person's data, or a legal representative's own data. */
export type AccessRequestAbout = 'young-person' | 'legal-representative';

export interface SubjectAccessRequestInput {
  readonly subjectName: string;
  readonly subjectBirthDate: string;
  readonly receivedOn: string;
  readonly receivedVia: AccessRequestChannel | '';
  readonly externalReference?: string;
  readonly requestedBy: AccessRequester | '';
  readonly about?: AccessRequestAbout;
  readonly representativeName?: string;
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
  readonly about: AccessRequestAbout;
  readonly representativeName: string | null;
  readonly deadlineOn: string;
  /** The deadline in force: the extended one when the period was extended (art. 12(3)). */
  readonly currentDeadlineOn: string;
  readonly extension: {
    readonly months: number;
    readonly extendedDeadlineOn: string;
    readonly motivation: string;
    readonly decidedOn: string;
    readonly requesterInformedOn: string;
  } | null;
  readonly matching: { readonly candidates: number; readonly confirmationNeeded: boolean; readonly confirmedAt: string | null; readonly basis: string | null };
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
  readonly abilities: { readonly produceExport: boolean; readonly download: boolean; readonly confirmMatches: boolean; readonly extend: boolean };
}

export interface SubjectAccessExportReceipt {
  readonly oneTimeCode: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly expiresAt: string;
}

/** ADR 0022: the matches of an ambiguous request, with only non-content identifying facts. */
export interface SubjectAccessMatch {
  readonly matchId: string;
  readonly kind: 'case' | 'group' | 'representative';
  readonly table: string;
  readonly tableMunicipality: string;
  readonly registeredMonth: string;
  readonly municipality: string | null;
  readonly relation: string | null;
  readonly belongs: boolean | null;
}

export interface SubjectAccessMatchList {
  readonly confirmationNeeded: boolean;
  readonly candidates: readonly SubjectAccessMatch[];
}

export interface SubjectAccessMatchConfirmation {
  readonly decisions: readonly { readonly matchId: string; readonly belongs: boolean }[];
  readonly basis: string;
}

export interface SubjectAccessExtensionInput {
  readonly extensionMonths: number;
  readonly motivation: string;
  readonly requesterInformedOn: string;
}
