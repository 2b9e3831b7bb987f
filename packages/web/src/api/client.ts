import type {
  AdminTable,
  AdminUser,
  AdmissionDecisionInput,
  AdmissionResult,
  Assessment,
  CaseDetail,
  CaseSummary,
  CaseView,
  Contribution,
  ContributionIndex,
  GrantRequestDecisionInput,
  GrantRequestInbox,
  GrantRequestInput,
  InformingCompletion,
  InformingDeferral,
  LoginOptions,
  MyTable,
  Notice,
  Organisation,
  OrganisationInput,
  PartnerQuery,
  PartnerQueryInput,
  Problem,
  ProcessingActivity,
  Registration,
  ReleaseInput,
  ReleaseToMe,
  Session,
  TableInput,
  UserInput,
  UserUpdate,
} from './types.ts';
import type { LogFilterOptions, LogIntegrity, LogSearch, LogSearchResult } from './privacy-types.ts';
import type { CaseDirection, CaseRetention, DirectionTransfer, DirectionTransferInput, LegalHold, RetentionException, RetentionExceptionInput } from './types.ts';
import type {
  SubjectAccessExportReceipt,
  SubjectAccessExtensionInput,
  SubjectAccessMatchConfirmation,
  SubjectAccessMatchList,
  SubjectAccessRequest,
  SubjectAccessRequestInput,
} from './subject-access-types.ts';
import type { FocusReleases, ReleasedForItem, WorkQueue } from './focus-types.ts';
import type { AgendaCandidate, AgendaItem, MeetingDetail, MeetingSeries, MeetingSeriesInput, MeetingSummary, MeetingUpdate } from './meeting-types.ts';
import type {
  PartnerQueryAnswerInput,
  PartnerQueryAnswerResult,
  PartnerQueryInbox,
  ReassessmentInput,
  ReassessmentResult,
  StrikeInput,
  Triage,
  TriageOutcomeInput,
  TriageOutcomeResult,
  TriageRecord,
  TriageRecordInput,
} from './triage-types.ts';

const API = '/api/v1';

/** An API call that failed; `problem` is the server's RFC 9457 body (or one made up for network failures). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** True when the session is missing or expired: the caller should send the user to /inloggen. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The same answer the server gives for an unknown or hidden record (X-2), for ids that cannot exist. */
export function notFound(): ApiError {
  return new ApiError({ type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'Niet gevonden of geen toegang.', code: 'not-found' });
}

let csrfToken: string | undefined;

