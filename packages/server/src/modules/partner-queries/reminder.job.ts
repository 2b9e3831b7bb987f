import { isReminderDue, todayIn, DUTCH_TIME_ZONE, PARTNER_QUERY_REMINDER_POLICY, type ReminderPolicy } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import { unsafeReminderCandidates, unsafeSendReminders } from './partner-query-answer.repository.ts';

/** What one run did; counts only. */
export interface ReminderRunResult {
  readonly today: string;
  readonly reminded: number;
}

/**
 * Reminds addressed partners of open partner queries (ZVT-2A.2) whose reminder date has come (domain:
 * `isReminderDue`, two working days before the deadline). Each query is reminded exactly once: the claim and the
 * notice are one statement, safe against an overlapping run. The notice holds the case reference and deadline
 * only, so no personal data are processed and nothing is written to the processing log.
 */
export async function runPartnerQueryReminders(ctx: ServiceContext, policy: ReminderPolicy = PARTNER_QUERY_REMINDER_POLICY): Promise<ReminderRunResult> {
  const today = todayIn(DUTCH_TIME_ZONE, ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    const candidates = await unsafeReminderCandidates(trx, today);
    const due = candidates.filter((q) => isReminderDue({ sentOn: q.sent_on, deadline: q.deadline, answered: false, reminded: false }, today, policy));
    const reminded = await unsafeSendReminders(trx, due.map((q) => q.id), today);
    return { today, reminded };
  });
}
