import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  GROUP_REGISTRATION_BODY_LIMIT,
  ZCorePartnerInput,
  ZGroupDecisionInput,
  ZGroupDecisionResult,
  ZGroupDetail,
  ZGroupInformingInput,
  ZGroupList,
  ZGroupOutcomeInput,
  ZGroupParams,
  ZGroupPictureInput,
  ZGroupRegistration,
  ZGroupTaskParams,
} from './group.schemas.ts';
import {
  addCorePartner,
  downloadScan,
  getGroup,
  listGroups,
  recordGroupDecision,
  recordGroupInforming,
  recordGroupOutcome,
  registerGroup,
  saveGroupPicture,
} from './group.service.ts';

const tags = ['Groepsaanpak'];

/** The group approach (ZVT-2B.1–2B.4): register from a police group scan, group picture, outcome, decisions, informing. */
export function groupRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/groups', operationId: 'listGroups', summary: 'De groepen die u mag zien (ZVT-2B)', tags, auth: 'session',
      success: { status: 200, schema: ZGroupList, description: 'Groepen van uw tafels waarbij u betrokken bent.' },
      errors: [],
      handler: ({ actor, trace }) => listGroups(ctx, actor, trace),
    }),
    defineRoute({
      method: 'POST', path: '/groups', operationId: 'registerGroup', summary: 'Een groep registreren uit een groepsscan van de politie (ZVT-1.3, ZVT-2B)', tags, auth: 'session',
      body: ZGroupRegistration,
      bodyLimit: GROUP_REGISTRATION_BODY_LIMIT,
      success: { status: 201, schema: ZGroupDetail, description: 'De geregistreerde groep (fase 1).' },
      errors: [400, 403, 413, 415, 422],
      handler: ({ actor, trace, body }) => registerGroup(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'GET', path: '/groups/{groupId}', operationId: 'getGroup', summary: 'Eén groep (ZVT-2B)', tags, auth: 'session',
      params: ZGroupParams,
      success: { status: 200, schema: ZGroupDetail, description: 'De groep, voor zover u die mag zien.' },
      errors: [404],
      handler: ({ actor, trace, params }) => getGroup(ctx, actor, trace, params.groupId),
    }),
    defineRoute({
      method: 'GET', path: '/groups/{groupId}/scan-document', operationId: 'downloadGroupScan', summary: 'De groepsscan van de politie downloaden (PDF)', tags, auth: 'session',
      params: ZGroupParams,
      success: { status: 200, mediaType: 'application/pdf', description: 'Het PDF-bestand van de groepsscan.' },
      errors: [404],
      handler: async ({ actor, trace, params, reply }) => {
        const file = await downloadScan(ctx, actor, trace, params.groupId);
        await reply
          .code(200)
          .header('Content-Type', file.contentType)
          .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
          .header('X-Content-Type-Options', 'nosniff')
          .send(file.content);
        return undefined;
      },
    }),
    defineRoute({
      method: 'PUT', path: '/groups/{groupId}/picture', operationId: 'saveGroupPicture', summary: 'Het groepsbeeld en het overleg met het OM vastleggen (ZVT-2B.1)', tags, auth: 'session',
      params: ZGroupParams,
      body: ZGroupPictureInput,
      success: { status: 200, schema: ZGroupDetail, description: 'De groep met het vastgelegde groepsbeeld.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => saveGroupPicture(ctx, actor, trace, params.groupId, body),
    }),
    defineRoute({
      method: 'POST', path: '/groups/{groupId}/core-partners', operationId: 'addGroupCorePartner', summary: 'Een ketenpartner op verzoek aan de kerngroep toevoegen (ZVT-2B.1)', tags, auth: 'session',
      params: ZGroupParams,
      body: ZCorePartnerInput,
      success: { status: 201, schema: ZGroupDetail, description: 'De groep met de kerngroep.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => addCorePartner(ctx, actor, trace, params.groupId, body),
    }),
    defineRoute({
      method: 'POST', path: '/groups/{groupId}/outcome', operationId: 'recordGroupOutcome', summary: 'De uitkomst van de kerngroep vastleggen: geen groepsaanpak of concept plan (ZVT-2B.2)', tags, auth: 'session',
      params: ZGroupParams,
      body: ZGroupOutcomeInput,
      success: { status: 201, schema: ZGroupDecisionResult, description: 'Het vervolg; bij geen groepsaanpak is de groep verwijderd.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => recordGroupOutcome(ctx, actor, trace, params.groupId, body),
    }),
    defineRoute({
      method: 'POST', path: '/groups/{groupId}/decisions', operationId: 'recordGroupDecision', summary: 'Het besluit over het plan van aanpak vastleggen, met zo nodig individuele aanmelding (ZVT-2B.3)', tags, auth: 'session',
      params: ZGroupParams,
      body: ZGroupDecisionInput,
      success: { status: 201, schema: ZGroupDecisionResult, description: 'Het vervolg en de individuele aanmeldingen.' },
      errors: [400, 403, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => recordGroupDecision(ctx, actor, trace, params.groupId, body),
    }),
    defineRoute({
      method: 'POST', path: '/groups/{groupId}/informing-tasks/{taskId}/sent', operationId: 'recordGroupInforming', summary: 'Vastleggen dat een groepslid is geïnformeerd (ZVT-2B.4)', tags, auth: 'session',
      params: ZGroupTaskParams,
      body: ZGroupInformingInput,
      success: { status: 200, schema: ZGroupDetail, description: 'De groep met de informeertaken.' },
      errors: [400, 403, 404, 409],
      handler: ({ actor, trace, params, body }) => recordGroupInforming(ctx, actor, trace, params.groupId, params.taskId, body),
    }),
  ];
}
