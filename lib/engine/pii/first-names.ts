/**
 * Common first names in the Netherlands (folded), in ./first-names.list.json. A
 * capitalised word from this list counts as a person's name; names outside it are
 * found by context (title, initials, apposition with an age). The list ships in the
 * packed rule data (../data/word-lists.ts).
 */
import { bundledWordSet } from '../data/word-lists';

export const FIRST_NAMES = bundledWordSet('lib/engine/pii/first-names.list.json');
