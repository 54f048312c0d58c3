/**
 * A text layout of the compacted rule files that compresses better than their
 * JSON (about 5% smaller deflated, 3.5% with LZMA, 29 Nov 2026), and that reads back to exactly the
 * same value (the build checks that, see ruleDataText, and ships plain JSON otherwise).
 *
 * Lines:
 *   0      the JSON "skeleton": every list of strings replaced by [n], its length, and
 *          every other string (without a line break) by null;
 *   1      "R,S": the number of regex terms and of those other strings;
 *   then   the R regex terms ("re:" dropped), the S other strings, then every string of
 *          the lists, in order, one per line; an empty line stands for "the next regex term",
 *          and a line starting with a character U+000B-U+001F (code k + 7) for the previous
 *          list string's first k characters (4 <= k <= 24) followed by the rest of the line.
 *
 * WHY: word lists are most of the data. One word per line spares the `","` and the
 * escaping of JSON; regular expressions (long alternations with backslashes), messages
 * and the JSON structure each compress better among their own kind than mixed.
 * Nothing is reordered within a list. The shared start with the previous word (front
 * coding: "kabinet", "kabinetsbeleid") packs the word lists about 0.7% smaller with LZMA
 * (1 KB of the built file, 29 Nov 2026 session 8; from 4 characters on: shorter shared
 * starts cost more as a code than LZMA spends on them).
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

/** Whether a list string's line would read as front-coded (its first character is a shared-start code). */
function startsWithCode(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= SHARED_MIN + SHARED_CODE && code <= SHARED_MAX + SHARED_CODE;
}

/** The line of a list string after `previous` (the list string before it, in any list). */
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

/**
 * The layout of `value`, or undefined when it would not read back exactly: a list's string
 * that cannot be kept apart (a line break, an empty string), a value that looks like a
 * placeholder (null, NaN, a list of one number), or a "__proto__" key (assigning it while
 * reading would set the prototype instead of a property).
 */
export function encodeLayout(value: unknown): string | undefined {
  const regexes: string[] = [];
  const strings: string[] = [];
  const words: string[] = [];
  let previous = '';
  let representable = true;
  // The replacer sees every original value once; what it returns in their place is not
  // passed to it again, so the placeholders it writes are not mistaken for real ones.
  const skeleton = JSON.stringify(value, (key, item: unknown) => {
    if (key === '__proto__' || looksLikePlaceholder(item)) representable = false;
    if (typeof item === 'string' && !item.includes('\n')) {
      strings.push(item);
      return null;
    }
    if (!isStringList(item)) return item;
    for (const text of item) {
      if (text === '' || text.includes('\n')) representable = false;
      if (text.startsWith(REGEX_PREFIX)) {
        regexes.push(text.slice(REGEX_PREFIX.length));
        words.push('');
      } else {
        if (startsWithCode(text)) representable = false;
        words.push(frontCoded(text, previous));
        previous = text;
      }
    }
    return [item.length];
  });
  if (!representable || skeleton === undefined) return undefined;
  return [skeleton, `${regexes.length},${strings.length}`, ...regexes, ...strings, ...words].join('\n');
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

/**
 * The same from the text's lines, in steps of about LAYOUT_STEP_LINES lines (the page's
 * warm-up); each step yields the lines read so far. It fills the skeleton's placeholders
 * in document order as JSON.parse's reviver did before (a node after its children), so the
 * value is the same; a reviver cannot pause, hence this walk.
 */
export function* decodeLayoutSteps(lines: string[]): Generator<number, unknown> {
  const [regexCount, stringCount] = lines[1]!.split(',').map(Number) as [number, number];
  let regex = 2;
  let string = regex + regexCount;
  let word = string + stringCount;
  const start = regex + string + word;
  const read = () => regex + string + word - start;
  const isListPlaceholder = (item: unknown): item is [number] =>
    Array.isArray(item) && item.length === 1 && typeof item[0] === 'number';
  let stepEnd = LAYOUT_STEP_LINES;
  let previous = ''; // the last list string read (front coding)
  // Reads a word list; with `pause`, it also stops inside the list when a step is full, so one
  // long list (the places, the judgement words: over 1,000 lines each) is not one long step.
  function* listSteps(count: number, pause: boolean): Generator<number, string[]> {
    // Damaged text must fail, not run on past the end (a count of 1e152 never would).
    if (count > lines.length - word) throw new Error('Rule data layout: a list runs past the end');
    const list: string[] = [];
    for (let k = 0; k < count; k++) {
      const line = lines[word++]!;
      if (line === '') list.push(REGEX_PREFIX + lines[regex++]!);
      else {
        previous = startsWithCode(line) ? previous.slice(0, line.charCodeAt(0) - SHARED_CODE) + line.slice(1) : line;
        list.push(previous);
      }
      if (pause && read() >= stepEnd) {
        yield read();
        stepEnd = read() + LAYOUT_STEP_LINES;
      }
    }
    return list;
  }
  const fill = (item: unknown): unknown => {
    if (item === null) return lines[string++];
    if (typeof item !== 'object') return item;
    if (isListPlaceholder(item)) return runSteps(listSteps(item[0], false));
    if (Array.isArray(item)) {
      for (let k = 0; k < item.length; k++) item[k] = fill(item[k]);
      return item;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = fill(record[key]);
    return item;
  };
  function* fillSteps(item: unknown, depth: number): Generator<number, unknown> {
    if (isListPlaceholder(item)) return yield* listSteps(item[0], true);
    if (depth === 0 || item === null || typeof item !== 'object' || (Array.isArray(item) && item.length === 1))
      return fill(item);
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      record[key] = yield* fillSteps(record[key], depth - 1);
      if (read() >= stepEnd) {
        yield read();
        stepEnd = read() + LAYOUT_STEP_LINES;
      }
    }
    return item;
  }
  return yield* fillSteps(JSON.parse(lines[0]!), STEP_DEPTH);
}
