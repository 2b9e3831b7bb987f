import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, YOUTH_CARE_PROFESSIONAL, YOUTH_WORKER } from './support/context.ts';
import { HILLEGOM, addDays, dutchDate, openMeetingsAs, todayIso } from './support/flows.ts';

/** The demo case in phase 3A at Hillegom (packages/server/src/seed/demo-data.ts, DEMO_CASES_FOR_CASE_MEETING). */
const SUBJECT = 'Daan Hoekstra';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const TITLE = 'Casusoverleg ZVT Hillegom';
const GOAL = 'Gezamenlijk toestandsbeeld van school en vrije tijd; afspraken over begeleiding.';

/**
 * ZVT-3A.1: the chain director plans a case-meeting series, puts an admitted case on the agenda and invites
 * one partner for it; the invited partner sees the item with the name, a partner not invited sees the meeting
 * without it. X-6: the calendar download carries no name. The tests build on each other.
 */
describe('Overleggen en agenda (ZVT-3A.1, X-6)', () => {
  const current = useBrowser();
  const firstDate = addDays(todayIso(), 7);
  let meetingPath: string | undefined;
  let reference: string | undefined;

  function meeting(): string {
    if (!meetingPath) throw new Error('Er is geen overleg gepland: de eerste test van dit bestand is niet gelopen.');
    return meetingPath;
  }

  const openMeetings = (as: string): Promise<Page> => openMeetingsAs(current(), as);

  test('ZVT-3A.1 the chain director plans a case meeting every three weeks and sees the generated dates', async () => {
    const page = await openMeetings(CHAIN_DIRECTOR);
    const form = page.getByRole('region', { name: 'Nieuwe overlegreeks' });
    await expectNoAxeViolations(page, 'overleggen (ketenregisseur)');

    await form.getByRole('button', { name: 'Overlegreeks plannen' }).click();
    await hasText(form.locator('.kt-problem'), 'Vul een locatie in.');
    expect(await form.getByLabel('Locatie', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'nieuwe overlegreeks met fouten');

    await form.getByLabel('Tafel', { exact: true }).selectOption({ label: HILLEGOM });
    expect(await form.getByRole('radio', { name: /^Casusoverleg/ }).isChecked()).toBe(true);
    expect(await form.getByLabel('Om de hoeveel weken').inputValue()).toBe('3');
    await form.getByLabel('Datum van het eerste overleg').fill(firstDate);
    await form.getByLabel('Begintijd').fill('10:00');
    await form.getByLabel('Aantal overleggen').fill('4');
    await form.getByLabel('Locatie', { exact: true }).fill('Gemeentehuis Hillegom, zaal 2');
    await form.getByRole('button', { name: 'Overlegreeks plannen' }).click();

    await heading1(page, TITLE);
    await hasText(page.getByRole('status').filter({ hasText: 'overleggen gepland' }), `${TITLE}: 4 overleggen gepland, het eerste op ${dutchDate(firstDate)}.`);
    const dates = page.getByRole('table', { name: 'Overleggen van deze reeks' });
    const expected = [0, 21, 42, 63].map((days) => dutchDate(addDays(firstDate, days)));
    for (const date of expected) await visible(dates.getByRole('link', { name: date, exact: true }));
    await expectNoAxeViolations(page, 'overlegreeks met gegenereerde data');

    await dates.getByRole('link', { name: expected[0] ?? '', exact: true }).click();
    await visible(page.getByRole('region', { name: 'Agenda' }));
    meetingPath = new URL(page.url()).pathname;
  });

  test('ZVT-3A.1 only admitted cases are offered; the chain director puts the case on the agenda and invites youth care', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto(meeting());
    await heading1(page, TITLE);
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await hasText(agenda, 'Er staan nog geen casussen op de agenda.');
    const options = await agenda.getByLabel('Casus', { exact: true }).locator('option').allInnerTexts();
    expect(options.some((o) => o.startsWith(SUBJECT))).toBe(true);
    // The seeded registrations are in phase 1: not admitted to a case meeting.
    for (const name of ['Jesse van Dalen', 'Noa Willems']) expect(options.some((o) => o.includes(name))).toBe(false);
    await expectNoAxeViolations(page, 'overleg met lege agenda (ketenregisseur)');

    const option = options.find((o) => o.startsWith(SUBJECT)) ?? '';
    reference = /\(([^)]+)\)$/.exec(option)?.[1];
    await agenda.getByLabel('Casus', { exact: true }).selectOption({ label: option });
    await agenda.getByLabel('Doel van de bespreking').fill(GOAL);
    await agenda.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'staat op de agenda' }), `${SUBJECT} staat op de agenda.`);

    const item = agenda.getByRole('region', { name: SUBJECT });
    await item.getByRole('group', { name: `Uitnodigen voor ${SUBJECT}` }).getByRole('checkbox', { name: YOUTH_CARE, exact: true }).check();
    await item.getByRole('button', { name: `Uitnodigingen opslaan: ${SUBJECT}` }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Uitgenodigd voor' }), `Uitgenodigd voor ${SUBJECT}: ${YOUTH_CARE}.`);
    await hasText(item, GOAL, YOUTH_CARE);
    await expectNoAxeViolations(page, 'overleg met een agendapunt en uitnodiging (ketenregisseur)');
  });

  test('ZVT-3A.1 the invited partner (youth care) sees the item with the name', async () => {
    const page = await openMeetings(YOUTH_CARE_PROFESSIONAL);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: dutchDate(firstDate), exact: true }) }).filter({ hasText: TITLE });
    await hasText(row, '1 agendapunt');
    await expectNoAxeViolations(page, 'overleggen (uitgenodigde partner)');
    await page.goto(meeting());
    await heading1(page, TITLE);
    const item = await visible(page.getByRole('region', { name: 'Agenda' }).getByRole('region', { name: SUBJECT }));
    await hasText(item, GOAL, YOUTH_CARE);
    expect(await page.getByRole('button', { name: /Uitnodigingen opslaan|Op de agenda zetten/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'overleg (uitgenodigde partner)');
  });

  test('ZVT-3A.1 a partner not invited (youth work) sees the meeting, without the item and without the name', async () => {
    const page = await openMeetings(YOUTH_WORKER);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: dutchDate(firstDate), exact: true }) }).filter({ hasText: TITLE });
    await hasText(row, 'geen agendapunten');
    await page.goto(meeting());
    await heading1(page, TITLE);
    await hasText(page.getByRole('region', { name: 'Agenda' }), 'Uw organisatie is voor geen enkel agendapunt van dit overleg uitgenodigd.');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(SUBJECT);
    expect(text).not.toContain(GOAL);
    if (reference) expect(text).not.toContain(reference);
    await expectNoAxeViolations(page, 'overleg (niet uitgenodigde partner)');
  });

  test('X-6 "Toevoegen aan agenda (.ics)" downloads the meeting without any name or case reference', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto(meeting());
    await heading1(page, TITLE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Toevoegen aan agenda (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe(`overleg-${firstDate}.ics`);
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:${TITLE}`);
    expect(ics).toContain(`DTSTART;TZID=Europe/Amsterdam:${firstDate.replace(/-/g, '')}T100000`);
    for (const forbidden of [SUBJECT, 'Daan', 'Hoekstra', GOAL, 'Jeugdhulp', reference ?? 'HIL-']) expect(ics).not.toContain(forbidden);
  });
});
