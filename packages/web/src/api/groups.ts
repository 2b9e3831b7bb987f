import { request } from './client.ts';
import type { GroupDecisionInput, GroupDecisionResult, GroupDetail, GroupInformingInput, GroupOutcomeInput, GroupPicture, GroupRegistration, GroupSummary } from './group-types.ts';

const id = (value: string) => encodeURIComponent(value);
const group = (groupId: string) => `/groups/${id(groupId)}`;

/** The group approach (ZVT-2B.1–2B.4): chain director, police and the core group, as the API's abilities allow. */
export const groupsApi = {
  list: () => request<{ groups: GroupSummary[] }>('GET', '/groups'),
  register: (input: GroupRegistration) => request<GroupDetail>('POST', '/groups', input),
  detail: (groupId: string) => request<GroupDetail>('GET', group(groupId)),
  scanUrl: (groupId: string) => `/api/v1${group(groupId)}/scan-document`,
  savePicture: (groupId: string, input: GroupPicture) => request<GroupDetail>('PUT', `${group(groupId)}/picture`, input),
  addCorePartner: (groupId: string, input: { organisationId: string; motivation: string }) => request<GroupDetail>('POST', `${group(groupId)}/core-partners`, input),
  recordOutcome: (groupId: string, input: GroupOutcomeInput) => request<GroupDecisionResult>('POST', `${group(groupId)}/outcome`, input),
  recordDecision: (groupId: string, input: GroupDecisionInput) => request<GroupDecisionResult>('POST', `${group(groupId)}/decisions`, input),
  recordInforming: (groupId: string, taskId: string, input: GroupInformingInput) =>
    request<GroupDetail>('POST', `${group(groupId)}/informing-tasks/${id(taskId)}/sent`, input),
} as const;
