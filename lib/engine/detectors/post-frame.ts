/**
 * Post-wide frames, for exceptions that must see the whole post.
 *
 * A rule's `exceptions` look only at the matched sentence, but what a post IS is often said in
 * another sentence: one person's case told first ("Gedetineerde R. zit op dag 9...") and a policy
 * word in the next ("Advocaat belt elke dag"), an insult at people in the last sentence
 * ("...wat een stelletje holbewoners. Ruim je rotzooi op, varkens."), or a troop movement or a
 * staffing gap told next to a unit's name. Every corpus author but one labels such posts
 * victim-privacy, tone or confidentiality, never own-policy-area (tests/corpus/README.md:
 * "Individual case details alone are not own-policy-area"; operational details are confidentiality
 * only). These detectors answer for the whole post and return an empty hit at the start of every
 * sentence when the frame holds, so the exception cue "detector:<name>" excludes every sentence.
 *
 * Names: "post-insult-only" and the POST_TYPES (below, from the text alone), "post:finding:<category>" / "post:rule:<pack>/<rule>": a
 * finding of that category or rule, at warning or above, anywhere in the post; "post:lex:<id>": a
 * term of lexicon <id> (either language) anywhere in the post outside a URL.
 *
 * They read the findings raised so far: rules that use findings run after all others (model.ts), and
 * the detector cache keeps the first answer, so they belong in exceptions of such late rules only.
 */
import { type Analysis, inUrl, lexiconHits, setHits } from '../analysis';
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';
import { lexiconSetId } from '../set-ids';

/** Which sentences a post-wide frame reaches: the sentence's text and where it stands. */
type Scope = (sentence: string, ctx: RunContext, start: number, end: number) => boolean;

/** An empty hit at the start of each sentence `keep` accepts (of every sentence without it). */
function sentencesWhere(ctx: RunContext, keep: Scope = () => true): Hit[] {
  const { sentences, text } = ctx.analysis;
  return sentences
    .filter((s) => keep(text.slice(s.start, s.end), ctx, s.start, s.end))
    .map((s) => ({ start: s.start, end: s.start, t0: -1, t1: -1 }));
}

const everySentence = (ctx: RunContext) => sentencesWhere(ctx);

function raised(ctx: RunContext, category: string): boolean {
  return ctx.findings.some((f) => f.category === category && f.severity !== 'info');
}

/**
 * The post insults or mocks people (a tone finding anywhere) and judges no politician, party or
 * policy (no political-opinion finding): a rant at tourists, callers or litterers, not a view on
 * the author's policy area.
 */
export function detectPostInsultOnly(ctx: RunContext): Hit[] {
  return insultsPeople(ctx) && !raised(ctx, 'political-opinion') ? everySentence(ctx) : [];
}

/**
 * A tone finding other than swearing alone: "die ERTMS-software is één grote klerezooi" or "the way we handle
 * reports is a f*cking joke" curse at a thing in the author's area, and authors label both tone and own area there;
 * an insult or mockery aims at people.
 */
function insultsPeople(ctx: RunContext): boolean {
  return ctx.findings.some((f) => f.category === 'tone' && f.severity !== 'info' && !SWEARING.has(f.rule));
}

// Shouting alone is left out of this exception on purpose: an all-caps rant at people stays a rant (tuning data).
const SWEARING = new Set(['core/tone-swearing']);

/**
 * The post holds a link: it shares something published (LABELS.md: neutral sharing is no own-area finding). No
 * develop author labelled a post with a link own-area or political (226 lines); the own-area findings there came
 * from a word in the shared item's summary, not the author's view. An exception of the own-area rules that read a
 * single cue; a structure or stance rule still sees the post. Not when the author ties the post to their own work
 * (own-work-refs: "waar ik zelf aan werk", "ons ministerie"): then the words around the link are their view of their
 * own area, not a summary (review16). An e-mail address is no link (scope17): it says whom to ask, it shares nothing.
 * Whole post, a known gap: "Dit kabinet maakt van het pensioenstelsel een puinhoop. https://nos.nl/..." is the
 * author's view beside a link. Leaving out sentences with a @judgement-negative word mended it but raised one more
 * clean-line false alarm on two unseen sets (session 17); the link's sentence alone fails it (a bare URL stands after
 * the sentence it belongs to) and brought back 18 develop false findings.
 */
export function detectPostLink(ctx: RunContext): Hit[] {
  const { analysis } = ctx;
  const { urlSpans, text } = analysis;
  if (!urlSpans.some(([start, end]) => !EMAIL.test(text.slice(start, end))) || inPost(ctx, 'own-work-refs')) return [];
  return everySentence(ctx);
}

