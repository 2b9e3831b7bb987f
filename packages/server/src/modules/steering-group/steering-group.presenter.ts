import type { EscalationRow } from './steering-group.repository.ts';

export function presentEscalation(row: EscalationRow) {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.reference,
    summary: row.summary,
    question: row.question,
    escalatedAt: row.escalated_at.toISOString(),
    escalatedBy: row.escalated_by_name,
    decision:
      row.decision !== null && row.decided_on !== null && row.decision_text !== null && row.decision_recorded_at !== null
        ? { decidedOn: row.decided_on, decision: row.decision, text: row.decision_text, recordedBy: row.recorded_by_name ?? '', recordedAt: row.decision_recorded_at.toISOString() }
        : null,
  };
}
