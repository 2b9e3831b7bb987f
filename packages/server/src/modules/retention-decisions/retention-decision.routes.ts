import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCaseParams } from '../cases/case.schemas.ts';
import { ZCaseRetention, ZLegalHold, ZLegalHoldInput, ZLegalHoldList, ZLegalHoldParams, ZRetentionException, ZRetentionExceptionInput } from './retention-decision.schemas.ts';
import { getCaseRetention, liftLegalHold, listLegalHolds, placeLegalHold, recordRetentionException } from './retention-decision.service.ts';

const tags = ['Bewaartermijnen'];

export function retentionDecisionRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/cases/{caseId}/retention', operationId: 'getCaseRetention',
      summary: 'Bewaartermijn van de casus: schema, afwijkingen en blokkades (ZVT-4A)', tags, auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZCaseRetention, description: 'De bewaartermijn van de casus.' }, errors: [404],
      handler: ({ actor, trace, params }) => getCaseRetention(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'POST', path: '/cases/{caseId}/retention-exceptions', operationId: 'recordRetentionException',
      summary: 'Afwijken van de bewaartermijn, met motivering en herbeoordeling (ZVT-4A.2)', tags, auth: 'session',
      params: ZCaseParams, body: ZRetentionExceptionInput,
      success: { status: 201, schema: ZRetentionException, description: 'De vastgelegde afwijking.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => recordRetentionException(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST', path: '/cases/{caseId}/legal-holds', operationId: 'placeLegalHold',
      summary: 'Juridische blokkade plaatsen: verwijderen gepauzeerd', tags, auth: 'session',
      params: ZCaseParams, body: ZLegalHoldInput,
      success: { status: 201, schema: ZLegalHold, description: 'De blokkade.' }, errors: [403, 404, 409],
      handler: ({ actor, trace, params, body }) => placeLegalHold(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'DELETE', path: '/cases/{caseId}/legal-holds/{holdId}', operationId: 'liftLegalHold',
      summary: 'Juridische blokkade beëindigen', tags, auth: 'session',
      params: ZLegalHoldParams,
      success: { status: 200, schema: ZLegalHold, description: 'De beëindigde blokkade.' }, errors: [403, 404],
      handler: ({ actor, trace, params }) => liftLegalHold(ctx, actor, trace, params.caseId, params.holdId),
    }),
    defineRoute({
      method: 'GET', path: '/legal-holds', operationId: 'listLegalHolds',
      summary: 'Overzicht juridische blokkades (privacy officer, zonder casusinhoud)', tags, auth: 'session',
      success: { status: 200, schema: ZLegalHoldList, description: 'De blokkades.' }, errors: [403],
      handler: ({ actor, trace }) => listLegalHolds(ctx, actor, trace),
    }),
  ];
}