/** An e-mail address among the tokenizer's link spans: an "@" before any "/" ("mastodon.social/@x" is a link). */
const EMAIL = /^[^/]*@/;

/** Whether a term of lexicon `id` (either language) occurs anywhere in the post outside a URL. */
function inPost({ analysis }: RunContext, id: string): boolean {
  return (['nl', 'en'] as const).some((lang) =>
    setHits(analysis, lexiconSetId(id, lang)).some((h) => !inUrl(analysis, h)),
  );
}

/**
 * A detector that holds when the pattern occurs in the post (and `also` agrees): for every sentence, or for the
 * sentences `scope` accepts (each post type says below why its frame reaches as far as it does).
 */
const framedBy =
  (re: RegExp, also = (_: RunContext) => true, scopeOf: (ctx: RunContext) => Scope | undefined = () => undefined) =>
  (ctx: RunContext): Hit[] =>
    re.test(ctx.analysis.text) && also(ctx) ? sentencesWhere(ctx, scopeOf(ctx)) : [];

/**
 * What marks a victim in a notice that the name and age detectors do not see: a house number ("in haar portiek op
 * nummer 12") or a school class ("een meisje uit groep 7"). WHY: with one of these the notice tells who the victim
 * is, not only where something happened.
 */
const NOTICE_PERSON = /\b(?:nummer|nr\.?|huisnummer)\s*\d|\b(?:groep|klas)\s+\d/i;

const EXERCISE =
  /(?<!\p{L})(?!tafel)(?:\p{L}+-?)?(?:oefening(?!\s+baart)|exercise(?!\s+(?:caution|care|restraint|discretion|patience|vigilance|(?:my|your|our|their|his|her|its|the)\s+rights?))|drills?(?![\p{L}-]))/iu;

/**
 * A sentence the exercise frames: it names the exercise, and not as over or as not this one ("na de oefening", "after
 * the drill", "geen oefening") beside another operation ("... rukken we om 14:00 met twee arrestatieteams uit"): that
 * operation is real. Named as over with no other operation ("ligt in het UMC, vlak na de oefening") it still frames.
 */
const exerciseSentence: Scope = (s, { analysis }, start, end) =>
  EXERCISE.test(s) &&
  (!OTHER_THAN_EXERCISE.test(s) ||
    !lexiconHits(analysis, 'operations').some(
      (h) => h.start >= start && h.end <= end && !EXERCISE.test(analysis.text.slice(h.start, h.end)),
    ));

const OTHER_THAN_EXERCISE = /\b(?:na|after|geen|not an?)\s(?:\S+\s){0,3}?\S*(?:oefening|exercise|drill)/i;

/**
 * Whether the post speaks of something beside the exercise: the exercise named as over or as not this one, or a real
 * call ("Tijdens de oefening kwam er een echte melding binnen"). Only then is the frame kept to the exercise's own
 * sentences (review17): an exercise post often gives its times in another sentence ("Vandaag een oefening bij de
 * haven. Om 10:00 rukten twee arrestatieteams uit ...", "... Gelukkig was het maar een oefening!"), and those
 * times are the exercise's.
 */
const BESIDE_EXERCISE = new RegExp(
  `${OTHER_THAN_EXERCISE.source}|\\bechte?\\s+(?:melding|inzet|actie|operatie|incident|alarm)|\\breal\\s+(?:call|incident|operation|alarm)`,
  'i',
);

/**
 * The sentences an exercise frames: the whole post, or only its own sentences beside another operation. Decided once
 * per post (framedBy's scopeOf): testing the whole text in each sentence's scope made a 60,000-character post
 * quadratic (1.2 s instead of 0.2 s, session 17).
 */
const exerciseScope = (ctx: RunContext): Scope | undefined =>
  BESIDE_EXERCISE.test(ctx.analysis.text) ? exerciseSentence : undefined;

const MOURNING =
  /condolean|condolence|gecondoleerd|thoughts are with|nabestaanden|herdenk|herdacht|stille tocht|minuut stilte|minute of silence|remembrance|lest ?we ?forget|we will remember/i;
const RIP = /rust zacht|in memoriam|\brip\b(?![\s-]*off)|rest in peace/i;

/** Words that say someone died or is mourned: "RIP" and "rust zacht" are said of a laptop or of Windows 7 too. */
const PERSON =
  /\b(?:collega|colleague|maatje?|mate|hij|zij|hem|he|she|him|meneer|mevrouw)\b|overle|omgekom|verongelukt|died|passed/i;

