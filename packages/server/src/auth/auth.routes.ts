import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/app.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import { AppError } from '../errors.ts';
import { ZDemoLogin, ZLoginOptions, ZSession } from './auth.schemas.ts';
import { describeSession, listDemoUsers, loginDemo, loginOidc } from './auth.service.ts';
import { problemFor } from '../http/problem.ts';

const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

export function authRoutes(ctx: AppContext): RouteDefinition[] {
  const routes: RouteDefinition[] = [
    defineRoute({
      method: 'GET',
      path: '/login-options',
      operationId: 'getLoginOptions',
      summary: 'Hoe kan er worden ingelogd',
      tags: ['Sessie'],
      auth: 'public',
      success: { status: 200, schema: ZLoginOptions, description: 'De inlogmogelijkheden.' },
      errors: [],
      handler: async () => ({
        oidc: ctx.oidc !== undefined,
        demoLogin: ctx.config.demoLogin,
        demoUsers: ctx.config.demoLogin ? await listDemoUsers(ctx) : [],
      }),
    }),
    defineRoute({
      method: 'GET',
      path: '/session',
      operationId: 'getSession',
      summary: 'De huidige sessie',
      tags: ['Sessie'],
      auth: 'session',
      success: { status: 200, schema: ZSession, description: 'Wie is ingelogd.' },
      errors: [],
      handler: ({ actor, request }) => describeSession(ctx, actor, request.session?.csrfToken ?? ''),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/session',
      operationId: 'deleteSession',
      summary: 'Uitloggen',
      tags: ['Sessie'],
      auth: 'session',
      success: { status: 204, description: 'Uitgelogd.' },
      errors: [403],
      handler: async ({ request, reply }) => {
        await ctx.sessions.destroy(request, reply);
        return undefined;
      },
    }),
  ];
  if (ctx.config.demoLogin) {
    routes.push(
      defineRoute({
        method: 'POST',
        path: '/demo-sessions',
        operationId: 'createDemoSession',
        summary: 'Inloggen als demogebruiker (alleen ontwikkeling)',
        tags: ['Sessie'],
        auth: 'public',
        body: ZDemoLogin,
        success: { status: 204, description: 'Ingelogd; de sessiecookie is gezet.' },
        errors: [403, 429],
        rateLimit: LOGIN_RATE_LIMIT,
        handler: async ({ body, reply, request }) => {
          await loginDemo(ctx, reply, request.trace, body.userId);
          return undefined;
        },
      }),
    );
  }
  return routes;
}

/** Browser redirects of the OIDC flow; not part of the JSON API. */
export function registerOidcRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/auth/oidc/login', { config: { rateLimit: LOGIN_RATE_LIMIT } }, async (request, reply) => {
    if (!ctx.oidc) throw new AppError('not-found', 'Niet gevonden.');
    const returnTo = (request.query as { returnTo?: string }).returnTo;
    const safeReturn = typeof returnTo === 'string' && /^\/(?!\/)/.test(returnTo) ? returnTo : '/';
    const url = await ctx.oidc.start(ctx.db, safeReturn);
    return reply.redirect(url.toString());
  });
  app.get('/auth/oidc/callback', { config: { rateLimit: LOGIN_RATE_LIMIT } }, async (request, reply) => {
    if (!ctx.oidc) throw new AppError('not-found', 'Niet gevonden.');
    const callbackUrl = new URL(request.url, ctx.config.publicUrl);
    try {
      const { claims, returnTo } = await ctx.oidc.finish(ctx.db, callbackUrl);
      await loginOidc(ctx, reply, request.trace, claims);
      return await reply.redirect(returnTo);
    } catch (error) {
      request.log.warn({ err: error }, 'OIDC login refused');
      const message =
        error instanceof AppError ? problemFor(error).detail : 'Inloggen mislukt. Probeer het opnieuw of neem contact op met de beheerder.';
      return reply.redirect(`/inloggen?fout=${encodeURIComponent(message)}`);
    }
  });
}
