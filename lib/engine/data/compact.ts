/**
 * What the built extension ships of the rule files: each valid pack or lexicon
 * keeps only the fields the engine reads at run time. Authoring material
 * (`examples` for `npm run packs:test`, `description`s, unknown keys such as
 * notes) stays in the source files under rules/, which humans edit and
 * `npm run packs:validate` checks in full. Pure, so tests can compare findings
 * on the full and on the compacted data (tests/unit/engine/compact-rule-data.test.ts).
 */
import * as v from 'valibot';
import { LexiconSchema, PackRuleSchema, RulePackSchema } from '../packs/schema';
import type { BundledFile } from './bundled';

/** Fields read at run time: the schema's fields without authoring-only ones. */
const PACK_FIELDS = Object.keys(RulePackSchema.entries).filter((key) => key !== 'description');
const RULE_FIELDS = Object.keys(PackRuleSchema.entries).filter((key) => key !== 'examples');
const AREA_FIELDS = ['id', 'name', 'terms'];

type Json = Record<string, unknown>;

function pick(value: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) if (value[field] !== undefined) out[field] = value[field];
  return out;
}

function compactPack(pack: Json): Json {
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
 * One rule file as shipped. A file that does not validate is passed on as it
 * is, so the engine reports (and skips) it exactly as it would from source.
 */
export function compactRuleFile(file: BundledFile): BundledFile {
  const isLexicon = /\/lexicons\//.test(file.path);
  if (!v.is(isLexicon ? LexiconSchema : RulePackSchema, file.data)) return file;
  const data = file.data as Json;
  return { path: file.path, data: isLexicon ? compactLexicon(data) : compactPack(data) };
}

export function compactRuleFiles(files: readonly BundledFile[]): BundledFile[] {
  return files.map(compactRuleFile);
}
