import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  ZCaseLetterParams,
  ZCaseLetters,
  ZCaseParams,
  ZLetterQuery,
  ZLetterSenderInput,
  ZLetterTemplate,
  ZLetterTemplateInput,
  ZLetterTemplateList,
  ZSentLetterInput,
  ZSentLetterResult,
  ZTableParams,
  ZTemplateParams,
  ZGroupLetterSentInput,
  ZGroupLetterSentResult,
  ZGroupLetters,
  ZGroupMemberParams,
  ZGroupParams,
} from './letter.schemas.ts';
import { listGroupLetters, recordGroupLetterSent, renderGroupLetter } from './group-letter.service.ts';
import { listTemplates, saveTemplate } from './letter-template.service.ts';
import { chooseLetterSender, listCaseLetters, recordLetterSent, renderCaseLetter } from './letter.service.ts';
import { named } from '../../http/schemas.ts';

const tags = ['Brieven'];

const ZLetterSenderResult = named('LetterSenderResult', ZLetterSenderInput.extend({ kind: ZCaseLetterParams.shape.kind }));

/**
 * Letters (X-6, ZVT-1.4, ZVT-2A.5, ZVT-2B.4): templates per table; per case the PDF, who sends it and that it was
 * sent; per member of a group the letter about the outcome of the group approach.
 */
export function letterRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/tables/{tableId}/letter-templates',
      operationId: 'listLetterTemplates',
      summary: 'De briefsjablonen van een tafel',
      tags,
      auth: 'session',
      params: ZTableParams,
      success: { status: 200, schema: ZLetterTemplateList, description: 'Per soort brief de tekst, de plaatshouders en de standaardtekst.' },
      errors: [403, 404],
      handler: ({ actor, trace, params }) => listTemplates(ctx, actor, trace, params.tableId),
    }),
    defineRoute({
      method: 'PUT',
      path: '/tables/{tableId}/letter-templates/{kind}',
      operationId: 'saveLetterTemplate',
      summary: 'Een briefsjabloon van een tafel opslaan; onbekende plaatshouders worden geweigerd',
      tags,
      auth: 'session',
      params: ZTemplateParams,
      body: ZLetterTemplateInput,
      success: { status: 200, schema: ZLetterTemplate, description: 'Het opgeslagen sjabloon met zijn nieuwe versie.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => saveTemplate(ctx, actor, trace, params.tableId, params.kind, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}/letters',
      operationId: 'listCaseLetters',
      summary: 'De brieven van een casus: te maken, wie verstuurt, wat is verstuurd',
      tags,
      auth: 'session',
      params: ZCaseParams,
      success: { status: 200, schema: ZCaseLetters, description: 'Per soort brief de stand en de abilities.' },
      errors: [404],
      handler: ({ actor, trace, params }) => listCaseLetters(ctx, actor, trace, params.caseId),
    }),
    defineRoute({
      method: 'GET',
      path: '/cases/{caseId}/letters/{kind}/pdf',
      operationId: 'renderCaseLetter',
      summary: 'De brief als PDF, gevuld uit de casus (niet bewaard)',
      tags,
      auth: 'session',
      params: ZCaseLetterParams,
      query: ZLetterQuery,
      success: { status: 200, mediaType: 'application/pdf', description: 'De brief als PDF-bestand.' },
      errors: [400, 403, 404, 422],
      handler: async ({ actor, trace, params, query, reply }) => {
        const { pdf, fileName } = await renderCaseLetter(ctx, actor, trace, params.caseId, params.kind, query.letterDate);
        await reply
          .code(200)
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `attachment; filename="${fileName}"`)
          .header('Cache-Control', 'no-store')
          .header('X-Content-Type-Options', 'nosniff')
          .send(pdf);
        return undefined;
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/cases/{caseId}/letters/{kind}/sender',
      operationId: 'chooseLetterSender',
      summary: 'Vastleggen wie de brief verstuurt (ZVT-2A.5)',
      tags,
      auth: 'session',
      params: ZCaseLetterParams,
      body: ZLetterSenderInput,
      success: { status: 200, schema: ZLetterSenderResult, description: 'Wie de brief verstuurt.' },
      errors: [400, 403, 404, 422],
      handler: ({ actor, trace, params, body }) => chooseLetterSender(ctx, actor, trace, params.caseId, params.kind, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/cases/{caseId}/letters/{kind}/sent',
      operationId: 'recordLetterSent',
      summary: 'Vastleggen dat de brief is verstuurd; de brief informeren rondt de informeertaak af (ZVT-1.4)',
      tags,
      auth: 'session',
      params: ZCaseLetterParams,
      body: ZSentLetterInput,
      success: { status: 201, schema: ZSentLetterResult, description: 'De vastgelegde verzending.' },
      errors: [400, 403, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => recordLetterSent(ctx, actor, trace, params.caseId, params.kind, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/groups/{groupId}/letters',
      operationId: 'listGroupLetters',
      summary: 'De brieven over de uitkomst van de groepsaanpak, per groepslid (ZVT-2B.4)',
      tags,
      auth: 'session',
      params: ZGroupParams,
      success: { status: 200, schema: ZGroupLetters, description: 'Per groepslid of de brief te maken is en of het lid is geïnformeerd.' },
      errors: [403, 404],
      handler: ({ actor, trace, params }) => listGroupLetters(ctx, actor, trace, params.groupId),
    }),
    defineRoute({
      method: 'GET',
      path: '/groups/{groupId}/members/{memberId}/outcome-letter/pdf',
      operationId: 'renderGroupOutcomeLetter',
      summary: 'De brief over de uitkomst van de groepsaanpak aan één groepslid, als PDF (niet bewaard; noemt geen andere groepsleden)',
      tags,
      auth: 'session',
      params: ZGroupMemberParams,
      query: ZLetterQuery,
      success: { status: 200, mediaType: 'application/pdf', description: 'De brief als PDF-bestand.' },
      errors: [400, 403, 404, 422],
      handler: async ({ actor, trace, params, query, reply }) => {
        const { pdf, fileName } = await renderGroupLetter(ctx, actor, trace, params.groupId, params.memberId, query.letterDate);
        await reply
          .code(200)
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `attachment; filename="${fileName}"`)
          .header('Cache-Control', 'no-store')
          .header('X-Content-Type-Options', 'nosniff')
          .send(pdf);
        return undefined;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/groups/{groupId}/members/{memberId}/outcome-letter/sent',
      operationId: 'recordGroupOutcomeLetterSent',
      summary: 'Vastleggen dat de brief aan een groepslid is verstuurd; dat rondt het informeren van dat lid af (ZVT-2B.4)',
      tags,
      auth: 'session',
      params: ZGroupMemberParams,
      body: ZGroupLetterSentInput,
      success: { status: 201, schema: ZGroupLetterSentResult, description: 'De vastgelegde verzending.' },
      errors: [400, 403, 404, 409, 422],
      handler: ({ actor, trace, params, body }) => recordGroupLetterSent(ctx, actor, trace, params.groupId, params.memberId, body),
    }),
  ];
}
