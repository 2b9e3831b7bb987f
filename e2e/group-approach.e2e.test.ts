import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL } from './support/context.ts';

/** A partner professional of Lisse whose organisation (school attendance) is not in the core group. */
const ATTENDANCE_OFFICER = 'Fatima El Idrissi';
const LISSE = 'Zorg- en Veiligheidstafel Lisse';
const GROUP = 'Groep Kanaalpad';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * ZVT-2B.1–2B.4: the police register a group from a group scan with members and the PDF, the chain director admits it
 * to the group approach, records the group picture and the draft plan, records the triangle's decision with the
 * individual registration of a member (→ 2A) and the informing (one member by the form, one by the outcome letter as
 * PDF); a core-group partner sees the group, a partner
 * outside the core group sees nothing. Axe on every page.
 */
describe('Groepsaanpak: groepsscan tot individuele aanmelding (ZVT-2B.1–2B.4)', () => {
  const current = useBrowser();
  let groupUrl = '';

  test('ZVT-2B the police register a group with members and the scan (a non-PDF is refused)', async () => {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const page = browser.page;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Groepen' }).click();
    await heading1(page, 'Groepen');
    await expectNoAxeViolations(page, 'groepen (politie)');
    await page.getByRole('link', { name: 'Groep registreren' }).click();
    await heading1(page, 'Groep registreren');
    await expectNoAxeViolations(page, 'groep registreren (leeg)');

    await page.getByLabel('Tafel').selectOption({ label: LISSE });
    await page.getByLabel('Naam van de groep').fill(GROUP);
    await page.getByLabel('Gebied').fill('Kanaalpad en skatebaan, Lisse');
    await page.getByLabel('Reden van aanmelding').fill('Groepsscan: overlast en vernielingen rond de skatebaan.');
    const first = page.getByRole('group', { name: 'Groepslid 1' });
    await first.getByLabel('Naam').fill('Luuk Hendriks');
    await first.getByLabel('Geboortedatum').fill('2010-05-12');
    await page.getByRole('button', { name: 'Groepslid toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Groepslid 2' });
    await second.getByLabel('Naam').fill('Tess Jacobs');
    await second.getByLabel('Geboortedatum').fill('2009-08-30');
    await page.getByLabel('Groepsscan (PDF)').setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from('geen pdf') });
    await page.getByRole('button', { name: 'Groep registreren' }).click();
    await hasText(page.locator('.kt-problem'), 'Alleen een PDF-bestand');
    await expectNoAxeViolations(page, 'groep registreren met fout (geen PDF)');

    await page.getByLabel('Groepsscan (PDF)').setInputFiles({ name: 'groepsscan-kanaalpad.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Groep registreren' }).click();
    await heading1(page, GROUP);
    await hasText(page.getByRole('status').filter({ hasText: 'is geregistreerd' }), 'Groep');
    await visible(page.getByRole('link', { name: /Groepsscan downloaden/ }));
    await hasText(page.getByRole('table', { name: 'Groepsleden in de groepsscan' }), 'Luuk Hendriks', 'Tess Jacobs');
    // ZVT-3A.3: the police (owner) release the scan on the group page itself, not on a case page.
    const releases = page.getByRole('region', { name: 'Bijdragen en vrijgaven' });
    await visible(releases.getByRole('button', { name: /^Vrijgeven: / }).first());
    groupUrl = new URL(page.url()).pathname;
    await expectNoAxeViolations(page, 'groep (politie, fase 1)');
  });

  test('ZVT-2B.1 ZVT-2B.2 the chain director admits the group, records the group picture and a draft plan for the triangle', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const page = browser.page;
    await page.goto(groupUrl);
    await heading1(page, GROUP);
    await expectNoAxeViolations(page, 'groep (ketenregisseur, fase 1)');
    await page.getByRole('button', { name: 'Toelaten tot de groepsaanpak (2B)' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'toegelaten' }), 'fase 2B');
    await hasText(page.getByRole('list', { name: 'Kerngroep' }), 'Politie basisteam Bollenstreek', 'Stichting Voor Ieder 1');

    await page.getByLabel('Kenmerken en typering van het gedrag van de groep').fill('Hangen, vernielingen, intimidatie van skaters.');
    await page.getByLabel('Impact van de groep en haar gedrag op de omgeving').fill('Omwonenden mijden de skatebaan.');
    await page.getByLabel('Samenstelling van de groep').fill('Twee kernleden, wisselende meelopers.');
    await page.getByLabel('Groepsdynamische processen').fill('Negatieve leider, volgers zoeken status.');
    await page.getByLabel('Risico op afglijden').fill('Eerste signalen van drugsgebruik.');
    await page.getByLabel('De gemeente heeft met het OM overlegd over de duiding van de groep').check();
    await page.getByLabel('Datum overleg met het OM').fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel('Uitkomst van het overleg met het OM').fill('Het OM adviseert een groepsaanpak met oog voor de twee kernleden.');
    await page.getByRole('button', { name: 'Groepsbeeld opslaan' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'groepsbeeld' }), 'vastgelegd');
    await hasText(dataValue(page, 'Risico op afglijden'), 'drugsgebruik');
    await expectNoAxeViolations(page, 'groep met groepsbeeld (ketenregisseur, 2B)');

    await page.getByRole('radio', { name: /Opdracht tot vervolg groepsaanpak/ }).check();
    await page.getByLabel('Gebiedsgerichte maatregelen').fill('Extra handhaving en verlichting bij de skatebaan.');
    await page.getByRole('group', { name: /Groepsleden met noodzaak tot een individuele aanpak/ }).getByRole('checkbox', { name: 'Luuk Hendriks' }).check();
    await page.getByRole('radio', { name: 'Hoog' }).check();
    await hasText(page.getByText(/^Voorleggen aan:/), 'driehoek');
    await page.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'concept plan' }), 'vastgelegd');
    await hasText(dataValue(page, 'Voorleggen aan'), 'driehoek');
    await expectNoAxeViolations(page, 'groep met concept plan (ketenregisseur, 2B-besluit)');
  });

  test('ZVT-2B.1 X-2 a core-group partner sees the group and its picture; a partner outside the core group sees nothing', async () => {
    const browser = current();
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    let page = browser.page;
    await page.goto('/groepen');
    await heading1(page, 'Groepen');
    await page.getByRole('row').filter({ hasText: GROUP }).getByRole('link').click();
    await heading1(page, GROUP);
    await hasText(dataValue(page, 'Gedrag'), 'vernielingen');
    await hasText(page.getByRole('region', { name: 'Groepsscan en kerngroep' }), 'alleen als de politie hem aan uw organisatie vrijgeeft');
    expect(await page.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'groep (kerngroeppartner jeugdhulp)');

    await browser.actAs(ATTENDANCE_OFFICER);
    page = browser.page;
    await page.goto('/groepen');
    await heading1(page, 'Groepen');
    expect(await page.getByText(GROUP).count()).toBe(0);
    expect(await page.getByText('Luuk Hendriks').count()).toBe(0);
    await expectNoAxeViolations(page, 'groepen (partner buiten de kerngroep)');
    await page.goto(groupUrl);
    await heading1(page, 'Niet gevonden');
    expect(await page.getByText('Luuk Hendriks').count()).toBe(0);
    await expectNoAxeViolations(page, 'groep niet gevonden (partner buiten de kerngroep)');
  });

  test('ZVT-2B.3 ZVT-2B.4 the triangle adopts the plan with an individual registration (→ 2A) in one action; the chain director records the informing by the form and by the outcome letter (PDF)', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const page = browser.page;
    await page.goto(groupUrl);
    await heading1(page, GROUP);
    const decision = page.getByRole('group', { name: /^Besluit \(meer/ });
    await decision.getByRole('checkbox', { name: 'Vastgesteld: groeps- en/of gebiedsmaatregelen' }).check();
    await decision.getByRole('checkbox', { name: /Vastgesteld met individuele aanmelding/ }).check();
    await visible(page.getByRole('group', { name: /Individueel aanmelden/ }).getByRole('checkbox', { name: 'Luuk Hendriks' }));
    expect(await page.getByRole('group', { name: /Individueel aanmelden/ }).getByRole('checkbox', { name: 'Luuk Hendriks' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'besluitformulier (ketenregisseur)');
    await page.getByRole('button', { name: 'Besluit vastleggen en groepsleden aanmelden' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Individueel aangemeld' }), /LIS-\d{4}-/);
    await hasText(dataValue(page, 'Stand').first(), 'Groepsaanpak vastgesteld');
    const reference = (await page.getByRole('table', { name: 'Groepsleden in de groepsscan' }).getByRole('row').filter({ hasText: 'Luuk Hendriks' }).getByRole('cell').nth(2).innerText()).trim();
    expect(reference).toMatch(/^LIS-\d{4}-/);

    const informing = page.getByRole('region', { name: 'Informeren van de groepsleden (ZVT-2B.4)' });
    await hasText(informing.getByRole('list', { name: 'Informeertaken' }), 'Luuk Hendriks: nog te informeren', 'Tess Jacobs: nog te informeren');
    await informing.getByLabel('Doel').fill('Overlast bij de skatebaan verminderen.');
    await informing.getByLabel('Gespreksthema’s').fill('Gedrag in de openbare ruimte, school.');
    await informing.getByLabel('De brief noemt de rechten van de betrokkene').check();
    await informing.getByRole('button', { name: 'Vastleggen als verzonden' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Informeren van' }), 'vastgelegd');
    await hasText(informing.getByRole('list', { name: 'Informeertaken' }), /Luuk Hendriks: verzonden op/);
    await expectNoAxeViolations(page, 'groep vastgesteld met informeren (ketenregisseur)');

    // ZVT-2B.4 the outcome letter to Tess Jacobs: a PDF about her, never naming another member; recording it sent
    // completes her informing.
    const letter = informing.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Brief aan Tess Jacobs' }) });
    const [download] = await Promise.all([page.waitForEvent('download'), letter.getByRole('button', { name: 'Brief downloaden voor Tess Jacobs (PDF)' }).click()]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Tess Jacobs');
    expect(text).toContain(`groep ${GROUP}`);
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(text).not.toContain('Luuk');
    expect(text).not.toContain('Hendriks');
    await letter.getByRole('group', { name: 'Hoe is de brief verstuurd?' }).getByRole('radio', { name: 'Per post' }).check();
    await letter.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Verzending vastgelegd' }), 'brief aan Tess Jacobs', 'Het informeren is afgerond.');
    await hasText(informing.getByRole('list', { name: 'Informeertaken' }), /Tess Jacobs: verzonden op/);
    await hasText(dataValue(letter, 'Stand'), 'Geïnformeerd op', 'per post');
    await expectNoAxeViolations(page, 'groep met de brief over de uitkomst verstuurd (ketenregisseur)');

    // The member's individual registration: a case in triage (2A) with the police as referrer.
    await page.goto('/casussen');
    await heading1(page, 'Casussen');
    const row = page.getByRole('row').filter({ hasText: reference });
    await hasText(row, 'Luuk Hendriks', 'Politie basisteam Bollenstreek');
    await row.getByRole('link', { name: reference }).click();
    await heading1(page, 'Luuk Hendriks');
    await expectNoAxeViolations(page, 'individuele aanmelding uit de groep (ketenregisseur, 2A)');
  });

  test('ZVT-2B.3 the chain director registers a group for the police and names the police professional who is the referrer', async () => {
    const browser = current();
    await browser.actAs(CHAIN_DIRECTOR);
    const page = browser.page;
    await page.goto('/groepen/registreren');
    await heading1(page, 'Groep registreren');
    await page.getByLabel('Tafel').selectOption({ label: LISSE });
    await page.getByLabel('Naam van de groep').fill('Groep Namens Politie Lisse');
    await page.getByLabel('Gebied').fill('Stationsplein, Lisse');
    await page.getByLabel('Reden van aanmelding').fill('Groepsscan: overlast rond het station, namens de politie geregistreerd.');
    const member = page.getByRole('group', { name: 'Groepslid 1' });
    await member.getByLabel('Naam').fill('Daan Testlid');
    await member.getByLabel('Geboortedatum').fill('2010-02-02');
    await page.getByLabel('Groepsscan (PDF)').setInputFiles({ name: 'groepsscan-station.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expectNoAxeViolations(page, 'groep registreren namens de politie (ketenregisseur)');
    // Without a police professional the registration is refused on that field.
    await page.getByRole('button', { name: 'Groep registreren' }).click();
    await hasText(page.locator('.kt-problem'), 'Kies een professional van deze politie-organisatie aan deze tafel.');
    expect(await page.getByLabel('Aanmelder bij de politie').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'groep registreren namens de politie met fout');
    const options = await page.getByLabel('Aanmelder bij de politie').locator('option').allInnerTexts();
    expect(options).toContain(POLICE_OFFICER);
    expect(options).not.toContain(CHAIN_DIRECTOR);
    await page.getByLabel('Aanmelder bij de politie').selectOption({ label: POLICE_OFFICER });
    await page.getByRole('button', { name: 'Groep registreren' }).click();
    await heading1(page, 'Groep Namens Politie Lisse');
    await hasText(page.getByRole('status').filter({ hasText: 'is geregistreerd' }), 'Groep');
    await expectNoAxeViolations(page, 'groep namens de politie geregistreerd (ketenregisseur)');
  });
});
