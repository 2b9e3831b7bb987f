import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCsvFile } from '../policy-signals/policy-signal.schemas.ts';
import { ZEvaluation, ZEvaluationParams } from './evaluation.schemas.ts';
import { exportEvaluation, getEvaluation } from './evaluation.service.ts';

const tags = ['Evaluatie'];

/** ZVT-E.2, X-5: the yearly evaluation of a table, and its export with small counts suppressed. */
export function evaluationRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/tables/{tableId}/evaluations/{year}', operationId: 'getEvaluation', summary: 'Evaluatie van de tafel over een jaar (ZVT-E.2)', tags, auth: 'session',
      params: ZEvaluationParams, success: { status: 200, schema: ZEvaluation, description: 'Niet tot personen herleidbare cijfers, met per aantal of een export het onderdrukt.' },
      errors: [403, 404],
      handler: ({ actor, trace, params }) => getEvaluation(ctx, actor, trace, params.tableId, params.year, ctx.config.suppressionThreshold),
    }),
    defineRoute({
      method: 'GET', path: '/tables/{tableId}/evaluations/{year}/csv-export', operationId: 'exportEvaluation', summary: 'Evaluatie als CSV, kleine aantallen onderdrukt (X-5)', tags, auth: 'session',
      params: ZEvaluationParams, success: { status: 200, schema: ZCsvFile, description: 'Een CSV-bestand (puntkomma-gescheiden, UTF-8).' }, errors: [403, 404],
      handler: ({ actor, trace, params }) => exportEvaluation(ctx, actor, trace, params.tableId, params.year, ctx.config.suppressionThreshold),
    }),
  ];
}
