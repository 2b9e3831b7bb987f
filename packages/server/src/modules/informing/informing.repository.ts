import type { DbOrTrx } from '../../db/database.ts';

function informingQuery(db: DbOrTrx) {
  return db
    .selectFrom('informing_tasks as it')
    .innerJoin('organisations as o', 'o.id', 'it.responsible_organisation_id')
    .select([
      'it.id',
      'it.case_id',
      'it.status',
      'it.informed_on',
      'it.recipients',
      'it.content_items',
      'it.consent_asked',
      'it.consent_given',
      'it.deferral_ground',
      'it.deferral_motivation',
      'it.planned_on',
      'o.name as responsible_organisation_name',
    ]);
}

export type InformingTaskRow = Awaited<ReturnType<ReturnType<typeof informingQuery>['executeTakeFirstOrThrow']>>;

export async function findInformingTask(db: DbOrTrx, caseId: string): Promise<InformingTaskRow | undefined> {
  return informingQuery(db).where('it.case_id', '=', caseId).executeTakeFirst();
}

export async function insertInformingTask(db: DbOrTrx, row: { case_id: string; phase: string; responsible_organisation_id: string }) {
  await db.insertInto('informing_tasks').values(row).execute();
}

export async function markInformed(
  db: DbOrTrx,
  caseId: string,
  values: { informed_on: string; recipients: readonly string[]; content_items: readonly string[]; consent_asked: boolean; consent_given: string; at: Date },
): Promise<void> {
  await db
    .updateTable('informing_tasks')
    .set({
      status: 'done',
      informed_on: values.informed_on,
      recipients: JSON.stringify(values.recipients),
      content_items: JSON.stringify(values.content_items),
      consent_asked: values.consent_asked,
      consent_given: values.consent_given,
      updated_at: values.at,
    })
    .where('case_id', '=', caseId)
    .execute();
}

export async function markDeferred(
  db: DbOrTrx,
  caseId: string,
  values: { deferral_ground: string; deferral_motivation: string; planned_on: string; at: Date },
): Promise<void> {
  await db
    .updateTable('informing_tasks')
    .set({
      status: 'deferred',
      deferral_ground: values.deferral_ground,
      deferral_motivation: values.deferral_motivation,
      planned_on: values.planned_on,
      updated_at: values.at,
    })
    .where('case_id', '=', caseId)
    .execute();
}
