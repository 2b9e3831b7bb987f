import { describe, expect, it } from 'vitest';
import { describePersonalData, findPersonalData } from './personal-data-guard.ts';

const known = { names: ['Sanne de Vries-Bakker', 'Ouder de Vries'], birthDates: ['2010-03-07'], contacts: ['Dorpsstraat 12, 2181 AB Hillegom, 06-12345678'] };

describe('ZVT-E.1 guard: a pseudonymised summary carries no personal data', () => {
  it('ZVT-E.1: finds a name part of the subject or a representative, whole words, case and accents ignored', () => {
    expect(findPersonalData('Jeugdige Sanne komt niet opdagen', known)).toEqual(['name']);
    expect(findPersonalData('BAKKER weigert', known)).toEqual(['name']);
    expect(findPersonalData('Bakkerij in de wijk heeft overlast', known)).toEqual([]);
    expect(findPersonalData('De partner van de jeugdige reageert niet', known)).toEqual([]);
    expect(findPersonalData('Sânne', known)).toEqual(['name']);
  });

  it('ZVT-E.1: finds the birth date in the usual Dutch notations', () => {
    for (const form of ['2010-03-07', '7-3-2010', '07-03-2010', '7/3/2010', '07.03.2010', '7 maart 2010', '07 Maart 2010']) {
      expect(findPersonalData(`geboren ${form}`, known), form).toEqual(['birth-date']);
    }
    expect(findPersonalData('overleg op 8-3-2010', known)).toEqual([]);
  });

  it('ZVT-E.1: finds registered contact details, also written differently', () => {
    expect(findPersonalData('bel 06 123 456 78', known)).toContain('contact');
    expect(findPersonalData('woont aan de dorpsstraat 12', known)).toContain('contact');
  });

  it('ZVT-E.1: finds identifying patterns without knowing the person', () => {
    expect(findPersonalData('postcode 2181 AB')).toEqual(['postcode']);
    expect(findPersonalData('adres Kerkstraat 4a')).toEqual(['street-address']);
    expect(findPersonalData('mail j.jansen@example.nl')).toEqual(['email']);
    expect(findPersonalData('tel +31 6 12345678')).toEqual(['phone']);
    expect(findPersonalData('tel 0252-123456')).toEqual(['phone']);
    expect(findPersonalData('BSN 123456782')).toEqual(['bsn']);
  });

  it('ZVT-E.1: an ordinary procedural text passes', () => {
    const text = 'Jeugdhulp en politie komen al 6 weken niet tot een afspraak over wie de casusregie neemt; 2 overleggen in 2026 zonder besluit.';
    expect(findPersonalData(text, known)).toEqual([]);
  });

  it('ZVT-E.1: names every kind found in one Dutch sentence', () => {
    expect(describePersonalData(['name', 'birth-date'])).toBe(
      'De tekst bevat een naam van de jeugdige of een wettelijk vertegenwoordiger en de geboortedatum. Beschrijf het zonder persoonsgegevens.',
    );
  });
});
