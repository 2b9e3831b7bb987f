import { describe, expect, it } from 'vitest';
import { OTHER_MEMBER_PLACEHOLDER, groupLetterContent, withoutOtherMembers } from './group-outcome-letter.ts';

const facts = {
  decisionOutcomes: ['plan-adopted'],
  areaMeasures: 'Extra verlichting bij het winkelcentrum; Bram Testpersoon en Cas Voorbeeld krijgen een gebiedsverbod.',
  groupMeasures: 'Jongerenwerk spreekt de groep wekelijks aan.',
  involveVeiligheidshuis: false,
  memberNeedsIndividualApproach: false,
  participants: ['Jongerenwerk Voorbeeldstad', 'Politie Voorbeeldstad'],
};

describe('ZVT-2B.4 group outcome letter content', () => {
  it('ZVT-2B.4 another member’s full name is replaced, whatever its case and spacing; the own text stays', () => {
    expect(withoutOtherMembers('Gesprek met bram  testpersoon en BRAM TESTPERSOON.', ['Bram Testpersoon'])).toBe(`Gesprek met ${OTHER_MEMBER_PLACEHOLDER} en ${OTHER_MEMBER_PLACEHOLDER}.`);
    expect(withoutOtherMembers('Niets over anderen.', ['Bram Testpersoon'])).toBe('Niets over anderen.');
  });

  it('ZVT-2B.4 boundary: only whole names — a name inside a longer word is not a mention; the longer name goes first', () => {
    expect(withoutOtherMembers('Annabel de Vries', ['Anna de Vries'])).toBe('Annabel de Vries');
    expect(withoutOtherMembers('Anna de Vriesland', ['Anna de Vries'])).toBe('Anna de Vriesland');
    expect(withoutOtherMembers('Anna de Vries Jansen', ['Anna de Vries', 'Anna de Vries Jansen'])).toBe(OTHER_MEMBER_PLACEHOLDER);
    expect(withoutOtherMembers('AxB', ['A.B'])).toBe('AxB');
    expect(withoutOtherMembers('x', ['', '  '])).toBe('x');
  });

  it('ZVT-2B.4 outcome, goal, themes and participants from the adopted decision and plan, without other members', () => {
    const content = groupLetterContent(facts, ['Bram Testpersoon', 'Cas Voorbeeld']);
    expect(content?.outcome).toContain('plan van aanpak');
    expect(content?.goal).not.toBe('');
    expect(content?.themes.join('\n')).not.toMatch(/Bram|Cas Voorbeeld/);
    expect(content?.themes[0]).toContain(`${OTHER_MEMBER_PLACEHOLDER} en ${OTHER_MEMBER_PLACEHOLDER} krijgen een gebiedsverbod`);
    expect(content?.participants).toEqual(['Jongerenwerk Voorbeeldstad', 'Politie Voorbeeldstad']);
  });

  it('ZVT-2B.4 the own individual approach and the Veiligheidshuis are named; several adopted outcomes hold together', () => {
    const content = groupLetterContent({ ...facts, decisionOutcomes: ['plan-adopted', 'plan-adopted-veiligheidshuis'], memberNeedsIndividualApproach: true, involveVeiligheidshuis: true, areaMeasures: '', groupMeasures: '' }, []);
    expect(content?.outcome).toContain('Veiligheidshuis');
    expect(content?.themes).toHaveLength(2);
    expect(content?.themes[0]).toContain('op uzelf gericht');
  });

  it('ZVT-2B.4 no adopted plan (needs change, not adopted) → no letter content', () => {
    expect(groupLetterContent({ ...facts, decisionOutcomes: ['plan-needs-change'] }, [])).toBeNull();
    expect(groupLetterContent({ ...facts, decisionOutcomes: ['plan-not-adopted'] }, [])).toBeNull();
    expect(groupLetterContent({ ...facts, decisionOutcomes: [] }, [])).toBeNull();
  });

  it('ZVT-2B.4 a plan without measures still names its themes in general', () => {
    expect(groupLetterContent({ ...facts, areaMeasures: ' ', groupMeasures: '' }, [])?.themes).toHaveLength(1);
  });
});
