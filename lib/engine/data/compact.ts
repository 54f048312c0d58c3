/**
 * What the built extension ships of the rule files: each valid pack or lexicon
 * keeps only the fields the engine reads at run time. Authoring material
 * (`examples` for `npm run packs:test`, `description`s, unknown keys such as
 * notes) stays in the source files under rules/, which humans edit and
 * `npm run packs:validate` checks in full. Pure, so tests can compare findings
 * on the full and on the compacted data (tests/unit/engine/compact-rule-data.test.ts).
 */
import * as v from 'valibot';
import { exceptionSetProblems, expandExceptionSets, type PackWithExceptionSets } from '../packs/exception-sets';
import { LexiconSchema, PackRuleSchema, RulePackSchema } from '../packs/schema';
import type { BundledFile } from './bundled';
import { packingOrder } from './term-order';

/**
 * Fields read at run time: the schema's fields without authoring-only ones. The named exception sets are
 * expanded into the rules that use them (./compactPack), so the page reads the same data as before they existed.
 */
const PACK_FIELDS = Object.keys(RulePackSchema.entries).filter(
  (key) => key !== 'description' && key !== 'exceptionSets',
);
const RULE_FIELDS = Object.keys(PackRuleSchema.entries).filter((key) => key !== 'examples');
const AREA_FIELDS = ['id', 'name', 'terms'];

type Json = Record<string, unknown>;

function pick(value: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) if (value[field] !== undefined) out[field] = value[field];
  return out;
}

function compactPack(source: Json): Json {
  // Each rule's `set:<name>` replaced by the set's cues, as the engine's check does when it loads the pack.
  const pack = expandExceptionSets(source as unknown as PackWithExceptionSets) as unknown as Json;
  const out = pick(pack, PACK_FIELDS);
  if (Array.isArray(pack.areas)) out.areas = (pack.areas as Json[]).map((area) => pick(area, AREA_FIELDS));
  if (Array.isArray(pack.rules)) out.rules = (pack.rules as Json[]).map((rule) => pick(rule, RULE_FIELDS));
  return out;
}

function compactLexicon(lexicon: Json): Json {
  // The schema requires a description (a string); the engine never shows it.
  return { id: lexicon.id, language: lexicon.language, description: '', terms: lexicon.terms };
}

/**
 * One rule file as shipped. A file that does not validate (its shape, or a rule's
 * exception set) is passed on as it is, so the engine reports (and skips) it exactly as it would from source; so is
 * a file outside rules/ (the engine's word lists).
 */
export function compactRuleFile(file: BundledFile): BundledFile {
  if (!file.path.startsWith('rules/')) return file; // an engine word list (./source.ts): kept whole
  const isLexicon = /\/lexicons\//.test(file.path);
  if (!v.is(isLexicon ? LexiconSchema : RulePackSchema, file.data)) return file;
  if (!isLexicon && exceptionSetProblems(file.data as PackWithExceptionSets).length > 0) return file;
  const data = file.data as Json;
  return { path: file.path, data: isLexicon ? compactLexicon(data) : compactPack(data) };
}

/** The terms of `list` that are not in `seen`, each once; adds them to `seen`. */
function unseen(list: readonly string[], seen: Set<string>): string[] {
  const out: string[] = [];
  for (const term of list) {
    if (seen.has(term)) continue;
    seen.add(term);
    out.push(term);
  }
  return out;
}

/**
 * Exact duplicates within a lexicon's term set, left out. The engine merges a
 * lexicon file and every pack's extension of it (`lexicons`) into one term set
 * (lib/engine/model.ts: file first, then the packs), and a term already in a set
 * adds nothing to it: words, compound tails and prefixes are kept per distinct
 * term, a second copy of a phrase finds the same range (dropped as a duplicate
 * hit), and a second copy of a regex alternative can only match where the first
 * already did. So a pack's extension loses the terms the (valid) lexicon file
 * already has, and any list loses a term it repeats. Exclusions (`lexiconExclusions`)
 * compare whole terms, so they remove a term and its copy alike. Each list then ships in
 * packing order (./term-order.ts: sorted where the order changes no hit).
 */
function withoutDuplicateTerms(files: BundledFile[], valid: Set<BundledFile>): BundledFile[] {
  const lexiconTerms = new Map<string, Set<string>>();
  for (const file of files) {
    if (!valid.has(file) || !/\/lexicons\//.test(file.path)) continue;
    const lexicon = file.data as { id: string; language: string; terms: string[] };
    const key = `${lexicon.id}:${lexicon.language}`;
    const seen = lexiconTerms.get(key) ?? new Set<string>();
    lexiconTerms.set(key, seen);
    lexicon.terms = packingOrder(unseen(lexicon.terms, seen));
  }
  for (const file of files) {
    if (!valid.has(file) || /\/lexicons\//.test(file.path)) continue;
    const pack = file.data as Json;
    const extensions = pack.lexicons as Record<string, { nl?: string[]; en?: string[] }> | undefined;
    if (!extensions) continue;
    // New objects: the compacted pack shares its other values with the source file.
    const shipped: Record<string, { nl?: string[]; en?: string[] }> = {};
    for (const [id, byLanguage] of Object.entries(extensions)) {
      const out = { ...byLanguage };
      for (const language of ['nl', 'en'] as const) {
        const list = byLanguage[language];
        if (list) out[language] = packingOrder(unseen(list, new Set(lexiconTerms.get(`${id}:${language}`))));
      }
      shipped[id] = out;
    }
    pack.lexicons = shipped;
  }
  return files;
}

export function compactRuleFiles(files: readonly BundledFile[]): BundledFile[] {
  const valid = new Set<BundledFile>();
  const compacted = files.map((file) => {
    const out = compactRuleFile(file);
    if (out !== file) valid.add(out);
    return out;
  });
  return withoutDuplicateTerms(compacted, valid);
}
