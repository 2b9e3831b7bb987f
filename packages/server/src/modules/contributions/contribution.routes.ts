import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCaseParams } from '../cases/case.schemas.ts';
import { ZContributionList, ZContributionParams, ZGrantParams, ZRelease, ZReleaseInput, ZReleasesToMe } from './contribution.schemas.ts';
import { listContributions, listReleasesToMe, releaseContribution, withdrawRelease } from './contribution.service.ts';

const tags = ['Bijdragen en vrijgaven'];

export function contributionRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/releases-to-me',
      operationId: 'listReleasesToMe',
      summary: 'Wat aan mijn organisatie is vrijgegeven (kenmerken, zonder persoonsgegevens)',
      tags,
      auth: 'session',
      success: { status: 200, schema: ZReleasesToMe, description: 'De actieve vrijgaven aan mijn organisatie.' },
      errors: [],
      handler: ({ actor }) => listReleasesToMe(ctx, actor),
    }),
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}/contributions',
      operationId: 'listContributions',
      summary: 'Bijdragen van een casus die ik mag zien (X-2)',
      tags,
      auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZContributionList, description: 'De zichtbare bijdragen.' },
      errors: [404],
      handler: ({ actor, trace, params }) => listContributions(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/contributions/{contributionId}/releases',
      operationId: 'releaseContribution',
      summary: 'Een bijdrage vrijgeven aan een ketenpartner voor een activiteit (ZVT-3A.3)',
      tags,
      auth: 'session',
      params: ZContributionParams,
      body: ZReleaseInput,
      success: { status: 201, schema: ZRelease, description: 'De vrijgave.' },
      errors: [403, 404, 409],
      handler: ({ actor, trace, params, body }) => releaseContribution(ctx, actor, trace, params.caseId, params.contributionId, body),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/cases/{caseId}/contributions/{contributionId}/releases/{grantId}',
      operationId: 'withdrawRelease',
      summary: 'Een vrijgave intrekken; gaat direct in (ZVT-3A.3)',
      tags,
      auth: 'session',
      params: ZGrantParams,
      success: { status: 204, description: 'Ingetrokken.' },
      errors: [403, 404],
      handler: async ({ actor, trace, params }) => {
        await withdrawRelease(ctx, actor, trace, params.caseId, params.contributionId, params.grantId);
        return undefined;
      },
    }),
  ];
}
