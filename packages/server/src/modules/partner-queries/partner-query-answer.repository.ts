import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

/**
 * Partner queries addressed to an organisation at the given tables, with the case facts the inbox needs
 * (ZVT-2A.2). The subject's identifying data come along only for cases still in triage.
 */
export async function queriesAddressedTo(db: DbOrTrx, organisationId: string, tableIds: readonly string[]) {
  if (tableIds.length === 0) return [];
  return db
    .selectFrom('partner_queries as q')
    .innerJoin('cases', 'cases.id', 'q.case_id')
    .innerJoin('tables as t', 't.id', 'cases.table_id')
    .leftJoin('subjects as s', 's.id', 'cases.subject_id')
    .select([
      'q.id',
      'q.case_id',
      'q.question',
      'q.deadline',
      sql<string>`to_char(q.sent_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('sent_on'),
      'q.answered_at',
      'q.answered_late',
      'q.answer_contribution_id',
      'q.reminder_sent_on',
      'cases.reference',
      'cases.phase',
      'cases.subject_id',
      'cases.kind',
      'cases.group_name',
      't.name as table_name',
      's.full_name as subject_name',
      's.birth_date as subject_birth_date',
    ])
    .where('q.organisation_id', '=', organisationId)
    .where('cases.table_id', 'in', tableIds)
    .orderBy('q.deadline')
    .orderBy('q.sent_at')
    .limit(500)
    .execute();
}

/** One query addressed to the organisation, locked with its case; `undefined` when it is not theirs or does not exist. */
export async function findQueryForAnswer(db: DbOrTrx, queryId: string, organisationId: string, tableIds: readonly string[]) {
  if (tableIds.length === 0) return undefined;
  return db
    .selectFrom('partner_queries as q')
    .innerJoin('cases', 'cases.id', 'q.case_id')
    .select(['q.id', 'q.case_id', 'q.deadline', 'q.answered_at', 'cases.phase', 'cases.subject_id', 'cases.table_id', 'cases.reference'])
    .where('q.id', '=', queryId)
    .where('q.organisation_id', '=', organisationId)
    .where('cases.table_id', 'in', tableIds)
    .forUpdate()
    .executeTakeFirst();
}

export async function markAnswered(db: DbOrTrx, queryId: string, row: { answered_by: string; answered_at: Date; answered_late: boolean; answer_contribution_id: string }) {
  await db.updateTable('partner_queries').set(row).where('id', '=', queryId).execute();
}

/** All queries of a case with their answer status (the chain director's triage view). */
export async function queriesOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('partner_queries as q')
    .innerJoin('organisations as o', 'o.id', 'q.organisation_id')
    .select([
      'q.id',
      'o.name as organisation',
      'q.organisation_id',
      'q.question',
      'q.deadline',
      sql<string>`to_char(q.sent_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('sent_on'),
      'q.answered_at',
      'q.answered_late',
      'q.answer_contribution_id',
      'q.reminder_sent_on',
    ])
    .where('q.case_id', '=', caseId)
    .orderBy('q.sent_at')
    .execute();
}

/**
 * Open queries that may need a reminder: not answered, not reminded, deadline not passed, case still in triage.
 * Reads no personal data (reference, table and deadline only).
 */
export async function unsafeReminderCandidates(db: DbOrTrx, today: string) {
  return db
    .selectFrom('partner_queries as q')
    .innerJoin('cases', 'cases.id', 'q.case_id')
    .select(['q.id', 'q.deadline', sql<string>`to_char(q.sent_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('sent_on')])
    .where('q.answered_at', 'is', null)
    .where('q.reminder_sent_on', 'is', null)
    .where('q.deadline', '>=', today)
    .where('cases.phase', '=', '2A')
    .orderBy('q.id')
    .limit(1000)
    .execute();
}

/**
 * Claims the reminder of each query and writes one notice to the addressed organisation, in one statement: a
 * query already claimed (by an earlier or a concurrent run) is skipped, so each query is reminded exactly once.
 * The notice carries the case reference and the deadline, never personal data.
 */
export async function unsafeSendReminders(db: DbOrTrx, queryIds: readonly string[], today: string): Promise<number> {
  if (queryIds.length === 0) return 0;
  const result = await sql<{ count: number }>`
    WITH claimed AS (
      UPDATE partner_queries q SET reminder_sent_on = ${today}::date
      FROM cases c, tables t
      WHERE q.id = ANY(${[...queryIds]}::uuid[]) AND q.reminder_sent_on IS NULL AND q.answered_at IS NULL
        AND c.id = q.case_id AND t.id = c.table_id
      RETURNING q.organisation_id, c.reference, t.name AS table_name, q.deadline),
    sent AS (
      INSERT INTO notices (organisation_id, user_id, reference, message)
      SELECT organisation_id, NULL, reference,
        'Herinnering: de partnervraag over casus ' || reference || ' (' || table_name || ') vraagt uw antwoord uiterlijk '
          || to_char(deadline, 'DD-MM-YYYY') || '. U vindt haar onder Uitvragen.'
      FROM claimed RETURNING 1)
    SELECT count(*)::int AS count FROM sent`.execute(db);
  return result.rows[0]?.count ?? 0;
}
