import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Config } from '../config.ts';
import type { Actor } from './actor.ts';
import { AppError } from '../errors.ts';
import { deleteSession, findActiveSession, insertSession } from './session.repository.ts';

/** Cookie names. With HTTPS the `__Host-` prefix pins the cookie to this exact origin. */
export function sessionCookieName(config: Config): string {
  return isSecure(config) ? '__Host-kt_session' : 'kt_session';
}

export function isSecure(config: Config): boolean {
  return config.publicUrl.startsWith('https://');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions in PostgreSQL. The cookie carries only a random token; the database stores its
 * hash, so a database leak does not hand out live sessions.
 */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
  ) {}

  async create(reply: FastifyReply, userId: string, authMethod: 'demo' | 'oidc', mfa: boolean): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expires = new Date(Date.now() + this.config.sessionHours * 3_600_000);
    await insertSession(this.db, {
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: randomBytes(24).toString('base64url'),
      auth_method: authMethod,
      mfa,
      expires_at: expires,
    });
    void reply.setCookie(sessionCookieName(this.config), token, {
      path: '/',
      httpOnly: true,
      secure: isSecure(this.config),
      sameSite: 'lax',
      expires,
    });
  }

  async destroy(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.cookies[sessionCookieName(this.config)];
    if (token) await deleteSession(this.db, hashToken(token));
    void reply.clearCookie(sessionCookieName(this.config), { path: '/' });
  }

  /** The actor and CSRF token of the request's session, if any. */
  async resolve(request: FastifyRequest): Promise<{ actor: Actor; csrfToken: string } | undefined> {
    const token = request.cookies[sessionCookieName(this.config)];
    if (!token) return undefined;
    const row = await findActiveSession(this.db, hashToken(token));
    if (!row) return undefined;
    return {
      csrfToken: row.csrf_token,
      actor: {
        userId: row.user_id,
        displayName: row.display_name,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        role: row.role,
        tableIds: row.table_ids,
        mfa: row.mfa,
        authMethod: row.auth_method,
      },
    };
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for state-changing requests: the Origin (or Referer) must be this application, and
 * authenticated requests must echo the session's synchronizer token in `X-CSRF-Token`.
 */
export function checkCsrf(request: FastifyRequest, config: Config, csrfToken: string | undefined): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  const expected = new URL(config.publicUrl).origin;
  if (origin !== undefined && origin !== expected) {
    throw new AppError('forbidden', 'Verzoek geweigerd: onbekende herkomst.');
  }
  if (csrfToken !== undefined) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !equal(sent, csrfToken)) {
      throw new AppError('forbidden', 'Verzoek geweigerd: ontbrekend of ongeldig CSRF-token. Herlaad de pagina.');
    }
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
