/**
 * Finds rule terms that can never change a finding, PROVEN with the engine's own matching code
 * (`npx tsx scripts/lib/redundant-terms.ts` lists them; `--write` removes them from rules/).
 *
 * The rule files are trimmed of copies after folding only (see redundantTerms: a custom pack may
 * exclude a covering term). The proof of coverage below stays, for `--coverage` reports.
 *
 * A term T is dropped from a list only when the other terms of the SAME source list (one JSON
 * array: a lexicon file, one pack's extension of a lexicon, a rule's cue list, a pack's
 * sensitive issues) match every token form T matches. The engine merges each list into a term
 * set and reports hits per set, never per term, so the set's hits, and every finding, stay the
 * same. Only the same list counts: other lists of a set are not always loaded (organisation
 * packs), and a pack's `lexiconExclusions` may take a covering term away (such a term never
 * covers). Area vocabularies and leadership names are left alone: topics.ts and the profile
 * audit read those lists as words, not through the index.
 *
 * What a term matches (lib/engine/match/term-index.ts, TERM SYNTAX in pack-types.ts), per token
 * form f (a token's folded text or one of its parts, each looked up alike):
 * - a single word T: (W) T is one of candidates(f), and, for |T| >= 5, (C) T is the tail
 *   (after at least 3 letters) of a candidate c of f with |f| >= 8 and |c| >= |f| - 3;
 * - a prefix "P*": f starts with P; a phrase or a hyphenated/apostrophe word: its own words.
 * Proof per kind of removal:
 * - the same term again after folding (case, diacritics, apostrophes: "privé"/"prive"), the
 *   same regex again (a second alternative only matches where the first already did);
 * - "P*" when the list has "Q*" with P starting with Q (|Q| >= 2: the index keys prefixes
 *   by two letters): every form starting with P starts with Q;
 * - a single word T: (C) holds for T only where it holds for a kept word B of 5+ letters that
 *   ends T (same candidate c, tail at k + |T| - |B| >= 3), so such a B is required when
 *   |T| >= 5; (W) is checked form by form: every f with T in candidates(f) is generated from
 *   T by inverting candidates() (bases T, T + its last letter, T less its last letter, the
 *   last letter as v/z, a doubled vowel single, each with every suffix), and looked up in a
 *   TermIndex of the list (each term its own set) as the engine looks a token up: some kept
 *   term must match it. A self-check mutates T at random and fails when a form with T among
 *   its candidates is missing from the generated ones.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { candidates } from '../../lib/engine/match/inflection';
import { TermIndex } from '../../lib/engine/match/term-index';
import { fold } from '../../lib/engine/text/normalize';
import type { Token } from '../../lib/engine/text/tokenizer';
import { readRuleSourceFiles } from './rule-data-plugin';

const DUTCH_SUFFIXES = ["'s", 's', 'en', 'n', 'e', 'er', 'ere', 'ers', 'ste', 'st', 'je', 'tje', 'pje', 'jes'];
const MORE_SUFFIXES = ['tjes', 'pjes', 't', 'de', 'te', 'd', 'ten', 'den', 'tjie', 'es', 'ed', 'ing', 'est'];
/** Every suffix candidates() strips (Dutch and English), the y-forms and none. */
const SUFFIXES = ['', ...DUTCH_SUFFIXES, ...MORE_SUFFIXES, 'ies', 'ied'];
const MIN_COMPOUND = 5;
const SIMPLE_WORD = /^[\p{L}\p{N}]+$/u;
const SIMPLE_PREFIX = /^[\p{L}\p{N}]+\*$/u;
/** Cues that are references, not terms (lib/engine/model.ts compileCue). */
const REFERENCE = /^(@|area:|pii:|detector:|finding:|rule:|set:)|^(own-topic|own-org|sensitive|leadership)$/;

export interface TermList {
  /** File path and where in it, for the report. */
  where: string;
  file: string;
  terms: string[];
  /** The file's parsed data, which `at` points into. */
  data: unknown;
  /** Where each term sits in the file's parsed data (the array and its index there). */
  at: { array: string[]; index: number }[];
  /** Folded terms a pack excludes from this list's lexicon (they never cover). */
  excluded: Set<string>;
}

export interface Removal {
  list: TermList;
  /** Position in list.terms. */
  position: number;
  term: string;
  reason: string;
}

/** Token forms f that have T among candidates(f) (see the header), T itself included. */
export function formsWithCandidate(t: string): string[] {
  const last = t[t.length - 1] ?? '';
  const bases = new Set([t, t + last, t.slice(0, -1), `${t.slice(0, -1)}v`, `${t.slice(0, -1)}z`]);
  if (t.length >= 2) bases.add(t.slice(0, -2) + last);
  const out: string[] = [];
  for (const base of bases) for (const suffix of SUFFIXES) out.push(base + suffix);
  return [...new Set(out)].filter((f) => candidates(f).includes(t));
}

