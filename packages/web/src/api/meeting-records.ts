import { request } from './client.ts';
import type {
  CasePlan,
  MeetingOutcomeInput,
  MeetingOutcomeResult,
  MeetingRecord,
  MeetingRecordInput,
  Minutes,
  MonitoringAppointment,
  PlanActionInput,
} from './meeting-record-types.ts';

const id = (value: string) => encodeURIComponent(value);
const record = (meetingId: string, itemId: string) => `/meetings/${id(meetingId)}/agenda-items/${id(itemId)}/record`;

/** The case meeting's record (chain director), the owners' decisions per action, the minutes and monitoring (ZVT-3A.2 – 3A.5). */
export const meetingRecordApi = {
  get: (meetingId: string, itemId: string) => request<MeetingRecord>('GET', record(meetingId, itemId)),
  save: (meetingId: string, itemId: string, input: MeetingRecordInput) => request<MeetingRecord>('PUT', record(meetingId, itemId), input),
  addAction: (meetingId: string, itemId: string, input: PlanActionInput) => request<MeetingRecord>('POST', `${record(meetingId, itemId)}/actions`, input),
  removeAction: (meetingId: string, itemId: string, actionId: string) => request<MeetingRecord>('DELETE', `${record(meetingId, itemId)}/actions/${id(actionId)}`),
  decideOutcome: (meetingId: string, itemId: string, input: MeetingOutcomeInput) => request<MeetingOutcomeResult>('POST', `${record(meetingId, itemId)}/outcome`, input),
  minutes: (meetingId: string) => request<Minutes>('GET', `/meetings/${id(meetingId)}/minutes`),
  /** A plain link: the browser downloads the PDF with the session cookie. */
  minutesPdfUrl: (meetingId: string) => `/api/v1/meetings/${id(meetingId)}/minutes-pdf`,
  decideRelease: (actionId: string, contributionId: string, input: { decision: 'release' | 'refuse'; reason?: string }) =>
    request<{ status: string }>('POST', `/plan-actions/${id(actionId)}/data/${id(contributionId)}/decision`, input),
  monitoring: () => request<{ appointments: MonitoringAppointment[] }>('GET', '/monitoring-appointments'),
  casePlan: (caseId: string) => request<CasePlan>('GET', `/cases/${id(caseId)}/plan`),
};
