/** Detectors in code, referred to from rules as "detector:<name>". Results are cached per check. */
import { lexiconHits } from '../analysis';
import { BACKSTOP_DETECTORS } from '../backstop/detector';
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';
import { ownTopicSubjects } from '../own-topic-hits';
import { detectOwnAreaPoliticalCue } from './own-area-political';
import { detectPostInsultOnly, detectPostLink, POST_TYPES, postFindingDetector } from './post-frame';
import { detectShouting } from './shouting';
import { detectSmallPlace } from './small-place';
import { detectVictimIdentifiable } from './victim';

const DETECTORS: Record<string, (ctx: RunContext) => Hit[]> = {
  shouting: (ctx) => detectShouting(ctx.analysis),
  'victim-identifiable': detectVictimIdentifiable,
  'scare-quotes': (ctx) =>
    ctx.analysis.quotes.filter(([, , words]) => words <= 2).map(([start, end]) => ({ start, end, t0: -1, t1: -1 })),
  'post-insult-only': detectPostInsultOnly,
  'post-link': detectPostLink,
  'own-area-political-cue': detectOwnAreaPoliticalCue,
  'own-topic-subject': ownTopicSubjects,
  ...POST_TYPES,
  'small-place': detectSmallPlace,
  // A first-person work frame ("aan de balie", "my client"): the vocabulary is the work-frame lexicon (rules/lexicons).
  'work-frame': (ctx) => lexiconHits(ctx.analysis, 'work-frame'),
  ...BACKSTOP_DETECTORS,
};

// Read DETECTORS only inside functions. A module-level read (an unused `Object.keys(DETECTORS)` until session 9) is
// kept by the bundler, as it cannot prove the spread above free of getters, and it then kept every detector in the
// options page's chunk, which uses none (options 418.1 -> 407.7 kB without it).

/**
 * Whether a detector's answer depends only on the text (not on the findings raised so far, as the
 * post-frame detectors' "post-insult-only", "post:finding:*" and "post:rule:*" do): such a detector
 * may be asked at any moment of a check, or not at all, without changing an answer.
 */
export function answersFromTextOnly(name: string): boolean {
  return (
    name === 'shouting' ||
    name === 'victim-identifiable' ||
    name === 'scare-quotes' ||
    Object.hasOwn(POST_TYPES, name) ||
    name.startsWith('post:lex:')
  );
}

export function runDetector(ctx: RunContext, name: string): Hit[] {
  const cached = ctx.detectorCache.get(name);
  if (cached) return cached;
  const detector = DETECTORS[name] ?? postFindingDetector(name);
  const hits = detector ? detector(ctx) : [];
  ctx.detectorCache.set(name, hits);
  return hits;
}
