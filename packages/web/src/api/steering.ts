import { request } from './client.ts';
import type {
  CsvFile,
  Escalation,
  EscalationDecisionInput,
  EscalationInput,
  Evaluation,
  PolicySignal,
  PolicySignalInput,
  SteeringGroup,
  SteeringGroupRole,
} from './steering-types.ts';

const id = (value: string) => encodeURIComponent(value);
const table = (tableId: string) => `/tables/${id(tableId)}`;

/** Steering group, policy signals, evaluation and table term (ZVT-E.1, ZVT-E.2, X-5): chain director only. */
export const steeringApi = {
  steeringGroup: (tableId: string) => request<SteeringGroup>('GET', `${table(tableId)}/steering-group`),
  updateSteeringGroup: (tableId: string, members: readonly { role: SteeringGroupRole; title: string }[]) =>
    request<SteeringGroup>('PATCH', `${table(tableId)}/steering-group`, { members }),
  escalations: (tableId: string) => request<{ escalations: Escalation[] }>('GET', `${table(tableId)}/escalations`),
  escalate: (tableId: string, input: EscalationInput) => request<Escalation>('POST', `${table(tableId)}/escalations`, input),
  recordDecision: (tableId: string, escalationId: string, input: EscalationDecisionInput) =>
    request<Escalation>('POST', `${table(tableId)}/escalations/${id(escalationId)}/decision`, input),
  signals: (tableId: string) => request<{ signals: PolicySignal[] }>('GET', `${table(tableId)}/policy-signals`),
  recordSignal: (tableId: string, input: PolicySignalInput) => request<PolicySignal>('POST', `${table(tableId)}/policy-signals`, input),
  exportSignals: (tableId: string) => request<CsvFile>('GET', `${table(tableId)}/policy-signals/csv-export`),
  evaluation: (tableId: string, year: number) => request<Evaluation>('GET', `${table(tableId)}/evaluations/${String(year)}`),
  exportEvaluation: (tableId: string, year: number) => request<CsvFile>('GET', `${table(tableId)}/evaluations/${String(year)}/csv-export`),
  transferOpenCases: (tableId: string) =>
    request<{ transferred: number; successorTable: { id: string; name: string } }>('POST', `${table(tableId)}/case-transfers`),
} as const;

/** Saves a server-made file in the browser (a Blob behind a temporary link; nothing leaves the page otherwise). */
export function saveFile(file: CsvFile): void {
  // A byte-order mark makes spreadsheet programs read the file as UTF-8.
  const blob = new Blob(['\uFEFF', file.content], { type: `${file.mediaType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
