import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  ZAgendaCandidates,
  ZAgendaItem,
  ZAgendaItemInput,
  ZAgendaItemParams,
  ZInvitationsInput,
  ZMeetingDetail,
  ZMeetingList,
  ZMeetingListQuery,
  ZMeetingParams,
  ZMeetingSeries,
  ZMeetingSeriesInput,
  ZMeetingSeriesList,
  ZMeetingUpdate,
  ZSeriesParams,
} from './meeting.schemas.ts';
import { createSeries, getMeeting, getSeries, listMeetings, listSeries, meetingCalendar, seriesCalendar, updateMeeting } from './meeting.service.ts';
import { addAgendaItem, listAgendaCandidates, removeAgendaItem, setInvitations } from './agenda.service.ts';

const tags = ['Overleggen'];
const CALENDAR = 'text/calendar; charset=utf-8';

export function meetingRoutes(ctx: AppContext): RouteDefinition[] {
  const host = new URL(ctx.config.publicUrl).hostname;
  return [
    defineRoute({
      method: 'GET', path: '/meeting-series', operationId: 'listMeetingSeries',
      summary: 'Overlegreeksen van mijn tafels', tags, auth: 'session',
      success: { status: 200, schema: ZMeetingSeriesList, description: 'De reeksen met hun overleggen.' }, errors: [],
      handler: ({ actor }) => listSeries(ctx, actor),
    }),
    defineRoute({
      method: 'POST', path: '/meeting-series', operationId: 'createMeetingSeries',
      summary: 'Een overlegreeks met vaste regelmaat plannen (ZVT-2A.4, ZVT-2B.1, ZVT-3A.1)', tags, auth: 'session',
      body: ZMeetingSeriesInput,
      success: { status: 201, schema: ZMeetingSeries, description: 'De reeks met de gegenereerde overleggen.' }, errors: [403, 422],
      handler: async ({ actor, trace, body }) => {
        const created = await createSeries(ctx, actor, trace, body);
        if (!created) throw new Error('series vanished inside its own transaction');
        return created;
      },
    }),
    defineRoute({
      method: 'GET', path: '/meeting-series/{seriesId}', operationId: 'getMeetingSeries',
      summary: 'Eén overlegreeks', tags, auth: 'session', params: ZSeriesParams,
      success: { status: 200, schema: ZMeetingSeries, description: 'De reeks.' }, errors: [404],
      handler: ({ actor, params }) => getSeries(ctx, actor, params.seriesId),
    }),
    defineRoute({
      method: 'GET', path: '/meeting-series/{seriesId}/icalendar', operationId: 'getMeetingSeriesCalendar',
      summary: 'Agenda-export (iCalendar) van een reeks, zonder persoonsgegevens (X-6)', tags, auth: 'session', params: ZSeriesParams,
      success: { status: 200, mediaType: CALENDAR, description: 'iCalendar (RFC 5545): alleen soort overleg, gemeente, tijd, duur, plaats en status.' }, errors: [404],
      handler: async ({ actor, params, reply }) => {
        const file = await seriesCalendar(ctx, actor, params.seriesId, host);
        void reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
        return file.body;
      },
    }),
    defineRoute({
      method: 'GET', path: '/meetings', operationId: 'listMeetings',
      summary: 'Komende overleggen van mijn tafels', tags, auth: 'session', query: ZMeetingListQuery,
      success: { status: 200, schema: ZMeetingList, description: 'De overleggen, met het aantal agendapunten dat ik mag zien.' }, errors: [],
      handler: ({ actor, query }) => listMeetings(ctx, actor, query),
    }),
    defineRoute({
      method: 'GET', path: '/meetings/{meetingId}', operationId: 'getMeeting',
      summary: 'Eén overleg met de agendapunten die ik mag zien (ZVT-3A.1)', tags, auth: 'session', params: ZMeetingParams,
      success: { status: 200, schema: ZMeetingDetail, description: 'Het overleg.' }, errors: [404],
      handler: ({ actor, trace, params }) => getMeeting(ctx, actor, trace, params.meetingId),
    }),
    defineRoute({
      method: 'PATCH', path: '/meetings/{meetingId}', operationId: 'updateMeeting',
      summary: 'Eén overleg verplaatsen, de locatie wijzigen of annuleren', tags, auth: 'session', params: ZMeetingParams, body: ZMeetingUpdate,
      success: { status: 200, schema: ZMeetingDetail, description: 'Het gewijzigde overleg.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => updateMeeting(ctx, actor, trace, params.meetingId, body),
    }),
    defineRoute({
      method: 'GET', path: '/meetings/{meetingId}/icalendar', operationId: 'getMeetingCalendar',
      summary: 'Agenda-export (iCalendar) van één overleg, zonder persoonsgegevens (X-6)', tags, auth: 'session', params: ZMeetingParams,
      success: { status: 200, mediaType: CALENDAR, description: 'iCalendar (RFC 5545): alleen soort overleg, gemeente, tijd, duur, plaats en status.' }, errors: [404],
      handler: async ({ actor, params, reply }) => {
        const file = await meetingCalendar(ctx, actor, params.meetingId, host);
        void reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
        return file.body;
      },
    }),
    defineRoute({
      method: 'GET', path: '/meetings/{meetingId}/agenda-candidates', operationId: 'listAgendaCandidates',
      summary: 'Casussen die volgens de procedure op dit overleg in aanmerking komen (ZVT-3A.1)', tags, auth: 'session', params: ZMeetingParams,
      success: { status: 200, schema: ZAgendaCandidates, description: 'De casussen.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params }) => listAgendaCandidates(ctx, actor, trace, params.meetingId),
    }),
    defineRoute({
      method: 'POST', path: '/meetings/{meetingId}/agenda-items', operationId: 'addAgendaItem',
      summary: 'Een casus agenderen (alleen als de procedure dat toelaat, ZVT-3A.1)', tags, auth: 'session', params: ZMeetingParams, body: ZAgendaItemInput,
      success: { status: 201, schema: ZAgendaItem, description: 'Het agendapunt.' }, errors: [403, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => addAgendaItem(ctx, actor, trace, params.meetingId, body),
    }),
    defineRoute({
      method: 'DELETE', path: '/meetings/{meetingId}/agenda-items/{agendaItemId}', operationId: 'removeAgendaItem',
      summary: 'Een casus van de agenda halen', tags, auth: 'session', params: ZAgendaItemParams,
      success: { status: 204, description: 'Van de agenda gehaald.' }, errors: [403, 404, 422],
      handler: async ({ actor, trace, params }) => {
        await removeAgendaItem(ctx, actor, trace, params.meetingId, params.agendaItemId);
        return undefined;
      },
    }),
    defineRoute({
      method: 'PUT', path: '/meetings/{meetingId}/agenda-items/{agendaItemId}/invitations', operationId: 'setAgendaItemInvitations',
      summary: 'De uitgenodigde ketenpartners van een agendapunt vastleggen (ZVT-3A.1)', tags, auth: 'session', params: ZAgendaItemParams, body: ZInvitationsInput,
      success: { status: 200, schema: ZAgendaItem, description: 'Het agendapunt met de uitnodigingen.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => setInvitations(ctx, actor, trace, params.meetingId, params.agendaItemId, body.organisationIds),
    }),
  ];
}
