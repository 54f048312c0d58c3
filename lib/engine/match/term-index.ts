/**
 * Term matcher implementing the TERM SYNTAX of pack-types.ts. All term sets of a
 * pack selection are compiled into ONE index (built once, cached by the caller),
 * so scanning a text costs a few map lookups per token whatever the number of lexicons.
 */
import { runSteps } from '../steps';
import { fold } from '../text/normalize';
import { type Token, tokenize } from '../text/tokenizer';
import { candidates } from './inflection';
import { latinForm, latinLetterSource, onlyLatinLetters } from './latin-letters';
import {
  LiteralTable,
  leadingLiterals,
  letterRunLeads,
  requiredLiterals,
  satisfied,
  TEXT_START,
} from './regex-literals';

export interface Hit {
  start: number;
  end: number;
  /** Token index range [t0, t1) (t0 = -1 for regex hits). */
  t0: number;
  t1: number;
}

/** Per-text state of the regex sets, kept by the caller for one check (see regexHits). */
export interface RegexScratch {
  /** Which literals of the index occur in the lowercased text. */
  present?: Uint8Array;
  /** Where each leading literal starts in the lowercased text (see LiteralTable.scan). */
  starts?: Map<number, number[]>;
  /** candidates[alt.index] is 1 when a literal of the alternative's first required factor occurs. */
  candidates?: Uint8Array;
  /** Whether the lowercased text's letters and digits are all Latin (the regexes' Latin forms apply, see latin-letters.ts). */
  latin?: boolean;
}

export interface TermSet {
  id: string;
  terms: readonly string[];
}

export interface WordPattern {
  text: string;
  prefix: boolean;
}

interface Phrase {
  set: string;
  rest: WordPattern[];
}

const MIN_COMPOUND = 5;
/** Warm-up step sizes: each step stays well under 20 ms on a slow machine with cold code. */
const TERMS_PER_STEP = 100;
const ALTERNATIVES_PER_STEP = 15;
const COMPILES_PER_STEP = 12;
const candidateCache = new Map<string, string[]>();

function cachedCandidates(word: string): string[] {
  let found = candidateCache.get(word);
  if (!found) {
    if (candidateCache.size > 20000) candidateCache.clear();
    found = candidates(word);
    candidateCache.set(word, found);
  }
  return found;
}

function push(map: Map<string, string[]>, key: string, set: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [set]);
  else if (!list.includes(set)) list.push(set);
}

