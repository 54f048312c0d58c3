/**
 * Required literals of a regex term: strings that must occur in any text the regex
 * can match in. A set's regex then only has to be compiled and run with the terms
 * whose literals occur in the text; the rest cannot match there, so leaving them out
 * of the alternation changes no match. Compiling every big alternation up front was
 * the single most expensive part of the first check (hundreds of ms in V8).
 *
 * The analysis is conservative: whatever it does not understand yields no requirement
 * (the term always runs). Requirements are for case-sensitive matching of the source
 * as written, so callers use them only where the regex runs without the i flag.
 */

/** Every inner list is an OR of strings; all lists must be satisfied (AND). */
export type LiteralRequirement = string[][];

interface Info {
  /** All strings the node can match, when that set is small and known. */
  exact?: string[];
  /** AND of OR-sets of strings each match contains. */
  factors: string[][];
  /**
   * Strings one of which every match STARTS with (see leadingLiterals); when set it is what a match
   * starts with even if `exact` is set too (an anchor: "^abc" matches "abc", only at the text start).
   */
  lead?: string[];
  /** For a part that may match empty ("(?:de\\s+)?"): the strings one of which its non-empty matches start with. */
  optional?: string[];
  /** The part is "^": it matches only at the start of the text (the regexes run without the m flag). */
  anchor?: boolean;
  /** The part is \p{L} (one letter), or \p{L} repeated: it matches a run of letters and nothing else. */
  letters?: boolean;
  /**
   * When no lead is known: strings one of which every match has right after a (maybe empty) run
   * of letters it starts with ("\\p{L}{2,}wijf": "wijf"). See letterRunLeads.
   */
  afterLetters?: string[];
}

const MAX_SET = 48;
/** Characters with no special meaning in a regex (u flag), matched one run at a time. */
const PLAIN_RUN = /[^\\[\](){}|?*+.^$]+/uy;
const MAX_FACTORS = 4;
/** Most strings a lead set may hold (a union of many branches' first words), and their longest kept length. */
const MAX_LEAD = 128;
const LEAD_LENGTH = 8;
const UNKNOWN: Info = { factors: [] };
const EMPTY: Info = { exact: [''], factors: [] };
const ANCHOR: Info = { exact: [''], factors: [], anchor: true };
/**
 * In a lead: a match may start at the start of the text (offset 0), whatever follows there. Not a
 * literal: callers map it to offset 0 (NUL characters keep it apart from any lead a pattern can spell).
 */
export const TEXT_START = '\u0000^\u0000';
/** \d under the u flag without i: the ten ASCII digits, and nothing else. */
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** What must occur in the text for `source` (a regex source under the u flag) to match; [] when unknown. */
export function requiredLiterals(source: string): LiteralRequirement {
  try {
    const parser = new Parser(source);
    const info = parser.alternation();
    if (parser.pos !== source.length || parser.backreference) return [];
    const factors = [...info.factors];
    const own = asFactor(info);
    if (own) factors.push(own);
    return best(factors);
  } catch {
    return [];
  }
}

/**
 * Strings one of which every match of `source` starts with (under the u flag, case-sensitive),
 * or undefined when unknown. A match can then only start where one of them occurs, so the
 * regex need only be tried there (sticky) instead of at every position of the text.
 * Zero-width assertions at the start (\b, lookbehind, lookahead) are skipped: they consume nothing.
 */
export function leadingLiterals(source: string): string[] | undefined {
  const info = parsedInfo(source);
  return info && usableLeads(leadOf(info));
}

/**
 * For a regex with no leading literals that starts with a run of letters (after zero-width
 * assertions) and then a literal, as in "\\b\\p{L}{2,}wijf" or "\\p{L}*(?:verbod|plicht)": the
 * literals one of which follows that run in every match (case-sensitive, u flag), or undefined.
 * A match then starts inside the run of letters just before one of them, so the regex need only be
 * tried there instead of at every position of the text.
 */
export function letterRunLeads(source: string): string[] | undefined {
  const info = parsedInfo(source);
  if (!info || leadOf(info)) return undefined;
  const run = info.afterLetters;
  return run?.includes(TEXT_START) ? undefined : usableLeads(run);
}

