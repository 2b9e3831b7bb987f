import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config.ts';
import { buildApp, type Clock } from '../http/app.ts';
import type { Db } from '../db/database.ts';

/** A clock the test moves by hand, to cross birthdays, month ends and deadlines. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface TestSession {
  readonly cookie: string;
  readonly csrf: string;
}

/** The real application on a test database, driven through Fastify's inject (no sockets). */
export async function buildTestApp(db: Db, clock: Clock, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', KETENTAFEL_LOG_LEVEL: process.env.KT_TEST_LOG === '1' ? 'error' : 'silent', ...env });
  return buildApp({ db, config, clock, logger: process.env.KT_TEST_LOG === '1' });
}

/** Logs in through the demo-login route and returns the session cookie and CSRF token. */
export async function login(app: FastifyInstance, userId: string): Promise<TestSession> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/demo-sessions', payload: { userId }, headers: { origin: 'http://localhost:3000' } });
  if (response.statusCode !== 204) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const session = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
  const { csrfToken } = session.json<{ csrfToken: string }>();
  return { cookie, csrf: csrfToken };
}

/** Sends an API request as the session's user, with the CSRF token and a same-origin Origin header. */
export function api(app: FastifyInstance, session: TestSession | undefined, method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    headers: {
      origin: 'http://localhost:3000',
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
  });
}

/**
 * Logs in each user once per test file: `as(userId)` returns the same session on every call. `app` is read when
 * first needed, so the helper can be created before `beforeAll` builds the app.
 */
export function cachedLogin(app: () => FastifyInstance): (userId: string) => Promise<TestSession> {
  const sessions = new Map<string, Promise<TestSession>>();
  return (userId) => {
    let session = sessions.get(userId);
    if (session === undefined) {
      session = login(app(), userId);
      sessions.set(userId, session);
    }
    return session;
  };
}