/** Splits a term into folded word patterns with the engine's own tokenizer. */
const SIMPLE_TERM = /^[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*\*?$/u;

/** A (trimmed) term's word patterns as the index files it; also read by the build's term order (data/term-order.ts). */
export function termWords(term: string): WordPattern[] {
  // Fast path for the common single word: no tokenizer run at build time.
  if (SIMPLE_TERM.test(term)) {
    const star = term.endsWith('*');
    return [{ text: fold(star ? term.slice(0, -1) : term), prefix: star }];
  }
  const star = term.trim().endsWith('*');
  const body = star ? term.trim().slice(0, -1) : term.trim();
  const { tokens } = tokenize(body);
  const words = tokens
    .filter((t) => t.kind !== 'punct' || t.text === "'")
    .map((t) => ({ text: t.norm, prefix: false }));
  if (star && words.length > 0) words[words.length - 1]!.prefix = true;
  return words;
}

export class TermIndex {
  private readonly words = new Map<string, string[]>();
  private readonly compounds = new Map<string, string[]>();
  private readonly prefixes = new Map<string, { prefix: string; set: string }[]>();
  /** Phrases by first word, then by second word (so "de" does not try every "de ..." phrase). */
  private readonly phrases = new Map<string, Map<string, Phrase[]>>();
  private readonly prefixPhrases: { first: string; phrase: Phrase }[] = [];
  private readonly regexes: { set: string; re: RegExp }[] = [];
  private readonly regexBySet = new Map<string, RegExp>();
  /** Each set's regex alternatives in the order the combined regex tries them (see lowerHits). */
  private readonly alternativesBySet = new Map<string, Alternative[]>();
  /** The whole set as one case-sensitive regex for the lowercased text, built on first use. */
  private readonly lowerRegexBySet = new Map<string, RegExp>();
  readonly errors: string[] = [];

  constructor(sets: readonly TermSet[]) {
    for (const set of sets) this.addSet(set);
  }

  addSet(set: TermSet): void {
    runSteps(this.addSetSteps(set));
  }

  /** addSet in steps of TERMS_PER_STEP terms (the largest lexicons hold over a thousand). */
  *addSetSteps(set: TermSet): Generator<void> {
    const regexParts: string[] = [];
    let count = 0;
    for (const raw of set.terms) {
      if (++count % TERMS_PER_STEP === 0) yield;
      const term = raw.trim();
      if (!term) continue;
      if (term.startsWith('re:')) {
        const source = term.slice(3);
        try {
          new RegExp(source, 'iu');
          regexParts.push(`(?:${source})`);
        } catch (error) {
          this.errors.push(`${set.id}: bad regex ${source}: ${(error as Error).message}`);
        }
        continue;
      }
      const words = termWords(term);
      if (words.length === 0) continue;
      const first = words[0]!;
      if (words.length === 1) {
        if (first.prefix) {
          const key = first.text.slice(0, 2);
          const list = this.prefixes.get(key) ?? [];
          list.push({ prefix: first.text, set: set.id });
          this.prefixes.set(key, list);
        } else {
          push(this.words, first.text, set.id);
          if (first.text.length >= MIN_COMPOUND && !/[\s'-]/.test(first.text)) push(this.compounds, first.text, set.id);
          // A hyphenated term ("gl-pvda") also matches when written as one token.
          if (/-/.test(first.text)) push(this.words, first.text.replace(/-/g, ''), set.id);
        }
        continue;
      }
      const phrase: Phrase = { set: set.id, rest: words.slice(1) };
      const second = words[1]!;
      if (first.prefix || second.prefix)
        this.prefixPhrases.push({ first: first.text, phrase: { ...phrase, rest: words.slice(1) } });
      else {
        const bySecond = this.phrases.get(first.text) ?? new Map<string, Phrase[]>();
        const list = bySecond.get(second.text) ?? [];
        list.push(phrase);
        bySecond.set(second.text, list);
        this.phrases.set(first.text, bySecond);
      }
    }
    if (regexParts.length > 0) {
      const re = new RegExp(combineRegexes(regexParts), 'giu');
      this.regexes.push({ set: set.id, re });
      this.regexBySet.set(set.id, re);
      // Literals and per-alternative regexes are made when the set is first used: building stays cheap.
      this.alternativesBySet.set(set.id, alternativesInOrder(regexParts).map(newAlternative));
      this.literals = undefined;
      this.version++;
    }
  }

  /** Hits per set id for tokens [from, to) of `text` (regexes run over text.slice(textStart, textEnd)). */
  scan(
    text: string,
    tokens: Token[],
    from: number,
    to: number,
    textStart: number,
    textEnd: number,
    out: Map<string, Hit[]>,
    withRegexes = true,
  ): void {
    // Token hits arrive in text order (starts never decrease), so a duplicate can only sit
    // among the list's last hits with the same start: checking those keeps a scan linear.
    const add = (set: string, hit: Hit) => {
      const list = out.get(set);
      if (!list) {
        out.set(set, [hit]);
        return;
      }
      for (let k = list.length - 1; k >= 0; k--) {
        const h = list[k]!;
        if (h.start !== hit.start) break;
        if (h.end === hit.end) return;
      }
      list.push(hit);
    };
    const addAnywhere = (set: string, hit: Hit) => {
      const list = out.get(set);
      if (!list) out.set(set, [hit]);
      else if (!list.some((h) => h.start === hit.start && h.end === hit.end)) list.push(hit);
    };
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.kind === 'punct') continue;
      if (token.kind === 'emoji') {
        const hit: Hit = { start: token.start, end: token.end, t0: i, t1: i + 1 };
        for (const set of this.words.get(token.norm) ?? []) add(set, hit);
        this.matchPhrases(token.norm, tokens, i, to, add);
        continue;
      }
      const entry = this.lookupToken(token);
      if (entry.sets.length > 0) {
        const hit: Hit = { start: token.start, end: token.end, t0: i, t1: i + 1 };
        for (const set of entry.sets) add(set, hit);
      }
      if (entry.phrases.length > 0) {
        let j = i + 1;
        while (j < to && tokens[j]!.kind === 'punct' && /['’]/.test(tokens[j]!.text)) j++;
        const next = tokens[j];
        if (next && j < to && next.kind !== 'punct') {
          const list = next.kind === 'emoji' ? phrasesBefore(entry, [next.norm]) : phrasesAfter(entry, next.norm);
          for (let p = 0; p < list.length; p++) this.verifyPhrase(list[p]!, tokens, i, to, add);
        }
      }
      for (const pp of this.prefixPhrases) {
        if (token.norm.startsWith(pp.first)) this.verifyPhrase(pp.phrase, tokens, i, to, add);
      }
    }
    if (withRegexes && this.regexes.length > 0) {
      const slice = text.slice(textStart, textEnd);
      // The same hits as each set's combined i+u regex over the slice (regexHits: case-sensitive
      // over the lowercased slice, only alternatives whose literals occur, sticky where they start).
      // A user's topic index holds one regex of hundreds of words behind a word-start lookbehind,
      // which V8 tries at every position of the text: that run was a third of a 3,000-char check.
      const lower = slice.toLowerCase();
      const scratch: RegexScratch = {};
      for (const { set } of this.regexes) {
        for (const h of this.regexHits(set, slice, lower, scratch))
          addAnywhere(set, { start: textStart + h.start, end: textStart + h.end, t0: -1, t1: -1 });
      }
    }
  }

  /**
   * Regex hits of one set, on demand: regexes are the costly part of a scan and most
   * sets are only consulted when a rule's other cues already matched.
   */
  regexHits(set: string, text: string, lowerText?: string, scratch: RegexScratch = {}): Hit[] {
    const ci = this.regexBySet.get(set);
    if (!ci) return [];
    // V8 runs \b very slowly under the i+u flags; terms are lowercase by convention, so a
    // case-sensitive run over the lowercased text finds the same matches several times faster.
    if (lowerText !== undefined && lowerText.length === text.length) {
      const hits = this.lowerHits(set, lowerText, scratch);
      if (hits) return hits;
      let fast = this.lowerRegexBySet.get(set);
      if (!fast) {
        fast = new RegExp(ci.source, 'gu');
        this.lowerRegexBySet.set(set, fast);
      }
      // Its Latin form is made once per regex by latinForm (not per try: this runs once per set and check).
      return allMatches(scratchLatin(lowerText, scratch) ? latinForm(fast) : fast, lowerText);
    }
    return allMatches(ci, text);
  }

  /**
   * The set's hits found with only the alternatives that can match in `lowerText` (their
   * required literals occur in it), each run as its own small regex; undefined when the
   * whole set's regex should run instead (many alternatives live, or an empty match).
   *
   * Same result as the combined regex: it reports, from left to right, the leftmost
   * position where any alternative matches, with the first alternative (in its order)
   * that matches there, then goes on after that match. An alternative whose literals are
   * absent never matches, so skipping it changes nothing. The gain is on first use: V8
   * compiles a set's big alternation in tens of milliseconds, a few small ones in far less.
   */
  private lowerHits(set: string, lowerText: string, scratch: RegexScratch): Hit[] | undefined {
    const alternatives = this.alternativesBySet.get(set)!;
    const maybe = this.scanLiterals(lowerText, scratch);
    const present = scratch.present!;
    const leadStarts = scratch.starts!;
    // Work lists shared by all calls (a call never runs inside another and runs no engine code):
    // no five arrays per set and check (70 calls in a 280-character check).
    const live = WORK.live;
    // Per live alternative: the offsets where one of its leading literals starts (the only places
    // a match of it can start), or undefined for an alternative that has to scan the text.
    const candidates = WORK.candidates;
    live.length = 0;
    candidates.length = 0;
    let scanning = 0;
    // A set's alternatives have consecutive indexes (literalTable numbers them set by set).
    const base = alternatives[0]!.index;
    const stickyLimit = Math.max(STICKY_MIN, lowerText.length >> STICKY_SHIFT);
    for (let i = 0; i < alternatives.length; i++) {
      // Most alternatives have no literal of their first factor in the text: one byte says so
      // (read before the alternative itself: most are never touched).
      if (maybe[base + i] === 0) continue;
      const alt = alternatives[i]!;
      // The candidate byte says its first factor holds (or it needs none): only the others are left.
      if (!satisfied(alt.needs, present, 1)) continue;
      if (alt.lead) {
        const count = countStarts(alt.lead, leadStarts, alt.atStart);
        if (count === 0) continue;
        // Where its leads start often ("de", "er", a full stop), one scan costs less than a
        // sticky try at each of them: same matches either way.
        candidates.push(count <= stickyLimit ? startsOf(alt.lead, leadStarts, alt.atStart) : undefined);
      } else {
        // Starting with a run of letters before a literal ("\\b\\p{L}{2,}wijf"): tried inside the
        // runs of letters just before that literal, unless those are many.
        const at = alt.runLead ? lettersBefore(alt.runLead, leadStarts, lowerText, stickyLimit) : undefined;
        if (at && at.length === 0) continue;
        if (!at && ++scanning > MAX_SEPARATE_ALTERNATIVES) return undefined;
        candidates.push(at);
      }
      live.push(alt);
    }
    if (live.length === 0) return [];
    const latin = scratchLatin(lowerText, scratch);
    // Next match of each live alternative at or after `pos` (start -1: none left, -2: not looked yet).
    const { starts, ends, cursors } = WORK;
    starts.length = ends.length = cursors.length = 0;
    for (let k = 0; k < live.length; k++) {
      starts.push(-2);
      ends.push(-2);
      cursors.push(0);
    }
    const hits: Hit[] = [];
    let pos = 0;
    for (;;) {
      let winner = -1;
      for (let k = 0; k < live.length; k++) {
        if (starts[k] !== -1 && starts[k]! < pos) {
          const alt = live[k]!;
          const at = candidates[k];
          let start = -1;
          let end = -1;
          if (at) {
            // Tried only where a match can start: the same match a scan from `pos` finds first.
            const re = stickyForm(alt, latin);
            const guard = alt.guard;
            let c = cursors[k]!;
            while (c < at.length && at[c]! < pos) c++;
            for (; c < at.length && start < 0; c++) {
              const p = at[c]!;
              // Inside a word the alternative's leading guard fails: no call (a third of all tries).
              if (guard !== NO_GUARD && p > 0 && guardFails(guard, lowerText, p)) continue;
              re.lastIndex = p;
              if (!betweenSurrogates(lowerText, p)) {
                // test() builds no match array (exec's array and its string were most of this
                // function's garbage): a sticky match starts at p and ends at lastIndex.
                if (re.test(lowerText)) {
                  start = p;
                  end = re.lastIndex;
                }
              } else {
                // Between a surrogate pair's halves a u-flag match may start a unit earlier: exec says where.
                const found = re.exec(lowerText);
                if (found) {
                  start = found.index;
                  end = start + found[0].length;
                }
              }
            }
            cursors[k] = c;
          } else {
            const re = scanForm(alt, latin);
            re.lastIndex = pos;
            const found = re.exec(lowerText);
            if (found) {
              start = found.index;
              end = start + found[0].length;
            }
          }
          starts[k] = start;
          ends[k] = end;
        }
        if (starts[k] !== -1 && (winner < 0 || starts[k]! < starts[winner]!)) winner = k;
      }
      if (winner < 0) return hits;
      const start = starts[winner]!;
      const end = ends[winner]!;
      if (end === start) return undefined;
      hits.push({ start, end, t0: -1, t1: -1 });
      pos = end;
    }
  }

  /** Finds the index's literals in `lowerText` once per check (kept in `scratch`); returns the candidate bytes. */
  private scanLiterals(lowerText: string, scratch: RegexScratch): Uint8Array {
    const table = this.literals ?? this.literalTable();
    if (!scratch.present || !scratch.starts || !scratch.candidates) {
      const found = table.scan(lowerText);
      scratch.present = found.present;
      scratch.starts = found.starts;
      scratch.candidates = this.candidatesOf(found.ids);
    }
    return scratch.candidates;
  }

  /**
   * Whether regexHits(set, text, lowerText, scratch) may find anything, without running a regex:
   * false only when it certainly finds nothing (no alternative of the set has its literals in the
   * text). Costs one literal scan per check (shared with regexHits) and a byte per alternative.
   */
  mayHaveRegexHits(set: string, text: string, lowerText: string, scratch: RegexScratch): boolean {
    const alternatives = this.alternativesBySet.get(set);
    if (!alternatives) return false;
    // regexHits runs the case-insensitive regex over the text itself then: literals say nothing.
    if (lowerText.length !== text.length) return true;
    const maybe = this.scanLiterals(lowerText, scratch);
    const present = scratch.present!;
    const base = alternatives[0]!.index;
    for (let i = 0; i < alternatives.length; i++)
      if (maybe[base + i] !== 0 && satisfied(alternatives[i]!.needs, present, 1)) return true;
    return false;
  }

  private literals: LiteralTable | undefined;
  /** Per literal id: indexes of the alternatives whose first required factor holds it (built with the table). */
  private alternativesByLiteral: (number[] | undefined)[] = [];
  private alternativeCount = 0;

  /** Alternatives that need no literal: candidates in every text. */
  private alwaysCandidates: number[] = [];

  /**
   * Which alternatives may match, from the literals found in a text (see RegexScratch.candidates):
   * those with a literal of their first factor there, and those that need none.
   */
  private candidatesOf(found: readonly number[]): Uint8Array {
    const out = new Uint8Array(this.alternativeCount);
    for (const k of this.alwaysCandidates) out[k] = 1;
    const byLiteral = this.alternativesByLiteral;
    for (let i = 0; i < found.length; i++) {
      const list = byLiteral[found[i]!];
      if (list) for (let k = 0; k < list.length; k++) out[list[k]!] = 1;
    }
    return out;
  }
  /** Counts regex sets added, so a paused literalTableSteps knows its work is stale. */
  private version = 0;

  /**
   * The literals every regex alternative needs, worked out for all sets at once (a few ms,
   * done on first use or by warm-up) so one pass over a text answers for all of them.
   */
  literalTable(): LiteralTable {
    const steps = this.literalTableSteps();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** literalTable in steps of a few alternatives each. */
  *literalTableSteps(): Generator<void, LiteralTable> {
    if (this.literals) return this.literals;
    const version = this.version;
    const table = new LiteralTable();
    const alternatives = [...this.alternativesBySet.values()].flat();
    const needs: number[][][] = [];
    const leads: (number[] | undefined)[] = [];
    const runLeads: (number[] | undefined)[] = [];
    const atStart: boolean[] = [];
    for (const alt of alternatives) {
      if (needs.length % ALTERNATIVES_PER_STEP === ALTERNATIVES_PER_STEP - 1) yield;
      needs.push(table.intern(requiredLiterals(alt.source)));
      const lead = leadingLiterals(alt.source);
      // "^" in a lead is offset 0, not a literal to look for.
      const literals = lead?.filter((l) => l !== TEXT_START);
      leads.push(literals ? table.internPositional(literals) : undefined);
      atStart.push(lead !== undefined && literals!.length < lead.length);
      const runLead = lead ? undefined : letterRunLeads(alt.source);
      runLeads.push(runLead ? table.internPositional(runLead) : undefined);
    }
    yield;
    table.presence('');
    // Someone may have built the table (or added a set) while this was paused: theirs counts.
    if (this.literals || version !== this.version) return this.literalTable();
    const byLiteral: (number[] | undefined)[] = new Array(table.size);
    alternatives.forEach((alt, k) => {
      alt.needs = needs[k]!;
      alt.lead = leads[k];
      alt.runLead = runLeads[k];
      alt.atStart = atStart[k]!;
      alt.index = k;
      // The first factor is the most telling one (requiredLiterals sorts them).
      for (const id of needs[k]![0] ?? []) {
        const list = byLiteral[id];
        if (!list) byLiteral[id] = [k];
        else if (list[list.length - 1] !== k) list.push(k);
      }
    });
    this.alternativesByLiteral = byLiteral;
    this.alwaysCandidates = alternatives.filter((alt) => alt.needs.length === 0).map((alt) => alt.index);
    this.alternativeCount = alternatives.length;
    this.literals = table;
    return table;
  }

  /**
   * Compiles every regex alternative (V8 compiles a regex on its first run), a few per
   * step: a warm-up does this in idle time so the first checks do not.
   */
  *compileSteps(): Generator<void> {
    let count = 0;
    for (const alternatives of [...this.alternativesBySet.values()])
      for (const alt of alternatives) {
        if (++count % COMPILES_PER_STEP === 0) yield;
        // The forms lowerHits runs: sticky where the alternative has leading literals (or letters
        // before a literal: sticky when those are few, a scan otherwise). Only the Latin forms,
        // which Dutch and English posts run; a text with other letters compiles the originals then.
        const forms = [];
        if (alt.lead || alt.runLead) forms.push(stickyForm(alt, true));
        if (!alt.lead) forms.push(scanForm(alt, true));
        for (const re of forms) {
          re.lastIndex = 0;
          re.exec('');
        }
      }
  }

  private readonly tokenCache = new Map<string, TokenEntry>();

  /** Set ids a single token matches (words, compounds, prefixes) and the phrases it may start; cached per form. */
  private lookupToken(token: Token): TokenEntry {
    const key = token.parts.length > 0 ? `${token.norm}|${token.parts.join('|')}` : token.norm;
    const cached = this.tokenCache.get(key);
    if (cached) return cached;
    const sets = new Set<string>();
    const phrases: Map<string, Phrase[]>[] = [];
    const forms = token.parts.length > 0 ? [token.norm, ...token.parts] : [token.norm];
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]!;
      if (f > 0 && form.length < 2) continue;
      const cands = cachedCandidates(form);
      for (const c of cands) {
        for (const set of this.words.get(c) ?? []) sets.add(set);
        if (f === 0) {
          const list = this.phrases.get(c);
          if (list && !phrases.includes(list)) phrases.push(list);
        }
      }
      if (form.length >= MIN_COMPOUND + 3) {
        for (const c of cands) {
          if (c.length < form.length - 3) continue;
          for (let k = 3; k <= c.length - MIN_COMPOUND; k++) {
            const list = this.compounds.get(c.slice(k));
            if (list) for (const set of list) sets.add(set);
          }
        }
      }
      const pre = this.prefixes.get(form.slice(0, 2));
      if (pre) for (const p of pre) if (form.startsWith(p.prefix)) sets.add(p.set);
    }
    const entry: TokenEntry = { sets: [...sets], phrases, after: undefined };
    if (this.tokenCache.size > 50000) this.tokenCache.clear();
    this.tokenCache.set(key, entry);
    return entry;
  }

  private matchPhrases(
    key: string,
    tokens: Token[],
    i: number,
    to: number,
    add: (set: string, hit: Hit) => void,
  ): void {
    const bySecond = this.phrases.get(key);
    if (!bySecond) return;
    for (const list of bySecond.values()) for (const phrase of list) this.verifyPhrase(phrase, tokens, i, to, add);
  }

  private verifyPhrase(phrase: Phrase, tokens: Token[], i: number, to: number, add: (set: string, hit: Hit) => void) {
    let j = i + 1;
    for (const word of phrase.rest) {
      // Skip an apostrophe-only token between words ("'s nachts").
      while (j < to && tokens[j]!.kind === 'punct' && /['’]/.test(tokens[j]!.text)) j++;
      const token = tokens[j];
      if (!token || j >= to || token.kind === 'punct') return;
      if (!wordMatches(token, word)) return;
      j++;
    }
    add(phrase.set, { start: tokens[i]!.start, end: tokens[j - 1]!.end, t0: i, t1: j });
  }
}

/** What one spelling of a token matches, and the phrases it may start (see lookupToken). */
interface TokenEntry {
  sets: string[];
  /** Phrases starting with one of the token's forms, by their second word (one map per form). */
  phrases: Map<string, Phrase[]>[];
  /** phrasesAfter's answers by the next word's spelling, made on first use. */
  after: Map<string, Phrase[]> | undefined;
}

const NO_PHRASES: Phrase[] = [];
/** Next-word spellings remembered per token entry (words repeat: "de" is followed by a few hundred). */
const AFTER_CACHE_SIZE = 512;

/** The phrases to verify when `entry`'s token is followed by a word of these forms, in the scan's order. */
function phrasesBefore(entry: TokenEntry, forms: readonly string[]): Phrase[] {
  let out = NO_PHRASES;
  for (const bySecond of entry.phrases) {
    for (const form of forms) {
      const list = bySecond.get(form);
      if (list) out = out === NO_PHRASES ? [...list] : [...out, ...list];
    }
  }
  return out;
}

/**
 * phrasesBefore for a following word (its inflection candidates as forms), remembered per entry and
 * spelling: one lookup per token instead of one per form of the next word and phrase map.
 */
function phrasesAfter(entry: TokenEntry, nextNorm: string): Phrase[] {
  let after = entry.after;
  if (!after) {
    after = new Map();
    entry.after = after;
  }
  let list = after.get(nextNorm);
  if (!list) {
    list = phrasesBefore(entry, cachedCandidates(nextNorm));
    if (after.size >= AFTER_CACHE_SIZE) after.clear();
    after.set(nextNorm, list);
  }
  return list;
}

/**
 * One regex alternative. Every field exists from the start (newAlternative), so all share one
 * object shape: the per-check loops read them without a slow lookup per shape.
 */
interface Alternative {
  /** The alternative as the combined regex tries it (with its shared guard). */
  source: string;
  /** Literal ids it needs (see LiteralTable), set by literalTable(). */
  needs: number[][];
  /** Ids of the literals one of which every match starts with (leadingLiterals), set by literalTable(). */
  lead: number[] | undefined;
  /**
   * Without a lead: ids of the literals one of which follows the run of letters every match starts
   * with (letterRunLeads), set by literalTable().
   */
  runLead: number[] | undefined;
  /** A match may also start at offset 0 (the lead holds TEXT_START: a "^" branch), set by literalTable(). */
  atStart: boolean;
  /** Position among all sets' alternatives, set by literalTable() (see RegexScratch.candidates). */
  index: number;
  re: RegExp | undefined;
  /** The same regex, sticky: tried at one offset (where a leading literal starts). */
  sticky: RegExp | undefined;
  /**
   * re and sticky in their Latin form (latinLetterSource), for texts whose letters are all Latin. Kept
   * here rather than in latinForm's WeakMap: they are looked up on every try, thousands per check.
   */
  latinRe: RegExp | undefined;
  latinSticky: RegExp | undefined;
  /** What every match must pass first: a word boundary, no letter or digit before, or nothing known. */
  guard: Guard;
}

/** A leading guard (see guardOf): none known, \b, or WORD_START. */
type Guard = 0 | 1 | 2;
const NO_GUARD = 0;
const BOUNDARY = 1;
const NOT_AFTER_WORD = 2;

/** The guard the whole alternative starts with (none when a top-level "|" may bypass it). */
function guardOf(source: string): Guard {
  if (hasTopLevelAlternation(source)) return NO_GUARD;
  if (source.startsWith('\\b')) return BOUNDARY;
  if (source.startsWith(WORD_START) || source.startsWith(WORD_START_GROUP)) return NOT_AFTER_WORD;
  return NO_GUARD;
}

function asciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Whether the guard certainly fails at `p` (> 0), read from two code units: an ASCII letter or digit
 * before p is a letter for WORD_START and, with another one at p, two word characters for \b (which
 * the u flag without i reads as ASCII [A-Za-z0-9_]). Anything else is left to the regex.
 */
function guardFails(guard: Guard, text: string, p: number): boolean {
  if (!asciiAlnum(text.charCodeAt(p - 1))) return false;
  return guard === NOT_AFTER_WORD || asciiAlnum(text.charCodeAt(p));
}

function newAlternative(source: string): Alternative {
  return {
    source,
    needs: [],
    lead: undefined,
    runLead: undefined,
    atStart: false,
    index: -1,
    re: undefined,
    sticky: undefined,
    latinRe: undefined,
    latinSticky: undefined,
    guard: guardOf(source),
  };
}

/**
 * Whether the regexes may run in their Latin form on `lowerText`, worked out once per check and kept in
 * `scratch` (latin-letters.ts's latinText remembers texts by comparing them; here it is asked once per set).
 */
function scratchLatin(lowerText: string, scratch: RegexScratch): boolean {
  scratch.latin ??= onlyLatinLetters(lowerText);
  return scratch.latin;
}

/** The alternative as a sticky regex, in its Latin form when `latin` (built on first use). */
function stickyForm(alt: Alternative, latin: boolean): RegExp {
  if (latin) {
    alt.latinSticky ??= new RegExp(latinLetterSource(alt.source), 'uy');
    return alt.latinSticky;
  }
  alt.sticky ??= new RegExp(alt.source, 'uy');
  return alt.sticky;
}

/** The alternative as a scanning regex, in its Latin form when `latin` (built on first use). */
function scanForm(alt: Alternative, latin: boolean): RegExp {
  if (latin) {
    alt.latinRe ??= new RegExp(latinLetterSource(alt.source), 'gu');
    return alt.latinRe;
  }
  alt.re ??= new RegExp(alt.source, 'gu');
  return alt.re;
}

const NO_STARTS: number[] = [];

const AT_START = [0];

/**
 * Sticky tries per alternative worth making: up to 32, or one per 2^STICKY_SHIFT characters of
 * the text (measured on the bench texts: each try is a call, a scan tests a position far cheaper).
 */
const STICKY_MIN = 32;
const STICKY_SHIFT = 5;

/** How many start offsets startsOf would merge (before removing duplicates), without merging them. */
function countStarts(ids: number[], starts: Map<number, number[]>, atStart: boolean): number {
  let count = atStart ? 1 : 0;
  for (let i = 0; i < ids.length; i++) count += starts.get(ids[i]!)?.length ?? 0;
  return count;
}

/**
 * The ascending, distinct start offsets of the given leading literals, and offset 0 when `atStart`
 * (a list may be shared: read only).
 */
function startsOf(ids: number[], starts: Map<number, number[]>, atStart: boolean): number[] {
  if (ids.length === 1 && !atStart) return starts.get(ids[0]!) ?? NO_STARTS;
  const lists: number[][] = atStart ? [AT_START] : [];
  for (const id of ids) {
    const list = starts.get(id);
    if (list) lists.push(list);
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  return mergeAscending(lists);
}

/**
 * The ascending, distinct union of ascending lists, merged in one new list. Concatenating and
 * sorting them made a copy per list and the sort's own work array: a quarter of all that a
 * 3,000-character check allocated.
 */
function mergeAscending(lists: number[][]): number[] {
  const out: number[] = [];
  const next = new Array<number>(lists.length).fill(0);
  for (;;) {
    let least = Number.POSITIVE_INFINITY;
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k]!;
      const i = next[k]!;
      if (i < list.length && list[i]! < least) least = list[i]!;
    }
    if (least === Number.POSITIVE_INFINITY) return out;
    if (out.length === 0 || out[out.length - 1] !== least) out.push(least);
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k]!;
      const i = next[k]!;
      if (i < list.length && list[i] === least) next[k] = i + 1;
    }
  }
}

const LETTER = /\p{L}/u;

/** Code units of the letter that ends just before `end` in `text` (2 for a surrogate pair), or 0 when none does. */
function letterBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const code = text.charCodeAt(end - 1);
  if (code >= 0x61 && code <= 0x7a) return 1; // a-z: the lowercased text's usual case
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(text[end - 1]!) ? 1 : 0;
}

