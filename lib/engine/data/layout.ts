/**
 * A text layout of the compacted rule files that compresses better than their
 * JSON (about 5% smaller deflated, 3.5% with LZMA, 29 Nov 2026), and that reads back to exactly the
 * same value (the build checks that, see ruleDataText, and ships plain JSON otherwise).
 *
 * Lines:
 *   0      the JSON "skeleton": every list of strings replaced by [n], its length, and
 *          every other string (without a line break) by null;
 *   1      "R|S1,S2,...|W1,W2,...": the number of regex terms, the number of other strings in
 *          each string stream and of list strings in each word stream (see streams below);
 *   then   the word streams, then the string streams, then the R regex terms ("re:" dropped, frequent
 *          pieces as one character: REGEX_PIECES), one string per line, each stream in document order; in a
 *          word stream an empty line stands for "the next regex term", and a line starting with a character
 *          U+000B-U+001F (code k + 7) for the previous string of that stream's first k characters
 *          (4 <= k <= 24) followed by the rest of the line.
 *
 * Streams: strings and lists are grouped by the key they sit under (all "nl" messages together,
 * all "en" ones, all ids, all "terms" lists, all "match" cue lists; a list member's index counts as
 * one key), the streams in the order their keys first occur. The decoder meets the placeholders
 * in the same document order, so it knows each stream's place from the counts alone.
 *
 * WHY: word lists are most of the data. One word per line spares the `","` and the
 * escaping of JSON; regular expressions (long alternations with backslashes), messages
 * and the JSON structure each compress better among their own kind than mixed, and so do
 * the messages of one language, the ids, the lexicons' terms and the rules' cues (streams:
 * 1.2 KB of the built file, 29 Nov 2026 session 9). The regex terms come last (session 18): after the
 * words they are made of, LZMA finds their words' matches (content scripts' LZMA data 176,943 -> 176,569
 * bytes against regexes first; regexes inline in their lists: 2.5 KB larger). The layout reorders nothing within a list (the build's
 * compaction ships lexicon lists in packing order, ./term-order.ts). The
 * shared start with the previous word (front coding: "kabinet", "kabinetsbeleid") packs the word
 * lists about 0.7% smaller with LZMA (1 KB of the built file, 29 Nov 2026 session 8; from 4
 * characters on: shorter shared starts cost more as a code than LZMA spends on them).
 */

import { runSteps } from '../steps';

const REGEX_PREFIX = 're:';
/**
 * Front coding (see above): a shared start of k = SHARED_MIN..SHARED_MAX characters is written as the
 * character k + SHARED_CODE, U+000B-U+001F: control characters no rule text starts with, above the
 * line break (U+000A) that separates the lines.
 */
const SHARED_MIN = 4;
const SHARED_MAX = 24;
const SHARED_CODE = 7;
/**
 * The pieces of regular expressions written most often (7,558 "\\s+", 4,896 "(?:", 3,767 "\\b" in 1,810
 * regex terms), each written as one character in the regex lines: the i-th as U+0001 + i, control
 * characters no regex term holds (the layout declines a value where one does). WHY: LZMA codes such a
 * character in context in fewer bits than a two- to five-character match: 1.4 kB less packed data,
 * 1.6 kB of the built file (29 Nov 2026 session 9; more short pieces gained nothing). The two gap
 * pieces ("up to n words", 557 times; "up to n characters of the sentence", 158 times) save 0.2 kB more
 * (session 14: 205,256 -> 205,056 bytes of packed text).
 */
