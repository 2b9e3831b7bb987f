import { z } from 'zod';
import { TERM_END_RULES, termStatus, todayIn } from '@ketentafel/domain';
import { sql } from 'kysely';
import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { named, ZIsoDate, ZUuid } from '../../http/schemas.ts';
import { requireProcess } from '../../processes.ts';

const ZMyTable = z.object({
  id: ZUuid,
  name: z.string(),
  code: z.string(),
  municipality: z.string(),
  process: z.object({ key: z.string(), version: z.number().int(), name: z.string() }),
  termStart: ZIsoDate,
  termEnd: ZIsoDate,
  partners: z.array(z.object({ id: ZUuid, name: z.string(), kind: z.string() })),
  /** ZVT-E.2: what happens to open cases at the end of the term, and where the term stands today. */
  termEndRule: z.enum(TERM_END_RULES),
  successorTable: z.object({ id: ZUuid, name: z.string() }).nullable(),
  termStatus: z.object({ state: z.enum(['not-started', 'running', 'ending-soon', 'ended']), warnFrom: ZIsoDate, daysLeft: z.number().int() }),
  /** Cases not yet ended (no end state); for the chain director only, otherwise null. A count, no case data. */
  openCases: z.number().int().nullable(),
  policeProfessionals: z
    .array(z.object({ id: ZUuid, name: z.string(), organisationId: ZUuid }))
    .nullable()
    .describe('Alleen voor de ketenregisseur (anders null): de actieve professionals van de politie aan deze tafel, van wie er één de aanmelder is als de ketenregisseur namens de politie een groep registreert (ZVT-2B.3).'),
});
const ZMyTables = named('MyTables', z.object({ tables: z.array(ZMyTable) }));

/** The tables the caller belongs to, with their partners. No case data. */
export function tableRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/tables',
      operationId: 'listMyTables',
      summary: 'Mijn tafels',
      tags: ['Tafels'],
      auth: 'session',
      success: { status: 200, schema: ZMyTables, description: 'De tafels waar ik lid van ben.' },
      errors: [],
      handler: async ({ actor }) => {
        if (actor.tableIds.length === 0) return { tables: [] };
        const tables = await ctx.db.selectFrom('tables').selectAll().where('id', 'in', actor.tableIds).orderBy('name').execute();
        const partners = await ctx.db
          .selectFrom('table_partners as tp')
          .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
          .select(['tp.table_id', 'o.id', 'o.name', 'o.kind'])
          .where('tp.table_id', 'in', actor.tableIds)
          .orderBy('o.name')
          .execute();
        const successors = await ctx.db
          .selectFrom('tables as t')
          .innerJoin('tables as s', 's.id', 't.successor_table_id')
          .select(['t.id', 's.id as successor_id', 's.name as successor_name'])
          .where('t.id', 'in', actor.tableIds)
          .execute();
        const open =
          actor.role === 'chain-director'
            ? await ctx.db
                .selectFrom('cases')
                .select(['table_id', sql<number>`count(*)::int`.as('count')])
                .where('table_id', 'in', actor.tableIds)
                .where('end_state', 'is', null)
                .groupBy('table_id')
                .execute()
            : undefined;
        const police =
          actor.role === 'chain-director'
            ? await ctx.db
                .selectFrom('users as u')
                .innerJoin('user_tables as ut', 'ut.user_id', 'u.id')
                .innerJoin('table_partners as tp', (join) => join.onRef('tp.table_id', '=', 'ut.table_id').onRef('tp.organisation_id', '=', 'u.organisation_id'))
                .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
                .select(['ut.table_id', 'u.id', 'u.display_name', 'u.organisation_id'])
                .where('ut.table_id', 'in', actor.tableIds)
                .where('o.kind', '=', 'police')
                .where('u.role', '=', 'partner-professional')
                .where('u.active', '=', true)
                .orderBy('u.display_name')
                .execute()
            : undefined;
        const today = todayIn('Europe/Amsterdam', ctx.clock.now());
        return {
          tables: tables.map((t) => {
            const process = requireProcess(t.process_key, t.process_version);
            return {
              id: t.id,
              name: t.name,
              code: t.code,
              municipality: t.municipality,
              process: { key: process.key, version: process.version, name: process.name },
              termStart: t.term_start,
              termEnd: t.term_end,
              partners: partners.filter((p) => p.table_id === t.id).map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
              termEndRule: t.open_cases_at_term_end,
              successorTable: ((s) => (s ? { id: s.successor_id, name: s.successor_name } : null))(successors.find((s) => s.id === t.id)),
              termStatus: termStatus({ termStart: t.term_start, termEnd: t.term_end }, today),
              openCases: open === undefined ? null : (open.find((o) => o.table_id === t.id)?.count ?? 0),
              policeProfessionals: police === undefined ? null : police.filter((u) => u.table_id === t.id).map((u) => ({ id: u.id, name: u.display_name, organisationId: u.organisation_id })),
            };
          }),
        };
      },
    }),
  ];
}
