/**
 * The content scripts' custom-pack check (lib/storage/pack-check.ts, no valibot) against the
 * options page's full report (lib/storage/pack-input.ts: the engine's validatePack, valibot):
 * the same verdict and the same pack back, for packs as parsed JSON and as JSON text, on a table
 * and on random and mutated input (a fresh seed every run; fast-check prints it on a failure).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPackInput } from '../../../lib/storage/pack-check';
import { validatePackInput } from '../../../lib/storage/pack-input';
import { testPack, testRule } from '../test-packs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const RULE = testRule();
const PACK = testPack([RULE]);
const POLICY_PACK = JSON.parse(readFileSync(path.join(ROOT, 'docs/policies/team-communicatie.pack.json'), 'utf8'));

function same(input: unknown): boolean {
  const own = checkPackInput(input);
  const reference = validatePackInput(input, 'test');
  if (own.ok !== reference.ok) return false;
  return own.ok && reference.ok ? isDeepStrictEqual(own.pack, reference.pack) : !own.ok && own.message.length > 0;
}

describe('custom-pack check without valibot = validatePack', () => {
  const cases: [string, unknown, boolean][] = [
    ['a pack', PACK, true],
    ['the example policy pack', POLICY_PACK, true],
    ['as JSON text', JSON.stringify(PACK), true],
    ['broken JSON text', '{"id": ', false],
    ['JSON text of a list', '[]', false],
    ['two rules with one id', { ...PACK, rules: [RULE, { ...RULE }] }, false],
    ['two rules with one id, as text', JSON.stringify({ ...PACK, rules: [RULE, RULE] }), false],
    ['a rule without a message', { ...PACK, rules: [{ ...RULE, message: undefined }] }, false],
    ['notes (dropped)', { ...PACK, notes: ['x'], rules: [{ ...RULE, note: 'y' }] }, true],
    ['a number', 3, false],
    ['undefined', undefined, false],
  ];
  it.each(cases)('%s', (_name, input, ok) => {
    expect(checkPackInput(input).ok).toBe(ok);
    expect(same(input)).toBe(true);
  });

  it('says what is wrong', () => {
    expect(checkPackInput({ ...PACK, rules: [RULE, RULE] })).toEqual({
      ok: false,
      message: 'rules[1].id: duplicate rule id "r"',
    });
    expect(checkPackInput({ ...PACK, kind: 'x' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^kind: /),
    });
  });

  const LEAF = fc.oneof(
    fc.constantFrom(undefined, null, '', 'r', 're:(', 'tone', 1, 9, true, [], [''], ['r'], {}, { nl: 'a', en: 'b' }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  function mutate(seed: unknown, choices: number[], value: unknown, remove: boolean): unknown {
    const copy = structuredClone(seed);
    let node: unknown = copy;
    for (const [i, choice] of choices.entries()) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      const key = keys[choice % Math.max(keys.length, 1)];
      if (key === undefined) break;
      const child = (node as Record<string, unknown>)[key];
      if (i < choices.length - 1 && typeof child === 'object' && child !== null) {
        node = child;
        continue;
      }
      if (remove && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = value;
      break;
    }
    return copy;
  }

  it('random values and text (fresh seed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.json(), fc.string()), (input) => {
        expect(same(input)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('mutated packs, as values and as text (fresh seed)', () => {
    const seeds = [{ ...PACK, rules: [RULE, { ...RULE, id: 's' }] }, POLICY_PACK];
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), LEAF, fc.boolean()), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (which, mutations, asText) => {
          let value: unknown = seeds[which % seeds.length];
          for (const [choices, leaf, remove] of mutations) value = mutate(value, choices, leaf, remove);
          const input = asText ? JSON.stringify(value) : value;
          if (input !== undefined) expect(same(input)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('built-in packs pass the custom-pack check as they pass validatePack', () => {
  it('every pack under rules/', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'lexicons' ? [] : walk(path.join(dir, e.name))) : [path.join(dir, e.name)],
      );
    for (const file of walk(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.json')))
      expect(same(readFileSync(file, 'utf8')), file).toBe(true);
  });
});
