import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * Waiting assertions on top of playwright-core (which has no `expect` of its own). Each waits for the
 * locator (the context's default timeout) instead of sleeping; a strict locator that matches more than
 * one element fails, as it should.
 */

/** Waits until the locator is visible. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** Waits until the locator is visible and its text contains every expected fragment. */
export async function hasText(locator: Locator, ...fragments: (string | RegExp)[]): Promise<void> {
  await visible(locator);
  for (const fragment of fragments) {
    await expect
      .poll(() => locator.innerText(), { timeout: 10_000, message: `tekst van ${locator.toString()}` })
      .toMatch(typeof fragment === 'string' ? new RegExp(escapeRegExp(fragment)) : fragment);
  }
}

/** Waits until nothing matches the locator (e.g. a form that must disappear). */
export async function absent(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'detached' });
  expect(await locator.count()).toBe(0);
}

/** Waits for the page's main heading (h1) with exactly this name. */
export async function heading1(page: Page, name: string | RegExp): Promise<Locator> {
  return visible(page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }));
}

/** The value shown for `key` in a key–value list (`<dl>`: dt followed by dd). */
export function dataValue(scope: Page | Locator, key: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${escapeRegExp(key)}$`) }).locator('xpath=following-sibling::dd[1]');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
