import { z } from 'zod';
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
            };
          }),
        };
      },
    }),
  ];
}
