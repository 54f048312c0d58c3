/**
 * Nouns that refer to one person (folded), in ./person-nouns.list.json, used to read
 * "jongen van 16" as an age and "vrouw uit Almere" as an origin. The list ships in
 * the packed rule data (../data/word-lists.ts).
 */
import { bundledWordSet } from '../data/word-lists';

export const PERSON_NOUNS = bundledWordSet('lib/engine/pii/person-nouns.list.json');
