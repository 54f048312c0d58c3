/**
 * Victim privacy: a person in an incident, case or service becomes identifiable
 * when identifying details come together, or when someone guesses what happened.
 * Cue combinations, not single words: one age or one place name alone is fine.
 */

import { setHits } from '../analysis';
import type { RunContext } from '../evaluate';
import { within } from '../evaluate';
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

// One specific colleague, neighbour or client ("mijn collega", "onze teamleider", "my neighbour"), not a group.
const SPECIFIC_PERSON =
  /\b(?:mijn|m'n|onze|ons|die|deze|my|our|that)\s+(?:\p{L}+\s+)?(?:collega|teamgenoot|teamleider|leidinggevende|manager|baas|directeur|buurman|buurvrouw|buurjongen|buurmeisje|cliënt|client|klant|patiënt|patient|leerling|colleague|teammate|boss|neighbour|neighbor|pupil)(?!'s|s\b|en\b|e\b)\b/iu;

// One person the author knows, named by relation ("an old classmate of mine", "een kennis van me").
const PERSON_OF_MINE =
  /\b(?:a|an|een)\s+(?:[\p{L}-]+\s+)?(?:classmate|schoolmate|friend|acquaintance|neighbour|neighbor|colleague|cousin|relative|klasgenoot|schoolgenoot|studiegenoot|vriend|vriendin|kennis|buurman|buurvrouw|collega|oud-collega|neef|nicht|familielid)\s+(?:of\s+(?:mine|ours)|van\s+(?:me|mij|ons))\b/iu;

// One person singled out by a demonstrative ("die jongen van de overkant", "dat gezin", "that boy"), not a group.
const SINGLED_OUT =
  /\b(?:die|deze|dat|dit|that|this)\s+(?:[\p{L}-]+\s+)?(?:familie|gezin|jongen|meisje|knul|kind|gedetineerde|bewoner|bewoonster|asielzoeker|verdachte|crimineel|gangster|dealer|junk|junkie|zwerver|kamerlid|raadslid|wethouder|agent|agente|docent|leraar|lerares|juf|arts|militair|soldaat|family|boy|girl|lad|kid|inmate|detainee|resident|prisoner|suspect|criminal|junkie|mp|councillor|officer|teacher|soldier)(?!'s|s\b|en\b|eren\b)\b/iu;

// A room, bed, cell or unit inside an institution ("kamer 12", "afdeling C", "bed 4", "wing B"): narrows a
// patient, resident or detainee down as a house number does.
const UNIT_RE =
  /\b(?:[Kk]amer|[Bb]ed|[Cc]el|[Aa]fdeling|[Pp]aviljoen|[Vv]leugel|[Zz]aal|[Rr]oom|[Cc]ell|[Ww]ard|[Ww]ing|[Bb]ay)\s+(?:\d{1,4}[a-z]?|[A-Z]\d{0,2})\b(?![.,:]\d)/gu;

function unitHits(text: string): Hit[] {
  const out: Hit[] = [];
  UNIT_RE.lastIndex = 0;
  for (let m = UNIT_RE.exec(text); m; m = UNIT_RE.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, t0: -1, t1: -1 });
  return out;
}

