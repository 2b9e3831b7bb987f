import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, MEETING_KIND_DEFINITIONS, isMeetingKind, missingMinimumPartners } from './meeting-kinds.ts';

describe('meeting kinds (seed 000)', () => {
  it('ZVT-2A.4 the focus meeting: about every two weeks, at least police, youth care (Voor Ieder 1) and youth work', () => {
    expect(MEETING_KIND_DEFINITIONS.focus.defaultIntervalWeeks).toBe(2);
    expect([...MEETING_KIND_DEFINITIONS.focus.minimumPartnerKinds].sort()).toEqual(['police', 'youth-care', 'youth-work']);
    expect(missingMinimumPartners('focus', ['police', 'youth-work'])).toEqual(['youth-care']);
    expect(missingMinimumPartners('focus', ['youth-work', 'municipality', 'youth-care', 'police'])).toEqual([]);
  });

  it('ZVT-2B.1 the core-group focus meeting: at least youth work, youth care (Voor Ieder 1) and police', () => {
    expect([...MEETING_KIND_DEFINITIONS['core-group-focus'].minimumPartnerKinds].sort()).toEqual(['police', 'youth-care', 'youth-work']);
    expect(missingMinimumPartners('core-group-focus', [])).toHaveLength(3);
  });

  it('ZVT-3A.1 the case meeting: about every three weeks, participants invited per item (no fixed minimum)', () => {
    expect(MEETING_KIND_DEFINITIONS['case-meeting'].defaultIntervalWeeks).toBe(3);
    expect(missingMinimumPartners('case-meeting', [])).toEqual([]);
  });

  it('every kind has a Dutch label and names its requirement', () => {
    for (const kind of MEETING_KINDS) {
      expect(isMeetingKind(kind)).toBe(true);
      expect(MEETING_KIND_DEFINITIONS[kind].label).toMatch(/overleg/);
      expect(MEETING_KIND_DEFINITIONS[kind].requirementIds.length).toBeGreaterThan(0);
    }
    expect(isMeetingKind('steering-group')).toBe(false);
  });
});
