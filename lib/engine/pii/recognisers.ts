/**
 * Recognisers for identifying details (Dutch formats first). Each returns hits
 * with UTF-16 offsets into the text. Checksums (BSN elfproef, IBAN mod 97) keep
 * random digit runs from counting.
 */

import { bundledData, bundledWordSet, lazy, patternOf } from '../data/word-lists';
import { formFor } from '../match/latin-letters';
import type { Hit } from '../match/term-index';
import { fold } from '../text/normalize';
import { isSpace, type Token } from '../text/tokenizer';
import { isValidBsn, isValidIban } from './checksums';
import { FIRST_NAMES } from './first-names';
import { PERSON_NOUNS } from './person-nouns';

export type PiiKind =
  | 'postcode'
  | 'phone'
  | 'bsn'
  | 'kenteken'
  | 'email'
  | 'iban'
  | 'age'
  | 'house-number'
  | 'name'
  | 'street'
  | 'origin'
  | 'residence'
  | 'institution';

export type PiiHits = Map<PiiKind, Hit[]>;

function regexHits(text: string, pattern: RegExp, accept?: (m: RegExpExecArray) => boolean, group = 0): Hit[] {
  const hits: Hit[] = [];
  const re = formFor(text, pattern);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept && !accept(m)) continue;
    const part = m[group] ?? m[0];
    const start = m.index + (group ? m[0].indexOf(part) : 0);
    hits.push({ start, end: start + part.length, t0: -1, t1: -1 });
  }
  return hits;
}

/**
 * regexHits for a regex that begins with a lookbehind (`guard`, sticky) before `body`: the
 * same hits, found faster. V8 cannot skip ahead over a text when a pattern starts with a
 * lookbehind, so it tries the guard at every position; `body` alone starts with a literal
 * character it can search for. A match of guard+body at p is body's match at p with the
 * guard holding there, so trying body's matches left to right and checking the guard at
 * each start finds the same leftmost matches.
 */
export function guardedHits(
  text: string,
  guardPattern: RegExp,
  bodyPattern: RegExp,
  accept?: (m: RegExpExecArray) => boolean,
  group = 0,
): Hit[] {
  const hits: Hit[] = [];
  const guard = formFor(text, guardPattern);
  const body = formFor(text, bodyPattern);
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    guard.lastIndex = m.index;
    if (!guard.test(text)) {
      body.lastIndex = m.index + 1;
      continue;
    }
    if (accept && !accept(m)) continue;
    const part = m[group] ?? m[0];
    const start = m.index + (group ? m[0].indexOf(part) : 0);
    hits.push({ start, end: start + part.length, t0: -1, t1: -1 });
  }
  return hits;
}

/**
 * regexHits for a pattern that cannot match whitespace (no lookaround, no anchors) and
 * whose every match contains `required`: only the whitespace-free stretches around that
 * character can hold a match, and each holds the same matches as the whole text there.
 */
export function stretchHits(text: string, re: RegExp, required: string): Hit[] {
  const hits: Hit[] = [];
  let at = text.indexOf(required);
  while (at >= 0) {
    let start = at;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const stretch = text.slice(start, end);
    re.lastIndex = 0;
    for (let m = re.exec(stretch); m; m = re.exec(stretch))
      hits.push({ start: start + m.index, end: start + m.index + m[0].length, t0: -1, t1: -1 });
    at = text.indexOf(required, end);
  }
  return hits;
}

