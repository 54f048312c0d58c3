/**
 * Compiles packs and lexicons into one model: a single term index over every
 * term set, and rules whose cues point into it. Built once per pack selection
 * and cached, so a check only scans.
 */
import { TermIndex, type TermSet } from './match/term-index';
import type { Cue, Lang, Lexicon, PackRule, RulePack } from './pack-types';
import type { PiiKind } from './pii/recognisers';
import { kindSetId } from './set-ids';
import { runSteps } from './steps';
import { fold } from './text/normalize';

export type CompiledCue =
  | { kind: 'set'; nl: string; en: string }
  | { kind: 'set-both'; ids: [string, string] }
  | { kind: 'pii'; pii: PiiKind }
  | { kind: 'detector'; name: string }
  | { kind: 'finding'; category: string }
  | { kind: 'rule'; id: string }
  | { kind: 'own-topic' }
  | { kind: 'own-org' }
  | { kind: 'sensitive' }
  | { kind: 'leadership' };

export interface CompiledRule {
  pack: RulePack;
  rule: PackRule;
  id: string;
  match: CompiledCue[];
  requires: CompiledCue[][];
  exceptions: CompiledCue[];
  usesFindings: boolean;
  /** The rule's options read once here, in one object shape for every rule (the rules' own shapes vary). */
  language: PackRule['language'];
  quoted: boolean;
  /** Whether a negation before a match hit cancels it (rule.negatable is not false). */
  negatable: boolean;
  window: NonNullable<PackRule['window']>;
  /** rule.exceptRoles lowercased, or undefined. */
  exceptRoles: string[] | undefined;
}

export interface Model {
  index: TermIndex;
  packs: RulePack[];
  rules: CompiledRule[];
  /** Set ids of each pack's areas. */
  areaSets: Map<string, string>;
  errors: string[];
}

const PII_KINDS = new Set([
  'postcode',
  'phone',
  'bsn',
  'kenteken',
  'email',
  'iban',
  'age',
  'house-number',
  'name',
  'street',
  'origin',
  'residence',
]);

export function areaSetId(areaId: string): string {
  return kindSetId('area', areaId);
}

export function buildModel(packs: RulePack[], lexicons: Lexicon[]): Model {
  return runSteps(buildModelSteps(packs, lexicons));
}

/**
 * The same build in small steps (a few hundred terms or regex alternatives each), so
 * a page can spread the model's construction over idle time instead of one long task.
 */
