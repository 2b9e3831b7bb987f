import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import {
  ZAdminTable,
  ZAdminTableList,
  ZAdminUser,
  ZAdminUserList,
  ZOrganisation,
  ZOrganisationInput,
  ZOrganisationList,
  ZTableInput,
  ZTableParams,
  ZTableUpdate,
  ZUserInput,
  ZUserParams,
  ZUserUpdate,
} from './admin.schemas.ts';
import { createOrganisation, createTable, createUser, listOrganisations, listTables, listUsers, updateTable, updateUser } from './admin.service.ts';

const tags = ['Beheer'];

export function adminRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET', path: '/admin/organisations', operationId: 'listOrganisations', summary: 'Organisaties', tags, auth: 'session',
      success: { status: 200, schema: ZOrganisationList, description: 'Alle organisaties.' }, errors: [403],
      handler: ({ actor }) => listOrganisations(ctx, actor),
    }),
    defineRoute({
      method: 'POST', path: '/admin/organisations', operationId: 'createOrganisation', summary: 'Organisatie toevoegen', tags, auth: 'session',
      body: ZOrganisationInput, success: { status: 201, schema: ZOrganisation, description: 'De organisatie.' }, errors: [403, 409],
      handler: ({ actor, trace, body }) => createOrganisation(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'GET', path: '/admin/tables', operationId: 'listTables', summary: 'Tafels', tags, auth: 'session',
      success: { status: 200, schema: ZAdminTableList, description: 'Alle tafels.' }, errors: [403],
      handler: ({ actor }) => listTables(ctx, actor),
    }),
    defineRoute({
      method: 'POST', path: '/admin/tables', operationId: 'createTable', summary: 'Tafel toevoegen', tags, auth: 'session',
      body: ZTableInput, success: { status: 201, schema: ZAdminTable, description: 'De tafel.' }, errors: [403, 409],
      handler: ({ actor, trace, body }) => createTable(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'PATCH', path: '/admin/tables/{tableId}', operationId: 'updateTable', summary: 'Looptijd of regel voor open casussen aan het einde wijzigen (ZVT-E.2)', tags, auth: 'session',
      params: ZTableParams, body: ZTableUpdate, success: { status: 200, schema: ZAdminTable, description: 'De tafel.' }, errors: [403, 404],
      handler: ({ actor, trace, params, body }) => updateTable(ctx, actor, trace, params.tableId, body),
    }),
    defineRoute({
      method: 'GET', path: '/admin/users', operationId: 'listUsers', summary: 'Gebruikers', tags, auth: 'session',
      success: { status: 200, schema: ZAdminUserList, description: 'Alle gebruikers.' }, errors: [403],
      handler: ({ actor, trace }) => listUsers(ctx, actor, trace),
    }),
    defineRoute({
      method: 'POST', path: '/admin/users', operationId: 'createUser', summary: 'Gebruiker toevoegen', tags, auth: 'session',
      body: ZUserInput, success: { status: 201, schema: ZAdminUser, description: 'De gebruiker.' }, errors: [403, 409],
      handler: ({ actor, trace, body }) => createUser(ctx, actor, trace, body),
    }),
    defineRoute({
      method: 'PATCH', path: '/admin/users/{userId}', operationId: 'updateUser', summary: 'Rol, tafels of status van een gebruiker wijzigen', tags, auth: 'session',
      params: ZUserParams, body: ZUserUpdate, success: { status: 200, schema: ZAdminUser, description: 'De gebruiker.' }, errors: [403, 404, 422],
      handler: ({ actor, trace, params, body }) => updateUser(ctx, actor, trace, params.userId, body),
    }),
  ];
}
