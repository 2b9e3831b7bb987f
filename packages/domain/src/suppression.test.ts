import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SUPPRESSION_THRESHOLD, formatSuppressed, isSmallCount, suppressCounts, type SumRelation } from './suppression.ts';
import { isDomainError } from './errors.ts';

const hidden = (result: ReturnType<typeof suppressCounts>) => result.filter((r) => r.suppressed !== undefined).map((r) => r.id);

describe('X-5 primary suppression of small counts', () => {
  it('X-5: the default threshold is 5', () => {
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(5);
  });

  it('X-5: boundaries — 0 is shown, 1 and 4 are suppressed, 5 is shown', () => {
    expect(isSmallCount(0)).toBe(false);
    expect(isSmallCount(1)).toBe(true);
    expect(isSmallCount(4)).toBe(true);
    expect(isSmallCount(5)).toBe(false);
    const result = suppressCounts([{ id: 'zero', value: 0 }, { id: 'one', value: 1 }, { id: 'four', value: 4 }, { id: 'five', value: 5 }], []);
    expect(result.map((r) => formatSuppressed(r))).toEqual(['0', '< 5', '< 5', '5']);
    expect(result.map((r) => r.suppressed)).toEqual([undefined, 'small-count', 'small-count', undefined]);
  });

  it('X-5: the threshold is configurable, and shown in the label', () => {
    const result = suppressCounts([{ id: 'a', value: 9 }, { id: 'b', value: 10 }], [], 10);
    expect(result.map((r) => formatSuppressed(r, 10))).toEqual(['< 10', '10']);
  });

  it('X-5: refuses a threshold below 2, negative or fractional counts, and unknown ids in a sum', () => {
    expect(() => suppressCounts([], [], 1)).toThrow(/drempel/);
    expect(() => suppressCounts([{ id: 'a', value: -1 }], [])).toThrow(/geheel getal/);
    expect(() => suppressCounts([{ id: 'a', value: 1.5 }], [])).toThrow(/geheel getal/);
    let error: unknown;
    try {
      suppressCounts([{ id: 'a', value: 1 }], [{ total: 'a', parts: ['x'] }]);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error, 'invalid-argument')).toBe(true);
  });
});

describe('X-5 secondary suppression: a hidden cell cannot be derived from a total', () => {
  it('X-5: one small part next to a published total hides the smallest other non-zero part too', () => {
    const result = suppressCounts(
      [{ id: 'q1', value: 3 }, { id: 'q2', value: 12 }, { id: 'q3', value: 7 }, { id: 'q4', value: 0 }, { id: 'year', value: 22 }],
      [{ total: 'year', parts: ['q1', 'q2', 'q3', 'q4'] }],
    );
    expect(hidden(result)).toEqual(['q1', 'q3']);
    expect(result.find((r) => r.id === 'q3')?.suppressed).toBe('derivable');
    expect(result.find((r) => r.id === 'year')?.suppressed).toBeUndefined();
  });

  it('X-5: when every other part is zero, the total is hidden instead', () => {
    const result = suppressCounts([{ id: 'a', value: 2 }, { id: 'b', value: 0 }, { id: 'total', value: 2 }], [{ total: 'total', parts: ['a', 'b'] }]);
    expect(hidden(result)).toEqual(['a', 'total']);
  });

  it('X-5: a table with row and column totals — the complement propagates until every line is safe', () => {
    // rows r1, r2; columns c1, c2; r1c1 is small.
    const cells = [
      { id: 'r1c1', value: 2 }, { id: 'r1c2', value: 10 }, { id: 'r2c1', value: 8 }, { id: 'r2c2', value: 20 },
      { id: 'r1', value: 12 }, { id: 'r2', value: 28 }, { id: 'c1', value: 10 }, { id: 'c2', value: 30 }, { id: 'all', value: 40 },
    ];
    const relations: SumRelation[] = [
      { total: 'r1', parts: ['r1c1', 'r1c2'] }, { total: 'r2', parts: ['r2c1', 'r2c2'] },
      { total: 'c1', parts: ['r1c1', 'r2c1'] }, { total: 'c2', parts: ['r1c2', 'r2c2'] },
      { total: 'all', parts: ['r1', 'r2'] }, { total: 'all', parts: ['c1', 'c2'] },
    ];
    const result = suppressCounts(cells, relations);
    expect(hidden(result).sort()).toEqual(['r1c1', 'r1c2', 'r2c1', 'r2c2']);
    expectNoLineWithExactlyOneHidden(result, relations);
  });

  it('X-5: a small total (all parts small or zero) never leaves one hidden entry in a line', () => {
    const result = suppressCounts([{ id: 'a', value: 3 }, { id: 'b', value: 0 }, { id: 't', value: 3 }], [{ total: 't', parts: ['a', 'b'] }]);
    expect(hidden(result)).toEqual(['a', 't']);
  });

  it('X-5: for any table with totals, no line has exactly one hidden entry and no shown entry is small', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 2, max: 6 }),
        (raw, threshold) => {
          const width = raw[0]?.length ?? 1;
          const grid = raw.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? 0));
          const { entries, relations } = tableWithTotals(grid);
          const result = suppressCounts(entries, relations, threshold);
          expectNoLineWithExactlyOneHidden(result, relations);
          for (const r of result) if (r.suppressed === undefined) expect(isSmallCount(r.value, threshold)).toBe(false);
          // Suppression only hides: values are returned unchanged.
          expect(result.map((r) => r.value)).toEqual(entries.map((e) => e.value));
        },
      ),
    );
  });
});

function tableWithTotals(grid: number[][]) {
  const entries: { id: string; value: number }[] = [];
  const relations: SumRelation[] = [];
  const width = grid[0]?.length ?? 0;
  grid.forEach((row, r) => {
    row.forEach((value, c) => entries.push({ id: `r${String(r)}c${String(c)}`, value }));
    entries.push({ id: `r${String(r)}`, value: row.reduce((a, b) => a + b, 0) });
    relations.push({ total: `r${String(r)}`, parts: row.map((_, c) => `r${String(r)}c${String(c)}`) });
  });
  for (let c = 0; c < width; c++) {
    entries.push({ id: `c${String(c)}`, value: grid.reduce((a, row) => a + (row[c] ?? 0), 0) });
    relations.push({ total: `c${String(c)}`, parts: grid.map((_, r) => `r${String(r)}c${String(c)}`) });
  }
  entries.push({ id: 'all', value: grid.flat().reduce((a, b) => a + b, 0) });
  relations.push({ total: 'all', parts: grid.map((_, r) => `r${String(r)}`) }, { total: 'all', parts: Array.from({ length: width }, (_, c) => `c${String(c)}`) });
  return { entries, relations };
}

function expectNoLineWithExactlyOneHidden(result: ReturnType<typeof suppressCounts>, relations: readonly SumRelation[]) {
  const isHidden = new Map(result.map((r) => [r.id, r.suppressed !== undefined]));
  for (const relation of relations) {
    const count = [relation.total, ...relation.parts].filter((id) => isHidden.get(id)).length;
    expect(count, `${relation.total} = ${relation.parts.join(' + ')}`).not.toBe(1);
  }
}
