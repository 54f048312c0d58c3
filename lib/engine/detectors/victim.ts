/**
 * Victim privacy: a person in an incident, case or service becomes identifiable
 * when identifying details come together, or when someone guesses what happened.
 * Cue combinations, not single words: one age or one place name alone is fine.
 */

import { lexiconHits, setHits } from '../analysis';
import { bundledData, lazy, memberOf, patternsOf } from '../data/word-lists';
import type { RunContext } from '../evaluate';
import { anyWithin, pushWithin, within } from '../evaluate';
import { latinForm, latinText } from '../match/latin-letters';
import type { Hit } from '../match/term-index';
import { approximateAges, type PiiKind } from '../pii/recognisers';
import { lexiconSetId } from '../set-ids';

/**
 * A slow pattern with its gate: words one of which every match of the pattern holds, under the
 * same flags (so the same case folding). Most texts hold none, and a gate's plain word search costs
 * a few microseconds where the pattern itself (\b and \p{L} under the u flag) is tried at every word
 * of the text. Each pair is made once here and registered, so the unit test checks every gate holds.
 */
export interface GatedPattern {
  readonly name: string;
  readonly gate: RegExp;
  /** The pattern's name in ./victim-patterns.list.json. */
  readonly key: PatternName;
  /** The compiled pattern (one that never matches when the table is missing or damaged). */
  readonly pattern: RegExp;
}

// The long patterns are in ./victim-patterns.list.json (shipped in the packed rule data, ../data/word-lists.ts),
// compiled on the first check with the flags below, and so are the gates (the table's `gates`, session 18); short
// patterns stay here. Several are exclusions (a simile, a group, a generic name, road works, an official, a talk): one that never matched would mean more
// warnings, so when any entry is missing or does not compile the detector reports nothing at all (fails open).
const PATTERN_FLAGS = {
  specificPerson: 'iu',
  personOfMine: 'iu',
  singledOut: 'iu',
  roleWho: 'iu',
  unitPerson: 'iu',
  localPerson: 'giu',
  identityHint: 'giu',
  famousPerson: 'giu',
  heldOrAdmitted: 'iu',
  acuteIncident: 'iu',
  singledOutTroubled: 'iu',
  unitRe: 'gu',
  commemoration: 'iu',
  relativeAge: 'giu',
  ownFamily: 'gu',
  originVenue: 'giu',
  publicWorks: 'iu',
  officialFrom: 'gu',
  heardATalk: 'giu',
  genericName: 'giu',
} as const;
type PatternName = keyof typeof PATTERN_FLAGS;
type Patterns = Readonly<Record<PatternName, RegExp>>;

/**
 * The gates (see GatedPattern), the table's `gates` by the key of the pattern each gates, compiled with the flags
 * iu; undefined when any is missing or broken. WHY in the table (session 18): their word lists cost a third as much
 * there as in the code.
 */
const gates = lazy(() =>
  patternsOf(
    memberOf(bundledData('lib/engine/detectors/victim-patterns.list.json'), 'gates'),
    Object.fromEntries(GATED.map(({ key }) => [key, 'iu'])) as Record<PatternName, string>,
  ),
);

/** The detector's long patterns, or undefined when any of them or of the gates is missing or broken. */
const patterns = lazy((): Patterns | undefined =>
  gates() ? patternsOf(bundledData('lib/engine/detectors/victim-patterns.list.json'), PATTERN_FLAGS) : undefined,
);
/** The same patterns in their Latin form (../match/latin-letters.ts), run on texts whose letters are all Latin. */
const latinPatterns = lazy((): Patterns | undefined => {
  const pat = patterns();
  if (!pat) return undefined;
  const out: Partial<Record<PatternName, RegExp>> = {};
  for (const name of Object.keys(pat) as PatternName[]) out[name] = latinForm(pat[name]);
  return out as Patterns;
});
const NEVER = /(?!)/;

const GATED: GatedPattern[] = [];

