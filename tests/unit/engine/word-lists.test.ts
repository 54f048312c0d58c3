import { describe, expect, it } from 'vitest';
import { lazy, memberOf, patternOf, wordListOf } from '../../../lib/engine/data/word-lists';

// The readers of the engine's data files (*.list.json) fail open: wrong shapes read as empty.
describe('word-lists readers', () => {
  it('read lists and members, and nothing else', () => {
    expect(wordListOf(['a', 'b c'])).toEqual(['a', 'b c']);
    expect(wordListOf(['a', 1])).toEqual([]);
    expect(wordListOf({ a: 'b' })).toEqual([]);
    expect(wordListOf(undefined)).toEqual([]);
    expect(memberOf({ nl: ['x'] }, 'nl')).toEqual(['x']);
    expect(memberOf(['x'], '0')).toBeUndefined();
    expect(memberOf(null, 'nl')).toBeUndefined();
    expect(memberOf({}, 'toString')).toBeUndefined(); // own members only
  });

  it('compile a pattern with its flags; a missing or broken one never matches', () => {
    const table = { year: '\\b\\d{4}\\b', broken: '(' };
    const year = patternOf(table, 'year', 'g');
    expect([year.flags, '1999 en 2024'.match(year)]).toEqual(['g', ['1999', '2024']]);
    for (const never of [patternOf(table, 'broken', 'gu'), patternOf(table, 'absent', 'g'), patternOf(7, 'year', '')]) {
      expect(never.test('')).toBe(false);
      expect(never.test('anything at all 1999')).toBe(false);
    }
    expect(patternOf(table, 'broken', 'gu').flags).toBe('gu');
  });

  it('make a lazy value once, on the first call', () => {
    let made = 0;
    const value = lazy(() => {
      made++;
      return undefined;
    });
    expect(made).toBe(0);
    value();
    value();
    expect(made).toBe(1);
  });
});
