import { describe, expect, test } from 'vitest';
import { ELIGIBILITY_FACT_KEYS, ELIGIBILITY_FACT_LABELS } from '@ketentafel/domain';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { dataValue, hasText, heading1, visible } from './support/assert.ts';
import { POLICE_OFFICER } from './support/context.ts';
import { answerFacts, birthDateForAge, caseCount, caseIdFromUrl, dutchDate, ELIGIBLE_FACTS, HILLEGOM, addDays, todayIso } from './support/flows.ts';

/** ZVT-1.1: a partner professional registers a young person or a police group scan. */
describe('Aanmelden door de professional van een ketenpartner (ZVT-1.1)', () => {
  const current = useBrowser();

  async function openForm() {
    const browser = current();
    await browser.actAs(POLICE_OFFICER);
    const { page } = browser;
    await page.goto('/');
    await heading1(page, 'Start');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    await heading1(page, 'Nieuwe aanmelding');
    return page;
  }

  test('ZVT-1.1 the police officer registers a young person with the whole form and lands on the case page', async () => {
    const page = await openForm();
    await expectNoAxeViolations(page, 'aanmeldformulier (leeg)');
    const birthDate = birthDateForAge(15);

    await page.getByLabel('Tafel').selectOption({ label: HILLEGOM });
    const subject = page.getByRole('region', { name: 'De jeugdige' });
    await subject.getByLabel('Naam', { exact: true }).fill('Milan de Graaf');
    await subject.getByLabel('Geboortedatum').fill(birthDate);
    await subject.getByLabel('Woonplaats').fill('Hillegom');

    await page.getByRole('button', { name: 'Wettelijk vertegenwoordiger toevoegen' }).click();
    const first = page.getByRole('group', { name: 'Wettelijk vertegenwoordiger 1' });
    // Adding moves focus to the new name field (keyboard users continue typing there).
    await page.keyboard.type('Petra de Graaf');
    expect(await first.getByLabel('Naam', { exact: true }).inputValue()).toBe('Petra de Graaf');
    await first.getByLabel('Relatie tot de jeugdige').selectOption({ label: 'ouder' });
    await first.getByLabel('Contactgegevens').fill('06-11112222');

    await page.getByRole('button', { name: 'Wettelijk vertegenwoordiger toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Wettelijk vertegenwoordiger 2' });
    await second.getByLabel('Naam', { exact: true }).fill('Johan de Graaf');
    await second.getByLabel('Relatie tot de jeugdige').selectOption({ label: 'voogd' });
    await second.getByLabel('Contactgegevens').fill('johan@voorbeeld.example');

    await page.getByLabel('Reden van aanmelding').fill('Meerdere keren aangehouden bij vernielingen rond het station, in groepsverband.');
    await answerFacts(page, ELIGIBLE_FACTS);
    await expectNoAxeViolations(page, 'aanmeldformulier (ingevuld)');

    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    caseIdFromUrl(page.url());

    await heading1(page, 'Milan de Graaf');
    await hasText(dataValue(page, 'Kenmerk'), /^HIL-/);
    await hasText(dataValue(page, 'Tafel'), HILLEGOM);
    await hasText(dataValue(page, 'Fase'), 'Aanmelding');
    await hasText(dataValue(page, 'Aangemeld op'), dutchDate(todayIso()));
    await hasText(dataValue(page, 'Aanmelder'), 'Politie basisteam Bollenstreek');
    await hasText(dataValue(page, 'Informeren'), 'Geen informeertaak');

    const registration = page.getByRole('region', { name: 'Aanmelding' });
    await hasText(dataValue(registration, 'Naam'), 'Milan de Graaf');
    await hasText(dataValue(registration, 'Geboortedatum'), dutchDate(birthDate));
    await hasText(dataValue(registration, 'Woonplaats'), 'Hillegom');
    await hasText(registration, 'Petra de Graaf (ouder) — 06-11112222', 'Johan de Graaf (voogd) — johan@voorbeeld.example');
    await hasText(registration, 'Meerdere keren aangehouden bij vernielingen rond het station');

    const answers = page.getByRole('table', { name: 'Antwoorden van de aanmelder op de criteria' });
    for (const key of ELIGIBILITY_FACT_KEYS) {
      const row = answers.getByRole('row', { name: ELIGIBILITY_FACT_LABELS[key] });
      await hasText(row, ELIGIBLE_FACTS[key] === 'yes' ? 'ja' : 'nee');
    }
    // The referrer neither assesses nor decides (ZVT-1.2: the chain director does).
    expect(await page.getByRole('heading', { name: 'Toetsing (voorstel)' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Besluit over toelating' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuspagina fase 1 (aanmelder)');

    // The new registration is listed under "Mijn aanmeldingen".
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanmeldingen' }).click();
    await heading1(page, 'Mijn aanmeldingen');
    await visible(page.getByRole('cell', { name: 'Milan de Graaf', exact: true }));
    await expectNoAxeViolations(page, 'casuslijst professional (Mijn aanmeldingen)');
  });

  test('ZVT-1.3 a group scan is not registered here: the form leads to the group registration with members and scan', async () => {
    const page = await openForm();
    // No group choice on this form: a group without members or scan cannot be created here (the API refuses it too).
    expect(await page.getByRole('radio', { name: /Groepsscan/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Groepen: groep registreren' }).click();
    await heading1(page, 'Groep registreren');
    await expectNoAxeViolations(page, 'groep registreren via de aanmeldpagina');
  });

  test('ZVT-1.1 an empty registration is refused with Dutch messages per field and nothing is created', async () => {
    const page = await openForm();
    const before = await caseCount(page);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

    const alert = page.locator('.kt-problem');
    await hasText(alert, 'Ongeldige invoer');
    // Every missing field is named in Dutch in the summary, and at the field itself.
    await hasText(alert, 'Naam: minstens 2 tekens.', 'Woonplaats: minstens 2 tekens.', 'Vul een datum in (JJJJ-MM-DD).');
    await hasText(alert, 'Reden van aanmelding: minstens 10 tekens.', 'Kies ja, nee of onbekend.');
    for (const label of ['Naam', 'Geboortedatum', 'Woonplaats', 'Reden van aanmelding']) {
      const field = page.getByLabel(label, { exact: true });
      expect(await field.getAttribute('aria-invalid'), `${label} is als ongeldig gemarkeerd`).toBe('true');
    }
    expect(await page.getByLabel('Tafel').getAttribute('aria-invalid')).toBe('true');
    const firstFact = page.getByRole('group', { name: ELIGIBILITY_FACT_LABELS.adolescentCriminalLaw, exact: true });
    await hasText(firstFact, 'Fout: Kies ja, nee of onbekend.');
    // Focus moves to the summary (keyboard and screen-reader users land on it), and its links lead to the fields.
    await expect.poll(() => page.evaluate(`document.activeElement?.closest('.kt-problem') !== null`)).toBe(true);
    await alert.getByRole('link', { name: 'Woonplaats: minstens 2 tekens.' }).click();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(await page.getByLabel('Woonplaats').getAttribute('id'));
    await expectNoAxeViolations(page, 'aanmeldformulier met fouten');
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    expect(await caseCount(page)).toBe(before);
  });

  test('ZVT-1.1 X-6 without a chosen table the message says to choose one (not "Ongeldige id.")', async () => {
    const page = await openForm();
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const tableField = page.getByRole('combobox', { name: 'Tafel' });
    await hasText(page.locator('.kt-problem'), 'Ongeldige invoer');
    const describedBy = (await tableField.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').at(-1) ?? ''}"]`).innerText();
    expect(message).toMatch(/Kies een tafel/);
  });

  test('ZVT-1.1 an invalid registration (birth date in the future, too short reason) is refused and nothing is created', async () => {
    const page = await openForm();
    const before = await caseCount(page);
    await page.getByLabel('Tafel').selectOption({ label: HILLEGOM });
    const subject = page.getByRole('region', { name: 'De jeugdige' });
    await subject.getByLabel('Naam', { exact: true }).fill('Tess Vermeulen');
    await subject.getByLabel('Geboortedatum').fill(addDays(todayIso(), 30));
    await subject.getByLabel('Woonplaats').fill('Hillegom');
    await page.getByLabel('Reden van aanmelding').fill('Overlast');
    await answerFacts(page, ELIGIBLE_FACTS);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

    await hasText(page.locator('.kt-problem'), 'Reden van aanmelding: minstens 10 tekens.');
    expect(await page.getByLabel('Reden van aanmelding').getAttribute('aria-invalid')).toBe('true');
    // With the reason fixed, the future birth date is refused by the service.
    await page.getByLabel('Reden van aanmelding').fill('Overlast in de openbare ruimte, in groepsverband.');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await hasText(page.locator('.kt-problem'), 'De geboortedatum ligt in de toekomst.');
    expect(await subject.getByLabel('Geboortedatum').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'aanmeldformulier met ongeldige geboortedatum');
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    expect(await caseCount(page)).toBe(before);
  });
});
