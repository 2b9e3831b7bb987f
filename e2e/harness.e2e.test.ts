import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { heading1 } from './support/assert.ts';

/** The checks the other specs rely on must be able to fail: a violation or a page error is caught. */
describe('De testomgeving zelf', () => {
  const current = useBrowser();

  test('X-6 the axe check fails on a WCAG violation and names the rule', async () => {
    const browser = current();
    const { page } = browser;
    await browser.logOutEverywhere();
    await page.goto('/inloggen');
    await heading1(page, 'Inloggen');
    await expectNoAxeViolations(page, 'inlogpagina (zonder schending)');
    // An image without a text alternative (WCAG 1.1.1), added only in this browser.
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/favicon.ico">')`);
    await expect(expectNoAxeViolations(page, 'inlogpagina met schending')).rejects.toThrow(/image-alt/);
  });

  test('X-6 an uncaught error in the page fails the test that caused it', async () => {
    const browser = current();
    const { page } = browser;
    await page.goto('/inloggen');
    await heading1(page, 'Inloggen');
    await page.evaluate(`setTimeout(() => { throw new Error('proeffout'); }, 0)`);
    await expect.poll(() => {
      try {
        browser.assertHealthy();
        return 'geen fout';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    }).toMatch(/proeffout/);
  });
});
