/** Runs compiled rules over an analysed text and returns findings with offsets into the text. */
import { type Analysis, setHits as analysisSetHits, inQuote, inUrl, negated, sentenceAt } from './analysis';
import { runDetector } from './detectors';
import { findingHits } from './finding-hits';
import type { Hit } from './match/term-index';
import type { CompiledCue, CompiledRule, Model } from './model';
import { ownTopicHits } from './own-topic-hits';
import { ruleCannotFire } from './rule-gate';
import { kindSetId } from './set-ids';
import { STELREGELS, WHY } from './stelregels';
import type { Finding, UiLanguage } from './types';

export interface RunContext {
  analysis: Analysis;
  model: Model;
  activePacks: Set<string>;
  /** Set ids that make up the user's own topics, plus hits of free topic words. */
  ownTopicSets: string[];
  ownTopicHits: Hit[];
  ownOrgSets: string[];
  role: string;
  disabled: Set<string>;
  uiLanguage: UiLanguage;
  detectorCache: Map<string, Hit[]>;
  findings: Finding[];
}

function setHits(ctx: RunContext, id: string): Hit[] {
  return analysisSetHits(ctx.analysis, id);
}

export function cueHits(ctx: RunContext, cue: CompiledCue, lang: 'nl' | 'en'): Hit[] {
  switch (cue.kind) {
    case 'set':
      return setHits(ctx, lang === 'nl' ? cue.nl : cue.en);
    case 'set-both':
      return [...setHits(ctx, cue.ids[0]), ...setHits(ctx, cue.ids[1])];
    case 'pii':
      return ctx.analysis.pii.get(cue.pii) ?? [];
    case 'detector':
      return runDetector(ctx, cue.name);
    case 'finding':
      return findingHits(ctx, (f) => f.category === cue.category);
    case 'rule':
      return findingHits(ctx, (f) => f.rule === cue.id);
    case 'own-topic':
      return ownTopicHits(ctx);
    case 'own-org':
      return ctx.ownOrgSets.flatMap((id) => setHits(ctx, id));
    case 'sensitive':
      return [...ctx.activePacks].flatMap((id) => setHits(ctx, kindSetId('sensitive', id)));
    case 'leadership':
      return [...ctx.activePacks].flatMap((id) => setHits(ctx, kindSetId('leadership', id)));
  }
}

/**
 * Hits of a cue sorted by start (stable, so ties keep their order), memoised per check:
 * every rule asks the same cues again for every sentence, and re-collecting and filtering
 * all hits of the text each time made a check grow with the square of the text length.
 * Set cues are memoised by set id (many rules share a lexicon; a set's hits are fixed once
 * asked for). Finding and rule cues change while rules run: they are collected again only
 * when a finding was added since (findings are only ever appended during a run).
 */
interface SortedMemo {
  bySet: Map<string, Hit[]>;
  byCue: [Map<string, Hit[]>, Map<string, Hit[]>];
  byFindings: Map<CompiledCue, { count: number; hits: Hit[] }>;
}

const sortedCache = new WeakMap<RunContext, SortedMemo>();

function byStart(a: Hit, b: Hit): number {
  return a.start - b.start;
}

function sortedByStart(hits: Hit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (hits[i - 1]!.start > hits[i]!.start) return false;
  return true;
}

/**
 * Hits in text order: the list itself when it already is (usually so; it is only read from here on),
 * else a sorted copy. A copy and a sort for every cue of every check were a twentieth of all that a
 * 3,000-character check allocated.
 */
function inTextOrder(hits: Hit[]): Hit[] {
  return sortedByStart(hits) ? hits : hits.slice().sort(byStart);
}

function memoOf(ctx: RunContext): SortedMemo {
  let memo = sortedCache.get(ctx);
  if (!memo) {
    memo = { bySet: new Map(), byCue: [new Map(), new Map()], byFindings: new Map() };
    sortedCache.set(ctx, memo);
  }
  return memo;
}

