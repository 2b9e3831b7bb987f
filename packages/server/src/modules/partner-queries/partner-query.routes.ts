import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZPartnerQueryAnswerInput, ZPartnerQueryAnswerResult, ZPartnerQueryInbox, ZPartnerQueryParams } from './partner-query.schemas.ts';
import { answerPartnerQuery, listInbox } from './partner-query-answer.service.ts';

const tags = ['Triage'];

/** The addressed partner's side of partner queries (ZVT-2A.2). */
export function partnerQueryRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/partner-queries',
      operationId: 'listPartnerQueryInbox',
      summary: 'Partnervragen aan mijn organisatie (uitvragen)',
      tags,
      auth: 'session',
      success: { status: 200, schema: ZPartnerQueryInbox, description: 'De partnervragen aan mijn organisatie, met tellingen.' },
      errors: [],
      handler: ({ actor, trace }) => listInbox(ctx, actor, trace),
    }),
    defineRoute({
      method: 'POST',
      path: '/partner-queries/{queryId}/answer',
      operationId: 'answerPartnerQuery',
      summary: 'Een partnervraag beantwoorden (ZVT-2A.2)',
      tags,
      auth: 'session',
      params: ZPartnerQueryParams,
      body: ZPartnerQueryAnswerInput,
      success: { status: 201, schema: ZPartnerQueryAnswerResult, description: 'Het antwoord is vastgelegd als bijdrage van uw organisatie.' },
      errors: [400, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => answerPartnerQuery(ctx, actor, trace, params.queryId, body),
    }),
  ];
}