const REGEX_PIECES = ['\\s+', '(?:', '\\b', '\\p{L}', '\\s*', '(?:\\p{L}+\\s+){0,', '[^.!?]{0,'];
/** The pieces as one pattern (a literal: smaller built code than one made from the list), the longer gap before "(?:". */
const REGEX_PIECE = /\(\?:\\p\{L\}\+\\s\+\)\{0,|\[\^\.!\?\]\{0,|\\s\+|\(\?:|\\b|\\p\{L\}|\\s\*/g;
const pieceCode = (i: number) => String.fromCharCode(1 + i);

const shortRegex = (source: string) => source.replace(REGEX_PIECE, (piece) => pieceCode(REGEX_PIECES.indexOf(piece)));
/** The regex term of a regex line: each piece code back to its piece (one pass over the characters, the fastest tried). */
function fullRegex(line: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 1 && code <= REGEX_PIECES.length) {
      out += line.slice(from, i) + REGEX_PIECES[code - 1];
      from = i + 1;
    }
  }
  return from === 0 ? line : out + line.slice(from);
}
/** Whether a regex term holds a character that would read back as a piece. */
const holdsPieceCode = (source: string) => REGEX_PIECES.some((_, i) => source.includes(pieceCode(i)));

/** Whether a list string's line would read as front-coded (its first character is a shared-start code). */
function startsWithCode(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= SHARED_MIN + SHARED_CODE && code <= SHARED_MAX + SHARED_CODE;
}

/** The line of a list string after `previous` (the list string before it in its word stream, in any list). */
function frontCoded(text: string, previous: string): string {
  let k = 0;
  const most = Math.min(text.length, previous.length, SHARED_MAX);
  while (k < most && text.charCodeAt(k) === previous.charCodeAt(k)) k++;
  // Never between the two halves of a surrogate pair: the line must be valid UTF-16.
  if (k > 0 && (text.charCodeAt(k - 1) & 0xfc00) === 0xd800) k--;
  return k >= SHARED_MIN ? String.fromCharCode(SHARED_CODE + k) + text.slice(k) : text;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

/**
 * A real `[n]` in the value would read back as a placeholder, and so would a null, or
 * anything JSON writes as null (NaN, Infinity, undefined in a list).
 */
function looksLikePlaceholder(item: unknown): boolean {
  if (item === null || item === undefined || typeof item === 'function' || typeof item === 'symbol') return true;
  if (typeof item === 'number') return !Number.isFinite(item);
  return Array.isArray(item) && item.length === 1 && typeof item[0] === 'number';
}

/** The stream a string or list under `key` goes to: its key, or one stream for every list index. */
function streamOf(key: string): string {
  return /^\d+$/.test(key) ? '#' : key;
}

/** Strings by stream, the streams in the order their keys first occur (a Map keeps that order). */
class Streams {
  readonly lines = new Map<string, string[]>();
  push(key: string, line: string): void {
    const stream = streamOf(key);
    const lines = this.lines.get(stream) ?? [];
    this.lines.set(stream, lines);
    lines.push(line);
  }
  counts(): string {
    return [...this.lines.values()].map((lines) => lines.length).join(',');
  }
}

/**
 * The layout of `value`, or undefined when it would not read back exactly: a list's string
 * that cannot be kept apart (a line break, an empty string), a value that looks like a
 * placeholder (null, NaN, a list of one number), or a "__proto__" key (assigning it while
 * reading would set the prototype instead of a property).
 */
export function encodeLayout(value: unknown): string | undefined {
  const regexes: string[] = [];
  const strings = new Streams();
  const words = new Streams();
  const previous = new Map<string, string>(); // the last list string of each word stream
  let representable = true;
  // The replacer sees every original value once; what it returns in their place is not
  // passed to it again, so the placeholders it writes are not mistaken for real ones.
  const skeleton = JSON.stringify(value, (key, item: unknown) => {
    if (key === '__proto__' || looksLikePlaceholder(item)) representable = false;
    if (typeof item === 'string' && !item.includes('\n')) {
      strings.push(key, item);
      return null;
    }
    if (!isStringList(item)) return item;
    const stream = streamOf(key);
    for (const text of item) {
      if (text === '' || text.includes('\n')) representable = false;
      if (text.startsWith(REGEX_PREFIX)) {
        if (holdsPieceCode(text)) representable = false;
        regexes.push(shortRegex(text.slice(REGEX_PREFIX.length)));
        words.push(key, '');
      } else {
        if (startsWithCode(text)) representable = false;
        words.push(key, frontCoded(text, previous.get(stream) ?? ''));
        previous.set(stream, text);
      }
    }
    return [item.length];
  });
  if (!representable || skeleton === undefined) return undefined;
  return [
    skeleton,
    `${regexes.length}|${strings.counts()}|${words.counts()}`,
    ...[...words.lines.values()].flat(),
    ...[...strings.lines.values()].flat(),
    ...regexes,
  ].join('\n');
}

export function decodeLayout(text: string): unknown {
  return runSteps(decodeLayoutSteps(text.split('\n')));
}

/** Lines per step of decodeLayoutSteps: about 2 ms on cold code in a fresh page. */
export const LAYOUT_STEP_LINES = 1000;
/**
 * How deep the steps reach: between the children of the root (the files), of each file,
 * of its data and of their members (a pack's rules): one rule at most past a step's lines (a word list
 * met on the way pauses inside itself).
 */
const STEP_DEPTH = 4;

/** A stream's next line and the line after its last. */
interface StreamPlace {
  next: number;
  end: number;
}

/**
 * The stream of a key: streams get their places (from `first` on, `counts` lines each) in the
 * order their keys are first met, which is the order the encoder met them.
 */
function streamReader(counts: number[], first: number): (key: string) => StreamPlace {
  const places = new Map<string, StreamPlace>(); // by stream
  const byKey = new Map<string, StreamPlace>(); // the same by key (a list index: one lookup, no pattern)
  let place = first;
  return (key) => {
    const known = byKey.get(key);
    if (known) return known;
    const stream = streamOf(key);
    let found = places.get(stream);
    if (!found) {
      const count = counts[places.size];
      // Damaged text must fail, not run on past the end.
      if (count === undefined) throw new Error('Rule data layout: more streams than counted');
      found = { next: place, end: place + count };
      places.set(stream, found);
      place += count;
    }
    byKey.set(key, found);
    return found;
  };
}

/**
 * The same from the text's lines, in steps of about LAYOUT_STEP_LINES lines (the page's
 * warm-up); each step yields the lines read so far. It fills the skeleton's placeholders
 * in document order as JSON.parse's reviver did before (a node after its children), so the
 * value is the same; a reviver cannot pause, hence this walk.
 */
export function* decodeLayoutSteps(lines: string[]): Generator<number, unknown> {
  const [, stringText, wordText] = lines[1]!.split('|') as [string, string, string];
  const counts = (text: string) => (text === '' ? [] : text.split(',').map(Number));
  const sum = (list: number[]) => list.reduce((total, count) => total + count, 0);
  const stringCounts = counts(stringText);
  const wordCounts = counts(wordText);
  const words = streamReader(wordCounts, 2);
  const strings = streamReader(stringCounts, 2 + sum(wordCounts));
  let regex = 2 + sum(wordCounts) + sum(stringCounts);
  let read = 0;
  const isListPlaceholder = (item: unknown): item is [number] =>
    Array.isArray(item) && item.length === 1 && typeof item[0] === 'number';
  let stepEnd = LAYOUT_STEP_LINES;
  const previous = new Map<StreamPlace, string>(); // the last list string read of each word stream (front coding)
  // Reads a word list; with `pause`, it also stops inside the list when a step is full, so one
  // long list (the places, the judgement words: over 1,000 lines each) is not one long step.
  function* listSteps(key: string, count: number, pause: boolean): Generator<number, string[]> {
    // Damaged text must fail, not run on past the end (a count of 1e152 never would).
    const stream = words(key);
    if (count > stream.end - stream.next) throw new Error('Rule data layout: a list runs past the end');
    let last = previous.get(stream) ?? '';
    const list: string[] = [];
    for (let k = 0; k < count; k++) {
      const line = lines[stream.next++]!;
      read++;
      if (line === '') {
        list.push(REGEX_PREFIX + fullRegex(lines[regex++]!));
        read++;
      } else {
        last = startsWithCode(line) ? last.slice(0, line.charCodeAt(0) - SHARED_CODE) + line.slice(1) : line;
        list.push(last);
      }
      if (pause && read >= stepEnd) {
        yield read;
        stepEnd = read + LAYOUT_STEP_LINES;
      }
    }
    previous.set(stream, last); // (no other list of the stream is read while this one pauses)
    return list;
  }
  const fill = (key: string, item: unknown): unknown => {
    if (item === null) {
      read++;
      return lines[strings(key).next++];
    }
    if (typeof item !== 'object') return item;
    if (isListPlaceholder(item)) return runSteps(listSteps(key, item[0], false));
    if (Array.isArray(item)) {
      for (let k = 0; k < item.length; k++) item[k] = fill(String(k), item[k]);
      return item;
    }
    const record = item as Record<string, unknown>;
    for (const member of Object.keys(record)) record[member] = fill(member, record[member]);
    return item;
  };
  function* fillSteps(key: string, item: unknown, depth: number): Generator<number, unknown> {
    if (isListPlaceholder(item)) return yield* listSteps(key, item[0], true);
    if (depth === 0 || item === null || typeof item !== 'object' || (Array.isArray(item) && item.length === 1))
      return fill(key, item);
    const record = item as Record<string, unknown>;
    for (const member of Object.keys(record)) {
      record[member] = yield* fillSteps(member, record[member], depth - 1);
      if (read >= stepEnd) {
        yield read;
        stepEnd = read + LAYOUT_STEP_LINES;
      }
    }
    return item;
  }
  return yield* fillSteps('', JSON.parse(lines[0]!), STEP_DEPTH);
}
