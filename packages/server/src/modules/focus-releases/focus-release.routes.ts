import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { ZCaseParams } from '../cases/case.schemas.ts';
import { ZContributionParams } from '../contributions/contribution.schemas.ts';
import { ZAgendaItemParams } from '../meetings/meeting.schemas.ts';
import { ZFocusReleases, ZMeetingRelease, ZMeetingReleaseInput, ZMeetingReleaseParams, ZReleasedForItem } from './focus-release.schemas.ts';
import { getFocusReleases, listReleasedForItem, releaseForMeeting, withdrawForMeeting } from './focus-release.service.ts';

const tags = ['Bijdragen en vrijgaven'];

/** ZVT-2A.4: releases "for this meeting" (one agenda item of a focus meeting), ADR 0019. */
export function focusReleaseRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/cases/{caseId}/focus-releases', operationId: 'getFocusReleases',
      summary: 'Focusoverleggen waarvoor ik bijdragen kan vrijgeven, en mijn vrijgaven voor een overleg (ZVT-2A.4)', tags, auth: 'session', params: ZCaseParams,
      success: { status: 200, schema: ZFocusReleases, description: 'De focusoverleggen en vrijgaven.' }, errors: [404],
      handler: ({ actor, trace, params }) => getFocusReleases(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'POST', path: '/cases/{caseId}/contributions/{contributionId}/meeting-releases', operationId: 'releaseContributionForMeeting',
      summary: 'Een bijdrage vrijgeven voor één focusoverleg (alleen voor de uitgenodigden, alleen op die dag; ZVT-2A.4)', tags, auth: 'session',
      params: ZContributionParams, body: ZMeetingReleaseInput,
      success: { status: 201, schema: ZMeetingRelease, description: 'De vrijgave voor het overleg.' }, errors: [403, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => releaseForMeeting(ctx, actor, trace, params.caseId, params.contributionId, body),
    }),
    defineRoute({
      method: 'DELETE', path: '/cases/{caseId}/contributions/{contributionId}/meeting-releases/{releaseId}', operationId: 'withdrawMeetingRelease',
      summary: 'Een vrijgave voor een focusoverleg intrekken; gaat direct in (ZVT-2A.4)', tags, auth: 'session', params: ZMeetingReleaseParams,
      success: { status: 204, description: 'Ingetrokken.' }, errors: [403, 404],
      handler: async ({ actor, trace, params }) => {
        await withdrawForMeeting(ctx, actor, trace, params.caseId, params.contributionId, params.releaseId);
        return undefined;
      },
    }),
    defineRoute({
      method: 'GET', path: '/meetings/{meetingId}/agenda-items/{agendaItemId}/released-contributions', operationId: 'listReleasedForAgendaItem',
      summary: 'Wat eigenaren voor dit agendapunt vrijgaven en ik nu mag zien (ZVT-2A.4)', tags, auth: 'session', params: ZAgendaItemParams,
      success: { status: 200, schema: ZReleasedForItem, description: 'Het agendapunt met de vrijgegeven bijdragen.' }, errors: [404],
      handler: ({ actor, trace, params }) => listReleasedForItem(ctx, actor, trace, params.meetingId, params.agendaItemId),
    }),
  ];
}
