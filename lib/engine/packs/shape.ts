/**
 * The shape check of a rule pack and a lexicon WITHOUT valibot: what the engine (built-in packs,
 * ./load.ts) and the content scripts (stored custom packs and the IT department's packs,
 * lib/storage/pack-check.ts) use. WHY: valibot and the schemas cost the content scripts about
 * 13 KB; the detailed report with every problem and its line (`validatePack`, ./validate.ts, on
 * the options page, the CLI and `npm run packs:validate`) keeps valibot and ./schema.ts.
 *
 * It accepts exactly what ./schema.ts accepts and gives the same value back (valibot's objects
 * keep only their own fields, a field present as undefined stays so, a record skips keys that are
 * not its own or are `__proto__`, `prototype` or `constructor`): tests/unit/engine/pack-shape.test.ts
 * compares both on every built-in file and on random and mutated input. A field added to
 * ./schema.ts must be added here too (that test fails until it is). It names the first problem only.
 */
import {
  EXCEPTION_WINDOWS,
  type Lexicon,
  PACK_KINDS,
  RULE_LANGUAGES,
  RULE_WINDOWS,
  type RulePack,
} from '../pack-types';
import { CATEGORIES, SEVERITIES, STELREGEL_NUMBERS, UI_LANGUAGES } from '../types';
import { exceptionSetProblems, expandExceptionSets } from './exception-sets';
import { regexCueProblem } from './regex-cue';

export type ShapeCheck<T> = { ok: true; value: T } | { ok: false; path: string; message: string };

/**
 * The first problem, thrown from where it is found; each container on the way out adds its key
 * to the path. WHY throw: a valid pack (the usual case, with tens of thousands of terms) then
 * costs no path bookkeeping at all.
 */
class ShapeProblem {
  readonly path: (string | number)[] = [];
  constructor(readonly message: string) {}
}

/** Returns the checked value (a copy for objects and lists) or throws a ShapeProblem. */
type Check = (value: unknown) => unknown;

function fail(message: string): never {
  throw new ShapeProblem(message);
}

/** `error` with `key` in front of its path when it is a ShapeProblem (anything else passes unchanged). */
function within(error: unknown, key: string | number): unknown {
  if (error instanceof ShapeProblem) error.path.unshift(key);
  return error;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const string: Check = (value) => (typeof value === 'string' ? value : fail('expected a string'));

const text =
  (min: number, message: string, pattern?: RegExp): Check =>
  (value) => {
    if (typeof value !== 'string') fail('expected a string');
    if (value.length < min || (pattern && !pattern.test(value))) fail(message);
    return value;
  };

const nonEmpty = text(1, 'must not be empty');
const cueText = text(1, 'a cue must not be empty');

const cue: Check = (value) => {
  const source = cueText(value) as string;
  const problem = regexCueProblem(source);
  if (problem) fail(problem);
  return source;
};

const oneOf =
  (options: readonly unknown[]): Check =>
  (value) =>
    options.includes(value) ? value : fail(`expected one of ${options.join(', ')}`);

const list =
  (item: Check, min = 0, message = ''): Check =>
  (value) => {
    if (!Array.isArray(value)) fail('expected a list');
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      try {
        out.push(item(value[i]));
      } catch (error) {
        throw within(error, i);
      }
    }
    return out.length < min ? fail(message) : out;
  };

/** An optional object field (valibot's v.optional without a default). */
type Field = Check | { optional: Check };
const optional = (check: Check): Field => ({ optional: check });

/** valibot's v.object: the listed fields in their order, `in` (not own) decides presence, other keys dropped. */
const object = (fields: Record<string, Field>): Check => {
  const entries = Object.entries(fields);
  return (value) => {
    if (!isObject(value)) fail('expected an object');
    const out: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      const check = typeof field === 'function' ? field : field.optional;
      if (!(key in value)) {
        if (check === field) throw within(new ShapeProblem('missing'), key);
        continue;
      }
      const item = value[key];
      try {
        out[key] = item === undefined && check !== field ? undefined : check(item);
      } catch (error) {
        throw within(error, key);
      }
    }
    return out;
  };
};