function gated(name: string, key: PatternName): GatedPattern {
  const entry = {
    name,
    key,
    get gate() {
      return gates()?.[key] ?? NEVER;
    },
    get pattern() {
      return patterns()?.[key] ?? NEVER;
    },
  };
  GATED.push(entry);
  return entry;
}

/** Every gated pattern of this detector (for the unit test that checks every gate holds). */
export const GATED_PATTERNS: ReadonlyArray<GatedPattern> = GATED;

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
// patterns().specificPerson (./victim-patterns.list.json)

// One person the author knows, named by relation ("an old classmate of mine", "een kennis van me").
// Also placed in the author's own team ("a colleague in my department", "een collega op mijn afdeling").
// patterns().personOfMine (./victim-patterns.list.json)

// One person singled out by a demonstrative ("die jongen van de overkant", "dat gezin", "that boy"), not a group.
// patterns().singledOut (./victim-patterns.list.json)

// One person singled out by their role and a relative clause ("de buschauffeur die vannacht reed", "de leraar die
// is opgepakt", "the teacher who was arrested"): with a case, an incident or a private detail, recognisable.
// patterns().roleWho (./victim-patterns.list.json)
const ROLE_WHO_GATED = gated('role who', 'roleWho');

// One person singled out in a room, bed or cell ("die mevrouw van kamer 12", "de meneer op kamer 7", "the man in
// bed 4"): a client, patient or detainee the author sees at work.
// patterns().unitPerson (./victim-patterns.list.json)
const UNIT_PERSON_GATED = gated('unit person', 'unitPerson');

// Someone placed as a local ("een jongen van hier", "een dorpsgenoot", "a local man"): in a village that names them.
// patterns().localPerson (./victim-patterns.list.json)
const LOCAL_PERSON_GATED = gated('local person', 'localPerson');

// An identity hinted at, not named ("iedereen weet wie het is", "ik noem geen namen, maar", "een bekende rapper"):
// about one person; in a post about a case it makes them recognisable.
// patterns().identityHint (./victim-patterns.list.json)
const IDENTITY_HINT_GATED = gated('identity hint', 'identityHint');

// A famous person held, admitted or booked in where the author works ("bij ons in de PI zit een bekende rapper").
// A celebrity reading to children at an open day is no case: the sentence must say they are held or admitted.
// patterns().famousPerson (./victim-patterns.list.json)
const FAMOUS_PERSON_GATED = gated('famous person', 'famousPerson');
// patterns().heldOrAdmitted (./victim-patterns.list.json)

// Something that happened to someone (an accident, a crime, a death), narrower than the incident lexicon, which also
// holds case roles ("bewoner", "cliënt"): an approximate age counts only next to one of these.
// patterns().acuteIncident (./victim-patterns.list.json)

// One person in trouble singled out by a demonstrative ("die junk van het Stationsplein", "that addict on Main
// Street"): with one hard detail in the same sentence (street, number, name, age) they are recognisable.
// patterns().singledOutTroubled (./victim-patterns.list.json)

// A plural person noun ("fietsers", "bewoners", "omwonenden", "residents", "people"); "jongen" is one boy.
const PLURAL_PERSON = /(?:s|(?<!jong)en|people|children|men)$/iu;

// A room, bed, cell or unit inside an institution ("kamer 12", "afdeling C", "bed 4", "wing B"): narrows a
// patient, resident or detainee down as a house number does.
// patterns().unitRe (./victim-patterns.list.json)

function unitHits(text: string, unitRe: RegExp): Hit[] {
  const out: Hit[] = [];
  unitRe.lastIndex = 0;
  for (let m = unitRe.exec(text); m; m = unitRe.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, t0: -1, t1: -1 });
  return out;
}

// Commemorating someone ("een minuut stilte voor onze overleden collega") is no disclosure unless a hard detail is added.
// patterns().commemoration (./victim-patterns.list.json)

const SOFT = new Set([
  'health',
  'family-situation',
  'residence',
  'nationality',
  'appearance',
  'relative-age',
  'approximate-age',
]);

