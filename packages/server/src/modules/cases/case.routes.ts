import { z } from 'zod';
import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { named, ZIsoDate } from '../../http/schemas.ts';
import {
  ZAdmissionDecisionInput,
  ZAdmissionResult,
  ZAssessment,
  ZCaseDetail,
  ZCaseList,
  ZCaseListQuery,
  ZCaseParams,
  ZCaseView,
  ZInformingCompletion,
  ZInformingDeferral,
  ZPartnerQuery,
  ZPartnerQueryInput,
  ZRegistration,
} from './case.schemas.ts';
import { assessCase, decideAdmission, getCase, listCases, registerCase } from './case.service.ts';
import { completeInforming, deferInforming } from '../informing/informing.service.ts';
import { sendPartnerQuery } from '../partner-queries/partner-query.service.ts';

const ZInformingResult = named(
  'InformingResult',
  z.object({ recipients: z.array(z.enum(['subject', 'legalRepresentatives'])), informedOn: ZIsoDate }),
);
const ZDeferralResult = named('DeferralResult', z.object({ plannedOn: ZIsoDate }));

export function caseRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/cases',
      operationId: 'listCases',
      summary: 'Casussen van mijn tafels die ik mag zien',
      tags: ['Casussen'],
      auth: 'session',
      query: ZCaseListQuery,
      success: { status: 200, schema: ZCaseList, description: 'De casussen.' },
      errors: [],
      handler: ({ actor, trace, query }) => listCases(ctx, actor, trace, query),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases',
      operationId: 'registerCase',
      summary: 'Een casus aanmelden (ZVT-1.1)',
      tags: ['Casussen'],
      auth: 'session',
      body: ZRegistration,
      success: { status: 201, schema: ZCaseDetail, description: 'De aangemelde casus.' },
      errors: [403, 422],
      handler: ({ actor, trace, body }) => registerCase(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}',
      operationId: 'getCase',
      summary: 'Eén casus',
      tags: ['Casussen'],
      auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZCaseView, description: 'De casus, of alleen wat aan mijn organisatie is vrijgegeven (view).' },
      errors: [404],
      handler: ({ actor, trace, params }) => getCase(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}/assessment',
      operationId: 'getAssessment',
      summary: 'Toetsing aan de criteria als voorstel (ZVT-1.2)',
      tags: ['Toelating'],
      auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZAssessment, description: 'De berekende toetsing.' },
      errors: [403, 404],
      handler: ({ actor, trace, params }) => assessCase(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/admission-decision',
      operationId: 'decideAdmission',
      summary: 'Besluit over toelating (ZVT-1.3)',
      tags: ['Toelating'],
      auth: 'session',
      params: ZCaseParams,
      body: ZAdmissionDecisionInput,
      success: { status: 200, schema: ZAdmissionResult, description: 'Het besluit en de nieuwe fase.' },
      errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => decideAdmission(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/informing-task/completion',
      operationId: 'completeInforming',
      summary: 'Vastleggen dat is geïnformeerd (ZVT-1.4)',
      tags: ['Informeren'],
      auth: 'session',
      params: ZCaseParams,
      body: ZInformingCompletion,
      success: { status: 200, schema: ZInformingResult, description: 'Wie is geïnformeerd en wanneer.' },
      errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => completeInforming(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/informing-task/deferral',
      operationId: 'deferInforming',
      summary: 'Informeren gemotiveerd uitstellen (ZVT-1.4)',
      tags: ['Informeren'],
      auth: 'session',
      params: ZCaseParams,
      body: ZInformingDeferral,
      success: { status: 200, schema: ZDeferralResult, description: 'Het uitstel is vastgelegd.' },
      errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => deferInforming(ctx, actor, trace, params.caseId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/partner-queries',
      operationId: 'sendPartnerQuery',
      summary: 'Een partnervraag versturen (ZVT-2A.2)',
      tags: ['Triage'],
      auth: 'session',
      params: ZCaseParams,
      body: ZPartnerQueryInput,
      success: { status: 201, schema: ZPartnerQuery, description: 'De verstuurde vraag.' },
      errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => sendPartnerQuery(ctx, actor, trace, params.caseId, body),
    }),
  ];
}
