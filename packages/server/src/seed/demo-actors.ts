import type { Db } from '../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { TraceContext } from '../audit/audit-events.ts';

/** The trace the demo seed logs its writes under: demo data goes through the real, logged services. */
export const DEMO_TRACE: TraceContext = { traceId: 'demo'.padEnd(32, '0'), spanId: 'seed'.padEnd(16, '0') };

/** The demo user with this e-mail address as an actor, with their organisation and tables, as a demo login makes it. */
export async function demoActor(db: Db, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.organisation_id', 'o.name', 'u.role'])
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();
  const memberships = await db.selectFrom('user_tables').select('table_id').where('user_id', '=', user.id).execute();
  return {
    userId: user.id,
    displayName: user.display_name,
    organisationId: user.organisation_id,
    organisationName: user.name,
    role: user.role,
    tableIds: memberships.map((m) => m.table_id),
    mfa: true,
    authMethod: 'demo',
  };
}