export function* buildModelSteps(packs: RulePack[], lexicons: Lexicon[]): Generator<void, Model> {
  const sets: TermSet[] = [];
  const errors: string[] = [];
  const areaSets = new Map<string, string>();
  const excluded = new Map<string, Set<string>>();
  for (const pack of packs) {
    for (const [id, terms] of Object.entries(pack.lexiconExclusions ?? {})) {
      const set = excluded.get(id) ?? new Set<string>();
      for (const term of terms) set.add(fold(term.trim()));
      excluded.set(id, set);
    }
  }
  const addLexicon = (id: string, language: Lang, terms: readonly string[]) => {
    const drop = excluded.get(id);
    const kept = drop ? terms.filter((t) => !drop.has(fold(t.trim()))) : terms;
    sets.push({ id: `lex:${id}:${language}`, terms: kept });
  };
  for (const lexicon of lexicons) addLexicon(lexicon.id, lexicon.language, lexicon.terms);
  for (const pack of packs) {
    for (const [id, byLang] of Object.entries(pack.lexicons ?? {})) {
      if (byLang.nl) addLexicon(id, 'nl', byLang.nl);
      if (byLang.en) addLexicon(id, 'en', byLang.en);
    }
  }
  for (const pack of packs) {
    for (const area of pack.areas ?? []) {
      const id = areaSetId(area.id);
      areaSets.set(area.id, id);
      sets.push({
        id,
        terms: [...area.terms.nl, ...area.terms.en, area.name.nl.toLowerCase(), area.name.en.toLowerCase()],
      });
      sets.push({ id: 'area:*', terms: [...area.terms.nl, ...area.terms.en] });
    }
    if (pack.sensitive) sets.push({ id: `sensitive:${pack.id}`, terms: [...pack.sensitive.nl, ...pack.sensitive.en] });
    if (pack.leadership) sets.push({ id: `leadership:${pack.id}`, terms: pack.leadership.map((n) => n.toLowerCase()) });
  }
  const rules: CompiledRule[] = [];
  for (const pack of packs) {
    yield;
    for (const rule of pack.rules ?? []) {
      const id = `${pack.id}/${rule.id}`;
      const compile = (cues: Cue[], slot: string): CompiledCue[] => {
        const out: CompiledCue[] = [];
        const inline: string[] = [];
        for (const cue of cues) {
          const compiled = compileCue(cue);
          if (compiled === 'term') inline.push(cue);
          else if (typeof compiled === 'string') errors.push(`${id}: ${compiled}`);
          else out.push(compiled);
        }
        if (inline.length > 0) {
          const setId = `inline:${id}:${slot}`;
          sets.push({ id: setId, terms: inline });
          out.push({ kind: 'set', nl: setId, en: setId });
        }
        return out;
      };
      const match = compile(rule.match, 'match');
      const requires = (rule.requires ?? []).map((group, i) => compile(group, `requires${i}`));
      const exceptions = compile(rule.exceptions ?? [], 'exceptions');
      const usesFindings = [...match, ...requires.flat(), ...exceptions].some(
        (c) => c.kind === 'finding' || c.kind === 'rule',
      );
      rules.push({
        pack,
        rule,
        id,
        match,
        requires,
        exceptions,
        usesFindings,
        language: rule.language,
        quoted: Boolean(rule.quoted),
        negatable: rule.negatable !== false,
        window: rule.window ?? 'sentence',
        exceptRoles: rule.exceptRoles?.map((r) => r.toLowerCase()),
      });
    }
  }
  // Rules that build on other findings run last, in pack order.
  rules.sort((a, b) => Number(a.usesFindings) - Number(b.usesFindings));
  const index = new TermIndex([]);
  for (const set of mergeSets(sets)) {
    yield;
    yield* index.addSetSteps(set);
  }
  // The regex alternatives' literals, so the first check does not work them out.
  yield* index.literalTableSteps();
  return { index, packs, rules, areaSets, errors: [...errors, ...index.errors] };
}

function mergeSets(sets: TermSet[]): TermSet[] {
  const merged = new Map<string, string[]>();
  for (const set of sets) {
    const list = merged.get(set.id);
    if (list) list.push(...set.terms);
    else merged.set(set.id, [...set.terms]);
  }
  return [...merged].map(([id, terms]) => ({ id, terms }));
}

function compileCue(cue: Cue): CompiledCue | 'term' | string {
  if (cue.startsWith('@')) {
    const [name, scope] = cue.slice(1).split(':');
    if (!name) return `empty lexicon reference "${cue}"`;
    if (scope === '*') return { kind: 'set-both', ids: [`lex:${name}:nl`, `lex:${name}:en`] };
    return { kind: 'set', nl: `lex:${name}:nl`, en: `lex:${name}:en` };
  }
  if (cue === 'area:*') return { kind: 'set', nl: 'area:*', en: 'area:*' };
  if (cue.startsWith('area:')) {
    const id = areaSetId(cue.slice(5));
    return { kind: 'set', nl: id, en: id };
  }
  if (cue === 'own-topic') return { kind: 'own-topic' };
  if (cue === 'own-org') return { kind: 'own-org' };
  if (cue === 'sensitive') return { kind: 'sensitive' };
  if (cue === 'leadership') return { kind: 'leadership' };
  if (cue.startsWith('pii:')) {
    const kind = cue.slice(4);
    return PII_KINDS.has(kind) ? { kind: 'pii', pii: kind as PiiKind } : `unknown recogniser "${cue}"`;
  }
  if (cue.startsWith('detector:')) return { kind: 'detector', name: cue.slice(9) };
  if (cue.startsWith('finding:')) return { kind: 'finding', category: cue.slice(8) };
  if (cue.startsWith('rule:')) return { kind: 'rule', id: cue.slice(5) };
  return 'term';
}

export type { Lang };
