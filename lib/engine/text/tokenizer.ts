/**
 * Unicode-aware tokenizer with UTF-16 offsets into the original text. Dutch is
 * tokenised here (not by compromise, which rewrites English contractions and
 * would alter Dutch words such as "dun" or "im").
 */
import { fold } from './normalize';

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'emoji' | 'punct';

export interface Token {
  /** Original text of the token (hashtags/mentions without the sign). */
  text: string;
  /** Folded form used for matching. */
  norm: string;
  /** Folded parts of a hyphenated or apostrophe word ("pvv-fractie" → pvv, fractie). */
  parts: string[];
  kind: TokenKind;
  start: number;
  end: number;
  /** True when the original word is written in capitals (2+ letters). */
  upper: boolean;
  /** True when the first letter is a capital. */
  capital: boolean;
}

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*|[\u{1F1E6}-\u{1F1FF}]{2}`;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:nl|com|org|net|eu|gov|io|be|de|uk|info)\b(?:\/[^\s]*)?`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
const TOKEN_RE = new RegExp(
  // Numbered groups (1 tag, 2 emoji, 3 word, 4 punct): named groups cost an object per match.
  `([#@](?:${WORD}))|(${EMOJI})|(${WORD})|([^\\s\\p{L}\\p{N}])`,
  'gu',
);
const LINK_RE = new RegExp(`${EMAIL}|${URL}`, 'gu');
/** Cheap test before the (slower) link pass: most drafts have no link at all. */
const MAYBE_LINK = /@\S*\.|:\/\/|www\.|\.(?:nl|com|org|net|eu|gov|io|be|de|uk|info)\b/i;

export interface TokenizedText {
  tokens: Token[];
  /** Spans of URLs and e-mail addresses: no words are read inside them. */
  urlSpans: Array<[number, number]>;
}

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const urlSpans: Array<[number, number]> = [];
  if (MAYBE_LINK.test(text)) findLinks(text, urlSpans);
  let span = 0;
  let pos = 0;
  const length = text.length;
  // An ASCII fast path in front of TOKEN_RE: at an ASCII character the token that TOKEN_RE
  // would find there is decided here (whitespace skipped, a word, a tag, one punctuation mark),
  // without a regex match object per token. Whenever a non-ASCII character could change the
  // outcome, TOKEN_RE itself runs from the same position: the tokens are exactly TOKEN_RE's
  // (property-tested against it in tests/unit/engine/tokenizer-fast-path.test.ts).
  while (pos < length) {
    const code = text.charCodeAt(pos);
    let start = pos;
    let end = -1;
    let group = 0;
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        pos++;
        continue;
      }
      if (ASCII_WORD[code] === 1) {
        end = asciiWordEnd(text, pos + 1);
        group = 3;
      } else if (code === 35 || code === 64) {
        // '#' or '@': a tag when a word follows, else a punctuation mark.
        const next = pos + 1 < length ? text.charCodeAt(pos + 1) : 32;
        if (next >= 128) end = -1;
        else if (ASCII_WORD[next] === 1) {
          end = asciiWordEnd(text, pos + 2);
          group = 1;
        } else {
          end = pos + 1;
          group = 4;
        }
      } else {
        end = pos + 1;
        group = 4;
      }
    }
    let raw: string;
    if (end < 0) {
      TOKEN_RE.lastIndex = pos;
      const m = TOKEN_RE.exec(text);
      if (!m) break;
      start = m.index;
      raw = m[0];
      end = start + raw.length;
      group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    } else raw = group === 4 ? text[start]! : text.slice(start, end);
    pos = end;
    while (span < urlSpans.length && urlSpans[span]![1] <= start) span++;
    const link = urlSpans[span];
    if (link && start < link[1] && end > link[0]) {
      pos = Math.max(end, link[1]);
      continue;
    }
    if (group === 1) {
      const body = raw.slice(1);
      tokens.push(makeWord(body, start + 1, end, raw[0] === '#' ? 'hashtag' : 'mention'));
    } else if (group === 2) {
      const norm = raw.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');
      tokens.push({ text: raw, norm, parts: [], kind: 'emoji', start, end, upper: false, capital: false });
    } else if (group === 3) tokens.push(makeWord(raw, start, end, 'word-or-number'));
    else
      tokens.push({ text: raw, norm: fold(raw), parts: [], kind: 'punct', start, end, upper: false, capital: false });
  }
  return { tokens, urlSpans };
}

/** 1 for the ASCII characters of [\p{L}\p{N}] (letters and digits), by code. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) ASCII_WORD[c] = 1;

/**
 * The end of WORD's match whose first character lies just before `from`, or -1 when a
 * non-ASCII character is met where it could extend or end the word (TOKEN_RE decides then).
 * WORD is greedy and never needs to backtrack into a run: a run of letters and digits, then
 * as long as "'" or "-" is followed by a letter or digit, that separator and the next run.
 */
