import * as client from 'openid-client';
import type { Db } from '../db/database.ts';
import type { OidcConfig } from '../config.ts';
import { AppError } from '../errors.ts';

/** An OpenID Connect relying party: authorization code flow with PKCE, state and nonce. */
export interface OidcClient {
  /** Starts a login and returns the IdP URL to redirect the browser to. */
  start(db: Db, returnTo: string): Promise<URL>;
  /** Completes the login from the callback URL and returns the verified ID token claims. */
  finish(db: Db, callbackUrl: URL): Promise<{ claims: Record<string, unknown>; returnTo: string }>;
  readonly settings: OidcConfig;
}

const LOGIN_TTL_MS = 10 * 60 * 1000;

export async function createOidcClient(settings: OidcConfig, publicUrl: string): Promise<OidcClient> {
  const redirectUri = new URL('/auth/oidc/callback', publicUrl).toString();
  const configuration = await client.discovery(
    new URL(settings.issuer),
    settings.clientId,
    settings.clientSecret,
    settings.clientSecret ? undefined : client.None(),
    // Only for a local test IdP over http (OIDC_ALLOW_INSECURE_ISSUER); refused in production by config.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    settings.allowInsecureIssuer ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  return {
    settings,
    async start(db, returnTo) {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await db
        .insertInto('login_attempts')
        .values({ state, code_verifier: codeVerifier, nonce, return_to: returnTo, expires_at: new Date(Date.now() + LOGIN_TTL_MS) })
        .execute();
      return client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(settings.requireMfa && settings.mfaAcrValues.length > 0 ? { acr_values: settings.mfaAcrValues.join(' ') } : {}),
      });
    },
    async finish(db, callbackUrl) {
      const state = callbackUrl.searchParams.get('state');
      if (!state) throw new AppError('invalid-input', 'Inloggen mislukt: de terugkeer van de inlogdienst is onvolledig.');
      const attempt = await db
        .deleteFrom('login_attempts')
        .where('state', '=', state)
        .where('expires_at', '>', new Date())
        .returningAll()
        .executeTakeFirst();
      if (!attempt) throw new AppError('invalid-input', 'Inloggen mislukt: de inlogpoging is verlopen. Probeer opnieuw.');
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new AppError('invalid-input', 'Inloggen mislukt: geen ID-token ontvangen.');
      // An IdP may return scope claims (email, name) only from the userinfo endpoint (OIDC Core 5.4).
      let claims: Record<string, unknown> = { ...idClaims };
      if (typeof claims.email !== 'string') {
        const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...userinfo, ...idClaims };
      }
      return { claims, returnTo: attempt.return_to };
    },
  };
}

const MULTI_FACTOR_AMR = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'tel', 'fpt', 'face', 'iris', 'sc']);

/**
 * Whether the IdP asserted multi-factor authentication: `amr` contains `mfa`, or a possession or
 * inherence factor next to another method (RFC 8176), or `acr` is one of the configured MFA levels.
 */
export function isMultiFactor(claims: { amr?: unknown; acr?: unknown }, mfaAcrValues: readonly string[]): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  if (amr.includes('mfa')) return true;
  if (amr.length >= 2 && amr.some((m) => MULTI_FACTOR_AMR.has(m))) return true;
  return typeof claims.acr === 'string' && mfaAcrValues.includes(claims.acr);
}
