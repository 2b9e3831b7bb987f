import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { ADMINISTRATOR, CHAIN_DIRECTOR, POLICE_OFFICER, PRIVACY_OFFICER } from './support/context.ts';

/**
 * Demo login (development only) for each role, the start page each role gets, and logout.
 * These log in through the UI; other specs reuse sessions made by the global setup.
 */
describe('Demo-inloggen per rol en uitloggen', () => {
  const current = useBrowser();

  async function demoLogin(displayName: string): Promise<Page> {
    const browser = current();
    const { page } = browser;
    await browser.logOutEverywhere();
    await page.goto('/inloggen');
    await heading1(page, 'Inloggen');
    await visible(page.getByRole('heading', { level: 2, name: 'Demo-inloggen (alleen ontwikkeling)' }));
    await page.getByRole('button', { name: `Inloggen als ${displayName}`, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await hasText(page.getByRole('banner'), displayName);
    return page;
  }

  async function menuItems(page: Page): Promise<string[]> {
    const nav = await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }));
    return (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
  }

  test('X-6 the login page lists the demo users and passes axe', async () => {
    const browser = current();
    const { page } = browser;
    await browser.logOutEverywhere();
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await heading1(page, 'Inloggen');
    const table = await visible(page.getByRole('table', { name: 'Demogebruikers' }));
    for (const name of [CHAIN_DIRECTOR, POLICE_OFFICER, PRIVACY_OFFICER, ADMINISTRATOR]) {
      await visible(table.getByRole('button', { name: `Inloggen als ${name}`, exact: true }));
    }
    expect(await page.title()).toMatch(/Inloggen/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectNoAxeViolations(page, 'inlogpagina');
  });

  test('X-6 the first Tab reaches "Direct naar de inhoud", which moves focus to the main content', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('MAIN');
  });

  test('X-2 demo login as the chain director shows registrations to assess and triage', async () => {
    const page = await demoLogin(CHAIN_DIRECTOR);
    await hasText(page.getByRole('banner'), 'Ketenregisseur', 'HLTsamen');
    await heading1(page, 'Start');

    expect(await menuItems(page)).toEqual(['Start', 'Casussen', 'Overleggen', 'Groepen', 'Stuurgroep', 'Signalen', 'Evaluatie', 'Brieven', 'Inzageverzoeken']);
    await visible(page.getByRole('heading', { level: 2, name: 'Te toetsen aanmeldingen' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Triage (2A)' }));
    // The seeded registrations (Hillegom and Lisse) wait for assessment.
    await visible(page.getByRole('cell', { name: 'Jesse van Dalen', exact: true }));
    await visible(page.getByRole('cell', { name: 'Noa Willems', exact: true }));
    await expectNoAxeViolations(page, 'startpagina ketenregisseur');
  });

  test('X-2 demo login as a partner professional shows own registrations and the informing tasks', async () => {
    const page = await demoLogin(POLICE_OFFICER);
    await hasText(page.getByRole('banner'), 'Professional ketenpartner', 'Politie basisteam Bollenstreek');
    await heading1(page, 'Start');
    expect(await menuItems(page)).toEqual(['Start', 'Nieuwe aanmelding', 'Mijn aanmeldingen', 'Uitvragen', 'Aan mij vrijgegeven', 'Verzoeken om gegevens', 'Overleggen', 'Groepen']);
    await visible(page.getByRole('heading', { level: 2, name: 'Informeren: te doen' }));
    const own = page.getByRole('region', { name: 'Mijn aanmeldingen' });
    await visible(own.getByRole('cell', { name: 'Jesse van Dalen', exact: true }));
    // Registered by youth care, not by this officer: not listed.
    expect(await page.getByText('Noa Willems').count()).toBe(0);
    await expectNoAxeViolations(page, 'startpagina professional ketenpartner');
  });

  test('X-1 X-2 demo login as the privacy officer shows the processing register and no case content', async () => {
    const page = await demoLogin(PRIVACY_OFFICER);
    await hasText(page.getByRole('banner'), 'Privacy officer');
    await heading1(page, 'Register van verwerkingsactiviteiten');
    expect(await menuItems(page)).toEqual(['Register van verwerkingen', 'Verwerkingenlog', 'Integriteit van het log', 'Juridische blokkades', 'Inzageverzoeken']);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    await hasText(page.getByRole('main'), 'Grondslag', 'Bewaartermijn');
    for (const name of ['Jesse van Dalen', 'Noa Willems']) expect(await page.getByText(name).count()).toBe(0);
    await expectNoAxeViolations(page, 'startpagina privacy officer');
  });

  test('X-2 demo login as the administrator shows management and no case content', async () => {
    const page = await demoLogin(ADMINISTRATOR);
    await hasText(page.getByRole('banner'), 'Applicatiebeheerder');
    await heading1(page, 'Beheer');
    expect(await menuItems(page)).toEqual(['Start', 'Organisaties', 'Tafels', 'Gebruikers']);
    await hasText(page.getByRole('main'), 'Casusgegevens zijn voor beheerders niet zichtbaar.');
    for (const name of ['Jesse van Dalen', 'Noa Willems']) expect(await page.getByText(name).count()).toBe(0);
    await expectNoAxeViolations(page, 'startpagina applicatiebeheerder');
  });

  test('X-2 logout ends the session: back to the login page and the app asks to log in again', async () => {
    const page = await demoLogin(CHAIN_DIRECTOR);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await heading1(page, 'Inloggen');
    expect((await page.request.get('/api/v1/session')).status()).toBe(401);
    await page.goto('/casussen');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await heading1(page, 'Inloggen');
  });
});
