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