function token(form: string): Token {
  return { text: form, norm: form, parts: [], kind: 'word', start: 0, end: form.length, upper: false, capital: false };
}

/** Sets (term positions) whose terms match the token form `form`. */
function matching(index: TermIndex, form: string): number[] {
  const out = new Map<string, unknown>();
  index.scan(form, [token(form)], 0, 1, 0, form.length, out as never, false);
  return [...out.keys()].map(Number);
}

/**
 * Which terms of `list` can go (in list order; a dropped term never covers a later one).
 *
 * Only copies after folding by default. `coverage` also drops terms whose every form the rest of
 * the list matches (a prefix, a copy): the same findings on the built-in packs, but NOT under every
 * custom pack: a custom pack's `lexiconExclusions` may take the covering term out of the set and
 * leave the covered one (exclusions compare folded terms, so copies after folding go out together).
 * The rule files are trimmed without it; `--coverage` lists what it would add.
 */
export function redundantTerms(list: TermList, { coverage = false } = {}): Removal[] {
  const terms = list.terms;
  const index = new TermIndex(terms.map((term, i) => ({ id: String(i), terms: [term] })));
  const removed = new Set<number>();
  const out: Removal[] = [];
  const kept = (i: number, self: number) => i !== self && !removed.has(i) && !list.excluded.has(fold(terms[i]!.trim()));
  terms.forEach((raw, i) => {
    const term = raw.trim();
    const folded = fold(term);
    let reason: string | undefined;
    // Of terms equal after folding, the one written with diacritics ("patiënt") stays, else the first.
    const plain = (t: string) => fold(t.trim()) === t.trim();
    const same = terms.findIndex(
      (other, k) =>
        kept(k, i) &&
        // A regex only as the very same text (folding would equate \\p{L} and \\P{L}).
        (term.startsWith('re:') ? other.trim() === term : fold(other.trim()) === folded) &&
        (plain(term) && !plain(other) ? true : plain(term) === plain(other) && k < i),
    );
    if (same >= 0) reason = `same as "${terms[same]}" after folding`;
    else if (!coverage || term.startsWith('re:')) reason = undefined;
    else if (SIMPLE_PREFIX.test(term)) {
      const p = folded.slice(0, -1);
      const k = terms.findIndex((other, j) => {
        const o = fold(other.trim());
        return kept(j, i) && SIMPLE_PREFIX.test(other.trim()) && o.length >= 3 && p.startsWith(o.slice(0, -1));
      });
      if (k >= 0) reason = `"${terms[k]}" matches every word starting with ${p}`;
    } else if (SIMPLE_WORD.test(term)) {
      let tail: number | undefined;
      if (folded.length >= MIN_COMPOUND) {
        tail = terms.findIndex((other, k) => {
          const o = fold(other.trim());
          return (
            kept(k, i) &&
            SIMPLE_WORD.test(other.trim()) &&
            o.length >= MIN_COMPOUND &&
            o !== folded &&
            folded.endsWith(o)
          );
        });
      }
      if (tail === undefined || tail >= 0) {
        const forms = formsWithCandidate(folded);
        const uncovered = forms.filter((f) => !matching(index, f).some((k) => kept(k, i)));
        if (forms.length > 0 && uncovered.length === 0)
          reason = `every form is matched by the rest${tail !== undefined ? ` (compounds by "${terms[tail]}")` : ''}`;
      }
    }
    if (reason) {
      removed.add(i);
      out.push({ list, position: i, term: raw, reason });
    }
  });
  return out;
}

type Json = Record<string, unknown>;

function listOf(
  where: string,
  file: { path: string; data: unknown },
  arrays: string[][],
  excluded: Set<string>,
  isTerm: (term: string) => boolean = () => true,
): TermList {
  const at = arrays
    .flatMap((array) => array.map((term, index) => ({ term, array, index })))
    .filter((a) => isTerm(a.term));
  return {
    where,
    file: file.path,
    data: file.data,
    terms: at.map((a) => a.term),
    at: at.map(({ array, index }) => ({ array, index })),
    excluded,
  };
}

