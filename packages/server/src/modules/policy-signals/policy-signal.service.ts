import { POLICY_SIGNAL_KIND_LABELS, describePersonalData, findPersonalData, todayIn } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AppError } from '../../errors.ts';
import { requireChainDirectorOf } from '../steering-group/table-access.ts';
import { toCsv } from '../evaluation/csv.ts';
import * as repo from './policy-signal.repository.ts';
import type { ZPolicySignalInput } from './policy-signal.schemas.ts';

/** Name particles and short words are no name on their own (as in the domain guard). */
const PARTICLES = new Set(['van', 'der', 'den', 'het', 'ten', 'ter', 'groep']);

function candidateNameWords(text: string): string[] {
  const raw = text.toLowerCase().split(/[^\p{L}]+/u);
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}]+/u);
  return [...new Set([...raw, ...folded])].filter((w) => w.length >= 3 && !PARTICLES.has(w));
}

/**
 * Seed 004 "Signaleringsrol", ZVT-E.1, X-5: the chain director records a policy signal of the table — a
 * problem of young people in the neighbourhood, or a gap in chain cooperation — without personal data: no
 * identifying pattern, and no name of a person in the table's cases.
 */
export async function createSignal(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, input: z.infer<typeof ZPolicySignalInput>) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const errors: { field: string; message: string }[] = [];
    for (const [field, text] of [['body.area', input.area], ['body.description', input.description]] as const) {
      const kinds = findPersonalData(text);
      if (await repo.textNamesAPersonOfTable(trx, tableId, candidateNameWords(text))) kinds.unshift('name');
      if (kinds.length > 0) errors.push({ field, message: describePersonalData(kinds) });
    }
    if (errors.length > 0) throw new AppError('invalid-input', 'Een beleidssignaal bevat geen persoonsgegevens.', { errors });
    const created = await repo.insertSignal(trx, { table_id: tableId, kind: input.kind, area: input.area, description: input.description, recorded_by: actor.userId });
    await recordProcessing(trx, actor, trace, { action: 'policy-signal.create', activity: 'zvt-steering-group', recordType: 'policy-signal', recordId: created.id, outcome: 'allowed' });
    return { id: created.id, ...input, recordedAt: ctx.clock.now().toISOString(), recordedBy: actor.displayName };
  });
}

async function loadSignals(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, action: 'policy-signal.list' | 'policy-signal.export') {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.listSignals(trx, tableId);
    await recordProcessing(trx, actor, trace, { action, activity: 'zvt-steering-group', recordType: 'policy-signal', recordId: null, outcome: 'allowed' });
    return rows;
  });
}

export async function listSignals(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string) {
  const rows = await loadSignals(ctx, actor, trace, tableId, 'policy-signal.list');
  return {
    signals: rows.map((r) => ({ id: r.id, kind: r.kind, area: r.area, description: r.description, recordedAt: r.recorded_at.toISOString(), recordedBy: r.display_name })),
  };
}

/** The signals as CSV, for the steering group: date, kind, area, description (no names of employees either). */
export async function exportSignals(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string) {
  const rows = await loadSignals(ctx, actor, trace, tableId, 'policy-signal.export');
  const content = toCsv([
    ['Datum', 'Soort', 'Gebied', 'Omschrijving'],
    ...rows.map((r) => [todayIn('Europe/Amsterdam', r.recorded_at), POLICY_SIGNAL_KIND_LABELS[r.kind], r.area, r.description]),
  ]);
  return { fileName: `beleidssignalen-${todayIn('Europe/Amsterdam', ctx.clock.now())}.csv`, mediaType: 'text/csv' as const, content };
}
