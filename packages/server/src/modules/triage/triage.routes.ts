import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCaseParams } from '../cases/case.schemas.ts';
import {
  ZReassessmentInput,
  ZReassessmentResult,
  ZStrikeInput,
  ZStrikeResult,
  ZTriage,
  ZTriageOutcomeInput,
  ZTriageOutcomeResult,
  ZTriageRecord,
  ZTriageRecordInput,
} from './triage.schemas.ts';
import { decideTriageOutcome, getTriage, reassess, saveTriageRecord, strikeFromRegistration } from './triage.service.ts';

const tags = ['Triage'];

/** Triage (ZVT-2A): the chain director's record, data minimisation, re-assessment and outcome. */
export function triageRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}/triage',
      operationId: 'getTriage',
      summary: 'De triage van een casus (ZVT-2A)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZTriage, description: 'Partnervragen met antwoorden, triagevastlegging, schrappingen en mogelijke uitkomsten.' },
      errors: [404],
      handler: ({ actor, trace, params }) => getTriage(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'PUT',
      path: '/cases/{caseId}/triage/record',
      operationId: 'saveTriageRecord',
      summary: 'De triage vastleggen (ZVT-2A.2)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      body: ZTriageRecordInput,
      success: { status: 200, schema: ZTriageRecord, description: 'De vastgelegde triage.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => saveTriageRecord(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/triage/strikes',
      operationId: 'strikeFromRegistration',
      summary: 'Schrappen uit de aanmelding wat de triage niet nodig heeft (ZVT-2A.3)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      body: ZStrikeInput,
      success: { status: 201, schema: ZStrikeResult, description: 'Wat is geschrapt (veldnamen, geen waarden).' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => strikeFromRegistration(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/triage/reassessment',
      operationId: 'reassessCase',
      summary: 'Opnieuw toetsen aan de criteria na de gerichte gegevensuitvraag (ZVT-1.3)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      body: ZReassessmentInput,
      success: { status: 200, schema: ZReassessmentResult, description: 'De hertoetsing en het besluit.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => reassess(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/triage/outcome',
      operationId: 'decideTriageOutcome',
      summary: 'Uitkomst van de triage of het focusoverleg (ZVT-2A.4)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      body: ZTriageOutcomeInput,
      success: { status: 200, schema: ZTriageOutcomeResult, description: 'De uitkomst en de nieuwe fase.' },
      errors: [400, 403, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => decideTriageOutcome(ctx, actor, trace, params.caseId, body),
    }),
  ];
}
