import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZWorkQueue } from './work-queue.schemas.ts';
import { getWorkQueue } from './work-queue.service.ts';

/** The chain director's work queue ("what needs me now"), for the start page. */
export function workQueueRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/work-queue',
      operationId: 'getWorkQueue',
      summary: 'Werkvoorraad van de ketenregisseur: wat nu aandacht vraagt, met per onderdeel aantallen en waar het werk gedaan wordt',
      tags: ['Werkvoorraad'],
      auth: 'session',
      success: { status: 200, schema: ZWorkQueue, description: 'De werkvoorraad over de tafels van de ketenregisseur.' },
      errors: [403],
      handler: ({ actor, trace }) => getWorkQueue(ctx, actor, trace),
    }),
  ];
}
