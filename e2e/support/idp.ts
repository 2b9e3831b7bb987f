import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

/**
 * A local OpenID provider for the end-to-end tests (oidc-provider v9): one public client
 * `ketentafel` (authorization code + PKCE, no secret) and a handful of accounts, each with the
 * authentication methods (`amr`) the IdP asserts when it logs in.
 *
 * oidc-provider's devInteractions log in without `amr`, so this IdP has its own interaction routes:
 * a login page that asks for an e-mail address, and consent that is granted without asking.
 */

export interface IdpAccount {
  readonly email: string;
  readonly name: string;
  readonly amr: readonly string[];
}

/** Accounts the IdP knows. Their e-mail addresses match demo users of Ketentafel. */
export const IDP_ACCOUNTS: readonly IdpAccount[] = [
  // Chain director, logs in with password + one-time code: multi-factor.
  { email: 'ketenregisseur@hltsamen.example', name: 'Sanne Verhoef', amr: ['pwd', 'otp'] },
  // Police professional, logs in with a password only: refused, can read case data (OIDC_REQUIRE_MFA).
  { email: 'wijkagent@politie.example', name: 'Mehmet Aydın', amr: ['pwd'] },
  // Privacy officer, password only: refused as well (MFA is required for every role).
  { email: 'privacy@hltsamen.example', name: 'Ingrid Holleman', amr: ['pwd'] },
  // Someone the IdP knows but Ketentafel does not.
  { email: 'onbekend@elders.example', name: 'Onbekende Medewerker', amr: ['pwd', 'otp'] },
];

export const IDP_CLIENT_ID = 'ketentafel';

const subjectOf = (email: string) => `idp-${email.replace(/[^a-z0-9]/gi, '-')}`;

function accountFor(id: string): IdpAccount | undefined {
  return IDP_ACCOUNTS.find((account) => account.email === id);
}

export interface RunningIdp {
  readonly issuer: string;
  readonly close: () => Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loginPage(uid: string): string {
  const options = IDP_ACCOUNTS.map((a) => `<li><code>${escapeHtml(a.email)}</code> (${a.amr.join(' + ')})</li>`).join('');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Test-inlogdienst</title></head>
<body>
<main>
<h1>Test-inlogdienst</h1>
<form method="post" action="/interaction/${encodeURIComponent(uid)}">
  <label for="email">E-mailadres</label>
  <input id="email" name="email" type="email" required autocomplete="off">
  <button type="submit">Inloggen bij de test-inlogdienst</button>
</form>
<p>Bekende accounts:</p>
<ul>${options}</ul>
</main>
</body>
</html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'POST') {
    const form = await readForm(req);
    const account = accountFor(form.get('email') ?? '');
    if (!account) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Onbekend account bij de test-inlogdienst.');
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.email, amr: [...account.amr] } }, { mergeWithLastSubmission: false });
    return;
  }
  if (details.prompt.name === 'login') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(loginPage(details.uid));
    return;
  }
  if (details.prompt.name === 'consent') {
    const accountId = details.session?.accountId;
    if (accountId === undefined) throw new Error('consent without a logged-in account');
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: details.params.client_id });
    if (!grant) throw new Error(`grant ${details.grantId ?? ''} not found`);
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }
  res.writeHead(501, { 'content-type': 'text/plain; charset=utf-8' }).end(`prompt ${details.prompt.name} niet ondersteund`);
}

/** Starts the IdP on 127.0.0.1:`port`, with `redirectUri` as the client's only redirect URI. */
export async function startIdp(options: { port: number; redirectUri: string }): Promise<RunningIdp> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const account = accountFor(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: subjectOf(account.email), email: account.email, email_verified: true, name: account.name }),
      };
    },
    // `amr` in the openid scope: oidc-provider puts it in the ID token only when a scope (or the claims
    // parameter) asks for it; Entra ID, Keycloak and others send it by default.
    claims: { sid: null, auth_time: null, iss: null, openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put the scope's claims (email, name) in the ID token, as Entra ID and Keycloak do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // A fresh signing key per run, and explicit lifetimes: keeps the provider's development notices quiet.
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'e2e', use: 'sig', alg: 'RS256' }] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
  });
  const callback = provider.callback();
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', issuer);
    if (/^\/interaction\/[^/]+$/.test(pathname)) {
      handleInteraction(provider, req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Fout in de test-inlogdienst: ${error instanceof Error ? error.message : String(error)}`);
      });
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      resolve();
    });
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