/** Remembers the session's CSRF token; it is sent as `X-CSRF-Token` on every change. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

function madeUpProblem(status: number, detail: string): Problem {
  return { type: 'about:blank', title: 'Fout', status, detail, code: status === 0 ? 'network' : 'unexpected' };
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.detail === 'string' && typeof body.status === 'number') return body as Problem;
  } catch {
    // Not JSON: a proxy or the server fell over; fall through to a generic message.
  }
  return madeUpProblem(response.status, `Er ging iets mis (HTTP ${response.status}). Probeer het later opnieuw.`);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API call; exported for the per-area clients (e.g. steering.ts). */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrfToken !== undefined) headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(API + path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(madeUpProblem(0, 'Geen verbinding met Ketentafel. Controleer uw netwerk en probeer het opnieuw.'));
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const id = (value: string) => encodeURIComponent(value);

/** Every API operation the web app uses, typed after the server's schemas. */
export const api = {
  loginOptions: () => request<LoginOptions>('GET', '/login-options'),
  session: async () => {
    const session = await request<Session>('GET', '/session');
    setCsrfToken(session.csrfToken);
    return session;
  },
  demoLogin: (userId: string) => request<undefined>('POST', '/demo-sessions', { userId }),
  logout: async () => {
    await request<undefined>('DELETE', '/session');
    setCsrfToken(undefined);
  },

  myTables: () => request<{ tables: MyTable[] }>('GET', '/tables'),
  notices: () => request<{ notices: Notice[] }>('GET', '/notices'),
  processingActivities: () => request<{ activities: ProcessingActivity[] }>('GET', '/processing-activities'),

  cases: (filter: { tableId?: string | undefined; phase?: string | undefined } = {}) => {
    const query = new URLSearchParams();
    if (filter.tableId) query.set('tableId', filter.tableId);
    if (filter.phase) query.set('phase', filter.phase);
    const qs = query.toString();
    return request<{ cases: CaseSummary[] }>('GET', `/cases${qs ? `?${qs}` : ''}`);
  },
  caseDetail: (caseId: string) => request<CaseView>('GET', `/cases/${id(caseId)}`),
  registerCase: (registration: Registration) => request<CaseDetail>('POST', '/cases', registration),
  assessment: (caseId: string) => request<Assessment>('GET', `/cases/${id(caseId)}/assessment`),
  decideAdmission: (caseId: string, input: AdmissionDecisionInput) =>
    request<AdmissionResult>('POST', `/cases/${id(caseId)}/admission-decision`, input),
  completeInforming: (caseId: string, input: InformingCompletion) =>
    request<{ recipients: string[]; informedOn: string }>('POST', `/cases/${id(caseId)}/informing-task/completion`, input),
  deferInforming: (caseId: string, input: InformingDeferral) =>
    request<{ plannedOn: string }>('POST', `/cases/${id(caseId)}/informing-task/deferral`, input),
  sendPartnerQuery: (caseId: string, input: PartnerQueryInput) =>
    request<PartnerQuery>('POST', `/cases/${id(caseId)}/partner-queries`, input),
  contributions: (caseId: string) => request<{ contributions: Contribution[] }>('GET', `/cases/${id(caseId)}/contributions`),
  releaseContribution: (caseId: string, contributionId: string, input: ReleaseInput) =>
    request<{ id: string }>('POST', `/cases/${id(caseId)}/contributions/${id(contributionId)}/releases`, input),
  withdrawRelease: (caseId: string, contributionId: string, grantId: string) =>
    request<undefined>('DELETE', `/cases/${id(caseId)}/contributions/${id(contributionId)}/releases/${id(grantId)}`),
  releasesToMe: () => request<{ releases: ReleaseToMe[] }>('GET', '/releases-to-me'),
  caseDirection: (caseId: string) => request<CaseDirection>('GET', `/cases/${id(caseId)}/direction`),
  transferDirection: (caseId: string, input: DirectionTransferInput) =>
    request<DirectionTransfer>('POST', `/cases/${id(caseId)}/direction-transfers`, input),
  caseRetention: (caseId: string) => request<CaseRetention>('GET', `/cases/${id(caseId)}/retention`),
  recordRetentionException: (caseId: string, input: RetentionExceptionInput) =>
    request<RetentionException>('POST', `/cases/${id(caseId)}/retention-exceptions`, input),
  placeLegalHold: (caseId: string, input: { motivation: string }) => request<LegalHold>('POST', `/cases/${id(caseId)}/legal-holds`, input),
  liftLegalHold: (caseId: string, holdId: string) => request<LegalHold>('DELETE', `/cases/${id(caseId)}/legal-holds/${id(holdId)}`),
  legalHolds: () => request<{ legalHolds: LegalHold[] }>('GET', '/legal-holds'),
  contributionIndex: (caseId: string) => request<ContributionIndex>('GET', `/cases/${id(caseId)}/contribution-index`),
  requestContribution: (caseId: string, contributionId: string, input: GrantRequestInput) =>
    request<{ id: string }>('POST', `/cases/${id(caseId)}/contributions/${id(contributionId)}/grant-requests`, input),
  grantRequests: () => request<GrantRequestInbox>('GET', '/grant-requests'),
  decideGrantRequest: (grantRequestId: string, input: GrantRequestDecisionInput) =>
    request<{ id: string; status: 'granted' | 'refused'; grantId: string | null }>('POST', `/grant-requests/${id(grantRequestId)}/decision`, input),

  meetings: {
    series: () => request<{ series: MeetingSeries[] }>('GET', '/meeting-series'),
    seriesDetail: (seriesId: string) => request<MeetingSeries>('GET', `/meeting-series/${id(seriesId)}`),
    createSeries: (input: MeetingSeriesInput) => request<MeetingSeries>('POST', '/meeting-series', input),
    upcoming: () => request<{ meetings: MeetingSummary[] }>('GET', '/meetings'),
    detail: (meetingId: string) => request<MeetingDetail>('GET', `/meetings/${id(meetingId)}`),
    update: (meetingId: string, input: MeetingUpdate) => request<MeetingDetail>('PATCH', `/meetings/${id(meetingId)}`, input),
    candidates: (meetingId: string) => request<{ candidates: AgendaCandidate[] }>('GET', `/meetings/${id(meetingId)}/agenda-candidates`),
    addItem: (meetingId: string, input: { caseId: string; goal: string }) => request<AgendaItem>('POST', `/meetings/${id(meetingId)}/agenda-items`, input),
    removeItem: (meetingId: string, itemId: string) => request<undefined>('DELETE', `/meetings/${id(meetingId)}/agenda-items/${id(itemId)}`),
    invite: (meetingId: string, itemId: string, organisationIds: readonly string[]) =>
      request<AgendaItem>('PUT', `/meetings/${id(meetingId)}/agenda-items/${id(itemId)}/invitations`, { organisationIds }),
    /** The iCalendar download (a plain link: the browser sends the session cookie). */
    calendarUrl: (meetingId: string) => `${API}/meetings/${id(meetingId)}/icalendar`,
    seriesCalendarUrl: (seriesId: string) => `${API}/meeting-series/${id(seriesId)}/icalendar`,
  },
  /** ZVT-2A.4: releases for one focus meeting (ADR 0019). */
  focusReleases: {
    ofCase: (caseId: string) => request<FocusReleases>('GET', `/cases/${id(caseId)}/focus-releases`),
    release: (caseId: string, contributionId: string, agendaItemId: string) =>
      request<{ id: string }>('POST', `/cases/${id(caseId)}/contributions/${id(contributionId)}/meeting-releases`, { agendaItemId }),
    withdraw: (caseId: string, contributionId: string, releaseId: string) =>
      request<undefined>('DELETE', `/cases/${id(caseId)}/contributions/${id(contributionId)}/meeting-releases/${id(releaseId)}`),
    forItem: (meetingId: string, itemId: string) => request<ReleasedForItem>('GET', `/meetings/${id(meetingId)}/agenda-items/${id(itemId)}/released-contributions`),
  },
  workQueue: () => request<WorkQueue>('GET', '/work-queue'),
  triage: {
    inbox: () => request<PartnerQueryInbox>('GET', '/partner-queries'),
    answer: (queryId: string, input: PartnerQueryAnswerInput) => request<PartnerQueryAnswerResult>('POST', `/partner-queries/${id(queryId)}/answer`, input),
    view: (caseId: string) => request<Triage>('GET', `/cases/${id(caseId)}/triage`),
    saveRecord: (caseId: string, input: TriageRecordInput) => request<TriageRecord>('PUT', `/cases/${id(caseId)}/triage/record`, input),
    strike: (caseId: string, input: StrikeInput) => request<{ fields: string[]; struckAt: string }>('POST', `/cases/${id(caseId)}/triage/strikes`, input),
    reassess: (caseId: string, input: ReassessmentInput) => request<ReassessmentResult>('POST', `/cases/${id(caseId)}/triage/reassessment`, input),
    decide: (caseId: string, input: TriageOutcomeInput) => request<TriageOutcomeResult>('POST', `/cases/${id(caseId)}/triage/outcome`, input),
  },
  privacy: {
    searchLog: (search: LogSearch) => request<LogSearchResult>('POST', '/privacy/log-entries/_zoek', search),
    logFilterOptions: () => request<LogFilterOptions>('GET', '/privacy/log-filter-options'),
    logIntegrity: () => request<LogIntegrity>('GET', '/privacy/log-integrity'),
  },
  subjectAccess: {
    list: () => request<{ subjectAccessRequests: SubjectAccessRequest[] }>('GET', '/subject-access-requests'),
    record: (input: SubjectAccessRequestInput) => request<SubjectAccessRequest>('POST', '/subject-access-requests', input),
    produceExport: (requestId: string) => request<SubjectAccessExportReceipt>('POST', `/subject-access-requests/${id(requestId)}/export`),
    matches: (requestId: string) => request<SubjectAccessMatchList>('GET', `/subject-access-requests/${id(requestId)}/matches`),
    confirmMatches: (requestId: string, input: SubjectAccessMatchConfirmation) => request<SubjectAccessRequest>('PUT', `/subject-access-requests/${id(requestId)}/matches`, input),
    extend: (requestId: string, input: SubjectAccessExtensionInput) => request<SubjectAccessRequest>('POST', `/subject-access-requests/${id(requestId)}/extension`, input),
    /** A plain link: the browser downloads the encrypted PDF with the session cookie (GET needs no CSRF token). */
    downloadUrl: (requestId: string) => `${API}/subject-access-requests/${id(requestId)}/export`,
  },
  admin: {
    organisations: () => request<{ organisations: Organisation[] }>('GET', '/admin/organisations'),
    createOrganisation: (input: OrganisationInput) => request<Organisation>('POST', '/admin/organisations', input),
    tables: () => request<{ tables: AdminTable[] }>('GET', '/admin/tables'),
    createTable: (input: TableInput) => request<AdminTable>('POST', '/admin/tables', input),
    users: () => request<{ users: AdminUser[] }>('GET', '/admin/users'),
    createUser: (input: UserInput) => request<AdminUser>('POST', '/admin/users', input),
    updateUser: (userId: string, input: UserUpdate) => request<AdminUser>('PATCH', `/admin/users/${id(userId)}`, input),
  },
} as const;
