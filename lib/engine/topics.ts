/**
 * Own policy area: the user's topics (pack area ids or names, or free words, any
 * case) become term sets. Free words also pull in every area of the organisation
 * whose id, name or vocabulary contains them. No topics: the core portfolio.
 */
import { ruleDataGeneration } from './data/delivered';
import { candidates } from './match/inflection';
import { TermIndex } from './match/term-index';
import { areaSetId } from './model';
import type { PolicyArea, RulePack } from './pack-types';
import { fold } from './text/normalize';

export interface OwnTopics {
  /** Area set ids counted as own topic. */
  sets: string[];
  /** Index of the free topic words themselves (set id "topic"). */
  words: TermIndex | undefined;
  /** Area set ids of the organisation (own organisation, not own topic). */
  orgSets: string[];
}

const GENERIC = new Set([
  'beleid',
  'zaken',
  'overheid',
  'policy',
  'affairs',
  'beleidsmedewerker',
  'algemeen',
  'general',
]);
const cache = new Map<string, OwnTopics>();

/**
 * What may follow a word that is the first part of a compound: a hyphenated part, or three or more
 * letters that are not a derivation making another word of it ("natuurlijk", "handeling").
 */
const COMPOUND_TAIL = String.raw`(?:-\p{L}{3,}|(?!lijk|ing|heid|baar|isch|vuldig|ig\b|ige\b|s\p{L}?\b)\p{L}{3,})`;

/**
 * A free topic word as the FIRST part of a compound ("stikstof" in "stikstofregels",
 * "stikstofuitstoot", also hyphenated: "stikstof-deal"): the term syntax only matches a word as the last part. At least three
 * more letters, and not the derivations that make another word of it ("natuurlijk",
 * "handeling", "verkeerd" stays out since "d" is too short).
 */
function compoundHead(word: string): string | undefined {
  if (word.length < 4 || !/^[\p{L}]+$/u.test(word) || GENERIC.has(word)) return undefined;
  return `re:(?<![\\p{L}\\p{N}])${word}${COMPOUND_TAIL}`;
}

/**
 * A free topic word as a MIDDLE part of a compound ("toeslag" in "huurtoeslagregels", "handel" in
 * "vrijhandelsdeals"): neither the term syntax (last part) nor compoundHead (first part) sees it.
 * A plural topic ("toeslagen") counts by its stem. At least three letters on each side, so prefixes
 * ("behandeling") and derivations ("mishandelde", "natuurlijk") stay out.
 */
function compoundInner(word: string): string | undefined {
  if (!/^[\p{L}]+$/u.test(word) || GENERIC.has(word)) return undefined;
  const stem = word.length >= 7 && word.endsWith('en') ? word.slice(0, -2) : word;
  if (stem.length < 5) return undefined;
  return `re:(?<![\\p{L}\\p{N}])\\p{L}{3,}?${stem}(?!lijk|ing|heid|baar|isch|vuldig)(?:s|en|e)?\\p{L}{3,}`;
}

/**
 * The own areas' one-word terms as the FIRST part of a compound ("wijkagent" in
 * "wijkagentenbeleid", "asielzoeker" in "asielzoekersopvang", "dienjaar" in "dienjaar-pilot"): the term syntax only matches a
 * word as the last part, and fresh posts coin such compounds all the time. Six letters or more
 * (short words hide inside unrelated words), the same derivation guard as compoundHead, and
 * one regex for all terms so a check scans the text once.
 */
function areaCompoundHeads(areas: PolicyArea[], sets: Set<string>): string | undefined {
  const terms = new Set<string>();
  for (const area of areas) {
    if (!sets.has(areaSetId(area.id))) continue;
    for (const raw of [...area.terms.nl, ...area.terms.en]) {
      const term = fold(raw.trim());
      if (term.length >= 6 && /^[\p{L}]+$/u.test(term) && !GENERIC.has(term)) terms.add(term);
    }
  }
  if (terms.size === 0) return undefined;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).join('|');
  return `re:(?<![\\p{L}\\p{N}])(?:${alternatives})${COMPOUND_TAIL}`;
}

/**
 * A topic of several words or parts ("box 3", "openbare orde", "co2-heffing", "re-integratie") written with a space,
 * a hyphen or nothing between them, also as the first part of a compound ("box 3-rechtszaak", "openbare-ordeproblemen",
 * "co2-heffingen", "re-integratietraject"): the term syntax matches a phrase only as separate tokens, and a tokeniser
 * keeps "3-rechtszaak" as one. At least four letters or digits in all ("ov", "eu" alone stay whole words).
 */
function phraseCompound(topic: string): string | undefined {
  const parts = topic.split(/[\s-]+/).filter((part) => part.length > 0);
  if (parts.length < 2 || parts.some((part) => !/^[\p{L}\p{N}]+$/u.test(part)) || parts.join('').length < 4)
    return undefined;
  return `re:(?<![\\p{L}\\p{N}])${parts.join('[\\s-]?')}(?:${COMPOUND_TAIL}|(?:e|en|s|'s)(?!\\p{L}))?(?![\\p{L}\\p{N}])`;
}

