import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './auth.routes.ts';

describe('return path after login stays on this application', () => {
  const base = 'https://ketentafel.example';
  it.each([
    ['/casussen/1?x=2', '/casussen/1?x=2'],
    ['/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['https://evil.example', '/'],
    ['casussen', '/'],
    [undefined, '/'],
    [42, '/'],
  ])('%j → %s', (value, expected) => {
    expect(safeReturnPath(value, base)).toBe(expected);
  });
});
