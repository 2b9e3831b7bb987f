import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCaseParams } from '../cases/case.schemas.ts';
import { ZContributionParams } from '../contributions/contribution.schemas.ts';
import {
  ZContributionIndex,
  ZGrantRequestCreated,
  ZGrantRequestDecision,
  ZGrantRequestDecisionInput,
  ZGrantRequestInbox,
  ZGrantRequestInput,
  ZGrantRequestParams,
} from './grant-request.schemas.ts';
import { contributionIndex, decideGrantRequest, listGrantRequests, requestContribution } from './grant-request.service.ts';

const tags = ['Verzoeken om gegevens'];

export function grantRequestRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}/contribution-index',
      operationId: 'getContributionIndex',
      summary: 'Welke bijdragen een casus heeft, zonder inhoud, voor betrokken partners (ADR 0011)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZContributionIndex, description: 'De bijdragen (eigenaar, soort, categorie, fase) en mijn verzoeken.' },
      errors: [404],
      handler: ({ actor, trace, params }) => contributionIndex(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/contributions/{contributionId}/grant-requests',
      operationId: 'requestContribution',
      summary: 'De eigenaar om een bijdrage vragen voor een activiteit (zeggenschap, seed 000 voetnoot 4)',
      tags,
      auth: 'session',
      params: ZContributionParams,
      body: ZGrantRequestInput,
      success: { status: 201, schema: ZGrantRequestCreated, description: 'Het verzoek.' },
      errors: [403, 404, 409],
      handler: ({ actor, trace, params, body }) => requestContribution(ctx, actor, trace, params.caseId, params.contributionId, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/grant-requests',
      operationId: 'listGrantRequests',
      summary: 'Verzoeken om gegevens: aan mij als eigenaar, en van mijn organisatie',
      tags,
      auth: 'session',
      success: { status: 200, schema: ZGrantRequestInbox, description: 'Ontvangen en verstuurde verzoeken.' },
      errors: [],
      handler: ({ actor, trace }) => listGrantRequests(ctx, actor, trace),
    }),
    defineRoute({
      method: 'POST',
      path: '/grant-requests/{grantRequestId}/decision',
      operationId: 'decideGrantRequest',
      summary: 'Als eigenaar een verzoek inwilligen (vrijgeven) of met reden weigeren',
      tags,
      auth: 'session',
      params: ZGrantRequestParams,
      body: ZGrantRequestDecisionInput,
      success: { status: 200, schema: ZGrantRequestDecision, description: 'Het besluit.' },
      errors: [403, 404, 409],
      handler: ({ actor, trace, params, body }) => decideGrantRequest(ctx, actor, trace, params.grantRequestId, body),
    }),
  ];
}
