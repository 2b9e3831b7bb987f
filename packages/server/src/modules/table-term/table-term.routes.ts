import { z } from 'zod';
import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { named, ZUuid } from '../../http/schemas.ts';
import { ZTableParams } from '../steering-group/steering-group.schemas.ts';
import { transferOpenCases } from './table-term.service.ts';

const ZCaseTransfer = named('CaseTransfer', z.object({ transferred: z.number().int(), successorTable: z.object({ id: ZUuid, name: z.string() }) }));

/** ZVT-E.2: the end of a table's term. */
export function tableTermRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST', path: '/tables/{tableId}/case-transfers', operationId: 'transferOpenCases',
      summary: 'Open casussen overdragen aan de opvolgende tafel na het einde van de looptijd (ZVT-E.2)', tags: ['Tafels'], auth: 'session',
      params: ZTableParams, success: { status: 201, schema: ZCaseTransfer, description: 'Hoeveel casussen zijn overgedragen, en aan welke tafel.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params }) => transferOpenCases(ctx, actor, trace, params.tableId),
    }),
  ];
}