// A simile after a health word ("blind als een mol", "doof als een kwartel", "blind as a bat") is no diagnosis.
const SIMILE_AFTER = /^\s+(?:als|as)\s+(?:een|a|an)\b/iu;

// Details that point at one person or address by themselves (not an age, a town or a school).
const STRONG = new Set(['kenteken', 'phone', 'postcode', 'house-number', 'bsn', 'iban', 'name']);

// A child's or relative's age in words ("tweeling van 4", "een jongen van 15 jaar", "a boy of 12"): an age
// detail the recogniser leaves to the "(7)" and "-jarige" forms. Not "moeder van 3 kinderen".
// patterns().relativeAge (./victim-patterns.list.json)

// The author's own family ("Dochter (7) vraagt...", "mijn zoon van 4", "onze jongste (3)", "my daughter (7)"):
// their age or name is the author's own business unless it comes with an incident or case.
// First letter in either case (sentence start), the rest as written: the "(7)" / "Daan" tail must stay case-exact.
// patterns().ownFamily (./victim-patterns.list.json: the source built from its word lists, first letters in either case)

// An origin describing a shop or cuisine ("de Eritrese zaak", "bij de Turkse bakker", "Syrisch restaurant"), not a person.
// patterns().originVenue (./victim-patterns.list.json)

// Road works and public notices ("de Stationsstraat is afgesloten vanwege werkzaamheden"): a street as a place.
// patterns().publicWorks (./victim-patterns.list.json)

// A public office or speaking role with where it is from ("een wethouder uit Friesland", "the mayor of Zwolle",
// "een onderzoeker uit Delft"): someone speaking in public, not a person in a case.
// patterns().officialFrom (./victim-patterns.list.json)

// Hearing someone give a talk ("ik hoorde een wethouder vertellen hoe...") is no hearsay about a person.
// patterns().heardATalk (./victim-patterns.list.json)

// Generic names in set phrases ("Sure, Jan.", "Jan Modaal", "Jan en alleman", "Klaas Vaak"): nobody in particular.
// patterns().genericName (./victim-patterns.list.json)

