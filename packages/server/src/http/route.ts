import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AccessDenied, AppError, type DeniedAttempt } from '../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { TraceContext } from '../audit/audit-events.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

/** Everything a handler gets: the validated input, the actor (for authenticated routes) and the trace. */
export interface HandlerContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly actor: Actor;
  readonly trace: TraceContext;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** One API operation: the single source for validation, the handler and its OpenAPI description. */
export interface RouteDefinition<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | undefined = z.ZodType | undefined,
> {
  readonly method: HttpMethod;
  /** OpenAPI-style path below /api/v1, e.g. `/cases/{caseId}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** `session` routes require a logged-in user; `public` routes do not. */
  readonly auth: 'session' | 'public';
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly success: {
    readonly status: 200 | 201 | 204 | 302;
    readonly schema?: R;
    readonly description: string;
    /** A non-JSON response, e.g. `text/calendar` (the handler returns the body) or `application/pdf` (the handler sends the bytes itself with `reply`). */
    readonly mediaType?: string;
  };
  readonly errors: readonly ErrorStatus[];
  readonly rateLimit?: { max: number; timeWindow: string };
  /** A larger request body than the application's default (256 KiB), e.g. for an uploaded document. */
  readonly bodyLimit?: number;
  readonly handler: (ctx: HandlerContext<Infer<P>, Infer<Q>, Infer<B>>) => Promise<Infer<R>>;
}

/** Narrows the generic parameters for one route while keeping the list homogeneous. */
export function defineRoute<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType | undefined,
>(route: RouteDefinition<P, Q, B, R>): RouteDefinition {
  return route;
}

export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';

// Control characters other than tab and newlines have no place in any field and some (NUL) make
// PostgreSQL refuse the value; refuse them at the edge with a clear message.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function findForbiddenCharacters(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === 'string') return FORBIDDEN_CHARACTERS.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findForbiddenCharacters(item, [...path, String(index)]);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findForbiddenCharacters(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function parseOrThrow(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const forbidden = findForbiddenCharacters(value, [where]);
  if (forbidden) {
    throw new AppError('invalid-input', 'De invoer bevat ongeldige tekens.', {
      errors: [{ field: forbidden.join('.'), message: 'Verwijder onzichtbare of ongeldige tekens.' }],
    });
  }
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) {
    throw new AppError('invalid-input', 'Niet alle velden zijn goed ingevuld.', {
      errors: result.error.issues.map((issue) => ({
        field: [where, ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    });
  }
  return result.data;
}

/** Resolves the actor for a request; set by the session plugin. */
export type ActorResolver = (request: FastifyRequest) => Promise<Actor | undefined>;
/** Logs a denied attempt after the request's transaction has rolled back. */
export type DenialRecorder = (actor: Actor, trace: TraceContext, attempt: DeniedAttempt) => Promise<void>;

/** Registers the routes on Fastify: validate → authenticate → handler → API-Version header. */
export function registerRoutes(
  app: FastifyInstance,
  routes: readonly RouteDefinition[],
  resolveActor: ActorResolver,
  recordDenial: DenialRecorder,
): void {
  for (const route of routes) {
    const url = API_PREFIX + route.path.replace(/\{(\w+)\}/g, ':$1');
    app.route({
      method: route.method,
      url,
      ...(route.rateLimit ? { config: { rateLimit: route.rateLimit } } : {}),
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: async (request, reply) => {
        void reply.header('API-Version', API_VERSION);
        let actor: Actor | undefined;
        if (route.auth === 'session') {
          actor = await resolveActor(request);
          if (!actor) throw new AppError('not-authenticated', 'Log eerst in.');
        }
        const params = parseOrThrow(route.params, request.params, 'path');
        const query = parseOrThrow(route.query, request.query, 'query');
        const body = parseOrThrow(route.body, request.body, 'body');
        let result: unknown;
        try {
          result = await route.handler({
            params,
            query,
            body,
            actor: actor as Actor,
            trace: request.trace,
            request,
            reply,
          } as HandlerContext<never, never, never>);
        } catch (error) {
          if (error instanceof AccessDenied && actor) await recordDenial(actor, request.trace, error.attempt);
          throw error;
        }
        if (reply.sent) return reply;
        if (route.success.status === 204) return reply.code(204).send();
        if (route.success.mediaType) return reply.code(route.success.status).type(route.success.mediaType).send(result);
        // The response schema is the last filter: fields it does not name never leave the server.
        const output = route.success.schema ? route.success.schema.parse(result) : result;
        return reply.code(route.success.status).send(output);
      },
    });
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    trace: TraceContext;
  }
}
