import { INFORMING_CONTENT_ITEMS, addDays, todayIn } from '@ketentafel/domain';
import type { Db } from '../db/database.ts';
import type { Clock } from '../http/app.ts';
import { decideAdmission, registerCase } from '../modules/cases/case.service.ts';
import { completeInforming } from '../modules/informing/informing.service.ts';
import { sendPartnerQuery } from '../modules/partner-queries/partner-query.service.ts';
import { answerPartnerQuery } from '../modules/partner-queries/partner-query-answer.service.ts';
import { createSeries } from '../modules/meetings/meeting.service.ts';
import { addAgendaItem, setInvitations } from '../modules/meetings/agenda.service.ts';
import { DEMO_TRACE, demoActor } from './demo-actors.ts';
import { DEMO_TRIAGE_CASE, DEMO_UPCOMING_MEETINGS } from './demo-data.ts';

const CHAIN_DIRECTOR = 'ketenregisseur@hltsamen.example';

/**
 * Demo: the work that lies ahead on the day the demo is loaded, so a chain director opening it sees a table at work.
 * A young person in triage (2A) at Lisse, informed, with one partner query answered and one still open; and at
 * Hillegom a focus-meeting series and a case-meeting series whose first meeting has a case on the agenda with two
 * partners invited. All of it through the real services, so it is checked and logged like any other work.
 */
export async function seedDemoUpcoming(db: Db, clock: Clock, tableIds: ReadonlyMap<string, string>, orgIds: ReadonlyMap<string, string>): Promise<void> {
  const ctx = { db, clock };
  const today = todayIn('Europe/Amsterdam', clock.now());
  const director = await demoActor(db, CHAIN_DIRECTOR);
  const org = (key: string) => orgIds.get(key) ?? '';

  const triage = DEMO_TRIAGE_CASE;
  const registered = await registerCase(ctx, await demoActor(db, triage.referrer), DEMO_TRACE, {
    kind: 'individual',
    tableId: tableIds.get(triage.table) ?? '',
    subject: triage.subject,
    legalRepresentatives: triage.legalRepresentatives.map((r) => ({ ...r })),
    reason: triage.reason,
    facts: triage.facts,
  });
  await decideAdmission(ctx, director, DEMO_TRACE, registered.id, { decision: 'admitted' });
  await completeInforming(ctx, director, DEMO_TRACE, registered.id, {
    informedOn: today,
    contentItems: INFORMING_CONTENT_ITEMS.map((item) => item.id),
    consentAsked: false,
    consentGiven: 'not-applicable',
  });
  for (const query of triage.queries) {
    const sent = await sendPartnerQuery(ctx, director, DEMO_TRACE, registered.id, {
      organisationId: org(query.organisation),
      question: query.question,
      deadline: addDays(today, query.deadlineInDays),
    });
    if (query.answer) await answerPartnerQuery(ctx, await demoActor(db, query.answer.by), DEMO_TRACE, sent.id, query.answer.input);
  }

  for (const planned of DEMO_UPCOMING_MEETINGS) {
    const series = await createSeries(ctx, director, DEMO_TRACE, {
      tableId: tableIds.get(planned.table) ?? '',
      kind: planned.kind,
      startDate: addDays(today, planned.firstInDays),
      startTime: planned.startTime,
      durationMinutes: planned.durationMinutes,
      intervalWeeks: planned.intervalWeeks,
      count: planned.count,
      location: planned.location,
    });
    const first = series?.meetings[0];
    if (!first) continue;
    for (const item of planned.agenda) {
      const kase = await db
        .selectFrom('cases')
        .innerJoin('subjects as s', 's.id', 'cases.subject_id')
        .select('cases.id')
        .where('s.full_name', '=', item.subject)
        .executeTakeFirstOrThrow();
      const added = await addAgendaItem(ctx, director, DEMO_TRACE, first.id, { caseId: kase.id, goal: item.goal });
      await setInvitations(ctx, director, DEMO_TRACE, first.id, added.id, item.invite.map(org));
    }
  }
}