function sortedCueHits(ctx: RunContext, memo: SortedMemo, cue: CompiledCue, lang: 'nl' | 'en'): Hit[] {
  if (cue.kind === 'set') {
    const id = lang === 'nl' ? cue.nl : cue.en;
    let hits = memo.bySet.get(id);
    if (!hits) {
      // A set's list is final once asked for (setHits replaces it, never changes it).
      hits = inTextOrder(setHits(ctx, id));
      memo.bySet.set(id, hits);
    }
    return hits;
  }
  if (cue.kind === 'finding' || cue.kind === 'rule') {
    const known = memo.byFindings.get(cue);
    if (known && known.count === ctx.findings.length) return known.hits;
    const hits = inTextOrder(cueHits(ctx, cue, lang));
    memo.byFindings.set(cue, { count: ctx.findings.length, hits });
    return hits;
  }
  // Every other kind answers the same for equal cues (rules compile their own cue objects): shared by key.
  const perLang = memo.byCue[lang === 'nl' ? 0 : 1];
  const key = cueKey(cue);
  let hits = perLang.get(key);
  if (!hits) {
    hits = inTextOrder(cueHits(ctx, cue, lang));
    perLang.set(key, hits);
  }
  return hits;
}

const cueKeys = new WeakMap<CompiledCue, string>();

/** A string naming what a cue asks for: equal for cues that always give the same hits in one check. */
function cueKey(cue: CompiledCue): string {
  let key = cueKeys.get(cue);
  if (key === undefined) {
    switch (cue.kind) {
      case 'set':
        key = `set:${cue.nl}\u0000${cue.en}`;
        break;
      case 'set-both':
        key = `set-both:${cue.ids[0]}\u0000${cue.ids[1]}`;
        break;
      case 'pii':
        key = `pii:${cue.pii}`;
        break;
      case 'detector':
        key = `detector:${cue.name}`;
        break;
      case 'finding':
        key = `finding:${cue.category}`;
        break;
      case 'rule':
        key = `rule:${cue.id}`;
        break;
      default:
        key = cue.kind;
    }
    cueKeys.set(cue, key);
  }
  return key;
}

/** First index whose hit starts at or after `start` (hits sorted by start). */
function lowerBound(hits: Hit[], start: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits lying inside [start, end], in their sorted order (same result as filtering the whole list). */
export function within(hits: Hit[], start: number, end: number): Hit[] {
  const out: Hit[] = [];
  pushWithin(out, hits, start, end);
  return out;
}

/** within(), appended to `out` (no list of its own for a caller that collects from several). */
export function pushWithin(out: Hit[], hits: Hit[], start: number, end: number): void {
  for (let i = lowerBound(hits, start); i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start > end) break;
    if (h.end <= end) out.push(h);
  }
}

/** Whether any hit lies inside [start, end] (within(...).length > 0 without the list). */
export function anyWithin(hits: Hit[], start: number, end: number): boolean {
  for (let i = lowerBound(hits, start); i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start > end) return false;
    if (h.end <= end) return true;
  }
  return false;
}

/** Whether a match hit counts for a rule: outside URLs, outside quotes unless `quoted`, not negated if `negatable`. */
function acceptedMatch(analysis: Analysis, h: Hit, quoted: boolean, negatable: boolean): boolean {
  return !inUrl(analysis, h) && (quoted || !inQuote(analysis, h)) && (!negatable || !negated(analysis, h));
}

/** firstWithin with the rule's match filter (acceptedMatch), without a closure per rule. */
function firstMatchWithin(
  analysis: Analysis,
  hits: Hit[],
  start: number,
  end: number,
  quoted: boolean,
  negatable: boolean,
): Hit | undefined {
  for (let i = lowerBound(hits, start); i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start > end) break;
    if (h.end <= end && acceptedMatch(analysis, h, quoted, negatable)) return h;
  }
  return undefined;
}

