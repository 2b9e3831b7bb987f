import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * Runs axe on the page as it is now and fails with a readable list of violations: rule, impact,
 * help text and URL, and per offending element its selector and axe's summary of what to fix.
 * Call it once the page shows what is being checked (after a locator wait), not during loading.
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `• ${violation.id} [${violation.impact ?? 'onbekend'}]: ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}\n      ${node.html}`),
  ]);
  throw new Error(`axe vond ${results.violations.length} WCAG 2.1 AA-schending(en) op ${what} (${page.url()}):\n${lines.join('\n')}`);
}
