import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL, YOUTH_WORKER } from './support/context.ts';
import { HILLEGOM, apiPost, birthDateForAge, decideAdmission, dutchDate, partnerId, registerIndividual, tableId, todayIso } from './support/flows.ts';

const POLICE = 'Politie basisteam Bollenstreek';
const YOUTH_WORK = 'Jongerenwerk Bollenstreek';
const TITLE = 'Focusoverleg ZVT Hillegom';
const MOTIVATION = 'Twijfel of een gezamenlijke aanpak zinvol is; nadere beeldvorming in het focusoverleg.';

async function ok(response: Awaited<ReturnType<typeof apiPost>>, what: string) {
  expect(response.ok(), `${what}: ${String(response.status())} ${await response.text()}`).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * ZVT-2A.4: a case in doubt goes to the focus meeting; the police officer (owner of the registration data) releases
 * one contribution "for this meeting"; youth work, invited to the item, sees it on the agenda item page today; youth
 * care, not invited, does not. The chain director's start page shows the work queue. Axe on every page. The focus
 * meeting is today at 09:00 Dutch time, whatever the time of day the spec runs: a series may start today and its
 * agenda stays open until the end of the meeting day (ADR 0023).
 */
describe('Focusoverleg: vrijgeven voor dit overleg (ZVT-2A.4) en de werkvoorraad', () => {
  const current = useBrowser();
  const today = todayIso();
  let caseId = '';
  let itemPath = '';

  test('arrange: a case in doubt on today\'s focus meeting, police and youth work invited', async () => {
    const browser = current();
    const created = await registerIndividual(browser, { fullName: 'Lotte Focus', birthDate: birthDateForAge(15) });
    caseId = created.id;
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await decideAdmission(page, caseId, { decision: 'admitted' });
    await ok(await apiPost(page, `/cases/${caseId}/triage/outcome`, { outcome: 'doubt-focus-meeting', motivation: MOTIVATION }), 'twijfel → focusoverleg');
    const series = await ok(
      await apiPost(page, '/meeting-series', { tableId: await tableId(page, HILLEGOM), kind: 'focus', startDate: today, startTime: '09:00', durationMinutes: 15, intervalWeeks: 2, count: 1, location: 'Gemeentehuis Hillegom' }),
      'focusoverleg plannen',
    );
    const meetingId = (series.meetings as { id: string }[])[0]?.id ?? '';
    const item = await ok(await apiPost(page, `/meetings/${meetingId}/agenda-items`, { caseId, goal: 'Bepalen of een gezamenlijke aanpak zinvol is.' }), 'agenderen');
    const organisationIds = [await partnerId(page, HILLEGOM, POLICE), await partnerId(page, HILLEGOM, YOUTH_WORK)];
    const csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
    const invited = await page.request.put(`/api/v1/meetings/${meetingId}/agenda-items/${String(item.id)}/invitations`, { data: { organisationIds }, headers: { 'X-CSRF-Token': csrf } });
    expect(invited.status(), await invited.text()).toBe(200);
    itemPath = `/overleggen/${meetingId}/agendapunten/${String(item.id)}`;
  });

  test('ZVT-2A.4 the owner releases a contribution for the focus meeting from the case page', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto(`/casussen/${caseId}`);
    const release = page.getByRole('button', { name: new RegExp(`^Vrijgeven voor focusoverleg ${dutchDate(today)}: `) }).first();
    await visible(release);
    await expectNoAxeViolations(page, 'casus met vrijgeven voor focusoverleg (eigenaar)');
    const label = (await release.getAttribute('aria-label')) ?? '';
    const kind = label.replace(/^.*: /, '');
    await release.click();
    await hasText(page.getByRole('status').filter({ hasText: 'vrijgegeven voor het focusoverleg' }), `${kind} vrijgegeven voor het focusoverleg van ${dutchDate(today)}.`);
    await visible(page.getByRole('button', { name: `Vrijgave voor focusoverleg ${dutchDate(today)} intrekken: ${kind}` }));
    await expectNoAxeViolations(page, 'casus na vrijgeven voor focusoverleg');
  });

  async function openItem(as: string): Promise<Page> {
    const browser = current();
    await browser.actAs(as);
    const { page } = browser;
    await page.goto(itemPath);
    return page;
  }

  test('ZVT-2A.4 youth work, invited to the item, sees what was released for the meeting (today)', async () => {
    const page = await openItem(YOUTH_WORKER);
    await heading1(page, 'Lotte Focus');
    await hasText(page.locator('main'), TITLE);
    const released = page.getByRole('region', { name: 'Vrijgegeven voor dit overleg' });
    await hasText(released, POLICE);
    expect(await released.getByRole('region').count()).toBe(1);
    await expectNoAxeViolations(page, 'agendapunt focusoverleg (uitgenodigde partner)');
  });

  test('X-2 youth care, not invited, does not see the item nor what was released', async () => {
    const page = await openItem(YOUTH_CARE_PROFESSIONAL);
    await heading1(page, 'Niet gevonden');
    expect(await page.getByText('Lotte Focus').count()).toBe(0);
    await expectNoAxeViolations(page, 'agendapunt focusoverleg (niet uitgenodigd)');
  });

  test('ZVT-2A.4 the chain director sees the item with the decision of the focus meeting, and the start page shows the work queue', async () => {
    const page = await openItem(CHAIN_DIRECTOR);
    await heading1(page, 'Lotte Focus');
    await visible(page.getByRole('region', { name: 'Besluit van het focusoverleg' }));
    await expectNoAxeViolations(page, 'agendapunt focusoverleg (ketenregisseur)');

    await page.goto('/');
    await heading1(page, 'Start');
    const queue = await visible(page.getByRole('region', { name: 'Wat nu aandacht vraagt' }));
    await hasText(queue, 'te toetsen', 'over de termijn', 'te informeren', 'opnieuw te beoordelen');
    const next = queue.getByRole('group', { name: 'Volgend overleg' });
    await visible(next.getByRole('link').first());
    await visible(queue.getByRole('group', { name: 'Informeren (ZVT-1.4)' }));
    await expectNoAxeViolations(page, 'start ketenregisseur met werkvoorraad');
  });
});
