import { describe, it, expect } from 'vitest';
import {
  DEFERRAL_GROUNDS,
  INFORMING_CONTENT_ITEMS,
  INFORMING_RECIPIENT_LABELS,
  informingRecipients,
  validateDeferral,
} from './informing.ts';
import { expectDomainError } from './test-support.ts';

const BORN = '2010-09-20'; // 12th birthday 2022-09-20, 16th birthday 2026-09-20

describe('ZVT-1.4 who is informed, by age on the informing date', () => {
  it.each([
    ['2010-09-20', ['legalRepresentatives']],
    ['2022-09-19', ['legalRepresentatives']],
    ['2022-09-20', ['subject', 'legalRepresentatives']],
    ['2022-09-21', ['subject', 'legalRepresentatives']],
    ['2026-09-19', ['subject', 'legalRepresentatives']],
    ['2026-09-20', ['subject']],
    ['2026-09-21', ['subject']],
    ['2028-09-20', ['subject']],
    ['2040-01-01', ['subject']],
  ])('born %s, informed on %s → %o', (onDate, expected) => {
    expect(informingRecipients(BORN, onDate)).toEqual(expected);
  });

  it('29 February birthday in a non-leap century year: 12 only on 1 March 2100', () => {
    expect(informingRecipients('2088-02-29', '2100-02-28')).toEqual(['legalRepresentatives']);
    expect(informingRecipients('2088-02-29', '2100-03-01')).toEqual(['subject', 'legalRepresentatives']);
  });

  it('29 February birthday in leap years: 16 on 29 February', () => {
    expect(informingRecipients('2008-02-29', '2024-02-28')).toEqual(['subject', 'legalRepresentatives']);
    expect(informingRecipients('2008-02-29', '2024-02-29')).toEqual(['subject']);
  });

  it('refuses an informing date before birth and invalid dates', () => {
    expectDomainError(() => informingRecipients(BORN, '2010-09-19'), 'invalid-date');
    expectDomainError(() => informingRecipients('2010-02-30', '2026-01-01'), 'invalid-date');
  });

  it('has Dutch labels for both recipients', () => {
    expect(INFORMING_RECIPIENT_LABELS.subject).toBe('De jeugdige zelf');
    expect(INFORMING_RECIPIENT_LABELS.legalRepresentatives).toContain('wettelijk vertegenwoordiger');
  });
});

describe('ZVT-1.4 content of the information', () => {
  it('lists the six items of the seed in order, with unique ids', () => {
    expect(INFORMING_CONTENT_ITEMS.map((item) => item.id)).toEqual([
      'registration-grounds',
      'next-steps',
      'data-request',
      'data-sources',
      'rights',
      'consent',
    ]);
    expect(INFORMING_CONTENT_ITEMS.find((item) => item.id === 'data-sources')?.label).toMatch(/^Zo veel mogelijk/);
    expect(INFORMING_CONTENT_ITEMS.find((item) => item.id === 'consent')?.label).toMatch(/^Waar nodig/);
    expect(Object.isFrozen(INFORMING_CONTENT_ITEMS)).toBe(true);
  });
});

describe('ZVT-1.4 deferral of informing', () => {
  const motivation = 'Informeren nu brengt de veiligheid van een derde in gevaar.';

  it('offers the grounds of the seed plus "other"', () => {
    expect(DEFERRAL_GROUNDS.map((ground) => ground.id)).toEqual(['third-party-interests', 'subject-interest', 'other']);
    expect(DEFERRAL_GROUNDS[0]?.label).toContain('derden');
  });

  it('accepts a motivation of 20+ characters and a planned date after today; returns the motivation to store', () => {
    expect(validateDeferral({ motivation: `  ${motivation}  `, plannedDate: '2026-03-02', today: '2026-03-01' })).toBe(
      motivation,
    );
  });

  it('requires a motivation', () => {
    expectDomainError(() => validateDeferral({ motivation: '', plannedDate: '2026-04-01', today: '2026-03-01' }), 'motivation-required');
    expectDomainError(
      () => validateDeferral({ motivation: '     ', plannedDate: '2026-04-01', today: '2026-03-01' }),
      'motivation-required',
    );
    const nineteen = 'Te kort om te telle';
    expect(nineteen).toHaveLength(19);
    expectDomainError(
      () => validateDeferral({ motivation: nineteen, plannedDate: '2026-04-01', today: '2026-03-01' }),
      'motivation-required',
    );
    expect(validateDeferral({ motivation: `${nineteen}n`, plannedDate: '2026-04-01', today: '2026-03-01' })).toBe(
      'Te kort om te tellen',
    );
  });

  it('requires the planned moment to lie after today', () => {
    expectDomainError(() => validateDeferral({ motivation, plannedDate: '2026-03-01', today: '2026-03-01' }), 'invalid-date');
    expectDomainError(() => validateDeferral({ motivation, plannedDate: '2026-02-28', today: '2026-03-01' }), 'invalid-date');
    expectDomainError(() => validateDeferral({ motivation, plannedDate: '2026-02-30', today: '2026-03-01' }), 'invalid-date');
  });
});
