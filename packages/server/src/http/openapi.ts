import { z } from 'zod';
import type { RouteDefinition, ErrorStatus } from './route.ts';
import { API_PREFIX, API_VERSION } from './route.ts';
import { apiSchemas } from './schemas.ts';
import { ZProblem } from './problem.ts';

type JsonObject = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Ongeldige invoer.',
  401: 'Niet ingelogd.',
  403: 'Geen toegang of meervoudige authenticatie vereist.',
  404: 'Niet gevonden of geen toegang.',
  409: 'Conflict met de huidige toestand.',
  413: 'Bestand te groot.',
  415: 'Soort bestand niet toegestaan.',
  422: 'Niet toegestaan volgens het werkproces.',
  429: 'Te veel pogingen.',
};

const VERSION_HEADER = {
  'API-Version': {
    description: 'De volledige versie van de API.',
    schema: { type: 'string', example: API_VERSION },
  },
};

function ref(schema: z.ZodType): JsonObject {
  const meta = apiSchemas.get(schema);
  if (!meta) {
    throw new Error('Request and response bodies must be registered with named() so they appear as components.');
  }
  return { $ref: `#/components/schemas/${meta.id}` };
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const json = z.toJSONSchema(fieldSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonObject;
    delete json.$schema;
    return {
      name,
      in: where,
      required: where === 'path' || !fieldSchema.safeParse(undefined).success,
      ...(typeof json.description === 'string' ? { description: json.description } : {}),
      schema: json,
    };
  });
}

/**
 * Builds the OpenAPI 3.1 document from the route definitions and the zod schemas; nothing is written
 * by hand, so the document cannot drift from what the server validates.
 */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const responses: Record<string, JsonObject> = {
      [String(route.success.status)]: {
        description: route.success.description,
        headers: VERSION_HEADER,
        ...(route.success.schema ? { content: { 'application/json': { schema: ref(route.success.schema) } } } : {}),
        ...(route.success.mediaType
          ? { content: { [route.success.mediaType]: { schema: route.success.mediaType.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } } } }
          : {}),
      },
    };
    const errorStatuses = new Set<ErrorStatus>([...route.errors, 400]);
    if (route.auth === 'session') errorStatuses.add(401);
    for (const status of [...errorStatuses].sort()) {
      responses[String(status)] = {
        description: ERROR_DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: ref(ZProblem) } },
      };
    }
    const operation: JsonObject = {
      operationId: route.operationId,
      summary: route.summary,
      tags: route.tags,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } } : {}),
      responses,
      ...(route.auth === 'session' ? { security: [{ sessionCookie: [] }] } : { security: [] }),
    };
    const pathItem = (paths[route.path] ??= {});
    pathItem[route.method.toLowerCase()] = operation;
  }
  const components = z.toJSONSchema(apiSchemas, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(components.schemas)) {
    const copy = { ...(schema as JsonObject) };
    delete copy.$schema;
    delete copy.$id;
    schemas[id] = copy;
  }
  const tags = [...new Set(routes.flatMap((r) => r.tags))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ketentafel API',
      version: API_VERSION,
      description:
        'API van Ketentafel, het registratie- en coördinatiesysteem voor Zorg- en Veiligheidstafels Jeugd. ' +
        'Fouten volgen RFC 9457 (application/problem+json).',
      contact: { name: 'Ketentafel', email: 'ontwikkelaars@ketentafel.example', url: 'https://ketentafel.example' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: API_PREFIX, description: 'Deze installatie' }],
    tags,
    paths,
    components: {
      schemas,
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'kt_session', description: 'Sessiecookie na inloggen.' },
      },
    },
  };
}
