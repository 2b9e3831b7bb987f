/** Types of the case meeting's record and minutes (ZVT-3A.2 – ZVT-3A.5), after the server's schemas. */

export type MeetingRecordOutcome = 'plan-with-monitoring' | 'other-table' | 'scale-down';

export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
}

export interface ActionData {
  readonly contributionId: string;
  readonly kind: string;
  readonly category: string;
  readonly owner: OrganisationRef;
  readonly status: 'pending' | 'released' | 'refused' | 'withdrawn';
  readonly refusalReason: string | null;
  readonly abilities: { readonly decide: boolean };
}

export interface PlanAction {
  readonly id: string;
  readonly owner: OrganisationRef;
  readonly description: string;
  readonly dueOn: string;
  readonly data: readonly ActionData[];
}

export interface RecordOutcome {
  readonly outcome: MeetingRecordOutcome;
  readonly label: string;
  readonly decidedOn: string;
  readonly motivation: string | null;
  readonly monitoringOn: string | null;
  readonly monitoringWith: readonly OrganisationRef[];
}

export interface MeetingRecord {
  readonly agendaItemId: string;
  readonly meeting: { readonly id: string; readonly date: string };
  readonly case: { readonly id: string; readonly reference: string; readonly title: string; readonly phase: string };
  readonly situationPicture: { readonly text: string; readonly category: string } | null;
  readonly caseDirector: { readonly userId: string; readonly name: string; readonly organisation: OrganisationRef } | null;
  readonly actions: readonly PlanAction[];
  readonly outcome: RecordOutcome | null;
  readonly options: {
    readonly invitedOrganisations: readonly OrganisationRef[];
    readonly tablePartners: readonly OrganisationRef[];
    readonly caseDirectorCandidates: readonly { readonly userId: string; readonly name: string; readonly organisation: OrganisationRef }[];
    readonly contributions: readonly { readonly id: string; readonly kind: string; readonly category: string; readonly phase: string; readonly owner: OrganisationRef }[];
    readonly outcomes: readonly { readonly id: MeetingRecordOutcome; readonly label: string }[];
  };
  readonly refusal: string | null;
  readonly abilities: { readonly record: boolean };
}

export interface MeetingRecordInput {
  readonly situationPicture?: { readonly text: string; readonly category: string };
  readonly caseDirectorUserId?: string | null;
}

export interface PlanActionInput {
  readonly ownerOrganisationId: string;
  readonly description: string;
  readonly dueOn: string;
  readonly contributionIds: readonly string[];
}

export interface MeetingOutcomeInput {
  readonly outcome: MeetingRecordOutcome | '';
  readonly motivation: string;
  readonly monitoringOn?: string;
  readonly monitoringWithOrganisationIds?: readonly string[];
}

export interface MeetingOutcomeResult {
  readonly outcome: MeetingRecordOutcome;
  readonly deleted: boolean;
  readonly phase: string | null;
  readonly scaleDownOn: string | null;
  readonly record: MeetingRecord | null;
}

export interface MinutesItem {
  readonly agendaItemId: string;
  readonly case: { readonly reference: string; readonly title: string | null };
  readonly recorded: boolean;
  readonly situationPicture: { readonly text: string; readonly category: string; readonly owner: string } | null;
  readonly caseDirector: { readonly name: string; readonly organisation: string } | null;
  readonly actions: readonly PlanAction[];
  readonly releaseRequests: readonly { readonly actionId: string; readonly actionOwner: string; readonly actionDescription: string; readonly dueOn: string; readonly data: ActionData }[];
  readonly outcome: RecordOutcome | null;
}

export interface Minutes {
  readonly meeting: { readonly id: string; readonly title: string; readonly date: string; readonly startTime: string; readonly location: string; readonly status: string };
  readonly items: readonly MinutesItem[];
  readonly producedAt: string;
}

export interface MonitoringAppointment {
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly table: string;
  readonly monitoringOn: string;
  readonly meetingOn: string;
  readonly with: readonly string[];
  readonly status: 'overdue' | 'due' | 'later';
}

export interface CasePlan {
  readonly caseDirector: { readonly name: string; readonly organisation: string } | null;
  readonly latest: { readonly meetingId: string; readonly meetingOn: string; readonly item: MinutesItem } | null;
}
