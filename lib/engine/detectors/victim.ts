/**
 * Victim privacy: a person in an incident, case or service becomes identifiable
 * when identifying details come together, or when someone guesses what happened.
 * Cue combinations, not single words: one age or one place name alone is fine.
 */
import type { Hit } from '../match/term-index';
import type { PiiKind } from '../pii/recognisers';
import type { RunContext } from '../evaluate';

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
];

function lexHits(ctx: RunContext, id: string, lang: 'nl' | 'en'): Hit[] {
  return [...(ctx.analysis.hits.get(`lex:${id}:${lang}`) ?? [])];
}

function inRange(hits: Hit[], start: number, end: number): Hit[] {
  return hits.filter((h) => h.start >= start && h.end <= end);
}

export function detectVictimIdentifiable(ctx: RunContext): Hit[] {
  const { analysis } = ctx;
  const out: Hit[] = [];
  const sentences = analysis.sentences;
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
      const hits = analysis.pii.get(kind) ?? [];
      if (inRange(hits, winStart, winEnd).length > 0) kindsInWindow.add(kind);
      idsInSentence.push(...inRange(hits, s.start, s.end));
    }
    for (const id of ['health', 'family-situation']) {
      const hits = [...lexHits(ctx, id, lang), ...lexHits(ctx, id, lang === 'nl' ? 'en' : 'nl')];
      if (inRange(hits, winStart, winEnd).length > 0) kindsInWindow.add(id);
      idsInSentence.push(...inRange(hits, s.start, s.end));
    }
    const context = [...lexHits(ctx, 'incident', lang), ...lexHits(ctx, 'case-context', lang)];
    const contextInWindow = inRange(context, winStart, winEnd);
    const contextInSentence = inRange(context, s.start, s.end);
    const speculation = inRange(lexHits(ctx, 'speculation', lang), s.start, s.end);
    const persons = [
      ...inRange(lexHits(ctx, 'person-descriptors', lang), winStart, winEnd),
      ...inRange(analysis.pii.get('name') ?? [], winStart, winEnd),
      ...inRange(analysis.pii.get('age') ?? [], winStart, winEnd),
    ];
    // Two different kinds of identifying detail about someone (e.g. age and street), or
    // one detail in an incident/case/service context, or a guess about what happened.
    const strongKinds = [...kindsInWindow].filter((k) => k !== 'residence');
    const anchor = idsInSentence.sort((a, b) => a.start - b.start)[0] ?? contextInSentence[0];
    if (!anchor) continue;
    const twoDetails = strongKinds.length >= 2 && persons.length > 0;
    const detailInContext = kindsInWindow.size >= 1 && contextInWindow.length > 0 && persons.length > 0;
    const guess = speculation.length > 0 && contextInWindow.length > 0 && persons.length > 0;
    if (twoDetails || detailInContext || guess) out.push(anchor);
  }
  return out;
}