// A school class as the whole group the author meets ("een gastles aan 5 vwo", "groep 7 vroeg...") narrows nobody
// down; one pupil "uit groep 6", "van klas 2b" or "(groep 7, autisme)" it does.
const CLASS_AS_GROUP = /^(?:groep|klas|\d)/iu;
const MEMBER_BEFORE = /(?:\b(?:uit|in|van|from|of)\s+|\(\s*)$/iu;

function regexSpans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const SPECIFIC_PERSON_GATED = gated('specific person', 'specificPerson');
const PERSON_OF_MINE_GATED = gated('person of mine', 'personOfMine');
const SINGLED_OUT_TROUBLED_GATED = gated('singled out, troubled', 'singledOutTroubled');
const ORIGIN_VENUE_GATED = gated('origin venue', 'originVenue');
const PUBLIC_WORKS_GATED = gated('public works', 'publicWorks');
const HEARD_A_TALK_GATED = gated('heard a talk', 'heardATalk');
const GENERIC_NAME_GATED = gated('generic name', 'genericName');
// Tried per sentence window: most texts commemorate nobody.
const COMMEMORATION_GATED = gated('commemoration', 'commemoration');

/** The pattern's spans when its gate occurs in the text, else none (the pattern cannot match without it). */
function gatedSpans({ gate, key }: GatedPattern, text: string, pat: Patterns): Array<[number, number]> {
  return gate.test(text) ? regexSpans(pat[key], text) : [];
}

/** Whether a gate occurs in the text, worked out on first use: some are only needed in rare sentences. */
function gateOnDemand({ gate }: GatedPattern, text: string): () => boolean {
  let known: boolean | undefined;
  return () => {
    known ??= gate.test(text);
    return known;
  };
}

/**
 * Whether a gated pattern (one without the g flag) matches in a sentence or window: its gate there
 * first. Asked of every sentence, the gate rules most out for less than the pattern costs, and a gate
 * asked of the whole text holds in nearly every long one (a 3,000-character text names some role).
 */
function matchesIn({ gate, key }: GatedPattern, part: string, pat: Patterns): boolean {
  return gate.test(part) && pat[key].test(part);
}

const inSpans = (h: Hit, spans: Array<[number, number]>) => spans.some(([a, b]) => h.start >= a && h.end <= b);

function lexHits(ctx: RunContext, id: string, lang: 'nl' | 'en'): Hit[] {
  return setHits(ctx.analysis, lexiconSetId(id, lang));
}

export function detectVictimIdentifiable(ctx: RunContext): Hit[] {
  // Read once per call; without the whole table (missing or damaged data) the detector reports nothing: fail open.
  // Every pattern runs on the text or a part of it: Latin when the text is.
  const pat = latinText(ctx.analysis.text) ? latinPatterns() : patterns();
  if (!pat) return [];
  const { analysis } = ctx;
  const out: Hit[] = [];
  const sentences = analysis.sentences;
  const publicFigures = lexiconHits(analysis, 'politicians');
  // Everything sorted once, so each sentence costs a few binary searches (linear growth).
  const sorted = (hits: Hit[]) => [...hits].sort((x, y) => x.start - y.start);
  const identifiers = IDENTIFIER_KINDS.map((kind) => {
    let hits = analysis.pii.get(kind) ?? [];
    // Politicians are public figures: their names do not make a victim identifiable.
    if (kind === 'name') hits = hits.filter((h) => !publicFigures.some((p) => p.start <= h.start && p.end >= h.end));
    return { kind: kind as string, hits: sorted(hits) };
  });
  identifiers.push({ kind: 'unit', hits: unitHits(analysis.text, pat.unitRe) });
  const text = analysis.text;
  const asHits = (spans: Array<[number, number]>): Hit[] =>
    spans.map(([start, end]) => ({ start, end, t0: -1, t1: -1 }));
  // A local ("een jongen van hier") and an identity hinted at ("iedereen weet wie het is") single one person out.
  // Soft as well: "een man in de zeventig" in a story about a meeting names nobody; in an incident it does.
  identifiers.push({ kind: 'approximate-age', hits: approximateAges(text, analysis.tokens) });
  identifiers.push({ kind: 'local', hits: asHits(gatedSpans(LOCAL_PERSON_GATED, text, pat)) });
  const identityHints = asHits(gatedSpans(IDENTITY_HINT_GATED, text, pat));
  const famous = asHits(gatedSpans(FAMOUS_PERSON_GATED, text, pat));
  identifiers.push({ kind: 'identity-hint', hits: identityHints });
  // Soft: "een man van 80" in a happy story names nobody; with a case or another detail it does.
  identifiers.push({
    kind: 'relative-age',
    hits: regexSpans(pat.relativeAge, text).map(([start, end]) => ({ start, end, t0: -1, t1: -1 })),
  });
  // Details that name nobody: a pet's name or age ("onze hond Bram"), a generic name ("Sure, Jan"), an origin
  // describing a shop ("de Eritrese zaak"), a street in a road-works notice.
  const petHits = [...lexHits(ctx, 'pets', 'nl'), ...lexHits(ctx, 'pets', 'en')];
  const afterPet = (h: Hit) => petHits.some((p) => p.end <= h.start && h.start - p.end <= 3);
  const genericNames = [...gatedSpans(GENERIC_NAME_GATED, text, pat), ...regexSpans(pat.officialFrom, text)];
  // A scare-quoted word ("hun kind 'ziek' melden", "'zware rugklachten'") is doubted, not a diagnosis or incident.
  const talks = gatedSpans(HEARD_A_TALK_GATED, text, pat);
  const scareQuotes = analysis.quotes.filter(([, , words]) => words <= 3).map(([a, b]): [number, number] => [a, b]);
  const venues = gatedSpans(ORIGIN_VENUE_GATED, text, pat);
  const incidentAll = [...lexHits(ctx, 'incident', 'nl'), ...lexHits(ctx, 'incident', 'en')];
  const publicWorksInText = PUBLIC_WORKS_GATED.gate.test(text);
  const publicWorks = sentences
    .filter(
      (s) =>
        publicWorksInText &&
        matchesIn(PUBLIC_WORKS_GATED, text.slice(s.start, s.end), pat) &&
        !anyWithin(incidentAll, s.start, s.end),
    )
    .map((s): [number, number] => [s.start, s.end]);
  for (const entry of identifiers) {
    entry.hits = entry.hits.filter(
      (h) =>
        !afterPet(h) &&
        !inSpans(h, genericNames) &&
        !inSpans(h, venues) &&
        !((entry.kind === 'street' || entry.kind === 'house-number') && inSpans(h, publicWorks)) &&
        !(
          entry.kind === 'institution' &&
          CLASS_AS_GROUP.test(text.slice(h.start, h.end)) &&
          !MEMBER_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))
        ),
    );
  }
  const ownFamily = regexSpans(pat.ownFamily, text);
  const descriptorHits = sorted([
    ...lexHits(ctx, 'person-descriptors', 'nl'),
    ...lexHits(ctx, 'person-descriptors', 'en'),
  ]);
  const softLists = ['health', 'family-situation', 'nationality', 'appearance'].map((id) => ({
    kind: id,
    hits: sorted([...lexHits(ctx, id, 'nl'), ...lexHits(ctx, id, 'en')]).filter(
      (h) =>
        !inSpans(h, venues) &&
        !(id === 'health' && (inSpans(h, scareQuotes) || SIMILE_AFTER.test(text.slice(h.end, h.end + 10)))),
    ),
  }));
  const healthHits = softLists[0]!.hits;
  const byLang = (lang: 'nl' | 'en') => ({
    context: sorted([...lexHits(ctx, 'incident', lang), ...lexHits(ctx, 'case-context', lang)]).filter(
      (h) => !inSpans(h, venues) && !inSpans(h, publicWorks) && !inSpans(h, scareQuotes),
    ),
    speculation: sorted(lexHits(ctx, 'speculation', lang)).filter((h) => !inSpans(h, talks)),
    caseStatus: sorted(lexHits(ctx, 'case-status', lang)),
    lifeEvents: sorted(lexHits(ctx, 'life-events', lang)),
    pets: sorted(lexHits(ctx, 'pets', lang)),
    persons:
      lexHits(ctx, 'person-descriptors', lang).length +
      (analysis.pii.get('name')?.length ?? 0) +
      (analysis.pii.get('age')?.length ?? 0),
  });
  const perLang = { nl: byLang('nl'), en: byLang('en') };
  // Each list without the author's own family, filtered once (not again for every sentence).
  const detailLists = [...identifiers, ...softLists].map(({ kind, hits }) => {
    let withoutFamily: Hit[] | undefined;
    return {
      kind,
      hits,
      withoutFamily: () => {
        withoutFamily ??= hits.filter((h) => !inSpans(h, ownFamily));
        return withoutFamily;
      },
    };
  });
  // A farewell, welcome or birthday post that tells of no incident and guesses at nothing anywhere: the names and
  // years further on (a long post's third paragraph) belong to the celebration as much as those beside it.
  const happyPost =
    !incidentAll.length &&
    !(perLang.nl.speculation.length + perLang.en.speculation.length) &&
    perLang.nl.lifeEvents.length + perLang.en.lifeEvents.length > 0;
  const mayBeSpecific = SPECIFIC_PERSON_GATED.gate.test(text);
  const mayBeOfMine = PERSON_OF_MINE_GATED.gate.test(text);
  const mayBeTroubled = SINGLED_OUT_TROUBLED_GATED.gate.test(text);
  // Asked of the whole text: it also stands before the singled-out person in a unit (see personInUnit).
  const mayBeInUnit = gateOnDemand(UNIT_PERSON_GATED, text);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const cues = perLang[s.lang];
    const sentenceText = analysis.text.slice(s.start, s.end);
    const specificPerson =
      (mayBeSpecific && matchesIn(SPECIFIC_PERSON_GATED, sentenceText, pat)) ||
      (mayBeOfMine && matchesIn(PERSON_OF_MINE_GATED, sentenceText, pat));
    const troubledPerson = mayBeTroubled && matchesIn(SINGLED_OUT_TROUBLED_GATED, sentenceText, pat);
    if (cues.persons === 0 && !specificPerson && !troubledPerson && identityHints.length === 0 && famous.length === 0)
      continue;
    const prev = sentences[si - 1];
    const next = sentences[si + 1];
    const winStart = prev ? prev.start : s.start;
    const winEnd = next ? next.end : s.end;
    const contextInWindow = within(cues.context, winStart, winEnd);
    const contextInSentence = within(cues.context, s.start, s.end);
    const speculation = within(cues.speculation, s.start, s.end);
    const speculationNear = within(cues.speculation, winStart, winEnd);
    // The author's own child, parent or partner ("Dochter (7) vraagt...", "mijn oma (91) is overleden") is the
    // author's own story, not a disclosure: every corpus keeps it clean, even with an illness or a death. Another
    // person's details in the same sentence ("de jongen (16) uit de klas van mijn zoon") still count.
    const privateFamily = speculation.length === 0;
    const kindsInWindow = new Set<string>();
    const idsInSentence: Hit[] = [];
    let hardInSentence = 0;
    let unitInSentence = false;
    let strongInSentence = false;
    let hintInSentence = false;
    let approximateAgeInSentence = false;
    for (const { kind, hits, withoutFamily } of detailLists) {
      const kept = privateFamily ? withoutFamily() : hits;
      if (anyWithin(kept, winStart, winEnd)) kindsInWindow.add(kind);
      const before = idsInSentence.length;
      pushWithin(idsInSentence, kept, s.start, s.end);
      const inSentence = idsInSentence.length - before;
      if (!SOFT.has(kind)) hardInSentence += inSentence;
      if (kind === 'unit' && inSentence > 0) unitInSentence = true;
      if (STRONG.has(kind) && inSentence > 0) strongInSentence = true;
      if (kind === 'identity-hint' && inSentence > 0) hintInSentence = true;
      if (kind === 'approximate-age' && inSentence > 0) approximateAgeInSentence = true;
    }
    // Happy life events (farewell, retirement, birthday, a pupil who won, a hero neighbour) are not incidents,
    // unless someone's health is told. A role word of the case vocabulary ("leerling", "klant") alone is no incident.
    if (
      (happyPost || anyWithin(cues.lifeEvents, winStart, winEnd)) &&
      !anyWithin(incidentAll, winStart, winEnd) &&
      speculation.length === 0 &&
      !anyWithin(healthHits, winStart, winEnd)
    )
      continue;
    // Hard details identify on their own (age, name, street, origin...); soft ones (health,
    // family situation, where someone lives) only together with another detail or a context.
    const kinds = [...kindsInWindow];
    // A street without a house number where only a group is mentioned ("die fietsers op de Coolsingel", "de
    // bewoners van de Lindenhof") places a scene, not one person's home: soft, like a town.
    const people = within(descriptorHits, winStart, winEnd);
    const groupOnly =
      people.length > 0 &&
      people.every((h) => PLURAL_PERSON.test(text.slice(h.start, h.end))) &&
      !specificPerson &&
      !troubledPerson &&
      !pat.singledOut.test(sentenceText);
    const streetOnly = groupOnly && kindsInWindow.has('street') && !kindsInWindow.has('house-number');
    const hard = kinds.filter((k) => !SOFT.has(k) && !(streetOnly && k === 'street')).length;
    const soft = kinds.length - hard;
    // A commemoration names the colleague it remembers ("In memoriam: onze collega Ruud"): a name is no disclosure there.
    const hardBesidesName = kinds.filter((k) => !SOFT.has(k) && k !== 'name').length;
    if (
      hardBesidesName === 0 &&
      speculation.length === 0 &&
      matchesIn(COMMEMORATION_GATED, analysis.text.slice(winStart, winEnd), pat)
    )
      continue;
    const caseStatus = within(cues.caseStatus, winStart, winEnd);
    const anchor =
      idsInSentence.sort((x, y) => x.start - y.start)[0] ??
      contextInSentence[0] ??
      within(cues.caseStatus, s.start, s.end)[0];
    if (!anchor) continue;
    // A pet's name or age right after the animal ("onze hond Bobbie (3)") is nobody's privacy.
    if (anyWithin(cues.pets, Math.max(s.start, anchor.start - 20), anchor.start)) continue;
    const twoDetails = hard >= 2 || (hard >= 1 && soft >= 1);
    // In an incident or case, two different soft details (where someone lives, family, health,
    // origin, appearance) single a person out as well as one hard detail does.
    const detailInContext = (hard >= 1 || soft >= 2) && contextInWindow.length > 0;
    const guess = speculation.length > 0 && contextInWindow.length > 0;
    // "Bij de overval raakte de eigenaar, een man in de zeventig, gewond": an approximate age in an incident.
    const agedInIncident = approximateAgeInSentence && pat.acuteIncident.test(text.slice(winStart, winEnd));
    // Health of one named-by-role person (a colleague's burn-out, a neighbour's cancer) is private on its own.
    const healthOfSomeone = specificPerson && idsInSentence.some((h) => healthHits.includes(h));
    // One singled-out person in an incident or case with one private detail ("die familie ... uit huis geplaatst").
    // Tried only when a condition below could use it: the two patterns are slow on long texts (\p{L} under iu).
    const guessPossible = speculation.length === 0 && speculationNear.length > 0 && contextInSentence.length > 0;
    const singledOutPerson =
      ((soft >= 1 && contextInWindow.length > 0) ||
        caseStatus.length > 0 ||
        unitInSentence ||
        strongInSentence ||
        (guessPossible && !specificPerson && hardInSentence === 0)) &&
      (pat.singledOut.test(sentenceText) || matchesIn(ROLE_WHO_GATED, sentenceText, pat));
    // A singled-out person in a room, bed or cell ("die mevrouw van kamer 12 belt elke vijf minuten").
    const personInUnit = unitInSentence && mayBeInUnit() && (singledOutPerson || pat.unitPerson.test(sentenceText));
    // A guess in the sentence before or after one person's incident ("Fietser gewond op de Dorpsstraat. Zal wel
    // te hard gereden hebben."): the sentence itself names one person, the incident is in the window.
    const onePerson =
      guessPossible &&
      (specificPerson ||
        singledOutPerson ||
        hardInSentence > 0 ||
        within(descriptorHits, s.start, s.end).some((h) => !PLURAL_PERSON.test(text.slice(h.start, h.end))));
    const guessNear = onePerson;
    const singledOut = soft >= 1 && contextInWindow.length > 0 && singledOutPerson;
    // Where one known or singled-out person stands in a case ("a classmate of mine is under investigation",
    // "die gedetineerde is overgeplaatst") is private on its own.
    const personInCase = caseStatus.length > 0 && (specificPerson || singledOutPerson);
    const troubledAndPlaced = troubledPerson && hardInSentence > 0;
    // A singled-out person with a number that points at them ("die vent met kenteken 45-XKB-7", "die man op nummer 12").
    const singledOutAndNumbered = singledOutPerson && strongInSentence;
    // "Booked in a detainee today ... Won't say who 👀": a hinted identity in a post about a case, anywhere in it.
    const hintedInCase = hintInSentence && cues.context.length > 0;
    const famousInSentence = within(famous, s.start, s.end);
    const famousHeld =
      famousInSentence.length > 0 && contextInWindow.length > 0 && pat.heldOrAdmitted.test(sentenceText);
    if (
      twoDetails ||
      detailInContext ||
      guess ||
      guessNear ||
      agedInIncident ||
      healthOfSomeone ||
      singledOut ||
      personInCase ||
      troubledAndPlaced ||
      personInUnit ||
      singledOutAndNumbered ||
      hintedInCase
    )
      out.push(anchor);
    else if (famousHeld) out.push(famousInSentence[0]!);
  }
  return out;
}
