import type { DataCategory, MeetingKind } from '@ketentafel/domain';

/** GET /cases/{caseId}/focus-releases (ZVT-2A.4, ADR 0019). */
export interface FocusReleases {
  readonly meetings: readonly { readonly agendaItemId: string; readonly meetingId: string; readonly title: string; readonly startsOn: string; readonly startTime: string }[];
  readonly releases: readonly {
    readonly id: string;
    readonly contributionId: string;
    readonly agendaItemId: string;
    readonly meetingId: string;
    readonly meetingStartsOn: string;
    readonly releasedAt: string;
    readonly withdrawnAt: string | null;
    readonly visibleNow: boolean;
  }[];
}

/** GET /meetings/{meetingId}/agenda-items/{agendaItemId}/released-contributions. */
export interface ReleasedForItem {
  readonly agendaItemId: string;
  readonly meeting: { readonly id: string; readonly title: string; readonly kind: MeetingKind; readonly startsOn: string; readonly startTime: string; readonly status: 'planned' | 'cancelled' };
  readonly case: { readonly id: string; readonly reference: string; readonly title: string; readonly phase: string };
  readonly goal: string;
  readonly concluded: boolean;
  readonly contributions: readonly {
    readonly id: string;
    readonly kind: string;
    readonly category: DataCategory;
    readonly purpose: string;
    readonly owner: { readonly id: string; readonly name: string };
    readonly content: Record<string, unknown>;
    readonly releasedAt: string;
  }[];
}

export type DueUrgency = 'overdue' | 'due' | 'soon';

/** GET /work-queue: the chain director's "what needs me now". */
export interface WorkQueue {
  readonly today: string;
  readonly windowDays: number;
  readonly registrationsToAssess: { readonly count: number; readonly items: readonly { readonly caseId: string; readonly reference: string; readonly table: string; readonly registeredOn: string; readonly link: string }[] };
  readonly overduePartnerQueries: {
    readonly count: number;
    readonly items: readonly { readonly id: string; readonly caseId: string; readonly reference: string; readonly organisation: string; readonly deadline: string; readonly link: string }[];
  };
  readonly informing: {
    readonly count: number;
    readonly overdue: number;
    readonly items: readonly { readonly id: string; readonly caseId: string; readonly reference: string; readonly status: 'open' | 'deferred'; readonly plannedOn: string | null; readonly urgency: DueUrgency; readonly link: string }[];
  };
  readonly nextMeetings: {
    readonly count: number;
    readonly items: readonly { readonly meetingId: string; readonly table: string; readonly kind: MeetingKind; readonly title: string; readonly startsOn: string; readonly startTime: string; readonly agendaItemCount: number; readonly link: string }[];
  };
  readonly retentionReassessments: {
    readonly count: number;
    readonly overdue: number;
    readonly items: readonly { readonly id: string; readonly caseId: string; readonly reference: string; readonly reassessOn: string; readonly urgency: DueUrgency; readonly link: string }[];
  };
}
