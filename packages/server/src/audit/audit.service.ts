import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuditEvent, TraceContext } from './audit-events.ts';
import { PROCESSING_ACTIVITIES } from './processing-activities.ts';
import { LOG_CHAINS, insertLogRows, lockChainHeads } from './audit.repository.ts';
import { processingLogRecord, recordHash, userAuditRecord } from './log-hash.ts';

/** Who acted: a user, or the system itself (scheduled jobs, seeding). */
export type AuditActor = Actor | { readonly system: string };

/**
 * The chain a request writes to. All operations of one request share it, so a transaction never holds
 * two chain locks and two transactions can never deadlock on them.
 */
function chainFor(trace: TraceContext): number {
  return (createHash('sha256').update(trace.traceId).update(trace.spanId).digest()[0] ?? 0) % LOG_CHAINS;
}

/**
 * Writes one processing operation to both logs, in the caller's transaction, so the data change and
 * its trace commit (or roll back) together. The processing log gets one row per operation with
 * the data subjects as keyed hashes and no user identity; the user audit log gets one row with who, for which
 * organisation and role, and why, linked by operation id.
 */
export async function recordProcessing(trx: DbOrTrx, actor: AuditActor, trace: TraceContext, event: AuditEvent): Promise<string> {
  const operationId = randomUUID();
  const chain = chainFor(trace);
  const activity = PROCESSING_ACTIVITIES[event.activity];
  const now = new Date();
  const status = event.outcome === 'allowed' ? 'ok' : 'denied';

  const heads = await lockChainHeads(trx, chain, event.subjectIds ?? []);
  const row = {
    chain,
    trace_id: trace.traceId,
    span_id: randomBytes(8).toString('hex'),
    parent_span_id: trace.spanId,
    operation_id: operationId,
    operation_name: event.action,
    started_at: event.startedAt ?? now,
    ended_at: now,
    status,
    activity_id: activity.id,
    subject_hashes: [...heads.subjectHashes].sort(),
    subject_count: event.subjectCount ?? 0,
  } as const;
  // Hash version 2: over the canonical record that PostgreSQL generates from the same columns (ADR 0009).
  const processing = { ...row, hash_version: 2, prev_hash: heads.processingHead, row_hash: recordHash(heads.processingHead, processingLogRecord(row)) } as const;

  const who =
    'system' in actor
      ? { user_id: null, user_name: `systeem: ${actor.system}`, organisation_id: null, role: 'system' }
      : { user_id: actor.userId, user_name: actor.displayName, organisation_id: actor.organisationId, role: actor.role };
  const audit = {
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
  await insertLogRows(trx, processing, { ...audit, hash_version: 2, prev_hash: heads.auditHead, row_hash: recordHash(heads.auditHead, userAuditRecord(audit)) });
  return operationId;
}

/**
 * Records a denied attempt in its own transaction, after the request's transaction has rolled back:
 * the attempt must stay on record, and no chain lock of the request is held any more.
 */
export async function recordDenied(db: Db, actor: AuditActor, trace: TraceContext, event: Omit<AuditEvent, 'outcome' | 'subjectIds'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await recordProcessing(trx, actor, trace, { ...event, outcome: 'denied', subjectIds: [] });
  });
}
