import { DUTCH_TIME_ZONE, WORK_QUEUE_WINDOW_DAYS, dueUrgency, todayIn, zvtProcessV1 } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AppError } from '../../errors.ts';
import { meetingTitle } from '../meetings/meeting.presenter.ts';
import * as repo from './work-queue.repository.ts';
import type { TWorkQueue } from './work-queue.schemas.ts';

const caseLink = (caseId: string) => `/casussen/${caseId}`;

/**
 * The chain director's start page, "what needs me now", over the tables the chain director runs: registrations to
 * assess (ZVT-1.2), partner queries past their deadline (ZVT-2A.2), informing due or overdue (ZVT-1.4), the next
 * meeting per table with the size of its agenda (ZVT-3A.1), and retention exceptions whose re-assessment date
 * has passed or falls within the window (ZVT-4A.2). Every item carries the page to go to. References only, no
 * names; logged as a list of cases with the subjects concerned, under the processing activity `zvt-chain-direction`.
 */
export async function getWorkQueue(ctx: ServiceContext, actor: Actor, trace: TraceContext): Promise<TWorkQueue> {
  if (actor.role !== 'chain-director') throw new AppError('forbidden', 'De werkvoorraad is voor de ketenregisseur.');
  const now = ctx.clock.now();
  const today = todayIn(DUTCH_TIME_ZONE, now);
  const tables = actor.tableIds;
  // The first phase of the process (registration); every table runs the ZVT process.
  const registrationPhase = zvtProcessV1.phases[0]?.id ?? '1';
  return ctx.db.transaction().execute(async (trx) => {
    const [registrations, queries, informing, meetings, exceptions] = await Promise.all([
      repo.casesInPhase(trx, tables, registrationPhase),
      repo.overduePartnerQueries(trx, tables, today),
      repo.pendingInformingTasks(trx, tables),
      repo.nextMeetings(trx, tables, now),
      repo.latestRetentionExceptions(trx, tables),
    ]);
    const informingItems = informing.flatMap((task) => {
      // Open: informing is due now (partner queries wait for it). Deferred: due on the planned date.
      const urgency = task.status === 'open' || task.planned_on === null ? 'due' : dueUrgency(task.planned_on, today);
      return urgency === null ? [] : [{ id: task.id, caseId: task.case_id, reference: task.reference, status: task.status === 'open' ? ('open' as const) : ('deferred' as const), plannedOn: task.planned_on, urgency, link: caseLink(task.case_id) }];
    });
    const reassessments = exceptions.flatMap((e) => {
      const urgency = dueUrgency(e.reassess_on, today);
      return urgency === null ? [] : [{ id: e.id, caseId: e.case_id, reference: e.reference, reassessOn: e.reassess_on, urgency, link: caseLink(e.case_id) }];
    });
    const subjectIds = [...new Set([...registrations, ...queries, ...informing.filter((t) => informingItems.some((i) => i.id === t.id))].flatMap((r) => (r.subject_id ? [r.subject_id] : [])))];
    // Chain direction over the whole process, not registration alone: its own entry in the register (AVG art. 30).
    await recordProcessing(trx, actor, trace, { action: 'work-queue.read', activity: 'zvt-chain-direction', recordType: 'case', recordId: null, subjectIds, outcome: 'allowed' });
    return {
      today,
      windowDays: WORK_QUEUE_WINDOW_DAYS,
      registrationsToAssess: {
        count: registrations.length,
        items: registrations.map((r) => ({ caseId: r.id, reference: r.reference, table: r.table_name, registeredOn: r.registered_on, link: caseLink(r.id) })),
      },
      overduePartnerQueries: {
        count: queries.length,
        items: queries.map((q) => ({ id: q.id, caseId: q.case_id, reference: q.reference, organisation: q.organisation_name, deadline: q.deadline, link: caseLink(q.case_id) })),
      },
      informing: {
        count: informingItems.length,
        overdue: informingItems.filter((i) => i.urgency === 'overdue').length,
        items: informingItems,
      },
      nextMeetings: {
        count: meetings.length,
        items: meetings.map((m) => ({
          meetingId: m.id,
          table: m.table_name,
          kind: m.kind,
          title: meetingTitle(m.kind, m.municipality),
          startsOn: m.starts_on,
          startTime: m.start_time,
          agendaItemCount: m.agenda_item_count,
          link: `/overleggen/${m.id}`,
        })),
      },
      retentionReassessments: {
        count: reassessments.length,
        overdue: reassessments.filter((r) => r.urgency === 'overdue').length,
        items: reassessments,
      },
    };
  });
}