/**
 * The own areas' phrase terms as the first part of a compound ("openbare orde" in "openbare-ordeproblemen" and
 * "openbare ordeverstoring", "wind op zee" in "wind-op-zee-tender"): the tokens differ, so the phrase term misses them.
 * The last word has four letters or more; one regex for all, as areaCompoundHeads.
 */
function areaPhraseHeads(areas: PolicyArea[], sets: Set<string>): string | undefined {
  const phrases = new Set<string>();
  for (const area of areas) {
    if (!sets.has(areaSetId(area.id))) continue;
    for (const raw of [...area.terms.nl, ...area.terms.en]) {
      const parts = fold(raw.trim()).split(/\s+/);
      if (parts.length < 2 || parts.some((part) => !/^\p{L}+$/u.test(part)) || parts.at(-1)!.length < 4) continue;
      phrases.add(parts.join('[\\s-]'));
    }
  }
  if (phrases.size === 0) return undefined;
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).join('|');
  return `re:(?<![\\p{L}\\p{N}])(?:${alternatives})${COMPOUND_TAIL}`;
}

function areaMatches(area: PolicyArea, topic: string): boolean {
  const id = fold(area.id);
  if (id === topic || id.replace(/-/g, ' ') === topic || fold(area.name.nl) === topic || fold(area.name.en) === topic)
    return true;
  const terms = [...area.terms.nl, ...area.terms.en].map(fold);
  // A phrase topic counts when the area lists it ("fiscaliteit wonen", "wind op zee").
  if (topic.includes(' ')) return terms.includes(topic);
  const forms = new Set(candidates(topic));
  if (terms.some((t) => forms.has(t)) || id.split('-').some((part) => part.length >= 5 && forms.has(part))) return true;
  // A compound topic names the area one of its parts names: "natuurbeheer" (natuur), "waterbouw"
  // (water), "techniekonderwijs" (onderwijs), "tunnelveiligheid" (tunnel).
  if (topic.length < 8) return false;
  const heads = [...terms, ...id.split('-')].filter((t) => t.length >= 4 && !t.includes(' ') && !GENERIC.has(t));
  return heads.some(
    (t) => (topic.startsWith(t) && topic.length - t.length >= 4) || (t.length >= 5 && topic.endsWith(t) && topic !== t),
  );
}

export function resolveOwnTopics(orgPacks: RulePack[], allPacks: RulePack[], topics: string[]): OwnTopics {
  // The generation: without an organisation, topics are searched in every pack's areas, which delivered packs add.
  const key = `${ruleDataGeneration()}|${orgPacks.map((p) => p.id).join(',')}|${topics.join('|')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const orgAreas = orgPacks.flatMap((p) => p.areas ?? []);
  const folded = topics.map((t) => fold(t.trim())).filter((t) => t.length > 0);
  const sets = new Set<string>();
  const words: string[] = [];
  if (folded.length === 0) {
    for (const pack of orgPacks) {
      const core = pack.coreAreas && pack.coreAreas.length > 0 ? pack.coreAreas : (pack.areas ?? []).map((a) => a.id);
      for (const id of core) sets.add(areaSetId(id));
    }
  } else {
    const searchIn = orgAreas.length > 0 ? orgAreas : allPacks.flatMap((p) => p.areas ?? []);
    for (const topic of folded) {
      words.push(topic);
      const parts = topic.split(/\s+/).filter((part) => part.length >= 6 && !GENERIC.has(part));
      words.push(...parts);
      const phrase = phraseCompound(topic);
      if (phrase) words.push(phrase);
      for (const word of topic.includes(' ') ? parts : [topic]) {
        const head = compoundHead(word);
        if (head) words.push(head);
        const inner = compoundInner(word);
        if (inner) words.push(inner);
      }
      for (const area of searchIn) if (areaMatches(area, topic)) sets.add(areaSetId(area.id));
      // A multi-word topic no area is named after ("toezicht ouderenzorg") still belongs to the
      // areas its telling words name: otherwise the area's vocabulary is lost and only the words count.
      // ("fiscaliteit wonen" too: one telling word is enough, and five letters make a word: "wonen", "natuur").
      const telling = topic.split(/\s+/).filter((part) => part.length >= 5 && !GENERIC.has(part));
      if (topic.includes(' ') && !searchIn.some((area) => areaMatches(area, topic)))
        for (const part of telling)
          for (const area of searchIn) if (areaMatches(area, part)) sets.add(areaSetId(area.id));
    }
  }
  const areas = orgAreas.length > 0 ? orgAreas : allPacks.flatMap((p) => p.areas ?? []);
  const heads = areaCompoundHeads(areas, sets);
  if (heads) words.push(heads);
  const phraseHeads = areaPhraseHeads(areas, sets);
  if (phraseHeads) words.push(phraseHeads);
  const result: OwnTopics = {
    sets: [...sets],
    words: words.length > 0 ? new TermIndex([{ id: 'topic', terms: words }]) : undefined,
    orgSets: orgAreas.map((a) => areaSetId(a.id)).filter((id) => !sets.has(id)),
  };
  if (cache.size > 200) cache.clear();
  cache.set(key, result);
  return result;
}
