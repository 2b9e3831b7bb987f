import type { Db } from '../db/database.ts';
import { lockChainHeads } from '../audit/audit.repository.ts';
import type { buildWorld } from './factories.ts';

type World = Awaited<ReturnType<typeof buildWorld>>;

export interface RetentionCaseOptions {
  readonly phase?: string;
  readonly scaleDownOn?: string | null;
  readonly endState?: string | null;
  readonly endedOn?: string | null;
  readonly lastChange?: string;
}

let counter = 0;

/**
 * A case with everything a real one has (subject, legal representative, two contributions, an informing task,
 * a phase transition), written in SQL for the retention tests. By default scaled down on 2026-08-31 in phase 4A.
 */
export async function createRetentionCase(db: Db, world: World, options: RetentionCaseOptions = {}) {
  const n = String(++counter);
  const subject = await db
    .insertInto('subjects')
    .values({ full_name: `Jeugdige ${n}`, birth_date: '2010-05-05', municipality: 'Teststad' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const kase = await db
    .insertInto('cases')
    .values({
      reference: `RET-${n}-${String(Date.now())}`,
      table_id: world.table.id,
      process_key: 'zvt',
      process_version: 1,
      kind: 'individual',
      phase: options.phase ?? '4A',
      subject_id: subject.id,
      referrer_organisation_id: world.police.id,
      referrer_user_id: world.officer.id,
      direction_organisation_id: world.police.id,
      registered_on: '2026-01-05',
      scale_down_on: options.scaleDownOn === undefined ? '2026-08-31' : options.scaleDownOn,
      end_state: options.endState ?? null,
      ended_on: options.endedOn ?? null,
      last_substantive_change_at: `${options.lastChange ?? '2026-08-31'}T10:00:00+02:00`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const representative = await db
    .insertInto('legal_representatives')
    .values({ case_id: kase.id, full_name: 'Ouder', relation: 'parent', contact: '06-1', position: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('contributions')
    .values(['care', 'criminal'].map((category) => ({
      case_id: kase.id, owner_organisation_id: world.police.id, phase: '1', purpose: 'test', category: category as 'care' | 'criminal',
      kind: `criteria-${category}`, content: JSON.stringify({ x: 'y' }), created_by: world.officer.id,
    })))
    .execute();
  await db.insertInto('informing_tasks').values({ case_id: kase.id, phase: '2A', responsible_organisation_id: world.police.id }).execute();
  await db.insertInto('phase_transitions').values({ case_id: kase.id, from_phase: null, to_phase: '1', outcome: 'registered' }).execute();
  return { caseId: kase.id, subjectId: subject.id, representativeId: representative.id };
}

/**
 * The keyed hashes the processing log stores for these people, computed the way the audit module does while
 * their keys exist (one transaction; the chain lock it takes is released at once). Missing keys give no hash.
 */
export async function keyedHashes(db: Db, personIds: readonly string[]): Promise<string[]> {
  return db.transaction().execute(async (trx) => (await lockChainHeads(trx, 0, personIds)).subjectHashes);
}