function asciiWordEnd(text: string, from: number): number {
  const length = text.length;
  let j = from;
  for (;;) {
    while (j < length) {
      const code = text.charCodeAt(j);
      if (code >= 128) return -1;
      if (ASCII_WORD[code] !== 1) break;
      j++;
    }
    if (j >= length) return j;
    const separator = text.charCodeAt(j);
    if (separator !== 39 && separator !== 45) return j;
    if (j + 1 >= length) return j;
    const after = text.charCodeAt(j + 1);
    if (after >= 128) return -1;
    if (ASCII_WORD[after] !== 1) return j;
    j += 2;
  }
}

/** The tokens as one TOKEN_RE run finds them, without the fast path (for tests). */
export function tokenizeWithRegexOnly(text: string): TokenizedText {
  const tokens: Token[] = [];
  const urlSpans: Array<[number, number]> = [];
  if (MAYBE_LINK.test(text)) findLinks(text, urlSpans);
  let span = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    while (span < urlSpans.length && urlSpans[span]![1] <= start) span++;
    const link = urlSpans[span];
    if (link && start < link[1] && end > link[0]) {
      TOKEN_RE.lastIndex = Math.max(end, link[1]);
      continue;
    }
    if (m[1] !== undefined) {
      const body = raw.slice(1);
      tokens.push(makeWord(body, start + 1, end, raw[0] === '#' ? 'hashtag' : 'mention'));
      continue;
    }
    if (m[2] !== undefined) {
      const norm = raw.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');
      tokens.push({ text: raw, norm, parts: [], kind: 'emoji', start, end, upper: false, capital: false });
      continue;
    }
    if (m[3] !== undefined) {
      tokens.push(makeWord(raw, start, end, 'word-or-number'));
      continue;
    }
    tokens.push({ text: raw, norm: fold(raw), parts: [], kind: 'punct', start, end, upper: false, capital: false });
  }
  return { tokens, urlSpans };
}

/**
 * Links and e-mail addresses. None of LINK_RE's forms contains whitespace or goes
 * without a '.' or ':', so it runs only on the whitespace-free stretches around those
 * characters: the same spans as a run over the whole text, without trying the pattern
 * at every position of a long draft.
 */
export function findLinks(text: string, urlSpans: Array<[number, number]>): void {
  let dot = text.indexOf('.');
  let colon = text.indexOf(':');
  let from = 0;
  for (;;) {
    if (dot >= 0 && dot < from) dot = text.indexOf('.', from);
    if (colon >= 0 && colon < from) colon = text.indexOf(':', from);
    const at = dot < 0 ? colon : colon < 0 ? dot : Math.min(dot, colon);
    if (at < 0) return;
    let start = at;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const stretch = text.slice(start, end);
    LINK_RE.lastIndex = 0;
    for (let m = LINK_RE.exec(stretch); m; m = LINK_RE.exec(stretch)) {
      // A trailing full stop belongs to the sentence, not the link.
      const trimmed = m[0].replace(/[.,;:!?)]+$/, '');
      urlSpans.push([start + m.index, start + m.index + trimmed.length]);
      LINK_RE.lastIndex = m.index + Math.max(1, trimmed.length);
    }
    from = end;
  }
}

/** Exactly the characters of the regex class \s. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What a word's spelling alone decides; words repeat a lot, so this is computed once per spelling. */
interface WordShape {
  norm: string;
  parts: string[];
  upper: boolean;
  capital: boolean;
  /** Digits only ("2024"): a number token. */
  numeric: boolean;
}

const shapeCache = new Map<string, WordShape>();

function wordShape(raw: string): WordShape {
  let shape = shapeCache.get(raw);
  if (shape) return shape;
  const norm = fold(raw);
  const parts = /['-]/.test(norm) ? norm.split(/['-]+/).filter((p) => p.length > 0) : [];
  const letters = raw.replace(/[^\p{L}]/gu, '');
  shape = {
    norm,
    parts,
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    capital: /^\p{Lu}/u.test(raw),
    numeric: /^\p{N}+$/u.test(raw),
  };
  if (shapeCache.size > 50000) shapeCache.clear();
  shapeCache.set(raw, shape);
  return shape;
}

/** Tokens of the same spelling share their `parts` array: treat it as read-only. */
function makeWord(raw: string, start: number, end: number, kind: TokenKind | 'word-or-number'): Token {
  const { norm, parts, upper, capital, numeric } = wordShape(raw);
  const tokenKind = kind === 'word-or-number' ? (numeric ? 'number' : 'word') : kind;
  return { text: raw, norm, parts, kind: tokenKind, start, end, upper, capital };
}
