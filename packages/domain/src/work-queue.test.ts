import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { dueUrgency, WORK_QUEUE_WINDOW_DAYS } from './work-queue.ts';

const TODAY = '2026-11-23';

describe('ZVT-1.4, ZVT-4A.2 the chain director\'s work queue: what is due', () => {
  it('the day before today is overdue, today is due, tomorrow is soon', () => {
    expect(dueUrgency(addDays(TODAY, -1), TODAY)).toBe('overdue');
    expect(dueUrgency(TODAY, TODAY)).toBe('due');
    expect(dueUrgency(addDays(TODAY, 1), TODAY)).toBe('soon');
  });

  it('the last day of the window is still soon, the day after it is not yet work', () => {
    expect(dueUrgency(addDays(TODAY, WORK_QUEUE_WINDOW_DAYS), TODAY)).toBe('soon');
    expect(dueUrgency(addDays(TODAY, WORK_QUEUE_WINDOW_DAYS + 1), TODAY)).toBeNull();
    expect(dueUrgency(addDays(TODAY, 3), TODAY, 2)).toBeNull();
  });

  it('over a year end and a leap day (calendar days)', () => {
    expect(dueUrgency('2027-01-01', '2026-12-31', 1)).toBe('soon');
    expect(dueUrgency('2028-02-28', '2028-02-29')).toBe('overdue');
  });
});
