import { sql } from 'kysely';
import { termStatus, todayIn } from '@ketentafel/domain';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AppError, notFoundOrNoAccess } from '../../errors.ts';
import { requireChainDirectorOf } from '../steering-group/table-access.ts';

/**
 * ZVT-E.2: once the term of a table whose rule is "transfer to the successor" has ended, its chain director
 * moves the open cases (no end state yet) to the successor table. Each case keeps its process version and
 * everything recorded on it; cases already in an end state stay and follow their retention rule.
 */
export async function transferOpenCases(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const table = await trx
      .selectFrom('tables as t')
      .leftJoin('tables as s', 's.id', 't.successor_table_id')
      .select(['t.id', 't.term_start', 't.term_end', 't.open_cases_at_term_end', 't.successor_table_id', 's.name as successor_name'])
      .where('t.id', '=', tableId)
      .forUpdate('t')
      .executeTakeFirst();
    if (!table) throw notFoundOrNoAccess();
    if (table.open_cases_at_term_end !== 'transfer-to-successor' || table.successor_table_id === null) {
      throw new AppError('rule-violation', 'Voor deze tafel is afgesproken dat open casussen worden afgerond, niet overgedragen.');
    }
    const today = todayIn('Europe/Amsterdam', ctx.clock.now());
    if (termStatus({ termStart: table.term_start, termEnd: table.term_end }, today).state !== 'ended') {
      throw new AppError('rule-violation', 'Overdragen kan pas na de einddatum van de looptijd.');
    }
    const moved = await sql<{ id: string; subject_id: string | null; representative_ids: string[] }>`
      UPDATE cases c SET table_id = ${table.successor_table_id}
      WHERE c.table_id = ${tableId} AND c.end_state IS NULL
      RETURNING c.id, c.subject_id, ARRAY(SELECT lr.id::text FROM legal_representatives lr WHERE lr.case_id = c.id) AS representative_ids`.execute(trx);
    const subjectIds = moved.rows.flatMap((r) => [...(r.subject_id ? [r.subject_id] : []), ...r.representative_ids]);
    await recordProcessing(trx, actor, trace, { action: 'case.transfer', activity: 'zvt-registration', recordType: 'table', recordId: tableId, subjectIds, outcome: 'allowed' });
    return { transferred: moved.rows.length, successorTable: { id: table.successor_table_id, name: table.successor_name ?? '' } };
  });
}