/** The term lists of the rule files that this proof may trim (see the header). */
export function termLists(root?: string): TermList[] {
  const files = readRuleSourceFiles(root).filter((f) => f.path.startsWith('rules/'));
  const excluded = new Map<string, Set<string>>();
  for (const file of files) {
    for (const [id, terms] of Object.entries(((file.data as Json).lexiconExclusions ?? {}) as Record<string, string[]>))
      for (const term of terms) {
        const set = excluded.get(id) ?? new Set<string>();
        set.add(fold(term.trim()));
        excluded.set(id, set);
      }
  }
  const none = new Set<string>();
  const lists: TermList[] = [];
  for (const file of files) {
    const data = file.data as Json;
    if (file.path.includes('/lexicons/')) {
      lists.push(listOf('terms', file, [data.terms as string[]], excluded.get(data.id as string) ?? none));
      continue;
    }
    for (const [id, byLang] of Object.entries((data.lexicons ?? {}) as Record<string, Record<string, string[]>>))
      for (const [lang, terms] of Object.entries(byLang))
        lists.push(listOf(`lexicons.${id}.${lang}`, file, [terms], excluded.get(id) ?? none));
    const sensitive = data.sensitive as { nl?: string[]; en?: string[] } | undefined;
    if (sensitive) lists.push(listOf('sensitive', file, [sensitive.nl ?? [], sensitive.en ?? []], none));
    for (const rule of (data.rules ?? []) as Json[]) {
      const slots: [string, string[] | undefined][] = [
        ['match', rule.match as string[]],
        ...((rule.requires ?? []) as string[][]).map((g, i) => [`requires[${i}]`, g] as [string, string[]]),
        ['exceptions', rule.exceptions as string[] | undefined],
      ];
      for (const [slot, cues] of slots) {
        const list = listOf(`rules.${rule.id}.${slot}`, file, [cues ?? []], none, (c) => !REFERENCE.test(c));
        if (list.terms.length > 1) lists.push(list);
      }
    }
  }
  return lists;
}

/** Random mutations of T with T among their candidates must all be generated forms (completeness check). */
export function selfCheck(terms: string[], tries = 200_000): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz'";
  const failures: string[] = [];
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let n = 0; n < tries && terms.length > 0; n++) {
    const t = terms[rnd(terms.length)]!;
    const cut = t.slice(0, t.length - rnd(3));
    let extra = '';
    for (let k = rnd(6); k > 0; k--) extra += letters[rnd(letters.length)];
    const f = cut + extra;
    if (candidates(f).includes(t) && !formsWithCandidate(t).includes(f)) failures.push(`${t} <- ${f}`);
  }
  return failures;
}

/**
 * Removes the lines holding the dropped terms (one JSON string per line, as every rule file is
 * written; other lines are left as they are). For each term, the line taken is the one whose
 * removal leaves the file reading back as its data with exactly that term spliced out.
 */
function writeRemovals(root: string, removals: Removal[]): void {
  const byFile = new Map<string, Removal[]>();
  for (const r of removals) byFile.set(r.list.file, [...(byFile.get(r.list.file) ?? []), r]);
  for (const [file, list] of byFile) {
    const full = path.join(root, file);
    let lines = fs.readFileSync(full, 'utf8').split('\n');
    const data = list[0]!.list.data;
    // Later positions first, so the earlier ones of the same array keep their index.
    const positions = list.map((r) => ({ term: r.term, ...r.list.at[r.position]! })).sort((x, y) => y.index - x.index);
    for (const p of positions) {
      p.array.splice(p.index, 1);
      const text = JSON.stringify(p.term);
      let done = false;
      // A term alone on its line, or one of several on a line (the organisation packs write a few per line).
      const edits = function* (): Generator<string[]> {
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!;
          if (line.trim().replace(/,$/, '') === text) {
            const out = [...lines.slice(0, i), ...lines.slice(i + 1)];
            // The removed line ended a list: the line before it loses its comma.
            if (!line.trim().endsWith(',')) out[i - 1] = out[i - 1]!.replace(/,$/, '');
            yield out;
            continue;
          }
          for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
            for (const [from, to] of [
              [at, at + text.length + 2],
              [at - 2, at + text.length],
            ] as const) {
              const cut = line.slice(from, to);
              if (cut !== `${text}, ` && cut !== `, ${text}`) continue;
              yield [...lines.slice(0, i), line.slice(0, from) + line.slice(to), ...lines.slice(i + 1)];
            }
          }
        }
      };
      for (const out of edits()) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(out.join('\n'));
        } catch {
          continue;
        }
        if (isDeepStrictEqual(parsed, data)) {
          lines = out;
          done = true;
          break;
        }
      }
      if (!done) throw new Error(`${file}: no line whose removal drops just ${text}; nothing written`);
    }
    fs.writeFileSync(full, lines.join('\n'));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = process.cwd();
  const lists = termLists(root);
  const words = lists.flatMap((l) => l.terms.filter((t) => SIMPLE_WORD.test(t.trim())).map((t) => fold(t.trim())));
  const failures = selfCheck(words);
  if (failures.length > 0) {
    console.error(`self-check failed: forms missing from formsWithCandidate:\n${failures.slice(0, 20).join('\n')}`);
    process.exit(1);
  }
  const coverage = process.argv.includes('--coverage');
  const removals = lists.flatMap((list) => redundantTerms(list, { coverage }));
  for (const r of removals) console.log(`${r.list.file} ${r.list.where}: ${JSON.stringify(r.term)} (${r.reason})`);
  console.log(
    `${removals.length} redundant terms, ${removals.reduce((n, r) => n + r.term.length + 6, 0)} bytes of source`,
  );
  if (process.argv.includes('--write')) {
    if (coverage) throw new Error('--coverage only lists: custom packs may exclude a covering term');
    writeRemovals(root, removals);
  }
}
