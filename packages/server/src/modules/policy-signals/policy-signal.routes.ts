import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZTableParams } from '../steering-group/steering-group.schemas.ts';
import { ZCsvFile, ZPolicySignal, ZPolicySignalInput, ZPolicySignalList } from './policy-signal.schemas.ts';
import { createSignal, exportSignals, listSignals } from './policy-signal.service.ts';

const tags = ['Beleidssignalen'];

export function policySignalRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/tables/{tableId}/policy-signals', operationId: 'listPolicySignals', summary: 'Beleidssignalen van de tafel', tags, auth: 'session',
      params: ZTableParams, success: { status: 200, schema: ZPolicySignalList, description: 'De signalen, nieuwste eerst.' }, errors: [403, 404],
      handler: ({ actor, trace, params }) => listSignals(ctx, actor, trace, params.tableId),
    }),
    defineRoute({
      method: 'POST', path: '/tables/{tableId}/policy-signals', operationId: 'createPolicySignal', summary: 'Een beleidssignaal vastleggen, zonder persoonsgegevens', tags, auth: 'session',
      params: ZTableParams, body: ZPolicySignalInput, success: { status: 201, schema: ZPolicySignal, description: 'Het signaal.' }, errors: [403, 404],
      handler: ({ actor, trace, params, body }) => createSignal(ctx, actor, trace, params.tableId, body),
    }),
    defineRoute({
      method: 'GET', path: '/tables/{tableId}/policy-signals/csv-export', operationId: 'exportPolicySignals', summary: 'Beleidssignalen als CSV', tags, auth: 'session',
      params: ZTableParams, success: { status: 200, schema: ZCsvFile, description: 'Een CSV-bestand (puntkomma-gescheiden, UTF-8).' }, errors: [403, 404],
      handler: ({ actor, trace, params }) => exportSignals(ctx, actor, trace, params.tableId),
    }),
  ];
}
