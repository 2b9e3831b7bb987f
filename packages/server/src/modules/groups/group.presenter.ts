import type { DecidingBody, GroupPriority } from '@ketentafel/domain';
import type { GroupRow } from './group.repository.ts';
import type { TGroupDetail } from './group.schemas.ts';

/** The group picture contribution's content (ZVT-2B.1). */
export interface GroupPictureContent {
  readonly behaviour: string;
  readonly impact: string;
  readonly composition: string;
  readonly dynamics: string;
  readonly slidingRisk: string;
  readonly prosecutorConsultation: { readonly consultedOn: string; readonly summary: string } | null;
}

/** The draft plan contribution's content (ZVT-2B.2), with the deciding body the domain derived (ZVT-2B.3). */
export interface DraftPlanContent {
  readonly areaMeasures: string;
  readonly groupMeasures: string;
  readonly individualApproachMemberIds: readonly string[];
  readonly involveVeiligheidshuis: boolean;
  readonly priority: GroupPriority;
  readonly criminalGroup: boolean;
  readonly decidingBody: DecidingBody;
}

export function presentGroupSummary(row: GroupRow) {
  return {
    id: row.id,
    reference: row.reference,
    name: row.group_name ?? '',
    area: row.group_area ?? '',
    table: { id: row.table_id, name: row.table_name },
    phase: row.phase,
    endState: row.end_state,
    memberCount: row.member_subject_ids.length,
    registeredOn: row.registered_on,
  };
}

export function presentGroupDetail(input: {
  row: GroupRow;
  phaseName: string;
  reason: string;
  unknownMemberCount: number;
  members: readonly { id: string; full_name: string; birth_date: string; registered_case_reference: string | null }[];
  scan: { contributionId: string; owner: string; meta: { file_name: string; content_type: string; size_bytes: number; sha256: string } } | null;
  corePartners: TGroupDetail['corePartners'];
  otherTablePartners: TGroupDetail['otherTablePartners'];
  picture: { content: GroupPictureContent; updatedAt: Date } | null;
  plan: DraftPlanContent | null;
  decisions: readonly { id: string; decided_on: string; body: 'mayor-and-alderman' | 'triangle'; outcomes: string[]; motivation: string }[];
  informing: readonly { id: string; member_id: string; full_name: string; status: 'open' | 'done'; sent_on: string | null }[];
  abilities: TGroupDetail['abilities'];
}): TGroupDetail {
  const { row } = input;
  return {
    ...presentGroupSummary(row),
    reason: input.reason,
    unknownMemberCount: input.unknownMemberCount,
    phaseName: input.phaseName,
    referrer: { organisation: row.referrer_organisation_name },
    members: input.members.map((m) => ({ id: m.id, fullName: m.full_name, birthDate: m.birth_date, registeredCaseReference: m.registered_case_reference })),
    scanDocument: input.scan
      ? {
          contributionId: input.scan.contributionId,
          fileName: input.scan.meta.file_name,
          contentType: input.scan.meta.content_type,
          sizeBytes: input.scan.meta.size_bytes,
          sha256: input.scan.meta.sha256,
          owner: input.scan.owner,
        }
      : null,
    corePartners: input.corePartners,
    otherTablePartners: input.otherTablePartners,
    picture: input.picture ? { ...input.picture.content, updatedAt: input.picture.updatedAt.toISOString() } : null,
    draftPlan: input.plan ? { ...input.plan, individualApproachMemberIds: [...input.plan.individualApproachMemberIds] } : null,
    decisions: input.decisions.map((d) => ({ id: d.id, decidedOn: d.decided_on, body: d.body, outcomes: d.outcomes, motivation: d.motivation })),
    informing: input.informing.map((t) => ({ id: t.id, memberId: t.member_id, memberName: t.full_name, status: t.status, sentOn: t.sent_on })),
    abilities: input.abilities,
  };
}