// The long patterns are in ./patterns.list.json (shipped in the packed rule data, ../data/word-lists.ts),
// compiled on the first check; their flags stay here. A missing or broken one never matches (fails open).
const patterns = lazy(() => {
  const table = bundledData('lib/engine/pii/patterns.list.json');
  return {
    kenteken: patternOf(table, 'kenteken', 'g'),
    ageWordJarig: patternOf(table, 'ageWordJarig', 'gu'),
    streetSuffix: patternOf(table, 'streetSuffix', ''),
    ageOnly: patternOf(table, 'ageOnly', 'g'),
    // "Mevrouw op kamer 12, net 83 geworden": an age reached, as an aside.
    // Not "mijn oma is 90 geworden": a birthday, told with is/was.
    ageTurned: patternOf(table, 'ageTurned', 'g'),
    agePronoun: patternOf(table, 'agePronoun', 'g'),
    ageDecade: patternOf(table, 'ageDecade', 'g'),
    // An approximate age of one person ("een man in de zeventig", "een vrouw van in de vijftig", "een student van
    // een jaar of twintig", "rond de veertig"): counted only after a singular person noun (see approxAgeHits), so
    // "ouderen in de zeventig" (a group) and "een jaar of tien geleden" stay clean.
    ageApproxNl: patternOf(table, 'ageApproxNl', 'g'),
    // "a woman in her 80s", "in his late seventies", "a 40-something man", "the victim is 70-something": one
    // person's age in words (his/her, or "-something" without a plural -s).
    ageApproxEn: patternOf(table, 'ageApproxEn', 'g'),
    // "2-hoog", "op drie hoog", "driehoog achter": the floor of a flat narrows a home down like a house number.
    floorNumber: patternOf(table, 'floorNumber', 'g'),
    // Schools and institutions by name ("Regenboogschool", "Stedelijk Gymnasium", "Dongemond College"), a class
    // ("groep 6", "3 havo"): each narrows a pupil down inside a school.
    institution: patternOf(table, 'institution', 'gu'),
  };
});
/** Words before a capitalised word that make it a person's name ("mevrouw Jansen", "juf Anna"), in ./name-titles.list.json. */
const NAME_TITLES = bundledWordSet('lib/engine/pii/name-titles.list.json');
const STREET_STOP = new Set(['binnenhof', 'noorwegen', 'rijksoverheid']);

// Compiled once. Case-insensitive patterns run over the lowercased text without the i flag:
// V8 runs \b very slowly under i+u.
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
const PHONE = /(?:\+31[\s-]?|0031[\s-]?|\b0)(?:[\s-]?\d){9}\b/g;
const BSN = /\b\d{4}\.?\d{2}\.?\d{3}\b|\b\d{3}[ .]\d{3}[ .]\d{3}\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Patterns that begin with a lookbehind are kept as guard + body for guardedHits; the full
// pattern is in the comment (tests/unit/engine/pii-fast-paths.test.ts compares both forms).
const AFTER_LETTER_SPACE = /(?<=\p{L}\s?)/uy;
const AFTER_LETTER_BLANK = /(?<=\p{L} ?)/uy;
const AFTER_LETTER_COMMA = /(?<=[\p{L}.], )/uy;
const AFTER_COMMA = /(?<=, )/y;
/** (?<=\p{L}\s?)\((\d{1,3})\) */
const AGE_PARENS_BODY = /\((\d{1,3})\)/gu;
const AGE_JAAR = /(?:^|[.,(:]\s*)(\d{1,3} jaar(?: oud)?)(?=\s*[,.)!?;]|$)/gmu;
/** (?<=[\p{L}.], )(\d{1,2})(?=[,)]) */
const AGE_APPOSITION_BODY = /(\d{1,2})(?=[,)])/gu;
// "de kinderen (3 en 6)", "(4, 7)": several ages in one bracket.
/** (?<=\p{L}\s?)\((\d{1,2})(?:\s*(?:,|en|and|&)\s*\d{1,2})+\) */
const AGE_PARENS_LIST_BODY = /\((\d{1,2})(?:\s*(?:,|en|and|&)\s*\d{1,2})+\)/gu;
// "op zijn 58e", "op haar 30ste", "hij was pas 19", "ze is nog maar 15".
const AGE_ORDINAL = /\bop (?:zijn|haar|z'n|d'r) (\d{1,3})(?:e|ste|de)\b/g;
/** (?<=\p{L} ?)\((\d{1,3}), */
const AGE_PARENS_COMMA_BODY = /\((\d{1,3}),/gu;
// "The lad in bed 4, only 19, came in": an age as an aside between commas.
/** (?<=, )(?:only|just|barely|pas|net|nog maar|amper) (\d{1,2})(?=[,.;)]) */
const AGE_ASIDE_BODY = /(?:only|just|barely|pas|net|nog maar|amper) (\d{1,2})(?=[,.;)])/g;
const AGE_LEADING = /(?:^|[.…]\s*)(\d{1,2})(?=, )/gmu;
const AGE_JARIG = /\b\d{1,3}[- ]?jarige?\b/g;
// "het 50-jarig jubileum", "een vierjarige opleiding", "de Tachtigjarige Oorlog": a length of time, not a person's age.
const JARIG_NOT_AGE =
  /^\s*(?:oorlog|jubileum|ambtsjubileum|bestaan|huwelijk|huwelijksfeest|dienstverband|lidmaatschap|opleiding|studie|periode|termijn|looptijd|contract|programma|plan|project|pilot|traject|cyclus|onderzoek|garantie|geschiedenis|traditie|samenwerking)\b/u;
