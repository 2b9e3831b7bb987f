import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/app.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import { AppError } from '../errors.ts';
import { ZDemoLogin, ZLoginOptions, ZSession } from './auth.schemas.ts';
import { describeSession, listDemoUsers, loginDemo, loginOidc } from './auth.service.ts';
import { isSecure } from './session.ts';
import { recordProcessing } from '../audit/audit.service.ts';

const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };
const LOGIN_STATE_COOKIE = 'kt_login_state';
/** Redirects through the IdP: staff behind one municipal NAT address log in together in the morning. */
const OIDC_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

/**
 * Where to go after login: only a path on this application. Anything that a browser could read as
 * another origin (`//host`, `/\\host`, control characters) falls back to the start page.
 */
export function safeReturnPath(value: unknown, publicUrl: string): string {
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (typeof value !== 'string' || !value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const base = new URL(publicUrl);
    const resolved = new URL(value, base);
    return resolved.origin === base.origin ? `${resolved.pathname}${resolved.search}` : '/';
  } catch {
    return '/';
  }
}

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
      handler: async ({ actor, request, reply, trace }) => {
        await ctx.db.transaction().execute((trx) =>
          recordProcessing(trx, actor, trace, { action: 'session.logout', activity: 'authentication', recordType: 'session', recordId: null, outcome: 'allowed' }),
        );
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
  app.get('/auth/oidc/login', { config: { rateLimit: OIDC_RATE_LIMIT } }, async (request, reply) => {
    if (!ctx.oidc) throw new AppError('not-found', 'Niet gevonden.');
    const returnTo = (request.query as { returnTo?: unknown }).returnTo;
    const url = await ctx.oidc.start(ctx.db, safeReturnPath(returnTo, ctx.config.publicUrl));
    // Bind the login attempt to this browser: the callback must come back with the same cookie.
    void reply.setCookie(LOGIN_STATE_COOKIE, url.searchParams.get('state') ?? '', {
      path: '/auth/oidc/callback',
      httpOnly: true,
      secure: isSecure(ctx.config),
      sameSite: 'lax',
      maxAge: 600,
    });
    return reply.redirect(url.toString());
  });
  // logLevel warn: the request log would otherwise record the authorization code in the URL.
  app.get('/auth/oidc/callback', { config: { rateLimit: OIDC_RATE_LIMIT }, logLevel: 'warn' }, async (request, reply) => {
    if (!ctx.oidc) throw new AppError('not-found', 'Niet gevonden.');
    const callbackUrl = new URL(request.url, ctx.config.publicUrl);
    const boundState = request.cookies[LOGIN_STATE_COOKIE];
    void reply.clearCookie(LOGIN_STATE_COOKIE, { path: '/auth/oidc/callback' });
    try {
      if (!boundState || boundState !== callbackUrl.searchParams.get('state')) {
        throw new AppError('invalid-input', 'Inloggen mislukt: deze inlogpoging is niet in deze browser gestart. Probeer opnieuw.');
      }
      const { claims, returnTo } = await ctx.oidc.finish(ctx.db, callbackUrl);
      await loginOidc(ctx, reply, request.trace, claims);
      return await reply.redirect(returnTo);
    } catch (error) {
      request.log.warn({ reason: error instanceof AppError ? error.code : 'error' }, 'OIDC login refused');
      // A code, not a message: the login page maps known codes to its own texts.
      const code = error instanceof AppError && ['mfa-required', 'forbidden', 'invalid-input'].includes(error.code) ? error.code : 'failed';
      return reply.redirect(`/inloggen?fout=${code}`);
    }
  });
}