/**
 * Where a match of an alternative that starts with a run of letters before one of the literals
 * `ids` can start: every position in the run of letters that ends where such a literal starts (and
 * that literal's own start), ascending and distinct; undefined when there are more than `limit`.
 */
function lettersBefore(
  ids: number[],
  starts: Map<number, number[]>,
  text: string,
  limit: number,
): number[] | undefined {
  const out: number[] = [];
  for (const id of ids) {
    const list = starts.get(id);
    if (!list) continue;
    for (const q of list) {
      let s = q;
      for (let step = letterBefore(text, s); step > 0; step = letterBefore(text, s)) {
        s -= step;
        out.push(s);
      }
      out.push(q);
      if (out.length > limit) return undefined;
    }
  }
  out.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  out.length = n;
  return out;
}

/** lowerHits' work lists, reused by every call (see there). */
const WORK = {
  live: [] as Alternative[],
  candidates: [] as (number[] | undefined)[],
  starts: [] as number[],
  ends: [] as number[],
  cursors: [] as number[],
};

/** Whether offset p falls between the two halves of a surrogate pair. */
export function betweenSurrogates(text: string, p: number): boolean {
  const code = text.charCodeAt(p);
  if (code < 0xdc00 || code > 0xdfff || p === 0) return false;
  const high = text.charCodeAt(p - 1);
  return high >= 0xd800 && high <= 0xdbff;
}