/** Whether a hit lies inside [start, end] outside URLs (and outside quotes unless `quoted`); negation not asked. */
function anyAcceptedWithin(analysis: Analysis, hits: Hit[], start: number, end: number, quoted: boolean): boolean {
  return firstMatchWithin(analysis, hits, start, end, quoted, false) !== undefined;
}

/**
 * A short post (a tweet, a few sentences): one thought, so a subject in one sentence and a judgement in another
 * belong together ("Weer een nieuw plan van de minister. Succes ermee 🙄"). In a longer post they may be paragraphs
 * apart and about different things. Up to SHORT_TEXT_CHARS characters, or up to SHORT_TEXT_SENTENCES sentences of
 * at most SHORT_TEXT_MAX_CHARS in all.
 */
export const SHORT_TEXT_CHARS = 400;
export const SHORT_TEXT_SENTENCES = 3;
export const SHORT_TEXT_MAX_CHARS = 600;

export function isShortText(analysis: Analysis): boolean {
  const length = analysis.text.length;
  return (
    length <= SHORT_TEXT_CHARS || (length <= SHORT_TEXT_MAX_CHARS && analysis.sentences.length <= SHORT_TEXT_SENTENCES)
  );
}

/**
 * How far a rule's window or exception window reaches around a sentence. 'line': the neighbours on the same
 * line only (a long post's required cues; its paragraphs and list items are separate thoughts).
 */
type Reach = 'sentence' | 'near' | 'line' | 'text';

/**
 * A 'short-text' window reaches the whole post when it is short, else the sentence and its neighbours. In a long
 * post a 'near' window keeps to the line: "...", "maar..." split one thought into two sentences, a line break
 * starts another (a cue word in one paragraph and a subject in the next are two thoughts).
 */
function reachOf(window: CompiledRule['window'], analysis: Analysis): Reach {
  if (window === 'text' || window === 'sentence') return window;
  if (isShortText(analysis)) return window === 'short-text' ? 'text' : 'near';
  return 'line';
}

/** Whether the reach joins sentences `a` and `a + 1` ('line': no line break between them; sentences never span one). */
function joins({ sentences, text }: Analysis, a: number, reach: Reach): boolean {
  return (
    reach === 'near' || (reach === 'line' && !text.slice(sentences[a]!.end, sentences[a + 1]!.start).includes('\n'))
  );
}

/** Start of the reach around sentence `si` ('near': an ellipsis or "maar..." splits one thought into two sentences). */
function reachStart(analysis: Analysis, si: number, reach: Reach): number {
  if (reach === 'text') return 0;
  return analysis.sentences[si > 0 && joins(analysis, si - 1, reach) ? si - 1 : si]!.start;
}

function reachEnd(analysis: Analysis, si: number, reach: Reach): number {
  if (reach === 'text') return analysis.text.length;
  const { sentences } = analysis;
  return sentences[si < sentences.length - 1 && joins(analysis, si, reach) ? si + 1 : si]!.end;
}

