import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  ZSubjectAccessExportReceipt,
  ZSubjectAccessExtensionInput,
  ZSubjectAccessMatchConfirmation,
  ZSubjectAccessMatchList,
  ZSubjectAccessRequest,
  ZSubjectAccessRequestInput,
  ZSubjectAccessRequestList,
  ZSubjectAccessRequestParams,
} from './subject-access.schemas.ts';
import {
  confirmAccessRequestMatches,
  downloadAccessExport,
  extendAccessRequest,
  listAccessRequestMatches,
  listAccessRequests,
  produceAccessExport,
  recordAccessRequest,
} from './subject-access.service.ts';

const tags = ['Inzageverzoeken'];

/** X-3 (AVG art. 15): access requests, their sealed export and its download. */
export function subjectAccessRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST', path: '/subject-access-requests', operationId: 'recordSubjectAccessRequest',
      summary: 'Inzageverzoek vastleggen (AVG art. 15)', tags, auth: 'session',
      body: ZSubjectAccessRequestInput,
      success: { status: 201, schema: ZSubjectAccessRequest, description: 'Het vastgelegde verzoek met de wettelijke termijn.' }, errors: [403, 422],
      handler: ({ actor, trace, body }) => recordAccessRequest(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'GET', path: '/subject-access-requests', operationId: 'listSubjectAccessRequests',
      summary: 'Inzageverzoeken met status en termijn (zonder casusinhoud)', tags, auth: 'session',
      success: { status: 200, schema: ZSubjectAccessRequestList, description: 'De verzoeken, nieuwste eerst.' }, errors: [403],
      handler: ({ actor, trace }) => listAccessRequests(ctx, actor, trace),
    }),
    defineRoute({
      method: 'GET', path: '/subject-access-requests/{requestId}/matches', operationId: 'listSubjectAccessRequestMatches',
      summary: 'Treffers van een meerduidig verzoek: alleen identificerende gegevens, geen casusinhoud (ADR 0022)', tags, auth: 'session',
      params: ZSubjectAccessRequestParams,
      success: { status: 200, schema: ZSubjectAccessMatchList, description: 'De treffers als er meer dan één is; anders een lege lijst.' }, errors: [404],
      handler: ({ actor, trace, params }) => listAccessRequestMatches(ctx, actor, trace, params.requestId),
    }),
    defineRoute({
      method: 'PUT', path: '/subject-access-requests/{requestId}/matches', operationId: 'confirmSubjectAccessRequestMatches',
      summary: 'Vastleggen welke treffers van de verzoeker zijn (ADR 0022)', tags, auth: 'session',
      params: ZSubjectAccessRequestParams,
      body: ZSubjectAccessMatchConfirmation,
      success: { status: 200, schema: ZSubjectAccessRequest, description: 'Het verzoek; het exportbestand omvat alleen de bevestigde treffers.' }, errors: [400, 404, 422],
      handler: ({ actor, trace, params, body }) => confirmAccessRequestMatches(ctx, actor, trace, params.requestId, body),
    }),
    defineRoute({
      method: 'POST', path: '/subject-access-requests/{requestId}/extension', operationId: 'extendSubjectAccessRequest',
      summary: 'De antwoordtermijn verlengen met ten hoogste twee maanden (AVG art. 12 lid 3)', tags, auth: 'session',
      params: ZSubjectAccessRequestParams,
      body: ZSubjectAccessExtensionInput,
      success: { status: 201, schema: ZSubjectAccessRequest, description: 'Het verzoek met de verlengde termijn.' }, errors: [400, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => extendAccessRequest(ctx, actor, trace, params.requestId, body),
    }),
    defineRoute({
      method: 'POST', path: '/subject-access-requests/{requestId}/export', operationId: 'produceSubjectAccessExport',
      summary: 'Verzegeld exportbestand maken; geeft eenmalig de code', tags, auth: 'session',
      params: ZSubjectAccessRequestParams,
      success: { status: 201, schema: ZSubjectAccessExportReceipt, description: 'Het bestand is gemaakt; de eenmalige code staat alleen in dit antwoord.' }, errors: [404, 422],
      rateLimit: { max: 30, timeWindow: '1 minute' },
      handler: ({ actor, trace, params }) => produceAccessExport(ctx, actor, trace, params.requestId),
    }),
    defineRoute({
      method: 'GET', path: '/subject-access-requests/{requestId}/export', operationId: 'downloadSubjectAccessExport',
      summary: 'Versleuteld exportbestand downloaden (PDF)', tags, auth: 'session',
      params: ZSubjectAccessRequestParams,
      success: { status: 200, mediaType: 'application/pdf', description: 'Het versleutelde PDF-bestand (opent alleen met de eenmalige code).' }, errors: [404, 409],
      handler: async ({ actor, trace, params, reply }) => {
        const { file, fileName } = await downloadAccessExport(ctx, actor, trace, params.requestId);
        await reply
          .code(200)
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `attachment; filename="${fileName}"`)
          .header('X-Content-Type-Options', 'nosniff')
          .send(file);
        return undefined;
      },
    }),
  ];
}
