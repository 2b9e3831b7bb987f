import { describe, it, expect } from 'vitest';
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  DUTIES,
  DUTY_LABELS,
  PARTICIPANTS,
  PARTICIPANT_LABELS,
} from './process-definition.ts';

describe('process vocabulary has a Dutch label for every value', () => {
  it.each([
    ['data categories', DATA_CATEGORIES, DATA_CATEGORY_LABELS],
    ['participants', PARTICIPANTS, PARTICIPANT_LABELS],
    ['duties', DUTIES, DUTY_LABELS],
  ] as const)('%s', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = Object.values(labels);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toMatch(/^[A-Z]/);
  });

  it('names the AVG articles for special and criminal data', () => {
    expect(DATA_CATEGORY_LABELS.health).toContain('art. 9 AVG');
    expect(DATA_CATEGORY_LABELS.criminal).toContain('art. 10 AVG');
  });
});
