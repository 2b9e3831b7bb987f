import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  ZEscalation,
  ZEscalationDecisionInput,
  ZEscalationInput,
  ZEscalationList,
  ZEscalationParams,
  ZSteeringGroup,
  ZSteeringGroupUpdate,
  ZTableParams,
} from './steering-group.schemas.ts';
import { createEscalation, decideEscalation, getSteeringGroup, listEscalations, updateSteeringGroup } from './steering-group.service.ts';

const tags = ['Stuurgroep'];

/** ZVT-E.1: the steering group of a table and the escalations to it (chain director only). */
export function steeringGroupRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/tables/{tableId}/steering-group', operationId: 'getSteeringGroup', summary: 'Samenstelling van de stuurgroep (ZVT-E.1)', tags, auth: 'session',
      params: ZTableParams, success: { status: 200, schema: ZSteeringGroup, description: 'De stuurgroep, per functie.' }, errors: [403, 404],
      handler: ({ actor, trace, params }) => getSteeringGroup(ctx, actor, trace, params.tableId),
    }),
    defineRoute({
      method: 'PATCH', path: '/tables/{tableId}/steering-group', operationId: 'updateSteeringGroup', summary: 'Functies in de stuurgroep wijzigen', tags, auth: 'session',
      params: ZTableParams, body: ZSteeringGroupUpdate, success: { status: 200, schema: ZSteeringGroup, description: 'De stuurgroep.' }, errors: [403, 404],
      handler: ({ actor, trace, params, body }) => updateSteeringGroup(ctx, actor, trace, params.tableId, body),
    }),
    defineRoute({
      method: 'GET', path: '/tables/{tableId}/escalations', operationId: 'listEscalations', summary: 'Opschalingen naar de stuurgroep', tags, auth: 'session',
      params: ZTableParams, success: { status: 200, schema: ZEscalationList, description: 'De opschalingen, nieuwste eerst.' }, errors: [403, 404],
      handler: ({ actor, trace, params }) => listEscalations(ctx, actor, trace, params.tableId),
    }),
    defineRoute({
      method: 'POST', path: '/tables/{tableId}/escalations', operationId: 'createEscalation',
      summary: 'Een vastgelopen procesmatige zaak gepseudonimiseerd opschalen naar de stuurgroep (ZVT-E.1)', tags, auth: 'session',
      params: ZTableParams, body: ZEscalationInput, success: { status: 201, schema: ZEscalation, description: 'De opschaling.' }, errors: [403, 404],
      handler: ({ actor, trace, params, body }) => createEscalation(ctx, actor, trace, params.tableId, body),
    }),
    defineRoute({
      method: 'POST', path: '/tables/{tableId}/escalations/{escalationId}/decision', operationId: 'recordEscalationDecision',
      summary: 'Het besluit van de stuurgroep vastleggen', tags, auth: 'session',
      params: ZEscalationParams, body: ZEscalationDecisionInput, success: { status: 201, schema: ZEscalation, description: 'De opschaling met besluit.' }, errors: [403, 404, 409],
      handler: ({ actor, trace, params, body }) => decideEscalation(ctx, actor, trace, params.tableId, params.escalationId, body),
    }),
  ];
}