/** Above this many live alternatives the set's one combined regex is cheaper to run. */
const MAX_SEPARATE_ALTERNATIVES = 8;

/**
 * Where to go on after an empty match at `index`: the next code point. One code unit on would land
 * inside a surrogate pair, where V8 backs a u-flag regex up to the pair's start: the same empty
 * match again, forever (a custom term such as "re:x|" before an emoji froze the check).
 */
function afterEmptyMatch(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return index + 2;
  }
  return index + 1;
}

function allMatches(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = afterEmptyMatch(text, m.index);
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, t0: -1, t1: -1 });
  }
  return hits;
}

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_START_GROUP = `(?:${WORD_START})`;

/**
 * One regex per set. Alternatives that all start with the same word-start guard
 * share it, so the engine checks the guard once per position and then dispatches
 * on literal first characters (several times faster on long lists).
 */
function combineRegexes(parts: string[]): string {
  const { guarded, bounded, rest } = classify(parts);
  const alternatives = [...rest];
  if (guarded.length > 0) alternatives.push(`${WORD_START_GROUP}(?:${guarded.map((g) => `(?:${g})`).join('|')})`);
  if (bounded.length > 0) alternatives.push(`\\b(?:${bounded.map((g) => `(?:${g})`).join('|')})`);
  return alternatives.join('|');
}

