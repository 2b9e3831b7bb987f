import { informingRecipients } from '@ketentafel/domain';
import { requireProcess } from '../../processes.ts';
import type { Actor } from '../../auth/actor.ts';
import { caseAbilities } from '../../access/case-policy.ts';
import { caseFactsOf, type CaseSummaryRow } from './case.repository.ts';
import type { TCaseDetail, TCaseSummary, TReleasedCase } from './case.schemas.ts';
import type { findHistory, findLatestDecision, findLegalRepresentatives } from './case.repository.ts';
import type { InformingTaskRow } from '../informing/informing.repository.ts';
import type { EligibilityFactsContent } from './case.service.ts';

function phaseName(row: CaseSummaryRow): string {
  const process = requireProcess(row.process_key, row.process_version);
  return process.phases.find((p) => p.id === row.phase)?.name ?? row.phase;
}

export function presentCaseSummary(actor: Actor, row: CaseSummaryRow, today: string): TCaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    table: { id: row.table_id, name: row.table_name },
    kind: row.kind,
    phase: row.phase,
    phaseName: phaseName(row),
    title: row.kind === 'individual' ? (row.subject_name ?? '') : (row.group_name ?? ''),
    registeredOn: row.registered_on,
    referrerOrganisation: row.referrer_organisation_name,
    registeredByMe: row.referrer_user_id === actor.userId,
    directionOrganisation: { id: row.direction_organisation_id, name: row.direction_organisation_name },
    informingStatus: row.informing_status,
    informingPlannedOn: row.informing_planned_on,
    abilities: caseAbilities(actor, caseFactsOf(row), today),
  };
}

export function presentCaseDetail(
  actor: Actor,
  row: CaseSummaryRow,
  parts: {
    today: string;
    reason: string;
    facts: EligibilityFactsContent | null;
    legalRepresentatives: Awaited<ReturnType<typeof findLegalRepresentatives>>;
    decision: Awaited<ReturnType<typeof findLatestDecision>>;
    informing: InformingTaskRow | undefined;
    partnerQueries: { id: string; organisation: string; question: string; deadline: string }[];
    history: Awaited<ReturnType<typeof findHistory>>;
  },
): TCaseDetail {
  const process = requireProcess(row.process_key, row.process_version);
  const birthDate = row.subject_birth_date;
  const informing = parts.informing;
  return {
    ...presentCaseSummary(actor, row, parts.today),
    view: 'full',
    subject:
      row.subject_name !== null && birthDate !== null
        ? { fullName: row.subject_name, birthDate, municipality: row.subject_municipality ?? '' }
        : null,
    group: row.group_name !== null ? { name: row.group_name, area: row.group_area ?? '' } : null,
    legalRepresentatives: parts.legalRepresentatives.map((r) => ({
      fullName: r.full_name,
      relation: r.relation as 'parent' | 'guardian' | 'other',
      contact: r.contact,
    })),
    reason: parts.reason,
    facts: parts.facts,
    processVersion: { key: process.key, version: process.version, name: process.name },
    decision: parts.decision
      ? {
          decision: parts.decision.decision as 'admitted',
          proposal: parts.decision.proposal as 'admitted',
          reason: parts.decision.reason,
          dataRequest: parts.decision.data_request,
          decidedAt: parts.decision.decided_at.toISOString(),
        }
      : null,
    informingTask: informing
      ? {
          id: informing.id,
          status: informing.status,
          responsibleOrganisation: informing.responsible_organisation_name,
          requiredRecipientsToday: birthDate !== null ? [...informingRecipients(birthDate, parts.today)] : ['subject'],
          informedOn: informing.informed_on,
          recipients: informing.recipients as ('subject' | 'legalRepresentatives')[] | null,
          contentItems: informing.content_items,
          consentAsked: informing.consent_asked,
          consentGiven: informing.consent_given as 'yes' | 'no' | 'not-applicable' | null,
          deferralGround: informing.deferral_ground,
          deferralMotivation: informing.deferral_motivation,
          plannedOn: informing.planned_on,
        }
      : null,
    partnerQueries: parts.partnerQueries,
    history: parts.history.map((h) => ({
      fromPhase: h.from_phase,
      toPhase: h.to_phase,
      outcome: h.outcome,
      at: h.at.toISOString(),
    })),
  };
}

/** A case as a partner sees it that only received releases: reference and table, abilities (all false today). */
export function presentReleasedCase(actor: Actor, row: CaseSummaryRow, today: string): TReleasedCase {
  return {
    view: 'released',
    id: row.id,
    reference: row.reference,
    table: { id: row.table_id, name: row.table_name },
    abilities: caseAbilities(actor, caseFactsOf(row), today),
  };
}
