import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZLogFilterOptions, ZLogIntegrity, ZLogSearch, ZLogSearchResult } from './privacy.schemas.ts';
import { logFilterOptions, logIntegrity, searchLog } from './privacy.service.ts';

const tags = ['Privacy'];

/** The privacy officer's log screens: search the processing log and check its integrity. */
export function privacyRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST', path: '/privacy/log-entries/_zoek', operationId: 'searchLogEntries', summary: 'Verwerkingenlog doorzoeken (zonder inhoud)', tags, auth: 'session',
      body: ZLogSearch,
      success: { status: 200, schema: ZLogSearchResult, description: 'Logregels, nieuwste eerst.' }, errors: [400, 403],
      rateLimit: { max: 60, timeWindow: '1 minute' },
      handler: ({ actor, trace, body }) => searchLog(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'GET', path: '/privacy/log-filter-options', operationId: 'listLogFilterOptions', summary: 'Keuzes voor het zoeken in het log', tags, auth: 'session',
      success: { status: 200, schema: ZLogFilterOptions, description: 'Organisaties en handelingen.' }, errors: [403],
      handler: ({ actor, trace }) => logFilterOptions(ctx, actor, trace),
    }),
    defineRoute({
      method: 'GET', path: '/privacy/log-integrity', operationId: 'getLogIntegrity', summary: 'Integriteit van het log controleren', tags, auth: 'session',
      success: { status: 200, schema: ZLogIntegrity, description: 'Uitkomst van de controle van alle hashketens.' }, errors: [403],
      rateLimit: { max: 6, timeWindow: '1 minute' },
      handler: ({ actor, trace }) => logIntegrity(ctx, actor, trace),
    }),
  ];
}
