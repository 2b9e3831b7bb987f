import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, PRIVACY_OFFICER } from './support/context.ts';
import { birthDateForAge, registerIndividual } from './support/flows.ts';

/** the privacy officer reads the processing log without case content. */
describe('Verwerkingenlog voor de privacy officer (X-1)', () => {
  const current = useBrowser();

  test('X-1 the privacy officer finds who read a case by the subject’s name and birth date, without content', async () => {
    const subject = { fullName: 'Noor van Logboek', birthDate: birthDateForAge(15) };
    const created = await registerIndividual(current(), subject);
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    expect((await browser.page.request.get(`/api/v1/cases/${created.id}`)).status()).toBe(200);

    await browser.actAs(PRIVACY_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verwerkingenlog' }).click();
    await heading1(page, 'Verwerkingenlog');
    await page.getByLabel(/^Naam betrokkene/).fill(subject.fullName);
    await page.getByLabel(/^Geboortedatum betrokkene/).fill(subject.birthDate);
    await page.getByRole('button', { name: 'Zoeken' }).click();

    const results = await visible(page.getByRole('table', { name: 'Logregels, nieuwste eerst' }));
    const read = results.getByRole('row').filter({ hasText: 'Casus ingezien' });
    await hasText(read, CHAIN_DIRECTOR, 'Ketenregisseur', created.id);
    await hasText(results.getByRole('row').filter({ hasText: 'Casus aangemeld' }), 'Mehmet Aydın');
    await hasText(page.getByRole('status').filter({ hasText: 'logregel' }), 'over 1 betrokkene');
    const shown = await page.getByRole('main').innerText();
    expect(shown).not.toContain('Noor');
    expect(shown).not.toContain('overlast');
    await expectNoAxeViolations(page, 'verwerkingenlog met zoekresultaat (privacy officer)');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Integriteit van het log' }).click();
    await heading1(page, 'Integriteit van het log');
    await hasText(page.getByRole('main'), 'Het log is ongeschonden.', 'logregels gecontroleerd');
    await expectNoAxeViolations(page, 'integriteit van het log (privacy officer)');
  });

  test('X-2 other roles get no log screens', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    expect((await browser.page.request.get('/api/v1/privacy/log-integrity')).status()).toBe(403);
    await browser.page.goto('/');
    expect(await browser.page.getByRole('link', { name: 'Verwerkingenlog' }).count()).toBe(0);
  });
});
