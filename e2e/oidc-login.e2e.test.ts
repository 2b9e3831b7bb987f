import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { baseUrl } from './support/context.ts';

/**
 * Login through the municipality's identity provider (OIDC, code + PKCE) against a local
 * oidc-provider; MFA is required for every role (OIDC_REQUIRE_MFA=on).
 */
describe('Inloggen via de inlogdienst van de organisatie (OIDC)', () => {
  const current = useBrowser();

  /** From the login page through the IdP's login form; returns when the browser is back at Ketentafel. */
  async function loginAtIdp(email: string): Promise<void> {
    const browser = current();
    const { page } = browser;
    await browser.logOutEverywhere();
    await page.goto('/inloggen');
    await heading1(page, 'Inloggen');
    await page.getByRole('link', { name: 'Inloggen via uw organisatie' }).click();
    await page.waitForURL((url) => url.origin === inject('idpIssuer'));
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Inloggen bij de test-inlogdienst' }).click();
    await page.waitForURL((url) => url.origin === baseUrl() && url.pathname !== '/auth/oidc/callback');
  }

  async function sessionOf(): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
    const response = await current().page.request.get('/api/v1/session');
    return { status: response.status(), body: response.ok() ? ((await response.json()) as Record<string, unknown>) : undefined };
  }

  test('X-2 the login page offers "Inloggen via uw organisatie" next to demo login', async () => {
    const browser = current();
    const { page } = browser;
    await page.goto('/inloggen');
    await heading1(page, 'Inloggen');
    await visible(page.getByRole('heading', { level: 2, name: 'Met uw organisatieaccount' }));
    const link = await visible(page.getByRole('link', { name: 'Inloggen via uw organisatie' }));
    expect(await link.getAttribute('href')).toBe('/auth/oidc/login');
    await expectNoAxeViolations(page, 'inlogpagina met OIDC');
  });

  test('X-2 the chain director logs in through the IdP with MFA and lands logged in', async () => {
    const browser = current();
    const { page } = browser;
    await loginAtIdp('ketenregisseur@hltsamen.example');
    expect(decodeURIComponent(page.url())).toBe(`${baseUrl()}/`);
    await heading1(page, 'Start');
    await hasText(page.getByRole('banner'), 'Sanne Verhoef', 'Ketenregisseur', 'HLTsamen');
    const session = await sessionOf();
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ authMethod: 'oidc', mfa: true, user: { displayName: 'Sanne Verhoef', role: 'chain-director' } });
    await expectNoAxeViolations(page, 'startpagina ketenregisseur na OIDC-inloggen');
  });

  test('X-2 a case-reading professional who logged in with a password only is refused with the Dutch MFA message', async () => {
    const browser = current();
    const { page } = browser;
    await loginAtIdp('wijkagent@politie.example');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/inloggen');
    // The server redirects with a code; the login page shows its own text for known codes only.
    expect(url.searchParams.get('fout')).toBe('mfa-required');
    await heading1(page, 'Inloggen');
    await hasText(page.getByRole('main'), 'zonder meervoudige authenticatie');
    expect((await sessionOf()).status).toBe(401);
    await expectNoAxeViolations(page, 'inlogpagina met MFA-foutmelding');
  });

  test('X-2 a privacy officer who logged in with a password only is refused too: every role reaches personal data or grants access to it', async () => {
    const browser = current();
    const { page } = browser;
    await loginAtIdp('privacy@hltsamen.example');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/inloggen');
    expect(url.searchParams.get('fout')).toBe('mfa-required');
    await hasText(page.getByRole('main'), 'zonder meervoudige authenticatie');
    expect((await sessionOf()).status).toBe(401);
  });

  test('X-6 the login page shows no text from the URL, only messages for known codes', async () => {
    const { page } = current();
    await page.goto(`${baseUrl()}/inloggen?fout=Uw%20account%20is%20geblokkeerd%2C%20bel%20060000`);
    await heading1(page, 'Inloggen');
    expect(await page.getByRole('main').innerText()).not.toContain('geblokkeerd');
  });

  test('X-2 an IdP account unknown to Ketentafel is refused in Dutch', async () => {
    const browser = current();
    const { page } = browser;
    await loginAtIdp('onbekend@elders.example');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await hasText(page.getByRole('main'), 'Uw account is niet bekend in Ketentafel.');
    expect((await sessionOf()).status).toBe(401);
  });
});
