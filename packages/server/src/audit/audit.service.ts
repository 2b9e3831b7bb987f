import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuditEvent, TraceContext } from './audit-events.ts';
import { PROCESSING_ACTIVITIES } from './processing-activities.ts';
import {
  LOG_CHAINS,
  insertProcessingLogRows,
  insertUserAuditRow,
  lockChainHead,
  subjectHashes,
} from './audit.repository.ts';
import { chainHash, processingLogFields, userAuditFields } from './log-hash.ts';

/** Who acted: a user, or the system itself (scheduled jobs, seeding). */
export type AuditActor = Actor | { readonly system: string };

function chainFor(operationId: string): number {
  return Number.parseInt(operationId.slice(0, 2), 16) % LOG_CHAINS;
}

/**
 * Writes one processing operation to both logs, in the caller's transaction, so the data change and
 * its trace commit (or roll back) together. The processing log gets one row per data subject
 * (as a keyed hash) and no user identity; the user audit log gets one row with who, for which
 * organisation and role, and why, linked by operation id.
 */
export async function recordProcessing(
  trx: DbOrTrx,
  actor: AuditActor,
  trace: TraceContext,
  event: AuditEvent,
): Promise<string> {
  const operationId = randomUUID();
  const chain = chainFor(operationId);
  const activity = PROCESSING_ACTIVITIES[event.activity];
  const now = new Date();
  const startedAt = event.startedAt ?? now;
  const status = event.outcome === 'allowed' ? 'ok' : 'denied';

  const hashes = await subjectHashes(trx, event.subjectIds ?? []);
  const subjectHashesOrNone: (string | null)[] = hashes.length > 0 ? hashes : [null];

  let prev = await lockChainHead(trx, 'processing_log', chain);
  const processingRows = subjectHashesOrNone.map((subjectHash) => {
    const row = {
      chain,
      trace_id: trace.traceId,
      span_id: randomBytes(8).toString('hex'),
      parent_span_id: trace.spanId,
      operation_id: operationId,
      operation_name: event.action,
      started_at: startedAt,
      ended_at: now,
      status,
      activity_id: activity.id,
      subject_hash: subjectHash,
      subject_count: event.subjectCount ?? 0,
    } as const;
    const rowHash = chainHash(prev, processingLogFields(row));
    const withHash = { ...row, prev_hash: prev, row_hash: rowHash };
    prev = rowHash;
    return withHash;
  });
  await insertProcessingLogRows(trx, processingRows);

  const auditPrev = await lockChainHead(trx, 'user_audit_log', chain);
  const who =
    'system' in actor
      ? { user_id: null, user_name: `systeem: ${actor.system}`, organisation_id: null, role: 'system' }
      : { user_id: actor.userId, user_name: actor.displayName, organisation_id: actor.organisationId, role: actor.role };
  const auditRow = {
    chain,
    operation_id: operationId,
    at: now,
    ...who,
    action: event.action,
    record_type: event.recordType,
    record_id: event.recordId,
    purpose: activity.purpose,
    legal_ground: activity.legalGround,
    outcome: event.outcome,
  };
  await insertUserAuditRow(trx, {
    ...auditRow,
    prev_hash: auditPrev,
    row_hash: chainHash(auditPrev, userAuditFields(auditRow)),
  });
  return operationId;
}

/**
 * Records a denied attempt in its own transaction: the request's transaction is rolled back by the
 * error that follows, but the attempt must stay on record.
 */
export async function recordDenied(db: Db, actor: AuditActor, trace: TraceContext, event: Omit<AuditEvent, 'outcome'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await recordProcessing(trx, actor, trace, { ...event, outcome: 'denied', subjectIds: [] });
  });
}
