import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';
import type { DataCategory } from '../../db/schema.ts';

export async function insertTriageRecord(db: DbOrTrx, row: { case_id: string; owner_organisation_id: string; category: DataCategory; content: unknown; created_by: string; purpose: string }) {
  await db
    .insertInto('contributions')
    .values({ ...row, phase: '2A', kind: 'triage-record', content: JSON.stringify(row.content) })
    .execute();
}

/** Replaces the content of the case's triage record (one per case). */
export async function updateTriageRecord(db: DbOrTrx, contributionId: string, category: DataCategory, content: unknown) {
  await db.updateTable('contributions').set({ category, content: JSON.stringify(content) }).where('id', '=', contributionId).execute();
}

/** Names of organisations by id (only those taking part in the table). */
export async function tablePartnerNames(db: DbOrTrx, tableId: string) {
  const rows = await db
    .selectFrom('table_partners as tp')
    .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
    .select(['o.id', 'o.name'])
    .where('tp.table_id', '=', tableId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listStrikes(db: DbOrTrx, caseId: string) {
  return db.selectFrom('registration_strikes').select(['fields', 'reason', 'struck_at']).where('case_id', '=', caseId).orderBy('struck_at').execute();
}

export async function insertStrike(db: DbOrTrx, row: { case_id: string; fields: string[]; reason: string; struck_by: string; struck_at: Date }) {
  await db.insertInto('registration_strikes').values(row).execute();
}

/** Which strikable parts still hold content. */
export async function presentRegistrationParts(db: DbOrTrx, caseId: string, subjectId: string | null) {
  const kinds = await db.selectFrom('contributions').select('kind').where('case_id', '=', caseId).execute();
  const has = (kind: string) => kinds.some((k) => k.kind === kind);
  const subject = subjectId ? await db.selectFrom('subjects').select('municipality').where('id', '=', subjectId).executeTakeFirst() : undefined;
  return {
    registrationReason: has('registration-reason'),
    subjectMunicipality: (subject?.municipality ?? '') !== '',
    criteriaCriminal: has('criteria-criminal'),
    criteriaCare: has('criteria-care'),
    criteriaOther: has('criteria-other'),
  };
}

/**
 * ZVT-2A.3: really removes registration contributions (rows deleted, with their releases), not flagged.
 * `unsafe`: bypasses access; the service checks first.
 */
export async function unsafeDeleteRegistrationContributions(db: DbOrTrx, caseId: string, kinds: readonly string[]): Promise<number> {
  if (kinds.length === 0) return 0;
  const result = await db.deleteFrom('contributions').where('case_id', '=', caseId).where('kind', 'in', kinds).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** ZVT-2A.3: empties the subject's municipality (the column is required, so '' rather than NULL). */
export async function unsafeClearMunicipality(db: DbOrTrx, subjectId: string): Promise<void> {
  await db.updateTable('subjects').set({ municipality: '' }).where('id', '=', subjectId).execute();
}

/**
 * ZVT-2A.3: once criteria facts are struck, the stored assessments of the case must not keep them either: their
 * explanations name each fact and its value. The decisions themselves (proposal, decision, reason) stay.
 */
export async function unsafeScrubAssessments(db: DbOrTrx, caseId: string): Promise<void> {
  await sql`UPDATE admission_decisions SET assessment = (assessment - 'criteria' - 'facts') || '{"criteria": [], "struck": true}'::jsonb
    WHERE case_id = ${caseId}`.execute(db);
}

export async function listOutcomes(db: DbOrTrx, caseId: string) {
  return db.selectFrom('triage_outcomes').select(['phase', 'outcome', 'motivation', 'decided_at']).where('case_id', '=', caseId).orderBy('decided_at').execute();
}

export async function insertOutcome(db: DbOrTrx, row: { case_id: string; phase: string; outcome: string; motivation: string; decided_by: string }) {
  await db.insertInto('triage_outcomes').values(row).execute();
}