/** valibot's v.record with string keys: own keys only, never `__proto__`, `prototype` or `constructor`. */
const record =
  (item: Check): Check =>
  (value) => {
    if (!isObject(value)) fail('expected an object');
    const out: Record<string, unknown> = {};
    for (const key in value) {
      if (!Object.hasOwn(value, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
      try {
        out[key] = item(value[key]);
      } catch (error) {
        throw within(error, key);
      }
    }
    return out;
  };

const localText = object({ nl: nonEmpty, en: nonEmpty });
const strings = list(string);
const boolean: Check = (value) => (typeof value === 'boolean' ? value : fail('expected true or false'));
const cues = list(cue);
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The fields of a rule, in ./schema.ts's order (exported for the test that compares the two). */
export const RULE_SHAPE: Record<string, Field> = {
  id: text(0, 'rule id: lowercase letters, digits and hyphens', ID),
  category: oneOf(CATEGORIES),
  stelregel: oneOf(STELREGEL_NUMBERS),
  severity: oneOf(SEVERITIES),
  language: oneOf(RULE_LANGUAGES),
  match: list(cue, 1, 'match needs at least one cue'),
  requires: optional(list(list(cue, 1, 'a requires group needs at least one cue'))),
  window: optional(oneOf(RULE_WINDOWS)),
  exceptions: optional(cues),
  exceptionWindow: optional(oneOf(EXCEPTION_WINDOWS)),
  exceptRoles: optional(strings),
  message: localText,
  suggestion: localText,
  link: optional(string),
  quoted: optional(boolean),
  negatable: optional(boolean),
  examples: optional(
    object({
      invalid: optional(strings),
      valid: optional(strings),
      profile: optional(object({ organisation: optional(string), topics: optional(strings), role: optional(string) })),
    }),
  ),
};

const byLanguage = object({ nl: strings, en: strings });

/** The fields of a pack, in ./schema.ts's order. */
export const PACK_SHAPE: Record<string, Field> = {
  id: text(0, 'pack id: lowercase letters, digits and hyphens', ID),
  kind: oneOf(PACK_KINDS),
  name: localText,
  description: optional(localText),
  organisation: optional(string),
  aliases: optional(record(string)),
  leadership: optional(strings),
  coreAreas: optional(strings),
  areas: optional(list(object({ id: nonEmpty, name: localText, terms: byLanguage }))),
  sensitive: optional(byLanguage),
  exceptionSets: optional(record(cues)),
  rules: optional(list(object(RULE_SHAPE))),
  lexicons: optional(record(object({ nl: optional(strings), en: optional(strings) }))),
  lexiconExclusions: optional(record(strings)),
};

/** The fields of a lexicon file, in ./schema.ts's order. */
export const LEXICON_SHAPE: Record<string, Field> = {
  id: nonEmpty,
  language: oneOf(UI_LANGUAGES),
  description: string,
  terms: strings,
};

function run<T>(check: Check, value: unknown): ShapeCheck<T> {
  try {
    return { ok: true, value: check(value) as T };
  } catch (error) {
    if (!(error instanceof ShapeProblem)) throw error;
    const path = error.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
    return { ok: false, path: path.replace(/^\./, ''), message: error.message };
  }
}

const packCheck = object(PACK_SHAPE);
const lexiconCheck = object(LEXICON_SHAPE);

/**
 * A rule pack's shape (as ./schema.ts's RulePackSchema) and its named exception sets (./exception-sets.ts, as
 * ./validate.ts checks them): the pack with only its known fields and its sets expanded, or the first problem.
 */
export function checkPackShape(value: unknown): ShapeCheck<RulePack> {
  const shape = run<RulePack>(packCheck, value);
  if (!shape.ok) return shape;
  const [problem] = exceptionSetProblems(shape.value);
  return problem ? { ok: false, ...problem } : { ok: true, value: expandExceptionSets(shape.value) };
}

/**
 * The rules whose id an earlier rule of the pack already has: one rule check for both the full report
 * (./validate.ts, every one) and the content scripts' check (lib/storage/pack-check.ts, the first).
 */
export function duplicateRuleIds(pack: RulePack): { index: number; id: string }[] {
  const seen = new Set<string>();
  const duplicates: { index: number; id: string }[] = [];
  for (const [index, rule] of (pack.rules ?? []).entries()) {
    if (seen.has(rule.id)) duplicates.push({ index, id: rule.id });
    seen.add(rule.id);
  }
  return duplicates;
}

/** A lexicon file's shape (as ./schema.ts's LexiconSchema). */
export function checkLexiconShape(value: unknown): ShapeCheck<Lexicon> {
  return run(lexiconCheck, value);
}
