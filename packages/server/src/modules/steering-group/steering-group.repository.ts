import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

export async function findMembers(db: DbOrTrx, tableId: string) {
  return db.selectFrom('steering_group_members').select(['role', 'title']).where('table_id', '=', tableId).execute();
}

export async function upsertMembers(db: DbOrTrx, tableId: string, members: readonly { role: 'mayor' | 'alderman'; title: string }[]) {
  await db
    .insertInto('steering_group_members')
    .values(members.map((m) => ({ table_id: tableId, role: m.role, title: m.title })))
    .onConflict((oc) => oc.columns(['table_id', 'role']).doUpdateSet((eb) => ({ title: eb.ref('excluded.title') })))
    .execute();
}

function escalationQuery(db: DbOrTrx) {
  return db
    .selectFrom('escalations as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .innerJoin('users as u', 'u.id', 'e.escalated_by')
    .leftJoin('users as r', 'r.id', 'e.decision_recorded_by')
    .select([
      'e.id',
      'e.case_id',
      'c.reference',
      'e.summary',
      'e.question',
      'e.escalated_at',
      'u.display_name as escalated_by_name',
      'e.decided_on',
      'e.decision',
      'e.decision_text',
      'r.display_name as recorded_by_name',
      'e.decision_recorded_at',
      'c.subject_id',
      sql<string[]>`ARRAY(SELECT lr.id::text FROM legal_representatives lr WHERE lr.case_id = c.id)`.as('representative_ids'),
    ]);
}

export type EscalationRow = Awaited<ReturnType<ReturnType<typeof escalationQuery>['executeTakeFirstOrThrow']>>;

export async function listEscalations(db: DbOrTrx, tableId: string) {
  return escalationQuery(db).where('e.table_id', '=', tableId).orderBy('e.escalated_at', 'desc').limit(500).execute();
}

export async function findEscalation(db: DbOrTrx, tableId: string, escalationId: string, options: { forUpdate?: boolean } = {}) {
  let query = escalationQuery(db).where('e.table_id', '=', tableId).where('e.id', '=', escalationId);
  if (options.forUpdate) query = query.forUpdate('e');
  return query.executeTakeFirst();
}

export async function insertEscalation(db: DbOrTrx, row: { table_id: string; case_id: string; summary: string; question: string; escalated_by: string }) {
  return db.insertInto('escalations').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function recordDecision(
  db: DbOrTrx,
  escalationId: string,
  decision: { decided_on: string; decision: 'approved' | 'instruction' | 'rejected' | 'other'; decision_text: string; decision_recorded_by: string; decision_recorded_at: Date },
) {
  await db.updateTable('escalations').set(decision).where('id', '=', escalationId).execute();
}