// "Het slachtoffer, begin 80, ...", "de verdachte is eind 20": an age decade in digits, told about someone (after
// is/was or as an aside) and ending there, so "begin 80 minuten" or "eind 2020" never count.
const AGE_DECADE_DIGITS =
  /(?:\b(?:is|was|werd|lijkt|ergens|rond)\s+|[,(]\s*)((?:begin|midden|eind|half)\s+[2-9]0)(?=\s*[,.)!?;]|\s+(?:en|and|of)\s|$)/gm;
// "was a girl from the Thorbecke, 16.": an age as an aside that ends the sentence (only after a person noun).
/** (?<=[\p{L}.], )(\d{1,2})(?=[.!?;](?:\s|$)|$) */
const AGE_APPOSITION_END_BODY = /(\d{1,2})(?=[.!?;](?:\s|$)|$)/gmu;
const DECADE_DIGITS_GATE = /(?:begin|midden|eind|half)\s+[2-9]0\b/;
const AGE_YEARS_OLD = /\b\d{1,3}[- ]years?[- ]old\b|\baged \d{1,3}\b/g;
// Verbs before "uit"/"from" that make the next place someone's origin wherever the person was named
// ("die vrouw die gisteren is gevonden, komt uit Maasbracht"; "he is originally from Gouda").
const ORIGIN_VERBS = new Set([
  'komt',
  'kwam',
  'afkomstig',
  'oorspronkelijk',
  'geboren',
  'comes',
  'came',
  'originally',
  'hails',
]);
// After "is/was/werd" a bare number is an age when a person noun stands just before ("de man is 63", "het kind is 9
// en zat achterop", "the victim was 17"), and nothing after it makes it a count or a duration.
const AGE_VERBS = new Set(['is', 'was', 'werd', 'wordt', 'turned']);
const AGE_HEDGES = new Set([
  'pas',
  'net',
  'nog',
  'maar',
  'amper',
  'ruim',
  'bijna',
  'ongeveer',
  'circa',
  'only',
  'just',
  'about',
  'barely',
]);
const AGE_FOLLOWERS = new Set([
  'en',
  'and',
  'jaar',
  'years',
  'year',
  'oud',
  'old',
  'geworden',
  'toen',
  'when',
  'maar',
  'but',
]);
const PERSON_PRONOUNS = new Set(['hij', 'he', 'she']);

/** A singular person noun (or he/she) among the `span` words before `at` in the same sentence. */
function personNounBefore(tokens: Token[], at: number, span: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - span); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /[.!?;]/.test(t.text)) return false;
    if (PERSON_NOUNS.has(t.norm) || PERSON_PRONOUNS.has(t.norm)) return !OWN.has(tokens[k - 1]?.norm ?? '');
  }
  return false;
}

/** Index of the first token starting at or after `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Approximate ages of one person ("een man in de zeventig", "a woman in her 80s", "70-something"). Kept apart
 * from the exact `age` kind: a decade says less than "(72)", so the victim detector weighs it as a soft detail
 * that counts together with an incident.
 */
export function approximateAges(text: string, tokens: Token[]): Hit[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const pat = patterns();
  const out: Hit[] = [];
  if (/ de | jaar of | van (?:begin|midden|eind|half) /.test(lower))
    for (const h of regexHits(lower, pat.ageApproxNl))
      if (personNounBefore(tokens, tokenAt(tokens, h.start), 4)) out.push(h);
  if (lower.includes('something') || lower.includes(' his ') || lower.includes(' her '))
    out.push(...regexHits(lower, pat.ageApproxEn));
  return out;
}

/** Lowercase literals of which every institution match (patterns().institution) holds one. */
const INSTITUTION_HINTS = [
  'school',
  'college',
  'gym',
  'lyceum',
  'academie',
  'roep ',
  'las ',
  'havo',
  'vwo',
  'vmbo',
  'mavo',
  'atheneum',
];

const OWN = new Set(['mijn', 'my', "m'n", 'onze', 'our']);
const PETS = new Set([
  'hond',
  'kat',
  'poes',
  'paard',
  'konijn',
  'hondje',
  'katje',
  'dog',
  'cat',
  'puppy',
  'kitten',
  'horse',
]);

function isAgeNumber(value: string | undefined): boolean {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 110;
}

