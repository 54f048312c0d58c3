/**
 * Named exception sets: a pack's `exceptionSets` maps a name to a list of exception cues that several of its
 * rules share, and a rule's `exceptions` takes the whole list with one entry `set:<name>`, in that entry's place.
 * WHY: rules that must keep the same guards (own-area-critique and own-area-critique-context, own-area-judgement
 * and own-area-judgement-near in rules/core.json) carried copies of one list that had to be kept in sync by hand;
 * the lists mix lexicons, detectors, rules and findings, so a lexicon cannot carry them.
 *
 * The sets are expanded when a pack is checked (./shape.ts for the engine's files and the content scripts'
 * custom packs, ./validate.ts for the full report), so the model only sees plain cues, in the order and places
 * of the copies they replace: the same inline term sets (`inline:<pack>/<rule>:exceptions`) and findings.
 * The built extension ships the packs with their sets expanded (lib/engine/data/compact.ts): the same packed data
 * as the written-out copies (LZMA had already found the copies: shipping the sets was 92 bytes larger).
 */
import type { Cue, RulePack } from '../pack-types';

/** The prefix of a reference to a named exception set. */
export const SET_CUE = 'set:';

/** A pack as written, with its named exception sets (the checks give them back with every reference expanded). */
export type PackWithExceptionSets = RulePack & { exceptionSets?: Record<string, Cue[]> };

export interface ExceptionSetProblem {
  path: string;
  message: string;
}

const isReference = (cue: Cue) => cue.startsWith(SET_CUE);
/** A set's name, as a rule id is written, and not a name object checks treat apart (`__proto__`, `constructor`). */
const SET_NAME = /^(?!constructor$|prototype$)[a-z0-9][a-z0-9-]*$/;

/**
 * Every problem of a shape-checked pack's references, in the pack's order, each at the rule or its `set:` entry
 * (so the full report names the rule): a `set:` cue in match or requires, a name not written like a rule id, a set
 * the pack does not have, an empty set, a set that names another set.
 * WHY only where a set is used: a set no rule names is never expanded, and this code ships in every content
 * script (custom packs from storage and policy are checked there), so it stays small.
 */
export function exceptionSetProblems(pack: PackWithExceptionSets): ExceptionSetProblem[] {
  const sets = pack.exceptionSets ?? {};
  const problems: ExceptionSetProblem[] = [];
  for (const [r, rule] of (pack.rules ?? []).entries()) {
    // A `set:` cue anywhere else would be read as the phrase "set <name>" and silently (almost) never match.
    for (const cue of [...(rule.match ?? []), ...(rule.requires ?? []).flat()])
      if (isReference(cue))
        problems.push({
          path: `rules[${r}]`,
          message: `${cue}: sets only work in exceptions`,
        });
    for (const [i, cue] of (rule.exceptions ?? []).entries()) {
      if (!isReference(cue)) continue;
      const name = cue.slice(SET_CUE.length);
      // The name check first: names like "constructor" are dropped by some object checks and kept by others.
      const named = SET_NAME.test(name);
      const set = named && Object.hasOwn(sets, name) ? sets[name] : undefined;
      const problem = !named
        ? 'is not a valid name'
        : !set
          ? 'is unknown'
          : set.length === 0
            ? 'is empty'
            : set.some(isReference)
              ? 'names another set'
              : '';
      if (problem)
        problems.push({ path: `rules[${r}].exceptions[${i}]`, message: `exception set "${name}" ${problem}` });
    }
  }
  return problems;
}

/** The pack with each `set:<name>` in a rule's exceptions replaced by that set's cues (a pack without problems). */
export function expandExceptionSets<T extends PackWithExceptionSets>(pack: T): T {
  const sets = pack.exceptionSets;
  if (!sets || !pack.rules) return pack;
  const rules = pack.rules.map((rule) =>
    rule.exceptions
      ? {
          ...rule,
          exceptions: rule.exceptions.flatMap((cue) => (isReference(cue) ? sets[cue.slice(SET_CUE.length)]! : cue)),
        }
      : rule,
  );
  return { ...pack, rules };
}
