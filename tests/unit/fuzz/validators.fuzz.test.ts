/**
 * Fuzz: random JSON into the validators that guard what comes from outside
 * the code: rule packs (imported by users or pushed by an IT department) and
 * settings (imported files, corrupted storage, managed policy). They must
 * never throw, must reject garbage with a path and a message, and whatever
 * they accept must be well formed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/engine';
import { DEFAULT_SETTINGS, parseSettingsJson, validateSettings } from '../../../lib/storage';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Built-in packs on disk (rules/**.json, lexicons left out), as seeds for mutation. */
function builtInPacks(): unknown[] {
  const found: unknown[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'lexicons') walk(full);
      else if (entry.name.endsWith('.json')) {
        try {
          found.push(JSON.parse(readFileSync(full, 'utf8')));
        } catch {
          // a broken file is the pack validator's (build-time) business, not this test's
        }
      }
    }
  };
  try {
    walk(path.join(ROOT, 'rules'));
  } catch {
    // no rules folder yet
  }
  return found;
}

/** Replaces the value at a random path of `seed` (arrays and objects) with `value`, or deletes it. */
function mutate(seed: unknown, pathChoices: number[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(seed);
  let node: unknown = copy;
  for (const [i, choice] of pathChoices.entries()) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    const key = keys[choice % Math.max(keys.length, 1)];
    if (key === undefined) break;
    const child = (node as Record<string, unknown>)[key];
    const last = i === pathChoices.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      if (remove && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

const mutation = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue(), fc.boolean());

/** Collects prototype pollution: nothing may appear on Object.prototype. */
function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('validatePack with random input', { timeout: 60_000 }, () => {
  it('never throws on random JSON values and rejects them with a path and a message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const result = validatePack(data, 'fuzz.json');
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(typeof e.path).toBe('string');
            expect(typeof e.message).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
        } else {
          expect(typeof result.pack.id).toBe('string');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects values that are not packs at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.array(fc.jsonValue())), (data) => {
        expect(validatePack(data).ok).toBe(false);
      }),
    );
  });

  // Regression guard: validatePack('{"foo": 1}') used to loop forever (nearestLine, fixed 14:50 UTC).
  it('never throws on random text (the file as read)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        validatePack(text, 'fuzz.json');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on mutated built-in packs, and what it accepts keeps an id', () => {
    const seeds = builtInPacks();
    if (seeds.length === 0) return; // packs not landed yet
    fc.assert(
      fc.property(fc.constantFrom(...seeds), mutation, (seed, [where, value, remove]) => {
        const result = validatePack(mutate(seed, where, value, remove), 'mutated.json');
        if (result.ok) expect(typeof result.pack.id).toBe('string');
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not let a pack pollute Object.prototype', () => {
    validatePack(JSON.parse('{"__proto__": {"polluted": 1}, "id": "x", "rules": []}'));
    validatePack(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'));
    validatePack('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}');
    expectNoPollution();
  });
});

describe('settings validator with random input', { timeout: 60_000 }, () => {
  const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS).sort();

  it('accepts the defaults (so the rejections below mean something)', () => {
    expect(validateSettings(structuredClone(DEFAULT_SETTINGS)).ok).toBe(true);
  });

  it('never throws on random JSON; rejects with path and message; accepts only complete settings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('nl' as const, 'en' as const), (data, lang) => {
        const result = validateSettings(data, lang);
        if (result.ok) {
          expect(Object.keys(result.settings).sort()).toEqual(SETTINGS_KEYS);
          expect(['nl', 'en']).toContain(result.settings.uiLanguage);
          expect(Array.isArray(result.settings.disabledRules)).toBe(true);
        } else {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects values that are not settings objects', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.double(), fc.string(), fc.boolean()), (d) => {
        expect(validateSettings(d).ok).toBe(false);
      }),
    );
  });

  // valibot's object schemas accept arrays; lib/storage/schema.ts refuses them itself.
  it('rejects arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (d) => {
        expect(validateSettings(d).ok).toBe(false);
      }),
    );
  });

  it('never throws on mutated defaults', () => {
    fc.assert(
      fc.property(mutation, ([where, value, remove]) => {
        const result = validateSettings(mutate(DEFAULT_SETTINGS, where, value, remove));
        if (result.ok) expect(Object.keys(result.settings).sort()).toEqual(SETTINGS_KEYS);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random import files', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseSettingsJson(text);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not let an imported file pollute Object.prototype', () => {
    parseSettingsJson('{"__proto__": {"polluted": 1}, "uiLanguage": "en"}');
    parseSettingsJson(
      '{"format": "piketpaal-settings", "version": 1, "settings": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}}',
    );
    validateSettings(JSON.parse('{"profile": {"__proto__": {"polluted": 1}}}'));
    expectNoPollution();
  });
});
