/** Types of the group approach API (ZVT-2B), after the server's schemas in modules/groups/group.schemas.ts. */
export type GroupPriority = 'low' | 'medium' | 'high';
export type DecidingBody = 'mayor-and-alderman' | 'triangle';
export type GroupDecisionOutcome = 'plan-adopted' | 'plan-adopted-individual-registrations' | 'plan-adopted-veiligheidshuis' | 'plan-needs-change' | 'plan-not-adopted';

export interface GroupSummary {
  readonly id: string;
  readonly reference: string;
  readonly name: string;
  readonly area: string;
  readonly table: { readonly id: string; readonly name: string };
  readonly phase: string;
  readonly endState: string | null;
  readonly memberCount: number;
  readonly registeredOn: string;
}

export interface GroupPicture {
  readonly behaviour: string;
  readonly impact: string;
  readonly composition: string;
  readonly dynamics: string;
  readonly slidingRisk: string;
  readonly prosecutorConsultation: { readonly consultedOn: string; readonly summary: string } | null;
}

export interface GroupDetail extends GroupSummary {
  readonly reason: string;
  readonly unknownMemberCount: number;
  readonly phaseName: string;
  readonly referrer: { readonly organisation: string };
  readonly members: readonly { readonly id: string; readonly fullName: string; readonly birthDate: string; readonly registeredCaseReference: string | null }[];
  readonly scanDocument: { readonly contributionId: string; readonly fileName: string; readonly contentType: string; readonly sizeBytes: number; readonly sha256: string; readonly owner: string } | null;
  readonly corePartners: readonly { readonly organisationId: string; readonly organisation: string; readonly onRequest: boolean }[];
  readonly otherTablePartners: readonly { readonly organisationId: string; readonly organisation: string }[];
  readonly picture: (GroupPicture & { readonly updatedAt: string }) | null;
  readonly draftPlan: {
    readonly areaMeasures: string;
    readonly groupMeasures: string;
    readonly individualApproachMemberIds: readonly string[];
    readonly involveVeiligheidshuis: boolean;
    readonly priority: GroupPriority;
    readonly criminalGroup: boolean;
    readonly decidingBody: DecidingBody;
  } | null;
  readonly decisions: readonly { readonly id: string; readonly decidedOn: string; readonly body: DecidingBody; readonly outcomes: readonly string[]; readonly motivation: string }[];
  readonly informing: readonly { readonly id: string; readonly memberId: string; readonly memberName: string; readonly status: 'open' | 'done'; readonly sentOn: string | null }[];
  readonly abilities: {
    readonly admit: boolean;
    readonly recordPicture: boolean;
    readonly addCorePartner: boolean;
    readonly recordOutcome: boolean;
    readonly recordDecision: boolean;
    readonly recordInforming: boolean;
    readonly groupOutcomeLetters: boolean;
    readonly downloadScan: boolean;
    readonly releaseScan: boolean;
  };
}

export interface GroupRegistration {
  readonly tableId: string;
  readonly policeOrganisationId?: string;
  readonly referrerUserId?: string;
  readonly name: string;
  readonly area: string;
  readonly reason: string;
  readonly members: readonly { readonly fullName: string; readonly birthDate: string }[];
  readonly unknownMemberCount: number;
  readonly scanDocument: { readonly fileName: string; readonly contentType: string; readonly contentBase64: string };
}

export type GroupOutcomeInput =
  | { readonly outcome: 'no-group-approach'; readonly motivation: string }
  | {
      readonly outcome: 'draft-plan';
      readonly areaMeasures: string;
      readonly groupMeasures: string;
      readonly individualApproachMemberIds: readonly string[];
      readonly involveVeiligheidshuis: boolean;
      readonly priority: GroupPriority | '';
      readonly criminalGroup: boolean;
    };

export interface GroupDecisionInput {
  readonly decidedOn: string;
  readonly body: DecidingBody | '';
  readonly outcomes: readonly GroupDecisionOutcome[];
  readonly motivation: string;
  readonly memberIdsToRegister: readonly string[];
  readonly legalRepresentatives?: readonly { readonly memberId: string; readonly fullName: string; readonly relation: 'parent' | 'guardian' | 'other'; readonly contact: string }[];
}

export interface GroupDecisionResult {
  readonly deleted: boolean;
  readonly reference: string;
  readonly phase: string | null;
  readonly endState: string | null;
  readonly registeredCases: readonly { readonly memberId: string; readonly caseId: string; readonly reference: string }[];
}

export interface GroupInformingInput {
  readonly sentOn: string;
  readonly outcome: string;
  readonly goal: string;
  readonly themes: string;
  readonly participants: string;
  readonly rightsExplained: boolean;
}