/**
 * What no commemoration needs and a work record holds: a password or code, someone's dossier, a diagnosis, a client
 * or case number. A sentence with one of these discloses work information in a mourning post too. Not a dossier as
 * such: "hij kende elk dossier uit zijn hoofd" praises a colleague (review17).
 */
const RECORD =
  /wachtwoord|password|(?:pin|inlog|toegangs|deur|alarm)code|\b(?:zijn|haar|hun|his|her|their)\s+(?:\S+\s)?(?:\p{L}*dossier|files?\b)|dossier(?:nummer|\s+van)|diagnos|cli[eë]ntnummer|client number|bsn\b/iu;

/**
 * Post types that victim-privacy and confidentiality rules consult as exceptions ("detector:post-notice", ...): what a
 * post IS decides whether a detail in it discloses anything (LABELS.md), and that is often said in another sentence.
 */
export const POST_TYPES = {
  // A public appeal or notice (witnesses or tips wanted, a press release, where the news follows, what road users should
  // expect): telling where and what happened is the expected practice there. One that names someone by name or age
  // ("de vermiste Noor (14) is gevonden") or marks them otherwise (NOTICE_PERSON) still makes that person identifiable.
  // The whole post: the appeal ("Heeft u iets gezien? Bel 0900-8844") closes the sentences that tell the incident
  // (five develop notices), and the guard against naming is what keeps a person's details a finding.
  'post-notice': framedBy(
    /getuigen(?:oproep| gezocht)|zoek(?:en|t) getuigen|witnesses|heeft u (?:iets|beelden)|iets gezien\?|0900-?8844|meld misdaad|persbericht|press release|delen we via|voor het delen|houd rekening met/i,
    ({ analysis }) => !named(analysis) && !NOTICE_PERSON.test(analysis.text),
  ),
  // An exercise or drill ("oefening", "ATLAS-oefening", "brandweeroefening"; not the "tafeloefening" of a real
  // event's preparation): its times and units are no real operation's. Not the proverb "oefening baart kunst", the
  // verb "exercise caution" or "exercise their right", nor drill music ("drillrapper", "drill-video"): those say
  // nothing of the post's times. Scope (scope17, review17: exerciseScope): the whole post, but only the sentences that
  // name the exercise when the post also speaks of a real action ("Na de oefening rukken we nu echt uit. Om 14:00
  // gaan twee arrestatieteams ...").
  'post-exercise': framedBy(EXERCISE, undefined, exerciseScope),
  // A commemoration or condolence: remembering people shares no work information; a guess about what happened
  // ("ik denk zelf dat het een overdosis was ... RIP") is no commemoration (LABELS.md). Not "veel sterkte" (wished
  // for exams or a move as often as for a loss; no finding over the develop and check files depends on it) nor a
  // "rip-off"; "RIP" or "rust zacht" only of a person (PERSON, a name or an age), not of Windows 7 (scope17).
  // The whole post, as commemorations tell the person in the sentences after the "RIP" (their room, their family,
  // the ceremony: three develop lines labelled victim-privacy only), but not a sentence with a work record (RECORD):
  // a password or a client's dossier stays a finding in any post.
  'post-mourning': framedBy(
    new RegExp(`${MOURNING.source}|${RIP.source}`, 'i'),
    (ctx) => !inPost(ctx, 'speculation') && mournsPerson(ctx),
    () => (s) => !RECORD.test(s),
  ),
};

/** Whether the post mourns a person: a commemoration word, or "RIP" and the like beside a person, a name or an age. */
function mournsPerson({ analysis }: RunContext): boolean {
  return MOURNING.test(analysis.text) || PERSON.test(analysis.text) || named(analysis);
}

/** Whether the post names someone or gives an age (the name and age recognisers). */
const named = ({ pii }: Analysis) => !!pii.get('name')?.length || !!pii.get('age')?.length;

/** The detector for a "post:finding:<category>" or "post:rule:<id>" name; undefined for other names. */
export function postFindingDetector(name: string): ((ctx: RunContext) => Hit[]) | undefined {
  if (name.startsWith('post:finding:')) {
    const category = name.slice('post:finding:'.length);
    return (ctx) => (raised(ctx, category) ? everySentence(ctx) : []);
  }
  if (name.startsWith('post:rule:')) {
    const rule = name.slice('post:rule:'.length);
    return (ctx) => (ctx.findings.some((f) => f.rule === rule && f.severity !== 'info') ? everySentence(ctx) : []);
  }
  if (name.startsWith('post:lex:')) {
    const id = name.slice('post:lex:'.length);
    return (ctx) => (inPost(ctx, id) ? everySentence(ctx) : []);
  }
  return undefined;
}
