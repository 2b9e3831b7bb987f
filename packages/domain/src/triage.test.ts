import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_FACT_KEYS } from './eligibility-facts.ts';
import { STRIKABLE_FIELDS, STRIKABLE_FIELD_IDS, answerProblem, strikeRefusal } from './triage.ts';

describe('ZVT-2A.3 striking from the registration', () => {
  it('the criteria parts together hold every criteria fact exactly once', () => {
    const names = STRIKABLE_FIELD_IDS.filter((f) => STRIKABLE_FIELDS[f].criteria).flatMap((f) => STRIKABLE_FIELDS[f].fieldNames);
    expect([...names].sort()).toEqual([...ELIGIBILITY_FACT_KEYS].sort());
  });

  it('name and date of birth are never strikable', () => {
    const names = STRIKABLE_FIELD_IDS.flatMap((f) => STRIKABLE_FIELDS[f].fieldNames);
    expect(names).not.toContain('subject.fullName');
    expect(names).not.toContain('subject.birthDate');
  });

  it('ZVT-1.3: criteria facts stay while the re-assessment is due; other parts may go', () => {
    expect(strikeRefusal(['criteriaCare'], true)).toMatch(/hertoetsing/);
    expect(strikeRefusal(['registrationReason'], true)).toBeNull();
    expect(strikeRefusal(['criteriaCare'], false)).toBeNull();
    expect(strikeRefusal([], false)).not.toBeNull();
  });
});

describe('ZVT-2A.2 answering a partner query', () => {
  it('content only when sharing', () => {
    expect(answerProblem({ knowsSubject: true, holdsRelevantData: true, willingToShare: false, content: { category: 'care', text: 'x' } })?.field).toBe('content');
  });

  it('sharing needs relevant data and content', () => {
    expect(answerProblem({ knowsSubject: true, holdsRelevantData: false, willingToShare: true, content: { category: 'care', text: 'x' } })?.field).toBe('willingToShare');
    expect(answerProblem({ knowsSubject: true, holdsRelevantData: true, willingToShare: true })?.field).toBe('content');
  });

  it('valid answers: not known at all; known and shared', () => {
    expect(answerProblem({ knowsSubject: false, holdsRelevantData: false, willingToShare: false })).toBeNull();
    expect(answerProblem({ knowsSubject: true, holdsRelevantData: true, willingToShare: true, content: { category: 'criminal', text: 'x' } })).toBeNull();
  });
});
