/**
 * Shape of a rule pack (rules/*.json) and of a lexicon (rules/lexicons/*.json).
 * Packs are data: policy officers write and test them without code. The
 * engine validates every pack against this shape (lib/engine/pack-schema.ts)
 * at build time (`npm run packs:validate`) and when a custom pack is imported.
 *
 * TERM SYNTAX (lexicons, area vocabularies, `tokens`):
 * - lowercase; diacritics as in normal spelling ("patiënt"); matching folds diacritics.
 * - a single word matches a whole token and its regular inflections, which the
 *   engine derives (Dutch: -e, -en, -s, -'s, -er/-ste, -je/-tje/-pje, verb -t/-de/-te/-d;
 *   English: -s, -es, -ed, -ing, -er, -est) — write the base form only;
 * - a single word of 5+ letters also matches as the LAST part of a compound
 *   ("minister" matches "kutminister", "asielbeleid" matches "beleid" when listed);
 * - "prefix*" matches any token starting with prefix ("kut*" → "kutbeleid");
 * - several words ("tussen ons", "stem op") match that token sequence
 *   (each word inflection-tolerant as above);
 * - "re:<regex>" is a JavaScript regular expression (flags iu) over the sentence text.
 */

import type { Category, Severity, Stelregel, UiLanguage } from './types';

export type LocalText = { nl: string; en: string };
export type Lang = UiLanguage;

/** A rule's `language`: one language or both ("any"). */
export const RULE_LANGUAGES = ['nl', 'en', 'any'] as const;

/** Where a rule's `requires` is looked for (see PackRule.window). */
export const RULE_WINDOWS = ['sentence', 'near', 'text', 'short-text'] as const;

/** Where a rule's `exceptions` are looked for (see PackRule.exceptionWindow). */
export const EXCEPTION_WINDOWS = ['sentence', 'near', 'text'] as const;

/** What a pack is: the core stelregels, an organisation's pack, or one a user or IT department added. */
export const PACK_KINDS = ['core', 'organisation', 'custom'] as const;

export interface Lexicon {
  /** File name without ".<lang>.json", e.g. "insults". Referred to as "@insults". */
  id: string;
  language: Lang;
  description: string;
  terms: string[];
}

/** A rule's category: one of the engine's finding categories (lib/engine/types.ts). */
export type RuleCategory = Category;

/**
 * A cue: a term (see TERM SYNTAX) or a reference:
 * - "@<lexicon-id>": any term of that lexicon in the sentence's language;
 * - "area:<area-id>" / "area:*": a term of that policy area (or any area) of the active packs;
 * - "own-topic": a term of the user's own topics (or, with no topics, the organisation's core areas);
 * - "sensitive": a sensitive issue of the active packs;
 * - "leadership": a name of the political leadership of the active packs;
 * - "pii:<kind>": a recogniser: postcode, phone, bsn, kenteken, email, iban, age, house-number, name,
 *   street, origin;
 * - "@<lexicon-id>:*": that lexicon in both languages;
 * - "detector:<name>": a detector in code (shouting, victim-identifiable, ...: lib/engine/detectors);
 * - "finding:<category>": a finding of that category (warning or above) already raised in the window.
 */
export type Cue = string;

export interface PackRule {
  /** Unique within the pack; the global id is "<pack-id>/<rule-id>". */
  id: string;
  category: RuleCategory;
  stelregel: Stelregel;
  severity: Severity;
  /** Language of the sentences the rule applies to; "any" for both. */
  language: (typeof RULE_LANGUAGES)[number];
  /** The rule fires when ANY of these cues matches (the match becomes the finding's range) ... */
  match: Cue[];
  /** ... and, for each inner list here, at least one of its cues matches in the same window. */
  requires?: Cue[][];
  /**
   * Where `requires` is looked for: the same sentence (default), that sentence and its neighbours ("near"), the whole
   * text ("text"), or the whole text when it is short and otherwise as "near" ("short-text": a post of at most 400
   * characters, or at most 3 sentences and 600 characters, is one thought: a subject in one sentence and a judgement
   * in another belong together; in a long post they may be paragraphs apart).
   */
  window?: (typeof RULE_WINDOWS)[number];
  /** The rule does not fire when any of these cues matches in the exception window (default: the same sentence). */
  exceptions?: Cue[];
  /**
   * Where `exceptions` are looked for: the matched sentence (default), that sentence and its neighbours ("near":
   * an ellipsis or "maar..." splits one thought into two sentences), or the whole text. Independent of `window`.
   */
  exceptionWindow?: (typeof EXCEPTION_WINDOWS)[number];
  /** Roles (free text, lowercase substrings) for which the rule does not apply, e.g. "woordvoerder". */
  exceptRoles?: string[];
  message: LocalText;
  suggestion: LocalText;
  link?: string;
  /** Also match inside quoted text (default false: quotes report someone else's words). */
  quoted?: boolean;
  /** Skip a match preceded by a negation ("geen", "not"); default true. */
  negatable?: boolean;
  /** Fixture texts for `npm run packs:test`: `invalid` must trigger this rule, `valid` must not (with `profile`). */
  examples?: {
    invalid?: string[];
    valid?: string[];
    profile?: { organisation?: string; topics?: string[]; role?: string };
  };
}

export interface PolicyArea {
  /** e.g. "politie", "asiel-migratie". Users can pick it as a topic by id or by name. */
  id: string;
  name: LocalText;
  /** Typical vocabulary, base forms (see TERM SYNTAX). At least 20 per language for a ministry area. */
  terms: { nl: string[]; en: string[] };
}

export interface RulePack {
  id: string;
  kind: (typeof PACK_KINDS)[number];
  name: LocalText;
  description?: LocalText;
  /** For organisation packs: the organisation id (LABELS.md) this pack belongs to. */
  organisation?: string;
  /** Older organisation ids that resolve to this pack plus one area as a topic, e.g. {"aenm": "asiel-migratie"}. */
  aliases?: Record<string, string>;
  /** Names of the organisation's political leadership (ministers, state secretaries, mayor...). */
  leadership?: string[];
  /** Core portfolio: area ids used as "own topic" when the user named no topics. Default: all areas. */
  coreAreas?: string[];
  areas?: PolicyArea[];
  /** Politically contested or sensitive issues of the portfolio (terms, both languages). */
  sensitive?: { nl: string[]; en: string[] };
  rules?: PackRule[];
  /** Extra terms merged into lexicons ("@<id>"), per language: lets a pack extend a shared word list. */
  lexicons?: Record<string, { nl?: string[]; en?: string[] }>;
  /** Terms removed from lexicons when this pack is loaded (harmless words a shared list should not carry). */
  lexiconExclusions?: Record<string, string[]>;
}
