import type { Db } from '../db/database.ts';
import type { Clock } from '../http/app.ts';
import { registerCase } from '../modules/cases/case.service.ts';
import { seedDemoGroup } from './demo-group.ts';
import { DEMO_TRACE, demoActor } from './demo-actors.ts';
import { seedDemoUpcoming } from './demo-upcoming.ts';
import { addCalendarMonths, todayIn } from '@ketentafel/domain';
import { seedDemoMeetingRecord } from './demo-meeting-record.ts';
import { DEMO_CASE_PROGRESS, DEMO_ORGANISATIONS, DEMO_REGISTRATIONS, DEMO_TABLES, DEMO_TERM, DEMO_USERS } from './demo-data.ts';

/**
 * Loads the fictional demo data once, into an empty database (development only; refused in
 * production by the configuration). Demo registrations go through the real service, so they are
 * logged like any other.
 */
export async function seedDemo(db: Db, clock: Clock): Promise<boolean> {
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const orgIds = new Map<string, string>();
  const tableIds = new Map<string, string>();
  await db.transaction().execute(async (trx) => {
    for (const org of DEMO_ORGANISATIONS) {
      const row = await trx.insertInto('organisations').values({ name: org.name, kind: org.kind }).returning('id').executeTakeFirstOrThrow();
      orgIds.set(org.key, row.id);
    }
    const hlt = orgIds.get('hltsamen') ?? '';
    for (const table of DEMO_TABLES) {
      const row = await trx
        .insertInto('tables')
        .values({
          name: table.name,
          code: table.key,
          municipality: table.municipality,
          organisation_id: hlt,
          process_key: 'zvt',
          process_version: 1,
          term_start: DEMO_TERM.start,
          term_end: DEMO_TERM.end,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      tableIds.set(table.key, row.id);
      await trx
        .insertInto('table_partners')
        .values([...orgIds.values()].map((organisation_id) => ({ table_id: row.id, organisation_id })))
        .execute();
    }
    for (const user of DEMO_USERS) {
      const row = await trx
        .insertInto('users')
        .values({ email: user.email, display_name: user.displayName, organisation_id: orgIds.get(user.organisation) ?? '', role: user.role })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (user.tables.length > 0) {
        await trx.insertInto('user_tables').values(user.tables.map((t) => ({ user_id: row.id, table_id: tableIds.get(t) ?? '' }))).execute();
      }
    }
  });
  for (const registration of DEMO_REGISTRATIONS) {
    await registerCase({ db, clock }, await demoActor(db, registration.referrer), DEMO_TRACE, {
      kind: 'individual',
      tableId: tableIds.get(registration.table) ?? '',
      subject: registration.subject,
      legalRepresentatives: registration.legalRepresentatives.map((r) => ({ ...r })),
      reason: registration.reason,
      facts: registration.facts,
    });
  }
  await progressDemoCases(db, clock, orgIds);
  await seedDemoMeetingRecord(db, orgIds);
  await seedDemoGroup(db, clock, tableIds);
  await seedDemoUpcoming(db, clock, tableIds, orgIds);
  return true;
}

/** Moves the demo cases of DEMO_CASE_PROGRESS to their phase, with direction history and scale-down date. */
async function progressDemoCases(db: Db, clock: Clock, orgIds: ReadonlyMap<string, string>): Promise<void> {
  const today = todayIn('Europe/Amsterdam', clock.now());
  const director = await db.selectFrom('users').select('id').where('role', '=', 'chain-director').orderBy('email').executeTakeFirstOrThrow();
  for (const progress of DEMO_CASE_PROGRESS) {
    const kase = await db
      .selectFrom('cases')
      .innerJoin('subjects as s', 's.id', 'cases.subject_id')
      .select(['cases.id', 'cases.direction_organisation_id'])
      .where('s.full_name', '=', progress.subject)
      .executeTakeFirstOrThrow();
    const registeredOn = addCalendarMonths(today, -progress.registeredMonthsAgo);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('cases')
        .set({ phase: progress.phase, registered_on: registeredOn, scale_down_on: progress.scaleDownMonthsAgo === undefined ? null : addCalendarMonths(today, -progress.scaleDownMonthsAgo) })
        .where('id', '=', kase.id)
        .execute();
      await trx
        .insertInto('phase_transitions')
        .values([
          { case_id: kase.id, from_phase: '1', to_phase: '2A', outcome: 'admitted' },
          { case_id: kase.id, from_phase: '2A', to_phase: '3A', outcome: 'to-case-meeting' },
          ...(progress.phase === '4A' ? [{ case_id: kase.id, from_phase: '3A', to_phase: '4A', outcome: 'scale-down' }] : []),
        ])
        .execute();
      const transfer = progress.directionTransfer;
      if (transfer) {
        const to = orgIds.get(transfer.to) ?? '';
        await trx
          .insertInto('direction_transfers')
          .values({
            case_id: kase.id,
            from_organisation_id: kase.direction_organisation_id,
            to_organisation_id: to,
            transferred_on: addCalendarMonths(today, -transfer.monthsAgo),
            motivation: transfer.motivation,
            recorded_by: director.id,
          })
          .execute();
        await trx.updateTable('cases').set({ direction_organisation_id: to }).where('id', '=', kase.id).execute();
      }
    });
  }
}