/** The parser's summary of `source`, or undefined when it cannot vouch for it (syntax it does not read, a backreference). */
function parsedInfo(source: string): Info | undefined {
  try {
    const parser = new Parser(source);
    const info = parser.alternation();
    return parser.pos === source.length && !parser.backreference ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `strings` cut to LEAD_LENGTH, each once, as places a match may start; undefined when none is known, one is
 * empty, or one starts inside a surrogate pair (a position no u-flag match starts at).
 */
function usableLeads(strings: string[] | undefined): string[] | undefined {
  if (!strings || strings.length === 0 || strings.some((s) => s === '')) return undefined;
  if (strings.some((s) => /^[\uDC00-\uDFFF]/.test(s))) return undefined;
  return [...new Set(strings.map((s) => (s === TEXT_START ? s : s.slice(0, LEAD_LENGTH))))];
}

function leadOf(info: Info): string[] | undefined {
  return info.lead ?? info.exact;
}

/**
 * Every string of `a` followed by every string of `b`, or undefined when that makes more than `max`.
 * TEXT_START stays itself (a match that starts at the text start still does); after a non-empty
 * string it cannot match at all ("ab^"), so that pair is left out.
 */
function crossUpTo(a: string[], b: string[], max: number): string[] | undefined {
  if (a.length * b.length > max) return undefined;
  const out: string[] = [];
  for (const x of a) {
    if (x === TEXT_START) {
      if (!out.includes(x)) out.push(x);
      continue;
    }
    for (const y of b) {
      if (y === TEXT_START) {
        if (x === '' && !out.includes(y)) out.push(y);
      } else out.push(x + y);
    }
  }
  return out;
}

/**
 * All literals of an index, found in a text in one pass, so a check knows which of
 * thousands of literals occur for a cost that grows with the text, not with their
 * number. A trie walked from every position; its first two levels are one flat table
 * for ASCII pairs (most positions end there), deeper levels are small maps.
 */
export class LiteralTable {
  private readonly ids = new Map<string, number>();
  /** Children of each trie node by UTF-16 code; node 0 is the root. */
  private readonly children: Map<number, number>[] = [new Map()];
  /** Literal ids ending at each node (undefined: none). */
  private readonly ends: (number[] | undefined)[] = [undefined];
  /** Node (+1) reached by an ASCII pair, at index first * 128 + second (0: none). */
  private readonly pairs = new Int32Array(128 * 128);
  /** One-character ASCII literals: id + 1 by character code (0: none), read in the same pass as the pairs. */
  private readonly asciiSingles = new Int32Array(128);
  /** Other one-character literals (dashes, quotes, emoji parts): id by character code, read in the same pass. */
  private readonly otherSingles = new Map<number, number>();
  /**
   * The children maps as one open-addressing hash, built on first use: slot k holds the key
   * (node << 16 | code) at 2k and the child at 2k + 1, so a probe reads one cache line. The
   * walk is memory-bound (the table is larger than a core's cache on a busy machine).
   */
  private slots: Int32Array | undefined;
  private mask = 0;
  /** Literal ids ending at each node, flat: endIds[endStart[node] .. endStart[node + 1]). */
  private endStart = new Int32Array(1);
  private endIds = new Int32Array(0);
  /** Ids whose start positions a scan records (leading literals, see leadingLiterals). */
  private readonly positional = new Set<number>();
  private tracked = new Uint8Array(0);

  get size(): number {
    return this.ids.size;
  }

  /** Ids of leading literals: scans record where they start (literals added to the table). */
  internPositional(literals: readonly string[]): number[] {
    const ids = literals.map((literal) => this.idOf(literal));
    for (const id of ids) this.positional.add(id);
    this.slots = undefined;
    return ids;
  }

  /** The requirement with each literal replaced by its id (literals added to the table). */
  intern(requirement: LiteralRequirement): number[][] {
    return requirement.map((factor) => factor.map((literal) => this.idOf(literal)));
  }

  private idOf(literal: string): number {
    let id = this.ids.get(literal);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(literal, id);
    if (literal.length === 1) {
      const code = literal.charCodeAt(0);
      if (code < 128) this.asciiSingles[code] = id + 1;
      else this.otherSingles.set(code, id);
      return id;
    }
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let child = this.children[node]!.get(code);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.ends.push(undefined);
        this.children[node]!.set(code, child);
        if (i === 1 && code < 128 && literal.charCodeAt(0) < 128)
          this.pairs[literal.charCodeAt(0) * 128 + code] = child + 1;
      }
      node = child;
    }
    const ends = this.ends[node];
    if (ends) ends.push(id);
    else this.ends[node] = [id];
    this.slots = undefined;
    return id;
  }

  private buildHash(): void {
    let edges = 0;
    for (const map of this.children) edges += map.size;
    if (this.children.length >= 0xffff) throw new Error('literal table: too many trie nodes');
    let size = 1024;
    while (size < edges * 2) size *= 2;
    const slots = new Int32Array(2 * size).fill(-1);
    this.mask = size - 1;
    this.children.forEach((map, node) => {
      for (const [code, child] of map) {
        const key = (node << 16) | code;
        let slot = slotOf(key, this.mask);
        while (slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
        slots[2 * slot] = key;
        slots[2 * slot + 1] = child;
      }
    });
    const endStart = new Int32Array(this.ends.length + 1);
    const ids: number[] = [];
    this.ends.forEach((list, node) => {
      endStart[node] = ids.length;
      if (list) ids.push(...list);
    });
    endStart[this.ends.length] = ids.length;
    this.endStart = endStart;
    this.endIds = Int32Array.from(ids);
    this.tracked = new Uint8Array(this.ids.size);
    for (const id of this.positional) this.tracked[id] = 1;
    this.slots = slots;
  }

  /** The child of `node` by `code`, or -1. */
  private child(node: number, code: number): number {
    const slots = this.slots!;
    const key = (node << 16) | code;
    let slot = slotOf(key, this.mask);
    for (;;) {
      const k = slots[2 * slot]!;
      if (k === key) return slots[2 * slot + 1]!;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** present[id] is 1 when that literal occurs in `text`. */
  presence(text: string): Uint8Array {
    return this.scan(text).present;
  }

  /**
   * Which literals occur in `text` (present[id] is 1; `ids` lists them in the order first found),
   * and where each positional literal (internPositional) starts: starts.get(id) lists its start
   * offsets in ascending order (undefined: none).
   */
  scan(text: string): { present: Uint8Array; starts: Map<number, number[]>; ids: number[] } {
    if (!this.slots) this.buildHash();
    const present = new Uint8Array(this.ids.size);
    const ids: number[] = [];
    // A map: filled at a few scattered ids, an array would turn into a slow dictionary (or be large).
    const starts = new Map<number, number[]>();
    const { endStart, endIds, pairs, asciiSingles, otherSingles, tracked } = this;
    const mark = (id: number, at: number) => {
      if (present[id] === 0) {
        present[id] = 1;
        ids.push(id);
      }
      if (tracked[id] === 1) {
        const list = starts.get(id);
        if (list) list.push(at);
        else starts.set(id, [at]);
      }
    };
    const last = text.length - 1;
    for (let i = 0; i < last; i++) {
      const first = text.charCodeAt(i);
      const second = text.charCodeAt(i + 1);
      let node: number;
      if (first < 128) {
        const single = asciiSingles[first]!;
        if (single !== 0) mark(single - 1, i);
      } else {
        const single = otherSingles.get(first);
        if (single !== undefined) mark(single, i);
      }
      if (first < 128 && second < 128) node = pairs[first * 128 + second]! - 1;
      else {
        node = this.child(0, first);
        if (node >= 0) node = this.child(node, second);
      }
      if (node < 0) continue;
      for (let j = i + 2; ; j++) {
        for (let k = endStart[node]!, stop = endStart[node + 1]!; k < stop; k++) mark(endIds[k]!, i);
        if (j > last) break;
        node = this.child(node, text.charCodeAt(j));
        if (node < 0) break;
      }
    }
    // The last character (no pair starts there): after the loop, so every start list stays ascending.
    if (last >= 0) {
      const code = text.charCodeAt(last);
      if (code < 128) {
        if (asciiSingles[code] !== 0) mark(asciiSingles[code]! - 1, last);
      } else {
        const single = otherSingles.get(code);
        if (single !== undefined) mark(single, last);
      }
    }
    return { present, starts, ids };
  }
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}

/**
 * Whether every factor (literal ids) from index `from` on has a literal that is present. Callers that
 * already know the first factor holds (TermIndex's candidate bytes say so) pass 1: no second walk of it.
 */
export function satisfied(requirement: number[][], present: Uint8Array, from = 0): boolean {
  for (let f = from; f < requirement.length; f++) {
    const factor = requirement[f]!;
    let any = false;
    for (let i = 0; i < factor.length; i++) {
      if (present[factor[i]!] === 1) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

function asFactor(info: Info): string[] | undefined {
  if (!info.exact || info.exact.length > MAX_SET || info.exact.some((s) => s === '')) return undefined;
  return info.exact;
}

function minLength(set: string[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** The most telling factors first (longest shortest string, then fewest strings), without duplicates. */
function best(factors: string[][]): string[][] {
  const unique = new Map<string, { factor: string[]; min: number }>();
  for (const f of factors) {
    if (f.length === 0 || f.length > MAX_SET) continue;
    const min = minLength(f);
    if (min > 0) unique.set([...f].sort().join('\u0000'), { factor: [...new Set(f)], min });
  }
  return [...unique.values()]
    .sort((x, y) => y.min - x.min || x.factor.length - y.factor.length)
    .slice(0, MAX_FACTORS)
    .map((u) => u.factor);
}

/** best(factors)[0] without sorting (the same pick up to ties). */
function first(factors: string[][]): string[] | undefined {
  let pick: string[] | undefined;
  let pickMin = 0;
  for (const f of factors) {
    if (f.length === 0 || f.length > MAX_SET) continue;
    const min = minLength(f);
    if (min > pickMin || (min === pickMin && pick !== undefined && f.length < pick.length)) {
      pick = f;
      pickMin = min;
    }
  }
  return pick;
}

function cross(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_SET) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

class Parser {
  pos = 0;
  backreference = false;

  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    // Any match starts as one branch does: the union of the branches' leads (when each has one).
    let lead: string[] | undefined = [];
    for (const branch of branches) {
      const own = leadOf(branch);
      if (!own || own.includes('')) {
        lead = undefined;
        break;
      }
      lead.push(...own);
    }
    if (lead) lead = [...new Set(lead)];
    if (lead && lead.length > MAX_LEAD) lead = undefined;
    // Without a lead: each branch starts with a run of letters and then one of its strings (a
    // branch's own lead counts as such, after an empty run).
    let afterLetters: string[] | undefined = lead ? undefined : [];
    for (const branch of branches) {
      if (!afterLetters) break;
      const own = branch.afterLetters ?? leadOf(branch);
      if (!own || own.some((s) => s === '' || s === TEXT_START)) afterLetters = undefined;
      else afterLetters.push(...own);
    }
    if (afterLetters) afterLetters = [...new Set(afterLetters)];
    if (afterLetters && afterLetters.length > MAX_LEAD) afterLetters = undefined;
    const withRun = (info: Info): Info => (afterLetters && !leadOf(info) ? { ...info, afterLetters } : info);
    if (branches.every((b) => b.exact)) {
      const all = [...new Set(branches.flatMap((b) => b.exact!))];
      // A branch with its own lead (an anchor) keeps it beside the exact strings; an empty
      // branch's lead is unknown, so then none is claimed (as for exact strings with "").
      if (all.length <= MAX_SET) {
        if (!branches.some((b) => b.lead)) return { exact: all, factors: [] };
        return lead ? { exact: all, factors: [], lead } : { exact: all, factors: [], lead: [''] };
      }
    }
    // Any match matches one branch: the union of each branch's best factor is required.
    const union: string[] = [];
    for (const branch of branches) {
      const own = asFactor(branch);
      const pick = first(own ? [...branch.factors, own] : branch.factors);
      if (!pick) return withRun(lead ? { factors: [], lead } : UNKNOWN);
      union.push(...pick);
    }
    const set = [...new Set(union)];
    return withRun(set.length <= MAX_SET ? { factors: [set], lead } : lead ? { factors: [], lead } : UNKNOWN);
  }

  private sequence(): Info {
    const factors: string[][] = [];
    let run: string[] | undefined = [''];
    let allExact = true;
    // The strings every match starts with: exact items from the start, then one item's own lead.
    let lead: string[] = [''];
    let leadOpen = true;
    // Leads of the matches that took an optional part at the start ("(?:de\\s+)?politie": "de").
    const taken: string[] = [];
    // A run of letters before anything else (after zero-width parts): 'pending' until the next
    // item says what follows it (see Info.afterLetters).
    let afterRun: 'none' | 'pending' | 'done' = 'none';
    let afterLetters: string[] | undefined;
    const flush = () => {
      if (run && run.length > 0 && !run.includes('')) factors.push(run);
      run = [''];
    };
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified();
      factors.push(...item.factors);
      if (afterRun === 'pending') {
        const next = item.optional || item.anchor || item.letters ? undefined : leadOf(item);
        if (next && !next.some((s) => s === '' || s === TEXT_START)) afterLetters = next;
        afterRun = 'done';
      } else if (afterRun === 'none' && leadOpen && taken.length === 0 && lead.length === 1 && lead[0] === '') {
        // Only zero-width parts so far: a run of letters here starts the match, or a group that
        // starts with one ("\\b(?:\\p{L}+x|\\p{L}+y)") says what follows it.
        if (item.letters) afterRun = 'pending';
        else if (item.afterLetters) {
          afterLetters = item.afterLetters;
          afterRun = 'done';
        } else if (!(item.exact?.length === 1 && item.exact[0] === '')) afterRun = 'done';
      } else if (!(item.exact?.length === 1 && item.exact[0] === '')) afterRun = 'done';
      if (leadOpen && item.anchor) {
        // "^" (no m flag) matches only at offset 0: a match through here starts there.
        lead = [TEXT_START];
        leadOpen = false;
      } else if (leadOpen && item.optional && lead.includes('')) {
        // Matches with the part start with its lead; those without it go on to the next part. Only
        // where nothing is known yet: after known strings ("schiet(?:en)?") those already do.
        const joined = item.optional.includes('') ? undefined : crossUpTo(lead, item.optional, MAX_LEAD);
        if (joined) taken.push(...joined);
        else leadOpen = false;
      } else if (leadOpen) {
        const next = leadOf(item);
        const joined = next ? crossUpTo(lead, next, MAX_LEAD) : undefined;
        if (joined) lead = joined;
        if (!joined || !item.exact || lead.includes(TEXT_START)) leadOpen = false;
      }
      if (item.exact) {
        const joined: string[] | undefined = run ? cross(run, item.exact) : undefined;
        if (joined) run = joined;
        else {
          allExact = false;
          flush();
          run = item.exact;
        }
      } else {
        allExact = false;
        flush();
      }
    }
    const leads = taken.length > 0 ? [...new Set([...taken, ...lead])] : lead;
    const known = !leads.includes('') && leads.length <= MAX_LEAD;
    if (allExact && run) {
      // An exact sequence's strings are its leads, unless it holds an anchor (or an optional part).
      if (!lead.includes(TEXT_START) && taken.length === 0) return { exact: run, factors };
      return { exact: run, factors, lead: known ? leads : [''] };
    }
    flush();
    // Nested groups pile up factors; a few of the best say as much.
    return {
      factors: factors.length > 2 * MAX_FACTORS ? best(factors) : factors,
      lead: known ? leads : undefined,
      ...(afterLetters && !known ? { afterLetters } : {}),
    };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.peek();
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('bad quantifier');
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
    } else return atom;
    if (this.peek() === '?') this.pos++;
    // \p{L} repeated, even none at all: still a run of letters only.
    if (atom.letters) return { factors: [], letters: true };
    if (min === 0) {
      // May match empty: no factor, but its non-empty matches start with the atom's lead.
      const own = atom.anchor ? undefined : leadOf(atom);
      return own && max > 0 ? { factors: [], optional: own } : UNKNOWN;
    }
    if (min === 1 && max === 1) return atom;
    const own = asFactor(atom);
    // The first repetition starts the match: the atom's lead is the lead.
    return { factors: own ? [...atom.factors, own] : atom.factors, lead: leadOf(atom) };
  }

  private atom(): Info {
    const c = this.peek();
    if (c === undefined) throw new Error('unexpected end');
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false).info;
    if (c === '.') {
      this.pos++;
      return UNKNOWN;
    }
    if (c === '^') {
      this.pos++;
      return ANCHOR;
    }
    if (c === '$') {
      this.pos++;
      return EMPTY;
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']')
      throw new Error(`unexpected ${c}`);
    // A run of plain characters in one go; a quantifier after it binds to its last character only.
    PLAIN_RUN.lastIndex = this.pos;
    let run = PLAIN_RUN.exec(this.src)![0];
    const after = this.src[this.pos + run.length];
    if (after !== undefined && '?*+{'.includes(after)) {
      const chars = [...run];
      if (chars.length > 1) run = chars.slice(0, -1).join('');
    }
    this.pos += run.length;
    return { exact: [run], factors: [] };
  }

  private group(): Info {
    this.pos++;
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      this.pos += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Error('bad group name');
      this.pos = close + 1;
    } else if (this.peek() === '?') throw new Error('unknown group');
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Error('unclosed group');
    this.pos++;
    // A lookaround consumes nothing of the match itself.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): Info {
    this.pos++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const chars: string[] = [];
    let known = !negated;
    while (this.peek() !== ']') {
      const c = this.peek();
      if (c === undefined) throw new Error('unclosed class');
      let ch: string | undefined;
      if (c === '\\') {
        const escaped = this.escape(true);
        ch = escaped.char;
        if (ch === undefined) known = false;
      } else {
        ch = String.fromCodePoint(this.src.codePointAt(this.pos)!);
        this.pos += ch.length;
      }
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']') {
        // A range: parse its end and give up on listing it.
        this.pos++;
        if (this.peek() === '\\') this.escape(true);
        else this.pos += String.fromCodePoint(this.src.codePointAt(this.pos)!).length;
        known = false;
        continue;
      }
      if (ch !== undefined) chars.push(ch);
    }
    this.pos++;
    if (!known || chars.length === 0 || chars.length > 8) return UNKNOWN;
    return { exact: [...new Set(chars)], factors: [] };
  }

  /** An escape; `char` is set when it stands for one literal character. */
  private escape(inClass: boolean): { info: Info; char?: string } {
    this.pos++;
    const c = this.peek();
    if (c === undefined) throw new Error('trailing backslash');
    this.pos++;
    const literal = (ch: string) => ({ info: { exact: [ch], factors: [] }, char: ch });
    if (c === 'b' && !inClass) return { info: EMPTY };
    if (c === 'B') return { info: EMPTY };
    // A digit starts with one of ten characters (for leads; no factor: ten strings say little).
    if (c === 'd' && !inClass) return { info: { factors: [], lead: DIGITS } };
    if ('dDsSwW'.includes(c)) return { info: UNKNOWN };
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.pos);
      if (this.peek() !== '{' || close < 0) throw new Error('bad property');
      const name = this.src.slice(this.pos + 1, close);
      this.pos = close + 1;
      // \p{L}: one letter (the runs of letters letterRunLeads looks for).
      if (c === 'p' && name === 'L' && !inClass) return { info: { factors: [], letters: true } };
      return { info: UNKNOWN };
    }
    if (c === 'u') {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos));
      if (braced) {
        this.pos += braced[0].length;
        return literal(String.fromCodePoint(Number.parseInt(braced[1]!, 16)));
      }
      const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.pos));
      if (!hex) throw new Error('bad \\u');
      this.pos += 4;
      return literal(String.fromCharCode(Number.parseInt(hex[0], 16)));
    }
    if (c === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos));
      if (!hex) throw new Error('bad \\x');
      this.pos += 2;
      return literal(String.fromCharCode(Number.parseInt(hex[0], 16)));
    }
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (controls[c] !== undefined && !(c === '0' && /\d/.test(this.peek() ?? ''))) return literal(controls[c]);
    if (/[1-9]/.test(c) || c === 'k') {
      this.backreference = true;
      return { info: UNKNOWN };
    }
    if (c === 'c') throw new Error('control escape');
    if (c === 'b' && inClass) return literal('\b');
    if (/[\p{L}\p{N}]/u.test(c)) throw new Error(`unknown escape \\${c}`);
    return literal(c);
  }
}
