import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, demoUser } from './context.ts';

/** Debian's Chromium; `.ci/run` installs it (`apt-get install -y chromium`). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Timeout for each locator action and assertion; the server answers in milliseconds. */
const ACTION_TIMEOUT_MS = 10_000;

/**
 * One Chromium with a fresh profile per spec file, and the page the spec drives. Page errors
 * (uncaught exceptions) and Content-Security-Policy violations are collected: `assertHealthy` fails
 * the test when there were any.
 */
export class Browser {
  private readonly problems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly profileDir: string,
  ) {
    this.watch(page);
  }

  static async launch(): Promise<Browser> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium ontbreekt op ${CHROMIUM}: installeer het met 'apt-get install -y chromium' (of zet CHROMIUM_PATH).`);
    }
    const profileDir = await mkdtemp(path.join(tmpdir(), 'ketentafel-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      baseURL: baseUrl(),
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(30_000);
    const page = context.pages()[0] ?? (await context.newPage());
    return new Browser(context, page, profileDir);
  }

  private watch(page: Page): void {
    page.on('pageerror', (error) => {
      this.problems.push(`pagina-fout op ${page.url()}: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        this.problems.push(`CSP-schending op ${page.url()}: ${message.text()}`);
      }
    });
  }

  /** Throws when the page had uncaught errors or CSP violations since the last call. */
  assertHealthy(): void {
    const found = this.problems.splice(0);
    if (found.length > 0) throw new Error(`De pagina had fouten:\n${found.join('\n')}`);
  }

  /**
   * Saves a screenshot of the page and returns where it is, the URL and the visible text: what a
   * failing test shows so the failure can be understood without rerunning it.
   */
  async capture(name: string): Promise<string> {
    const dir = path.join(tmpdir(), 'ketentafel-e2e-failures');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`);
    try {
      await this.page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
      const text = await this.page.locator('body').innerText({ timeout: 2_000 });
      return `Schermafdruk: ${file}\nURL: ${this.page.url()}\nTekst op de pagina:\n${text.slice(0, 3_000)}`;
    } catch (error) {
      return `Geen schermafdruk (${error instanceof Error ? error.message : String(error)}); URL: ${this.page.url()}`;
    }
  }

  /** Continues as the demo user `displayName`, with the session the global setup created. */
  async actAs(displayName: string): Promise<void> {
    const user = demoUser(displayName);
    await this.context.clearCookies();
    await this.context.addCookies([{ name: 'kt_session', value: user.sessionCookie, url: baseUrl(), httpOnly: true, sameSite: 'Lax' }]);
  }

  /** Drops every cookie: the next page load is not logged in (neither here nor at the IdP). */
  async logOutEverywhere(): Promise<void> {
    await this.context.clearCookies();
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

/**
 * Gives a spec file its own Chromium: launched before the first test, closed after the last; on a
 * failed test it prints a screenshot path, the URL and the page text; after each test it fails on page
 * errors and CSP violations.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      // A `test.fails` test is expected to fail: no screenshot.
      if (browser && !task.fails) console.error(`[e2e] mislukt: ${task.name}\n${await browser.capture(task.name)}`);
    });
  });
  afterEach(() => {
    browser?.assertHealthy();
  });
  return () => {
    if (!browser) throw new Error('De browser is niet gestart (useBrowser buiten een describe?).');
    return browser;
  };
}
