/**
 * A faster form of a u-flag regex for texts whose letters and digits are all Latin.
 *
 * Under the u flag V8 reads `\p{L}` and `\p{N}` (and `\p{Lu}`, `\p{Ll}`) as classes that also hold characters outside the
 * BMP (two code units each), so a loop such as `\p{L}+` cannot run as a simple greedy loop and
 * keeps backtracking state per character. Measured on 3,000-character slices of the dev corpus
 * (session 13): `\b\p{L}+\s+[1-9]\s*,\s*\p{L}+\s+0\b` scanned in ~230 µs, ~23 µs with `\p{L}`
 * written as the Latin letters below; other rule regexes 5x faster.
 *
 * In a text with no letter or digit beyond U+024F (Dutch and English posts, emoji included),
 * `\p{L}` and the Latin letter class match exactly the same characters, and so do `\p{N}`, `\p{Lu}`
 * and `\p{Ll}` and their Latin parts: the rewritten regex finds the same matches. Callers check the text first
 * (onlyLatinLetters) and run the original regex otherwise.
 */

/** Every `\p{L}` character up to U+024F (Basic Latin to Latin Extended-B), as class ranges. */
export const LATIN_LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** Every `\p{N}` character up to U+024F, as class ranges. */
export const LATIN_DIGITS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';

/** The last code point the Latin classes cover. */
export const LATIN_LAST = 0x24f;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * U+0345 (a Greek combining mark, not a letter) folds to a Greek letter: under the i flag \p{L} matches it and
 * the Latin letters do not. A text holding it counts as not Latin, so i-flag regexes may be rewritten too.
 */
const FOLDS_TO_LETTER = 0x345;

/**
 * Whether no letter or digit of `text` lies beyond U+024F, nor U+0345 (where the Latin forms find what the originals find).
 * A loop rather than one regex: most characters are ASCII and pass one comparison (a lookahead-and-class
 * regex took ~20–180 µs per 3,000 characters).
 */
export function onlyLatinLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) <= LATIN_LAST) continue;
    const code = text.codePointAt(i)!;
    if (code === FOLDS_TO_LETTER || LETTER_OR_DIGIT.test(String.fromCodePoint(code))) return false;
    if (code > 0xffff) i++;
  }
  return true;
}

/** Ranges of the code points up to LATIN_LAST that `property` holds (Lu and Ll alternate too often to write out). */
function latinRanges(property: RegExp): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0; c <= LATIN_LAST; c++) {
    if (!property.test(String.fromCharCode(c))) continue;
    let last = c;
    while (last < LATIN_LAST && property.test(String.fromCharCode(last + 1))) last++;
    out += last === c ? hex(c) : `${hex(c)}-${hex(last)}`;
    c = last;
  }
  return out;
}

let classBodies: Record<string, string> | undefined;

/** The Latin class body of each property the rewrite knows, made on first use. */
function classBody(property: string): string {
  classBodies ??= {
    L: LATIN_LETTERS,
    N: LATIN_DIGITS,
    Lu: latinRanges(/\p{Lu}/u),
    Ll: latinRanges(/\p{Ll}/u),
  };
  return classBodies[property]!;
}

const PROPERTY = /^([pP])\{(L[ul]?|N)\}/;

/**
 * `source` (a u-flag regex) with every `\p{L}`, `\p{N}`, `\p{Lu}` and `\p{Ll}` written as its Latin
 * ranges, inside a character class or as one of its own; their negations (`\P{L}`, ...) outside a class
 * as the negated class. Returns `source` itself when there is nothing to rewrite, when a negated
 * property stands inside a class (no way to write that without the v flag), or, for an i-flag regex
 * (`ignoreCase`), when it holds `\p{Lu}` or `\p{Ll}`: under i those match the case partners of every
 * cased letter (µ through Greek Μ), which the Latin ranges do not. Checked over every code point of
 * a Latin text (tests/unit/engine/latin-letters.test.ts): \p{L} and \p{N} agree under u and i+u.
 */
export function latinLetterSource(source: string, ignoreCase = false): string {
  let out = '';
  let inClass = false;
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const property = PROPERTY.exec(source.slice(i + 1, i + 6));
      if (property) {
        const body = classBody(property[2]!);
        const negated = property[1] === 'P';
        if ((negated && inClass) || (ignoreCase && property[2]!.length > 1)) return source;
        out += inClass ? body : negated ? `[^${body}]` : `[${body}]`;
        changed = true;
        i += property[0].length;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return changed ? out : source;
}

const twins = new WeakMap<RegExp, RegExp>();

/**
 * `re` in its Latin form (latinLetterSource, same flags; made once per regex), or `re` itself when it
 * has nothing to rewrite or is not a u-flag regex. Only for texts where onlyLatinLetters holds.
 */
export function latinForm(re: RegExp): RegExp {
  let twin = twins.get(re);
  if (!twin) {
    const source = re.unicode ? latinLetterSource(re.source, re.ignoreCase) : re.source;
    twin = source === re.source ? re : new RegExp(source, re.flags);
    twins.set(re, twin);
  }
  return twin;
}

/** The last two texts asked about and their answers (a check asks for the text and its lowercase form). */
const recent: { text: string; latin: boolean }[] = [];

/** onlyLatinLetters(text), remembered for the last two texts asked about. */
export function latinText(text: string): boolean {
  for (const entry of recent) if (entry.text === text) return entry.latin;
  const latin = onlyLatinLetters(text);
  if (recent.length === 2) recent.shift();
  recent.push({ text, latin });
  return latin;
}

/** `re` in the form to run on `text`: its Latin form when the text is Latin (latinText). */
export function formFor(text: string, re: RegExp): RegExp {
  return latinText(text) ? latinForm(re) : re;
}
