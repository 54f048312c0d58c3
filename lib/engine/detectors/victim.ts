/**
 * Victim privacy: a person in an incident, case or service becomes identifiable
 * when identifying details come together, or when someone guesses what happened.
 * Cue combinations, not single words: one age or one place name alone is fine.
 */

import { setHits } from '../analysis';
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';
import type { PiiKind } from '../pii/recognisers';

const IDENTIFIER_KINDS: PiiKind[] = [
  'age',
  'name',
  'street',
  'house-number',
  'origin',
  'residence',
  'postcode',
  'phone',
  'bsn',
  'kenteken',
  'iban',
  'institution',
];

const SOFT = new Set(['health', 'family-situation', 'residence', 'nationality']);

function lexHits(ctx: RunContext, id: string, lang: 'nl' | 'en'): Hit[] {
  return [...setHits(ctx.analysis, `lex:${id}:${lang}`)];
}

function inRange(hits: Hit[], start: number, end: number): Hit[] {
  return hits.filter((h) => h.start >= start && h.end <= end);
}

export function detectVictimIdentifiable(ctx: RunContext): Hit[] {
  const { analysis } = ctx;
  const out: Hit[] = [];
  const sentences = analysis.sentences;
  const publicFigures = [...setHits(analysis, 'lex:politicians:nl'), ...setHits(analysis, 'lex:politicians:en')];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const lang = s.lang;
    const prev = sentences[si - 1];
    const next = sentences[si + 1];
    const winStart = prev ? prev.start : s.start;
    const winEnd = next ? next.end : s.end;
    const kindsInWindow = new Set<string>();
    const idsInSentence: Hit[] = [];
    for (const kind of IDENTIFIER_KINDS) {
      let hits = analysis.pii.get(kind) ?? [];
      // Politicians are public figures: their names do not make a victim identifiable.
      if (kind === 'name') hits = hits.filter((h) => !publicFigures.some((p) => p.start <= h.start && p.end >= h.end));
      if (inRange(hits, winStart, winEnd).length > 0) kindsInWindow.add(kind);
      idsInSentence.push(...inRange(hits, s.start, s.end));
    }
    for (const id of ['health', 'family-situation', 'nationality']) {
      const hits = [...lexHits(ctx, id, lang), ...lexHits(ctx, id, lang === 'nl' ? 'en' : 'nl')];
      if (inRange(hits, winStart, winEnd).length > 0) kindsInWindow.add(id);
      idsInSentence.push(...inRange(hits, s.start, s.end));
    }
    const context = [...lexHits(ctx, 'incident', lang), ...lexHits(ctx, 'case-context', lang)];
    const contextInWindow = inRange(context, winStart, winEnd);
    const contextInSentence = inRange(context, s.start, s.end);
    const speculation = inRange(lexHits(ctx, 'speculation', lang), s.start, s.end);
    // Happy life events (farewell, retirement, birthday) are not incidents.
    const lifeEvent = inRange(lexHits(ctx, 'life-events', lang), winStart, winEnd).length > 0;
    if (lifeEvent && contextInWindow.length === 0) continue;
    const persons = [
      ...lexHits(ctx, 'person-descriptors', lang),
      ...(analysis.pii.get('name') ?? []),
      ...(analysis.pii.get('age') ?? []),
    ];
    // Hard details identify on their own (age, name, street, origin...); soft ones (health,
    // family situation, where someone lives) only together with another detail or a context.
    const kinds = [...kindsInWindow];
    const hard = kinds.filter((k) => !SOFT.has(k)).length;
    const soft = kinds.length - hard;
    const anchor = idsInSentence.sort((a, b) => a.start - b.start)[0] ?? contextInSentence[0];
    if (!anchor || persons.length === 0) continue;
    const twoDetails = hard >= 2 || (hard >= 1 && soft >= 1);
    const detailInContext = hard >= 1 && contextInWindow.length > 0;
    const guess = speculation.length > 0 && contextInWindow.length > 0;
    if (twoDetails || detailInContext || guess) out.push(anchor);
  }
  return out;
}
