import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/2026-11-23T0500-foundation.ts';
import * as logChainHeads from './migrations/2026-11-23T0600-log-chain-heads.ts';
import * as retention from './migrations/2026-11-23T0700-retention.ts';
import * as privacyOfficer from './migrations/2026-11-23T0710-privacy-officer.ts';
import * as contributionGrants from './migrations/2026-11-23T0720-contribution-grants.ts';
import * as subjectAccessRequests from './migrations/2026-11-23T0800-subject-access-requests.ts';
import * as logRecord from './migrations/2026-11-23T0810-log-record.ts';
import * as directionTransfers from './migrations/2026-11-23T0840-direction-transfers.ts';
import * as meetings from './migrations/2026-11-23T0900-meetings.ts';
import * as steeringGroupEvaluation from './migrations/2026-11-23T0920-steering-group-evaluation.ts';
import * as triage from './migrations/2026-11-23T0910-triage.ts';
import * as grantRequests from './migrations/2026-11-23T0830-grant-requests.ts';
import * as meetingRecords from './migrations/2026-11-23T1000-meeting-records.ts';
import * as groups from './migrations/2026-11-23T1010-groups.ts';
import * as focusReleases from './migrations/2026-11-23T1030-focus-releases.ts';
import * as letters from './migrations/2026-11-23T1020-letters.ts';
import * as accessRequestsRepresentativesExtension from './migrations/2026-11-23T1110-access-requests-representatives-extension.ts';

/**
 * Forward-only migrations, listed explicitly so that bundling and `tsx` both find them.
 * Add new ones at the end with a later timestamp; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  '2026-11-23T0500-foundation': foundation,
  '2026-11-23T0600-log-chain-heads': logChainHeads,
  '2026-11-23T0700-retention': retention,
  '2026-11-23T0710-privacy-officer': privacyOfficer,
  '2026-11-23T0720-contribution-grants': contributionGrants,
  '2026-11-23T0800-subject-access-requests': subjectAccessRequests,
  '2026-11-23T0810-log-record': logRecord,
  '2026-11-23T0840-direction-transfers': directionTransfers,
  '2026-11-23T0900-meetings': meetings,
  '2026-11-23T0920-steering-group-evaluation': steeringGroupEvaluation,
  '2026-11-23T0910-triage': triage,
  '2026-11-23T0830-grant-requests': grantRequests,
  '2026-11-23T1000-meeting-records': meetingRecords,
  '2026-11-23T1010-groups': groups,
  '2026-11-23T1030-focus-releases': focusReleases,
  '2026-11-23T1020-letters': letters,
  '2026-11-23T1110-access-requests-representatives-extension': accessRequestsRepresentativesExtension,
};

class StaticMigrationProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations);
  }
}

/** Applies all pending migrations; throws with the failing migration's name on error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    throw new Error(`Migratie mislukt${failed ? ` (${failed.migrationName})` : ''}: ${String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