// Numbers in words, 2 to 99 (folded: "tweeëntwintig" is "tweeentwintig"): "een" and "one" are left out, they are
// mostly the article.
const UNITS_NL = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS_NL = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS_NL = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const UNITS_EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_EN = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_EN = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// Compounds, built from the lists above: "eenentwintig" to "negenennegentig", "twenty-one" to "ninety-nine".
const COMPOUND_NL = `(?:${['een', ...UNITS_NL].join('|')})[eë]?n(?:${TENS_NL.join('|')})`;
const COMPOUND_EN = `(?:${TENS_EN.join('|')})-(?:${['one', ...UNITS_EN].join('|')})`;
const NUMBER_WORD = `(?:${COMPOUND_NL}|${COMPOUND_EN}|${[...UNITS_NL, ...TEENS_NL, ...TENS_NL, ...UNITS_EN, ...TEENS_EN, ...TENS_EN].join('|')})`;
const COMPOUND_NL_PARTS = new RegExp(`^(${['een', ...UNITS_NL].join('|')})en([a-z]+)$`);
const AGED_WORD = new RegExp(String.raw`\baged (${NUMBER_WORD})\b`, 'g');

// Before a number in words these count people, not years: "moeder van drie", "een gezin van vijf".
const COUNTING_NOUNS = new Set([
  'moeder',
  'vader',
  'ouder',
  'mother',
  'father',
  'parent',
  'mum',
  'mom',
  'dad',
  'gezin',
  'familie',
  'huishouden',
  'family',
  'household',
]);

/** The value of a number written in words (folded, "zestien", "tweeentwintig", "ninety-one") as digits, or undefined. */
export function numberWord(word: string): string | undefined {
  const w = word.replace('ë', 'e');
  const simple = (units: string[], teens: string[], tens: string[]) => {
    let i = units.indexOf(w);
    if (i >= 0) return i + 2;
    i = teens.indexOf(w);
    if (i >= 0) return i + 10;
    i = tens.indexOf(w);
    if (i >= 0) return (i + 2) * 10;
    return undefined;
  };
  const value = simple(UNITS_NL, TEENS_NL, TENS_NL) ?? simple(UNITS_EN, TEENS_EN, TENS_EN);
  if (value !== undefined) return String(value);
  const nl = COMPOUND_NL_PARTS.exec(w);
  if (nl) {
    const ten = TENS_NL.indexOf(nl[2]!);
    if (ten >= 0) return String((ten + 2) * 10 + ['een', ...UNITS_NL].indexOf(nl[1]!) + 1);
  }
  const en = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (en) {
    const ten = TENS_EN.indexOf(en[1]!);
    const unit = ['one', ...UNITS_EN].indexOf(en[2]!);
    if (ten >= 0 && unit >= 0) return String((ten + 2) * 10 + unit + 1);
  }
  return undefined;
}

/**
 * An age in words as an aside after a person noun: ", ninety-one," / ", zeventig." right after a word and a comma
 * ("Lady from the Bongerd, ninety-one, broke her hip"). A token walk: a pattern over all number words costs more.
 */
function appositionWordAges(text: string, tokens: Token[]): Hit[] {
  const out: Hit[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || tokens[i - 1]!.text !== ',' || tokens[i - 1]!.start !== t.start - 2) continue;
    const next = tokens[i + 1]!;
    if (next.kind !== 'punct' || !/^[,.;)]$/.test(next.text) || next.start !== t.end) continue;
    if (text[t.start - 1] !== ' ' || tokens[i - 2]!.end !== t.start - 2) continue;
    if (!isAgeNumber(numberWord(t.norm)) || !personNounBefore(tokens, i - 1, 8)) continue;
    out.push({ start: t.start, end: t.end, t0: i, t1: i + 1 });
  }
  return out;
}

/** "-jarig(e)" that is someone's age, not a length of time ("het 50-jarig jubileum", "de Tachtigjarige Oorlog"). */
function jarigIsAge(lower: string, m: RegExpExecArray): boolean {
  return !JARIG_NOT_AGE.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 24));
}

// Plurals whose singular is not the word minus -s/-en (folded).
const IRREGULAR_PLURALS = new Set(['mannen', 'kinderen', 'zussen', 'men', 'women', 'children', 'people']);