// Commemorating someone ("een minuut stilte voor onze overleden collega") is no disclosure unless a hard detail is added.
const COMMEMORATION =
  /\b(?:minuut stilte|minute of silence|moment of silence|herdenk\p{L}*|in memoriam|rust zacht|rest in peace|we missen (?:hem|haar|je|jou)|we will miss|we'll miss|veel sterkte|sterkte aan|gecondoleerd|condoleances?|in ons hart|our condolences|thoughts are with)\b/iu;

const SOFT = new Set(['health', 'family-situation', 'residence', 'nationality', 'appearance']);

function lexHits(ctx: RunContext, id: string, lang: 'nl' | 'en'): Hit[] {
  return setHits(ctx.analysis, `lex:${id}:${lang}`);
}

export function detectVictimIdentifiable(ctx: RunContext): Hit[] {
  const { analysis } = ctx;
  const out: Hit[] = [];
  const sentences = analysis.sentences;
  const publicFigures = [...setHits(analysis, 'lex:politicians:nl'), ...setHits(analysis, 'lex:politicians:en')];
  // Everything sorted once, so each sentence costs a few binary searches (linear growth).
  const sorted = (hits: Hit[]) => [...hits].sort((x, y) => x.start - y.start);
  const identifiers = IDENTIFIER_KINDS.map((kind) => {
    let hits = analysis.pii.get(kind) ?? [];
    // Politicians are public figures: their names do not make a victim identifiable.
    if (kind === 'name') hits = hits.filter((h) => !publicFigures.some((p) => p.start <= h.start && p.end >= h.end));
    return { kind: kind as string, hits: sorted(hits) };
  });
  identifiers.push({ kind: 'unit', hits: unitHits(analysis.text) });
  const softLists = ['health', 'family-situation', 'nationality', 'appearance'].map((id) => ({
    kind: id,
    hits: sorted([...lexHits(ctx, id, 'nl'), ...lexHits(ctx, id, 'en')]),
  }));
  const healthHits = softLists[0]!.hits;
  const byLang = (lang: 'nl' | 'en') => ({
    context: sorted([...lexHits(ctx, 'incident', lang), ...lexHits(ctx, 'case-context', lang)]),
    speculation: sorted(lexHits(ctx, 'speculation', lang)),
    caseStatus: sorted(lexHits(ctx, 'case-status', lang)),
    lifeEvents: sorted(lexHits(ctx, 'life-events', lang)),
    pets: sorted(lexHits(ctx, 'pets', lang)),
    persons:
      lexHits(ctx, 'person-descriptors', lang).length +
      (analysis.pii.get('name')?.length ?? 0) +
      (analysis.pii.get('age')?.length ?? 0),
  });
  const perLang = { nl: byLang('nl'), en: byLang('en') };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const cues = perLang[s.lang];
    const sentenceText = analysis.text.slice(s.start, s.end);
    const specificPerson = SPECIFIC_PERSON.test(sentenceText) || PERSON_OF_MINE.test(sentenceText);
    if (cues.persons === 0 && !specificPerson) continue;
    const prev = sentences[si - 1];
    const next = sentences[si + 1];
    const winStart = prev ? prev.start : s.start;
    const winEnd = next ? next.end : s.end;
    const kindsInWindow = new Set<string>();
    const idsInSentence: Hit[] = [];
    for (const { kind, hits } of [...identifiers, ...softLists]) {
      if (within(hits, winStart, winEnd).length > 0) kindsInWindow.add(kind);
      idsInSentence.push(...within(hits, s.start, s.end));
    }
    const contextInWindow = within(cues.context, winStart, winEnd);
    const contextInSentence = within(cues.context, s.start, s.end);
    const speculation = within(cues.speculation, s.start, s.end);
    // Happy life events (farewell, retirement, birthday) are not incidents, unless someone's health is told.
    if (
      within(cues.lifeEvents, winStart, winEnd).length > 0 &&
      contextInWindow.length === 0 &&
      within(healthHits, winStart, winEnd).length === 0
    )
      continue;
    // Hard details identify on their own (age, name, street, origin...); soft ones (health,
    // family situation, where someone lives) only together with another detail or a context.
    const kinds = [...kindsInWindow];
    const hard = kinds.filter((k) => !SOFT.has(k)).length;
    const soft = kinds.length - hard;
    if (hard === 0 && speculation.length === 0 && COMMEMORATION.test(analysis.text.slice(winStart, winEnd))) continue;
    const caseStatus = within(cues.caseStatus, winStart, winEnd);
    const anchor =
      idsInSentence.sort((x, y) => x.start - y.start)[0] ??
      contextInSentence[0] ??
      within(cues.caseStatus, s.start, s.end)[0];
    if (!anchor) continue;
    // A pet's name or age right after the animal ("onze hond Bobbie (3)") is nobody's privacy.
    if (within(cues.pets, Math.max(s.start, anchor.start - 20), anchor.start).length > 0) continue;
    const twoDetails = hard >= 2 || (hard >= 1 && soft >= 1);
    // In an incident or case, two different soft details (where someone lives, family, health,
    // origin, appearance) single a person out as well as one hard detail does.
    const detailInContext = (hard >= 1 || soft >= 2) && contextInWindow.length > 0;
    const guess = speculation.length > 0 && contextInWindow.length > 0;
    // Health of one named-by-role person (a colleague's burn-out, a neighbour's cancer) is private on its own.
    const healthOfSomeone = specificPerson && idsInSentence.some((h) => healthHits.includes(h));
    // One singled-out person in an incident or case with one private detail ("die familie ... uit huis geplaatst").
    const singledOutPerson = SINGLED_OUT.test(sentenceText);
    const singledOut = soft >= 1 && contextInWindow.length > 0 && singledOutPerson;
    // Where one known or singled-out person stands in a case ("a classmate of mine is under investigation",
    // "die gedetineerde is overgeplaatst") is private on its own.
    const personInCase = caseStatus.length > 0 && (specificPerson || singledOutPerson);
    if (twoDetails || detailInContext || guess || healthOfSomeone || singledOut || personInCase) out.push(anchor);
  }
  return out;
}