/**
 * Sorts a set's terms by the guard they start with. A term whose rest is an alternation
 * ("\bA|B") keeps its own group: sharing the guard would put it in front of B too.
 */
function classify(parts: string[]): { guarded: string[]; bounded: string[]; rest: string[] } {
  const guarded: string[] = [];
  const bounded: string[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const inner = part.slice(3, -1);
    if (
      inner.startsWith(WORD_START) &&
      !/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)\)?[|]/.test(inner) &&
      !hasTopLevelAlternation(inner.slice(WORD_START.length))
    )
      guarded.push(inner.slice(WORD_START.length));
    else if (inner.startsWith('\\b') && !hasTopLevelAlternation(inner.slice(2))) bounded.push(inner.slice(2));
    else rest.push(part);
  }
  return { guarded, bounded, rest };
}

/** Whether a regex source has a "|" outside every group and class (escapes and classes skipped). */
export function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The combined regex's alternatives one by one, in the order it tries them, each as it behaves there. */
function alternativesInOrder(parts: string[]): string[] {
  const { guarded, bounded, rest } = classify(parts);
  return [...rest, ...guarded.map((g) => `${WORD_START_GROUP}(?:(?:${g}))`), ...bounded.map((b) => `\\b(?:(?:${b}))`)];
}

function wordMatches(token: Token, word: WordPattern): boolean {
  if (word.prefix) return token.norm.startsWith(word.text);
  if (token.norm === word.text) return true;
  if (token.kind === 'emoji') return false;
  return cachedCandidates(token.norm).includes(word.text);
}

/** Folds a free-text term the way the index does (for topic comparison). */
export function foldTerm(term: string): string {
  return fold(term.trim());
}