/** A plural of a person noun ("meisjes", "jongens", "verdachten", "broers", "girls", "kinderen"). */
function pluralPersonNoun(norm: string): boolean {
  if (IRREGULAR_PLURALS.has(norm)) return true;
  if (norm.length < 4) return false;
  if (norm.endsWith('s') && PERSON_NOUNS.has(norm.slice(0, -1))) return true;
  if (norm.endsWith('es') && PERSON_NOUNS.has(norm.slice(0, -2))) return true;
  if (norm.endsWith('en') && (PERSON_NOUNS.has(norm.slice(0, -2)) || PERSON_NOUNS.has(norm.slice(0, -1)))) return true;
  return false;
}

// Words before a plural that count or point at the people ("twee meisjes", "beide jongens", "those boys").
const PLURAL_COUNTERS = new Set([
  'twee',
  'drie',
  'vier',
  'vijf',
  'beide',
  'allebei',
  'die',
  'deze',
  'two',
  'three',
  'four',
  'five',
  'both',
  'those',
  'these',
]);

/**
 * Whether "<plural> van <num>" gives the ages of particular people: counted or pointed at ("twee meisjes van 17",
 * "die jongens van 15"), or a list of ages ("de jongens van 15 en 16"). Not an age range or a rule for a group
 * ("kinderen van 4 tot 12", "jongeren van 16 mogen...").
 */
function pluralAges(tokens: Token[], i: number, text: string, num: Token): boolean {
  const before = tokens[i - 1];
  const counted = before !== undefined && (before.kind === 'number' || PLURAL_COUNTERS.has(before.norm));
  const rest = text.slice(num.end, num.end + 24);
  // A range ("van 4 tot 12") or a unit's name ("120 militairen van 11 Luchtmobiele Brigade").
  if (/^\s*(?:tot|t\/m|tm|to|or|of)\b|^\s*[-–]|^\s+\p{Lu}/u.test(rest)) return false;
  const listed = new RegExp(`^\\s*(?:en|and|&|,)\\s*(?:\\d{1,2}|${NUMBER_WORD})\\b`, 'u').test(rest.toLowerCase());
  return counted || (listed && before !== undefined && /^(de|die|deze|the|those|these)$/.test(before.norm));
}

