import { DUTCH_TIME_ZONE, addDays, zonedInstant } from '@ketentafel/domain';
import type { Db } from '../db/database.ts';

/**
 * Demo: the case meeting at which the scaled-down demo case (Lotte Vermeulen, 4A) was discussed, recorded as the
 * chain director records it (ZVT-3A.2 – ZVT-3A.5): situation picture, an action for youth care with the data it
 * needs (the police still to decide), the case director, and the scale-down on the meeting day. Inserted directly,
 * like the other demo progress, because the meeting lies in the past. Fictional content only.
 */
export async function seedDemoMeetingRecord(db: Db, orgIds: ReadonlyMap<string, string>): Promise<void> {
  const kase = await db
    .selectFrom('cases')
    .innerJoin('subjects as s', 's.id', 'cases.subject_id')
    .select(['cases.id', 'cases.table_id', 'cases.reference', 'cases.scale_down_on'])
    .where('s.full_name', '=', 'Lotte Vermeulen')
    .executeTakeFirst();
  if (!kase?.scale_down_on) return;
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['ketenregisseur@hltsamen.example', 'jeugdhulp@jeugdhulp.example']).execute();
  const userId = (email: string) => users.find((u) => u.email === email)?.id ?? '';
  const director = userId('ketenregisseur@hltsamen.example');
  const caseDirector = userId('jeugdhulp@jeugdhulp.example');
  const youthCare = orgIds.get('youthCare') ?? '';
  const police = orgIds.get('police') ?? '';
  const day = kase.scale_down_on;
  await db.transaction().execute(async (trx) => {
    const series = await trx
      .insertInto('meeting_series')
      .values({ table_id: kase.table_id, kind: 'case-meeting', interval_weeks: 3, start_time: '10:00', duration_minutes: 120, location: 'Gemeentehuis Hillegom, zaal 2', created_by: director })
      .returning('id')
      .executeTakeFirstOrThrow();
    const meeting = await trx
      .insertInto('meetings')
      .values({
        series_id: series.id,
        table_id: kase.table_id,
        kind: 'case-meeting',
        scheduled_on: day,
        starts_on: day,
        start_time: '10:00',
        starts_at: zonedInstant(day, '10:00', DUTCH_TIME_ZONE).toISOString(),
        duration_minutes: 120,
        location: 'Gemeentehuis Hillegom, zaal 2',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const item = await trx.insertInto('agenda_items').values({ meeting_id: meeting.id, case_id: kase.id, goal: 'Afspraken over begeleiding thuis en op school.', added_by: director }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('agenda_invitations').values([youthCare, police].map((organisation_id) => ({ agenda_item_id: item.id, organisation_id, invited_by: director }))).execute();
    const picture = await trx
      .insertInto('contributions')
      .values({
        case_id: kase.id,
        owner_organisation_id: orgIds.get('hltsamen') ?? '',
        phase: '3A',
        purpose: 'Casusoverleg: gezamenlijk toestandsbeeld (ZVT-3A.2)',
        category: 'care',
        kind: 'situation-picture',
        content: JSON.stringify({ text: 'De winkeldiefstallen zijn gestopt sinds de gezinsbegeleiding loopt; school meldt minder verzuim.' }),
        created_by: director,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const record = await trx
      .insertInto('meeting_records')
      .values({
        agenda_item_id: item.id,
        meeting_id: meeting.id,
        case_id: kase.id,
        situation_contribution_id: picture.id,
        case_director_user_id: caseDirector,
        outcome: 'scale-down',
        motivation: 'De aanpak loopt via de reguliere jeugdhulp; de tafel is niet meer nodig.',
        decided_on: day,
        decided_by: director,
        recorded_by: director,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const action = await trx
      .insertInto('plan_actions')
      .values({ meeting_record_id: record.id, case_id: kase.id, owner_organisation_id: youthCare, description: 'Gezinsbegeleiding voortzetten en twee keer per jaar afstemmen met school.', due_on: addDays(day, 28), created_by: director })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The police's registration is asked for the action; the decision is left to the police (ZVT-3A.3), so the demo
    // shows an open request on the minutes page and nothing is released to youth care in advance.
    const reason = await trx.selectFrom('contributions').select('id').where('case_id', '=', kase.id).where('kind', '=', 'registration-reason').executeTakeFirst();
    if (reason) await trx.insertInto('plan_action_data').values({ plan_action_id: action.id, case_id: kase.id, contribution_id: reason.id }).execute();
    await trx.updateTable('cases').set({ case_director_user_id: caseDirector }).where('id', '=', kase.id).execute();
  });
}
