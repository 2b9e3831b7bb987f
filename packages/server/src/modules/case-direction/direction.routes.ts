import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCaseParams } from '../cases/case.schemas.ts';
import { ZCaseDirection, ZDirectionTransfer, ZDirectionTransferInput } from './direction.schemas.ts';
import { getDirection, transferDirection } from './direction.service.ts';

const tags = ['Regie'];

/** ZVT-3A.2: who holds direction over a case, and its transfer to another partner. */
export function directionRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/cases/{caseId}/direction', operationId: 'getCaseDirection',
      summary: 'Wie de regie over de casus heeft, en eerdere overdrachten (ZVT-3A.2)', tags, auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZCaseDirection, description: 'De regie over de casus.' }, errors: [404],
      handler: ({ actor, trace, params }) => getDirection(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'POST', path: '/cases/{caseId}/direction-transfers', operationId: 'transferCaseDirection',
      summary: 'Regie overdragen aan een andere ketenpartner, zoals in het casusoverleg afgesproken (ZVT-3A.2)', tags, auth: 'session',
      params: ZCaseParams, body: ZDirectionTransferInput,
      success: { status: 201, schema: ZDirectionTransfer, description: 'De vastgelegde overdracht.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => transferDirection(ctx, actor, trace, params.caseId, body),
    }),
  ];
}