// A surname shortened to its initial after a name prefix: "J. de R.", "T. van D.", "die Van H.", "meneer De J.",
// "mevrouw van der V.", "Kees van der W.". How case talk half-hides a person: still someone in particular.
const NAME_PREFIX = "(?:van|de|der|den|ten|ter|te|'t)";
// Words every word token is compared with: a Set lookup instead of three regex tests per token (~480 each in a 3,000-char check).
const HOUSE_NUMBER_WORDS = new Set(['nummer', 'nr', 'huisnummer', 'number']);
const LIVES_WORDS = new Set(['woont', 'wonen', 'woonde', 'woonachtig', 'lives', 'lived', 'living']);
const ORIGIN_WORDS = new Set(['uit', 'from']);
// Module constants, not literals in the functions: formFor keeps one Latin form per RegExp object.
/** A capitalised word and an initial ("Jan V."). */
const NAME_THEN_INITIAL = /\b\p{Lu}\p{Ll}+ \p{Lu}\.(?=[\s,)]|$)/gu;
/** Initials, name prefixes and a capitalised surname ("J. de Vries"). */
const INITIALS_THEN_NAME = /\b(?:\p{Lu}\.){1,3} ?(?:(?:van|de|der|den|ten|ter) )*(\p{Lu}\p{Ll}+)/gu;
/** A capital and a full stop: the cheap gate of halfHiddenNames. */
const INITIAL = /\p{Lu}\./u;
const LAST_INITIAL = String.raw`\p{Lu}\.(?!\p{L}|\p{N}|\s?\p{Lu}\.)`;
/** Initials, prefixes, an initial: "J. de R.", "K. van der W.". */
const INITIALS_PREFIX_INITIAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:\p{Lu}\.\s?){1,3}(?:${NAME_PREFIX} ){1,3}${LAST_INITIAL}`,
  'gu',
);
/**
 * A prefix and an initial: "Van H.", "De J." (a name: an article has no capital mid-sentence), or after a title
 * "mevr. de J.", "meneer van der B.".
 */
const PREFIX_INITIAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Vv]an|[Dd]en?|[Dd]er|[Tt]e[rn])(?: ${NAME_PREFIX}){0,2} ${LAST_INITIAL}`,
  'gu',
);
/** A first name, prefixes and an initial: "Kees van der W.". */
const FIRST_PREFIX_INITIAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (?:${NAME_PREFIX} ){1,3}${LAST_INITIAL}`,
  'gu',
);
// Before an initial these make it an article's, a number's or a road's letter, not a person's: "de A. van Amsterdam",
// "art. 10", "nr. 4".
const NOT_A_PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:de|het|een|the|a|an|art|artikel|nr|no|blz|p|pag|hoofdstuk|bijlage|lid)\.?\s*$/u;

/** Whether a name hit at `start` stands where a sentence begins (a capitalised article is just an article there). */
function atSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  return before.length === 0 || /[.!?:…]$/u.test(before);
}

/** Names whose surname is an initial after a prefix (see NAME_PREFIX). */
function halfHiddenNames(text: string): Hit[] {
  const before = (m: RegExpExecArray) => text.slice(Math.max(0, m.index - 12), m.index);
  const notAfterArticle = (m: RegExpExecArray) => !NOT_A_PERSON_BEFORE.test(before(m));
  const prefixInitial = (m: RegExpExecArray) =>
    /^\p{Ll}/u.test(m[0])
      ? NAME_TITLES.has(fold(/(\p{L}+)\.?\s*$/u.exec(before(m))?.[1] ?? ''))
      : notAfterArticle(m) && (m[0].startsWith('Van') || !atSentenceStart(text, m.index));
  return [
    ...regexHits(text, INITIALS_PREFIX_INITIAL, notAfterArticle),
    ...regexHits(text, PREFIX_INITIAL, prefixInitial),
    ...regexHits(text, FIRST_PREFIX_INITIAL, (m) => FIRST_NAMES.has(fold(m[1]!))),
  ];
}

export function recognisePii(text: string, tokens: Token[]): PiiHits {
  const out: PiiHits = new Map();
  const put = (kind: PiiKind, hits: Hit[]) => {
    if (hits.length === 0) return;
    out.set(kind, [...(out.get(kind) ?? []), ...hits]);
  };
  // Cheap gates first: most drafts have no digits, no '@', no age words.
  const hasDigit = /\d/.test(text);
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const pat = patterns();
  const phones: Hit[] = [];
  if (hasDigit) {
    put('postcode', regexHits(text, POSTCODE));
    phones.push(...regexHits(text, PHONE, (m) => !/^0(?:800|900|88)/.test(m[0].replace(/[\s-]/g, ''))));
    put('phone', phones);
    put(
      'bsn',
      regexHits(
        text,
        BSN,
        (m) => isValidBsn(m[0]) && !phones.some((p) => p.start <= m.index && p.end >= m.index + m[0].length),
      ),
    );
    put('kenteken', regexHits(text, pat.kenteken));
    put(
      'iban',
      regexHits(text, IBAN, (m) => isValidIban(m[0])),
    );
  }
  if (text.includes('@')) put('email', stretchHits(text, EMAIL, '@'));

  const ages: Hit[] = [];
  if (hasDigit) {
    const parens = text.includes('(');
    if (parens) ages.push(...guardedHits(text, AFTER_LETTER_SPACE, AGE_PARENS_BODY, (m) => isAgeNumber(m[1])));
    ages.push(...regexHits(text, AGE_JAAR, (m) => isAgeNumber(m[1]?.split(' ')[0]), 1));
    ages.push(...guardedHits(text, AFTER_LETTER_COMMA, AGE_APPOSITION_BODY, (m) => isAgeNumber(m[1])));
    if (parens) {
      ages.push(...guardedHits(text, AFTER_LETTER_BLANK, AGE_PARENS_COMMA_BODY, (m) => isAgeNumber(m[1])));
      ages.push(...guardedHits(text, AFTER_LETTER_SPACE, AGE_PARENS_LIST_BODY, (m) => isAgeNumber(m[1])));
    }
    ages.push(...regexHits(text, AGE_LEADING, (m) => isAgeNumber(m[1]), 1));
    ages.push(
      ...guardedHits(
        text,
        AFTER_LETTER_COMMA,
        AGE_APPOSITION_END_BODY,
        (m) => isAgeNumber(m[1]) && personNounBefore(tokens, tokenAt(tokens, m.index), 8),
      ),
    );
    if (sameLength) {
      if (lower.includes('jarig')) ages.push(...regexHits(lower, AGE_JARIG, (m) => jarigIsAge(lower, m)));
      if (lower.includes('year') || lower.includes('aged')) ages.push(...regexHits(lower, AGE_YEARS_OLD));
      ages.push(...regexHits(lower, pat.agePronoun, (m) => isAgeNumber(m[1])));
      ages.push(...regexHits(lower, AGE_ORDINAL, (m) => isAgeNumber(m[1])));
      ages.push(...regexHits(lower, pat.ageOnly, (m) => isAgeNumber(m[1])));
      ages.push(...regexHits(lower, pat.ageTurned, (m) => isAgeNumber(m[1])));
      ages.push(...guardedHits(lower, AFTER_COMMA, AGE_ASIDE_BODY, (m) => isAgeNumber(m[1])));
      if (DECADE_DIGITS_GATE.test(lower)) ages.push(...regexHits(lower, AGE_DECADE_DIGITS, undefined, 1));
    }
  }
  if (sameLength) {
    if (lower.includes('jarig')) ages.push(...regexHits(lower, pat.ageWordJarig, (m) => jarigIsAge(lower, m)));
    if (/tig|ties/.test(lower)) ages.push(...regexHits(lower, pat.ageDecade));
    // "Twins, aged fourteen", "Lady from the Bongerd, ninety-one, broke her hip": an age in words.
    if (lower.includes('aged ')) ages.push(...regexHits(lower, AGED_WORD, (m) => isAgeNumber(numberWord(m[1]!))));
    ages.push(...appositionWordAges(text, tokens));
  }
  // "jongen van 16", "boy of 16": a person noun followed by van/of and a number.
  // Plural: "twee meisjes van 17", "de jongens van 15 en 16": counted or listed people, not "jongeren van 16" in general.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const noun = tokens[i]!;
    const link = tokens[i + 1]!;
    const num = tokens[i + 2]!;
    if (link.norm !== 'van' && link.norm !== 'of') continue;
    // A number in words ("meisje van zestien", "broertjes van zeven en negen"), but not one that counts people
    // ("moeder van drie", "een gezin van vijf").
    const value = num.kind === 'number' ? num.text : COUNTING_NOUNS.has(noun.norm) ? undefined : numberWord(num.norm);
    if (value === undefined) continue;
    // "die buurman van twee hoog": a floor, not an age.
    if (tokens[i + 3]?.norm === 'hoog') continue;
    const singular = PERSON_NOUNS.has(noun.norm);
    if (!singular && !pluralPersonNoun(noun.norm)) continue;
    // "mijn dochter van 8": the author's own family in a personal story, not a third party.
    if (i > 0 && OWN.has(tokens[i - 1]!.norm)) continue;
    const after = tokens[i + 3];
    if (
      !isAgeNumber(value) ||
      (after &&
        /^(jaar|years|procent|%|euro|km|minuten|uur)$/.test(after.norm) &&
        !/[,.]/.test(text.slice(num.end, after.start)))
    )
      continue;
    if (!singular && !pluralAges(tokens, i, text, num)) continue;
    ages.push({ start: noun.start, end: num.end, t0: i, t1: i + 3 });
  }
  if (hasDigit)
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!AGE_VERBS.has(tokens[i]!.norm)) continue;
      let n = i + 1;
      while (n < tokens.length && n < i + 3 && AGE_HEDGES.has(tokens[n]!.norm)) n++;
      const num = tokens[n];
      if (num?.kind !== 'number' || !isAgeNumber(num.text) || Number(num.text) < 2) continue;
      const after = tokens[n + 1];
      if (after && after.kind !== 'punct' && !AGE_FOLLOWERS.has(after.norm)) continue;
      if (after && (after.norm === 'jaar' || after.norm === 'years')) {
        const then = tokens[n + 2]?.norm ?? '';
        if (/^(geleden|ago|in|bij|at|lang|for|getrouwd|married|samen|dienst)$/.test(then)) continue;
      }
      if (personNounBefore(tokens, i, 4)) ages.push({ start: num.start, end: num.end, t0: n, t1: n + 1 });
    }
  put('age', ages);

  const streets: Hit[] = [];
  const houseNumbers: Hit[] = [];
  const names: Hit[] = [];
  const origins: Hit[] = [];
  const residences: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    if (t.capital && !t.upper && t.norm.length >= 6 && pat.streetSuffix.test(t.norm) && !STREET_STOP.has(t.norm)) {
      const suffix = pat.streetSuffix.exec(t.norm)?.[1] ?? '';
      if (t.norm.length > suffix.length + 2) {
        streets.push({ start: t.start, end: t.end, t0: i, t1: i + 1 });
        if (next?.kind === 'number' && Number(next.text) < 2000)
          houseNumbers.push({ start: t.start, end: next.end, t0: i, t1: i + 2 });
      }
    }
    if (HOUSE_NUMBER_WORDS.has(t.norm) && next?.kind === 'number' && Number(next.text) < 2000) {
      const prev = tokens[i - 1];
      if ((prev && /^(op|aan|at|no|nummer|huis)$/.test(prev.norm)) || /^(huisnummer)$/.test(t.norm) || prev?.capital)
        houseNumbers.push({ start: t.start, end: next.end, t0: i, t1: i + 2 });
    }
    if (t.capital && !t.upper && FIRST_NAMES.has(t.norm)) names.push({ start: t.start, end: t.end, t0: i, t1: i + 1 });
    if (NAME_TITLES.has(t.norm) && next?.capital && next.kind === 'word' && !next.upper) {
      names.push({ start: next.start, end: next.end, t0: i + 1, t1: i + 2 });
    }
    if (
      t.capital &&
      !t.upper &&
      !PETS.has(tokens[i - 1]?.norm ?? '') &&
      next?.text === '(' &&
      tokens[i + 2]?.kind === 'number' &&
      isAgeNumber(tokens[i + 2]?.text)
    )
      names.push({ start: t.start, end: t.end, t0: i, t1: i + 1 });
    if (t.capital && !t.upper && t.norm.length >= 7 && /(buurt|wijk|kwartier)$/.test(t.norm))
      residences.push({ start: t.start, end: t.end, t0: i, t1: i + 1 });
    // "een gezin in Emmen-Angelslo", "een man in Staphorst": where one person lives or was, a soft detail.
    if (
      t.norm === 'in' &&
      next?.kind === 'word' &&
      next.capital &&
      !next.upper &&
      (PERSON_NOUNS.has(tokens[i - 1]?.norm ?? '') || PERSON_NOUNS.has(tokens[i - 2]?.norm ?? ''))
    )
      residences.push({ start: t.start, end: next.end, t0: i, t1: i + 2 });
    if (LIVES_WORDS.has(t.norm)) residences.push({ start: t.start, end: t.end, t0: i, t1: i + 1 });
    if (ORIGIN_WORDS.has(t.norm) && next?.kind === 'word' && next.capital && !next.upper) {
      // Only an origin when it describes a person mentioned just before, or follows "komt/afkomstig".
      let person = ORIGIN_VERBS.has(tokens[i - 1]?.norm ?? '');
      for (let k = Math.max(0, i - 5); k < i; k++) {
        const before = tokens[k]!;
        if (
          PERSON_NOUNS.has(before.norm) ||
          before.kind === 'number' ||
          (before.capital && FIRST_NAMES.has(before.norm))
        )
          person = true;
      }
      if (person) {
        const last = tokens[i + 2]?.capital && tokens[i + 2]?.kind === 'word' ? tokens[i + 2]! : next;
        origins.push({ start: t.start, end: last.end, t0: i, t1: last === next ? i + 2 : i + 3 });
      }
    }
  }
  names.push(...regexHits(text, NAME_THEN_INITIAL));
  if (formFor(text, INITIAL).test(text)) names.push(...halfHiddenNames(text));
  // Initials and a surname ("J. de Vries"), not a road or an article's letter ("de A. van Amsterdam") nor a street
  // named after someone ("J.P. Coenstraat": a street, recognised as one).
  names.push(
    ...regexHits(
      text,
      INITIALS_THEN_NAME,
      (m) =>
        !NOT_A_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
        !pat.streetSuffix.test(fold(m[1]!)),
    ),
  );
  // A floor ("op 2-hoog") says where someone lives, like "woont": a soft detail.
  if (sameLength && lower.includes('hoog')) residences.push(...regexHits(lower, pat.floorNumber));
  put('street', streets);
  put('house-number', houseNumbers);
  put('name', names);
  put('origin', origins);
  put('residence', residences);
  // Every match holds one of INSTITUTION_HINTS (in some case): most drafts hold none, and the
  // pattern itself is slow (it tries its capital-letter classes at every word start).
  if (INSTITUTION_HINTS.some((hint) => lower.includes(hint))) put('institution', regexHits(text, pat.institution));
  // NOTE: names introduced by "naam was/heet/called X" used to be pushed onto `names` here, after
  // put('name', names) had already copied that list, so they never reached the result. The dead
  // regex run is gone; adding them for real would change findings (a rule-owner decision).
  return out;
}
