import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { dataValue, hasText, heading1, visible } from './support/assert.ts';
import { CHAIN_DIRECTOR, POLICE_OFFICER, YOUTH_CARE_PROFESSIONAL } from './support/context.ts';
import { addDays, apiPost, birthDateForAge, decideAdmission, HILLEGOM, partnerId, registerIndividual, todayIso, type CreatedCase } from './support/flows.ts';

const YOUTH_WORKER = 'Thijs Koopman';
const YOUTH_CARE = 'Jeugdhulp Duin- en Bollenstreek';
const YOUTH_WORK = 'Jongerenwerk Bollenstreek';
const POLICE = 'Politie basisteam Bollenstreek';
const SHARED = 'Bekend bij jeugdhulp sinds vorig jaar; gezinsbegeleiding loopt, school is betrokken.';

/**
 * ZVT-2A: the chain director sends a partner query, the addressed partner answers in its inbox with content, the
 * chain director sees the answer and another partner does not, the chain director records the triage and the
 * outcome → case meeting (3A).
 */
describe('Triage: uitvragen, beantwoorden, vastleggen en uitkomst (ZVT-2A.1–2A.4)', () => {
  const current = useBrowser();
  // One case runs through the steps below in order (the tests of a file run one after another).
  let created: CreatedCase;

  test('ZVT-2A.2 the chain director sends a partner query; the addressed partner answers in its inbox with content', async () => {
    const browser = current();
    created = await registerIndividual(browser, { fullName: 'Noah Visser', birthDate: birthDateForAge(15) });
    await browser.actAs(CHAIN_DIRECTOR);
    await decideAdmission(browser.page, created.id, { decision: 'admitted' });
    // Informing after admission (the task exists from the decision on): as the referrer, through the API.
    await browser.actAs(POLICE_OFFICER);
    const { INFORMING_CONTENT_ITEMS } = await import('@ketentafel/domain');
    const informed = await apiPost(browser.page, `/cases/${created.id}/informing-task/completion`, {
      informedOn: todayIso(),
      contentItems: INFORMING_CONTENT_ITEMS.map((i) => i.id),
      consentAsked: false,
      consentGiven: 'not-applicable',
    });
    expect(informed.status(), await informed.text()).toBe(200);

    // The chain director sends a query to youth care through the case page, and one to youth work (arrange).
    await browser.actAs(CHAIN_DIRECTOR);
    let page = browser.page;
    const deadline = addDays(todayIso(), 10);
    await apiPost(page, `/cases/${created.id}/partner-queries`, {
      organisationId: await partnerId(page, HILLEGOM, YOUTH_WORK),
      question: 'Kent het jongerenwerk deze jeugdige?',
      deadline,
    });
    await page.goto(`/casussen/${created.id}`);
    await heading1(page, created.title);
    const queries = await visible(page.getByRole('region', { name: 'Partnervragen' }));
    await queries.getByLabel('Ketenpartner').selectOption({ label: YOUTH_CARE });
    await queries.getByLabel('Vraag').fill('Kent u deze jeugdige, en heeft u informatie die u wilt delen voor een integrale aanpak?');
    await queries.getByLabel('Antwoord graag vóór').fill(deadline);
    await queries.getByRole('button', { name: 'Partnervraag versturen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Partnervraag verstuurd' }), YOUTH_CARE);
    const triage = await visible(page.getByRole('region', { name: 'Triage en voorbereiding casusoverleg' }));
    await hasText(triage.getByRole('table', { name: 'Antwoorden op de partnervragen' }), YOUTH_CARE, 'Nog geen antwoord');
    await expectNoAxeViolations(page, 'casuspagina 2A met triage (ketenregisseur, nog geen antwoorden)');

    // Youth care answers in its inbox: first without choosing, then sharing content.
    await browser.actAs(YOUTH_CARE_PROFESSIONAL);
    page = browser.page;
    await page.goto('/');
    await page.getByRole('link', { name: 'Uitvragen', exact: true }).click();
    await heading1(page, 'Uitvragen');
    const inbox = page.getByRole('table', { name: 'Partnervragen aan uw organisatie' });
    const row = inbox.getByRole('row').filter({ hasText: created.reference });
    await hasText(row, 'Noah Visser', 'Open');
    await expectNoAxeViolations(page, 'uitvragen (jeugdhulp)');
    await row.getByRole('link', { name: `Beantwoorden: partnervraag ${created.reference}` }).click();
    await heading1(page, `Partnervraag ${created.reference}`);
    const form = await visible(page.getByRole('region', { name: 'Beantwoorden' }));
    await form.getByRole('button', { name: 'Antwoord versturen' }).click();
    await hasText(form.locator('.kt-problem'), 'Ongeldige invoer', 'Kent u de jeugdige');
    await expectNoAxeViolations(page, 'antwoordformulier met fouten');
    await form.getByRole('group', { name: 'Kent uw organisatie de jeugdige?' }).getByRole('radio', { name: 'Ja' }).check();
    await form.getByRole('group', { name: 'Heeft uw organisatie gegevens die relevant zijn voor deze casus?' }).getByRole('radio', { name: 'Ja' }).check();
    await form.getByRole('group', { name: 'Bent u bereid die gegevens te delen voor een integrale aanpak?' }).getByRole('radio', { name: 'Ja' }).check();
    await form.getByLabel('Soort gegevens').selectOption({ label: 'Zorggegevens' });
    await form.getByLabel('Wat u deelt').fill(SHARED);
    await expectNoAxeViolations(page, 'antwoordformulier ingevuld');
    await form.getByRole('button', { name: 'Antwoord versturen' }).click();
    await hasText(page.getByRole('status').filter({ hasText: 'Uw antwoord is vastgelegd' }), 'Uw antwoord is vastgelegd.');
    await hasText(page.getByRole('region', { name: 'Uw antwoord' }), SHARED);
    await hasText(dataValue(page, 'Status'), 'Beantwoord');
    await expectNoAxeViolations(page, 'partnervraag beantwoord (jeugdhulp)');
  }, 120_000);

  test('ZVT-2A.1 another partner sees only its own query, not the answer, and not the case', async () => {
    const browser = current();
    // Youth work sees only its own query, not youth care's answer, and not the case.
    await browser.actAs(YOUTH_WORKER);
    const { page } = browser;
    await page.goto('/uitvragen');
    await heading1(page, 'Uitvragen');
    await hasText(page.getByRole('table', { name: 'Partnervragen aan uw organisatie' }).getByRole('row').filter({ hasText: created.reference }), 'Open');
    expect(await page.getByText(SHARED).count()).toBe(0);
    expect((await page.request.get(`/api/v1/cases/${created.id}/triage`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/cases/${created.id}/contributions`)).status()).toBe(404);
    await expectNoAxeViolations(page, 'uitvragen (jongerenwerk)');
  });

  test('ZVT-2A.2 / ZVT-2A.4 the chain director sees the answer, records the triage and decides → case meeting', async () => {
    const browser = current();
    // The chain director sees the answer, records the triage and decides → case meeting.
    await browser.actAs(CHAIN_DIRECTOR);
    const { page } = browser;
    await page.goto(`/casussen/${created.id}`);
    await heading1(page, created.title);
    const section = await visible(page.getByRole('region', { name: 'Triage en voorbereiding casusoverleg' }));
    await hasText(section.getByRole('table', { name: 'Antwoorden op de partnervragen' }), SHARED, 'Beantwoord');
    const record = section.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Triage vastleggen' }) });
    await record.getByLabel('Toestandsbeeld', { exact: true }).fill('Jeugdige hangt met een groep rond het station; school meldt verzuim; gezinsbegeleiding loopt.');
    await record.getByLabel('Soort gegevens in het toestandsbeeld').selectOption({ label: 'Zorggegevens' });
    await record.getByRole('group', { name: 'Partners die betrokken zijn of nodig zijn' }).getByRole('checkbox', { name: YOUTH_CARE }).check();
    await record.getByRole('group', { name: `Betrokkenheid van ${YOUTH_CARE}` }).getByRole('radio', { name: 'Al betrokken' }).check();
    await record.getByLabel(`Mogelijke bijdrage van ${YOUTH_CARE}`).fill('Gezinsbegeleiding uitbreiden');
    await record.getByLabel('Doel van het casusoverleg').fill('Eén gezamenlijk plan: terug naar school binnen zes weken en minder overlast.');
    const participants = record.getByRole('group', { name: 'Deelnemers aan het casusoverleg' });
    await participants.getByRole('checkbox', { name: POLICE }).check();
    await participants.getByRole('checkbox', { name: YOUTH_CARE }).check();
    await record.getByRole('group', { name: 'Hoe wordt de jeugdige betrokken?' }).getByRole('radio', { name: 'Vooraf geïnformeerd' }).check();
    await record.getByRole('group', { name: 'Hoe worden de ouders of verzorgers betrokken?' }).getByRole('radio', { name: 'Uitgenodigd bij het casusoverleg' }).check();
    await expectNoAxeViolations(page, 'triageformulier ingevuld');
    await record.getByRole('button', { name: 'Triage vastleggen' }).click();
    await hasText(section.getByRole('status').filter({ hasText: 'Triage vastgelegd' }), 'Triage vastgelegd.');
    await hasText(dataValue(section, 'Doel van het casusoverleg'), 'binnen zes weken');
    await hasText(dataValue(section, 'Deelnemers'), POLICE, YOUTH_CARE);

    const outcome = section.locator('.kt-subsection').filter({ has: page.getByRole('heading', { name: 'Uitkomst', exact: true }) });
    await outcome.getByRole('radio', { name: 'Door naar het casusoverleg', exact: true }).check();
    await outcome.getByLabel('Motivering', { exact: true }).fill('Zorg en veiligheid zijn beide nodig; een gezamenlijk plan is zinvol.');
    await outcome.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await hasText(section.getByRole('status').filter({ hasText: 'Uitkomst vastgelegd' }), 'Door naar het casusoverleg');
    await hasText(dataValue(page, 'Fase'), 'Casusoverleg');
    await hasText(dataValue(section, 'Motivering uitkomst'), 'gezamenlijk plan is zinvol');
    expect(await section.getByRole('button', { name: 'Uitkomst vastleggen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'casuspagina na uitkomst → casusoverleg');
  }, 120_000);
});
