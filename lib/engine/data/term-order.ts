/**
 * The order the build packs a term list in: sorted, so neighbouring terms share longer starts (the layout's
 * front coding, ./layout.ts, and LZMA find more), and read by the engine exactly as the written order.
 *
 * WHY it reads the same (lib/engine/match/term-index.ts, addSetSteps and scan): every term of a list goes
 * into one term set, and
 * - a single word (or `prefix*`) only adds its set to the lists under its word, compound tail or first two
 *   letters; those lists are in the order the SETS were added, and a set's own terms all come together, so
 *   the order of a set's words among themselves changes no list and no hit;
 * - a phrase goes to the list under its first and second word; phrases with the same two words keep their
 *   order here (one sort key, a stable sort), and the scan walks different lists in the order of the token's
 *   and the next word's inflection candidates, not in the terms' order;
 * - what depends on the written order keeps it: regex terms (their alternation order decides a match's end),
 *   phrases whose first or second word is a prefix (one list for every set, tried in order), and phrases that
 *   do not start with a letter or digit (an emoji's phrases are tried in their first-seen order), all last,
 *   in their own order.
 * So the per-set hits, and their order, are the same: tests/unit/engine/term-order.test.ts compares them, and
 * tests/unit/engine/compact-rule-data.test.ts every finding on the shipped data over every corpus.
 */
import { termWords } from '../match/term-index';

/** The sort key of terms that keep their written order: after every other key (the sort is stable). */
const WRITTEN_ORDER = '\uffff';
// Not an emoji: 'ℹ' is a letter AND a pictograph, and the tokeniser reads it as an emoji (kept in written order).
const WORD_START = /^(?!\p{Extended_Pictographic})[\p{L}\p{N}]/u;

function orderKey(term: string): string {
  const trimmed = term.trim();
  if (trimmed.startsWith('re:')) return WRITTEN_ORDER;
  const [first, second] = termWords(trimmed);
  if (!first) return '';
  if (!second) return first.text;
  if (first.prefix || second.prefix || !WORD_START.test(first.text)) return WRITTEN_ORDER;
  return `${first.text} ${second.text}`;
}

/** `terms` in packing order (a new list; see above). */
export function packingOrder(terms: readonly string[]): string[] {
  const keyed = terms.map((term) => ({ term, key: orderKey(term) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ term }) => term);
}
