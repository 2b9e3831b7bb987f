import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { SessionStore, checkCsrf } from '../auth/session.ts';
import type { Actor } from '../auth/actor.ts';
import { errorHandler } from './problem.ts';
import { recordDenied } from '../audit/audit.service.ts';
import { API_PREFIX, registerRoutes } from './route.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { allRoutes } from './routes.ts';
import type { OidcClient } from '../auth/oidc.ts';
import { registerOidcRoutes } from '../auth/auth.routes.ts';

/** What services and routes need from the running application. */
export interface AppContext {
  readonly db: Db;
  readonly config: Config;
  readonly sessions: SessionStore;
  readonly oidc: OidcClient | undefined;
  /** The clock; tests replace it to cross birthdays and deadlines. */
  readonly clock: Clock;
}

/** What services need: the database and the clock. Narrower than AppContext so jobs and seeds can call them. */
export type ServiceContext = Pick<AppContext, 'db' | 'clock'>;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

declare module 'fastify' {
  interface FastifyRequest {
    session?: { actor: Actor; csrfToken: string } | undefined;
  }
}

const TRACEPARENT = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Builds the HTTP application: security headers, sessions, CSRF, the API and the web app. */
export async function buildApp(options: {
  db: Db;
  config: Config;
  oidc?: OidcClient | undefined;
  webDist?: string | undefined;
  logger?: boolean;
  clock?: Clock;
}): Promise<FastifyInstance> {
  const { db, config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxyHops > 0 ? (_address: string, hop: number) => hop < config.trustProxyHops : false,
    bodyLimit: 256 * 1024,
  });
  const sessions = new SessionStore(db, config);
  const context: AppContext = { db, config, sessions, oidc: options.oidc, clock: options.clock ?? systemClock };

  app.setErrorHandler(errorHandler);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...(config.oidc ? [new URL(config.oidc.issuer).origin] : [])],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(rateLimit, { global: false });

  app.addHook('onRequest', async (request, reply) => {
    const traceparent = request.headers.traceparent;
    const match = TRACEPARENT.exec(typeof traceparent === 'string' ? traceparent : '');
    request.trace = {
      traceId: match?.[1] ?? randomBytes(16).toString('hex'),
      // Our own span, never the caller's: it also picks the log chain, which a client must not steer.
      spanId: randomBytes(8).toString('hex'),
    };
    if (request.url.startsWith(API_PREFIX)) {
      void reply.header('Cache-Control', 'no-store');
      request.session = await sessions.resolve(request);
      checkCsrf(request, config, request.session?.csrfToken);
    }
  });

  registerOidcRoutes(app, context);
  const routes = allRoutes(context);
  registerRoutes(
    app,
    routes,
    (request) => Promise.resolve(request.session?.actor),
    (actor, trace, attempt) => recordDenied(db, actor, trace, attempt),
  );
  const openapi = buildOpenApiDocument(routes);
  app.get(`${API_PREFIX}/openapi.json`, (_request, reply) => {
    void reply.header('API-Version', '1.0.0').send(openapi);
  });

  if (options.webDist && existsSync(options.webDist)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: options.webDist, wildcard: true, index: ['index.html'] });
    app.setNotFoundHandler((request, reply) => {
      const isAppRoute = !/^\/(api|auth|assets)\//.test(request.url) && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
      if (request.method === 'GET' && isAppRoute) {
        return reply.type('text/html').sendFile('index.html');
      }
      errorHandler(Object.assign(new Error('not found'), { statusCode: 404 }), request, reply);
      return reply;
    });
  } else {
    app.setNotFoundHandler((request, reply) => {
      errorHandler(Object.assign(new Error('not found'), { statusCode: 404 }), request, reply);
    });
  }
  return app;
}
