import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  ZAgendaItemRecordParams,
  ZCasePlan,
  ZCasePlanParams,
  ZMeetingOutcomeInput,
  ZMeetingOutcomeResult,
  ZMeetingRecord,
  ZMeetingRecordInput,
  ZMinutes,
  ZMinutesParams,
  ZMonitoringAppointments,
  ZPlanActionInput,
  ZPlanActionParams,
  ZPlanReleaseDecision,
  ZPlanReleaseDecisionInput,
  ZPlanReleaseParams,
} from './meeting-record.schemas.ts';
import { addPlanAction, decideMeetingOutcome, getMeetingRecord, removePlanAction, saveMeetingRecord } from './meeting-record.service.ts';
import { decidePlanRelease, getCasePlan, getMinutes, getMinutesPdf, listMonitoringAppointments } from './minutes.service.ts';

const tags = ['Casusoverleg'];
const RECORD = '/meetings/{meetingId}/agenda-items/{agendaItemId}/record';

/** The case meeting's record (ZVT-3A.2, ZVT-3A.5), the owners' decisions per plan action (ZVT-3A.3) and the minutes (ZVT-3A.4). */
export function meetingRecordRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: RECORD, operationId: 'getMeetingRecord',
      summary: 'Het verslag van één agendapunt, voor de ketenregisseur (ZVT-3A.2)', tags, auth: 'session', params: ZAgendaItemRecordParams,
      success: { status: 200, schema: ZMeetingRecord, description: 'Toestandsbeeld, plan, casusregisseur en uitkomst, met de keuzes voor het formulier.' }, errors: [404],
      handler: ({ actor, trace, params }) => getMeetingRecord(ctx, actor, trace, params.meetingId, params.agendaItemId),
    }),
    defineRoute({
      method: 'PUT', path: RECORD, operationId: 'saveMeetingRecord',
      summary: 'Toestandsbeeld en/of casusregisseur vastleggen (ZVT-3A.2)', tags, auth: 'session', params: ZAgendaItemRecordParams, body: ZMeetingRecordInput,
      success: { status: 200, schema: ZMeetingRecord, description: 'Het verslag van het agendapunt.' }, errors: [400, 404, 422],
      handler: ({ actor, trace, params, body }) => saveMeetingRecord(ctx, actor, trace, params.meetingId, params.agendaItemId, body),
    }),
    defineRoute({
      method: 'POST', path: `${RECORD}/actions`, operationId: 'addPlanAction',
      summary: 'Een actie aan het plan van aanpak toevoegen: wie, wat, wanneer, welke gegevens (ZVT-3A.2)', tags, auth: 'session', params: ZAgendaItemRecordParams, body: ZPlanActionInput,
      success: { status: 201, schema: ZMeetingRecord, description: 'Het verslag met de nieuwe actie.' }, errors: [400, 404, 422],
      handler: ({ actor, trace, params, body }) => addPlanAction(ctx, actor, trace, params.meetingId, params.agendaItemId, body),
    }),
    defineRoute({
      method: 'DELETE', path: `${RECORD}/actions/{actionId}`, operationId: 'removePlanAction',
      summary: 'Een actie uit het plan halen; vrijgaven ervoor worden ingetrokken', tags, auth: 'session', params: ZPlanActionParams,
      success: { status: 200, schema: ZMeetingRecord, description: 'Het verslag zonder de actie.' }, errors: [404, 422],
      handler: ({ actor, trace, params }) => removePlanAction(ctx, actor, trace, params.meetingId, params.agendaItemId, params.actionId),
    }),
    defineRoute({
      method: 'POST', path: `${RECORD}/outcome`, operationId: 'decideMeetingOutcome',
      summary: 'De gemotiveerde uitkomst van het casusoverleg vastleggen (ZVT-3A.5)', tags, auth: 'session', params: ZAgendaItemRecordParams, body: ZMeetingOutcomeInput,
      success: { status: 201, schema: ZMeetingOutcomeResult, description: 'Plan met monitoring, andere tafel (direct verwijderd) of afschaling (fase 4A).' }, errors: [400, 404, 422],
      handler: ({ actor, trace, params, body }) => decideMeetingOutcome(ctx, actor, trace, params.meetingId, params.agendaItemId, body),
    }),
    defineRoute({
      method: 'GET', path: '/meetings/{meetingId}/minutes', operationId: 'getMinutes',
      summary: 'Het verslag van een overleg: alleen de punten waarvoor mijn organisatie is uitgenodigd, alleen wat aan mij is vrijgegeven (ZVT-3A.4)', tags, auth: 'session', params: ZMinutesParams,
      success: { status: 200, schema: ZMinutes, description: 'De actiegerichte afspraken.' }, errors: [404],
      handler: ({ actor, trace, params }) => getMinutes(ctx, actor, trace, params.meetingId),
    }),
    defineRoute({
      method: 'GET', path: '/meetings/{meetingId}/minutes-pdf', operationId: 'getMinutesPdf',
      summary: 'Hetzelfde verslag als PDF (ZVT-3A.4, X-6)', tags, auth: 'session', params: ZMinutesParams,
      success: { status: 200, mediaType: 'application/pdf', description: 'Het verslag zoals ik het mag zien.' }, errors: [404],
      handler: async ({ actor, trace, params, reply }) => {
        const { file, fileName } = await getMinutesPdf(ctx, actor, trace, params.meetingId);
        await reply
          .code(200)
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `attachment; filename="${fileName}"`)
          .header('X-Content-Type-Options', 'nosniff')
          .send(file);
        return undefined;
      },
    }),
    defineRoute({
      method: 'POST', path: '/plan-actions/{actionId}/data/{contributionId}/decision', operationId: 'decidePlanRelease',
      summary: 'Als eigenaar gegevens voor een actie van het plan vrijgeven of weigeren (ZVT-3A.3)', tags, auth: 'session', params: ZPlanReleaseParams, body: ZPlanReleaseDecisionInput,
      success: { status: 201, schema: ZPlanReleaseDecision, description: 'Het besluit.' }, errors: [400, 404, 409],
      handler: ({ actor, trace, params, body }) => decidePlanRelease(ctx, actor, trace, params.actionId, params.contributionId, body),
    }),
    defineRoute({
      method: 'GET', path: '/monitoring-appointments', operationId: 'listMonitoringAppointments',
      summary: 'Monitoring-afspraken die verstreken zijn of binnen twee weken vallen (ZVT-3A.5)', tags, auth: 'session',
      success: { status: 200, schema: ZMonitoringAppointments, description: 'Alleen voor de ketenregisseur; anderen krijgen een lege lijst.' }, errors: [],
      handler: ({ actor, trace }) => listMonitoringAppointments(ctx, actor, trace),
    }),
    defineRoute({
      method: 'GET', path: '/cases/{caseId}/plan', operationId: 'getCasePlan',
      summary: 'Plan van aanpak, casusregisseur en monitoring van een casus, zoals ik ze mag zien (ZVT-3A.2)', tags, auth: 'session', params: ZCasePlanParams,
      success: { status: 200, schema: ZCasePlan, description: 'Casusregisseur en het laatste verslag.' }, errors: [404],
      handler: ({ actor, trace, params }) => getCasePlan(ctx, actor, trace, params.caseId),
    }),
  ];
}