export function evaluateRules(ctx: RunContext, rules: CompiledRule[]): void {
  const { analysis } = ctx;
  const role = ctx.role.toLowerCase();
  const memo = memoOf(ctx);
  const anyDisabled = ctx.disabled.size > 0;
  const sentences = analysis.sentences;
  // Per rule and sentence language, the sorted hits of each match cue, fetched where the first
  // sentence of that language asks for them (as before: a detector or lazy regex set is computed
  // at the same moment). Cues of findings change while rules run and are asked for every sentence.
  // Two lists reused for every rule (nl, en), filled on a language's first sentence.
  const matchHits: [Hit[][], Hit[][]] = [[], []];
  const filled = [false, false];
  for (const compiled of rules) {
    const { rule } = compiled;
    if (anyDisabled && (ctx.disabled.has(compiled.id) || ctx.disabled.has(rule.id))) continue;
    if (!ctx.activePacks.has(compiled.pack.id)) continue;
    if (role && compiled.exceptRoles?.some((r) => role.includes(r))) continue;
    if (ruleCannotFire(ctx, compiled)) continue;
    const { language, quoted, negatable, match } = compiled;
    const changing = compiled.usesFindings;
    // Where exceptions and required cues are looked for: rule options, resolved once per rule.
    const exceptionReach = rule.exceptionWindow ?? 'sentence';
    const reach = reachOf(compiled.window, analysis);
    // Two or more required groups over a whole long post: a weak critique word in paragraph 1 and irony in
    // paragraph 4 are two thoughts, not one critique; the groups must meet near each other.
    const together = reach === 'text' && compiled.requires.length > 1 && !isShortText(analysis);
    let allNear: boolean | undefined;
    filled[0] = filled[1] = false;
    for (let si = 0; si < sentences.length; si++) {
      const sentence = sentences[si]!;
      if (language !== 'any' && language !== sentence.lang) continue;
      const lang = sentence.lang;
      const slot = lang === 'nl' ? 0 : 1;
      const lists = matchHits[slot];
      if (!filled[slot]) {
        lists.length = 0;
        for (const cue of match) lists.push(sortedCueHits(ctx, memo, cue, lang));
        filled[slot] = true;
      } else if (changing) {
        for (let c = 0; c < match.length; c++) {
          const kind = match[c]!.kind;
          if (kind === 'finding' || kind === 'rule') lists[c] = sortedCueHits(ctx, memo, match[c]!, lang);
        }
      }
      // The earliest accepted match hit; on equal starts the earlier cue wins (as a stable sort would).
      let first: Hit | undefined;
      for (let c = 0; c < lists.length; c++) {
        const found = firstMatchWithin(analysis, lists[c]!, sentence.start, sentence.end, quoted, negatable);
        if (found && (!first || found.start < first.start)) first = found;
      }
      if (!first) continue;
      let excepted = false;
      const exStart = reachStart(analysis, si, exceptionReach);
      const exEnd = reachEnd(analysis, si, exceptionReach);
      for (const cue of compiled.exceptions) {
        if (anyAcceptedWithin(analysis, sortedCueHits(ctx, memo, cue, lang), exStart, exEnd, true)) {
          excepted = true;
          break;
        }
      }
      if (excepted) continue;
      // A long post's groups over the whole text: they must meet in one sentence and its neighbours (asked once).
      if (together)
        allNear ??= sentences.some((_, j) =>
          requiresMet(ctx, memo, compiled, lang, reachStart(analysis, j, 'near'), reachEnd(analysis, j, 'near')),
        );
      if (
        !(together
          ? allNear
          : requiresMet(ctx, memo, compiled, lang, reachStart(analysis, si, reach), reachEnd(analysis, si, reach)))
      )
        continue;
      ctx.findings.push(makeFinding(ctx, compiled, first));
    }
  }
}

/** Whether every required group of the rule has an accepted hit inside [start, end]. */
function requiresMet(
  ctx: RunContext,
  memo: SortedMemo,
  compiled: CompiledRule,
  lang: 'nl' | 'en',
  start: number,
  end: number,
): boolean {
  for (const group of compiled.requires) {
    let any = false;
    for (const cue of group) {
      if (anyAcceptedWithin(ctx.analysis, sortedCueHits(ctx, memo, cue, lang), start, end, compiled.quoted)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

export function makeFinding(ctx: RunContext, compiled: CompiledRule, hit: Hit): Finding {
  const { rule } = compiled;
  const lang = ctx.uiLanguage;
  const finding: Finding = {
    category: rule.category,
    severity: rule.severity,
    stelregel: rule.stelregel,
    start: hit.start,
    end: hit.end,
    rule: compiled.id,
    message: `${rule.message[lang]} ${STELREGELS[rule.stelregel][lang]} ${WHY[lang]}`,
    suggestion: rule.suggestion[lang],
    excerpt: ctx.analysis.text.slice(hit.start, hit.end),
  };
  if (rule.link) finding.link = rule.link;
  return finding;
}

export { sentenceAt };
