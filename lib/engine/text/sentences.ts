/** Sentence splitter over tokens: ends at . ! ? … (not after initials or common abbreviations) and at line breaks. */
import type { Token } from './tokenizer';

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  lang: 'nl' | 'en';
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'dhr',
  'mw',
  'mevr',
  'nr',
  'ca',
  'bijv',
  'bv',
  'o.a',
  'etc',
  'vs',
  'st',
  'jl',
  'a.s',
  'z.s.m',
  'ir',
  'drs',
  'mr',
  'prof',
  'ing',
]);

export function splitSentences(text: string, tokens: Token[]): Omit<Sentence, 'lang'>[] {
  const sentences: Omit<Sentence, 'lang'>[] = [];
  let first = 0;
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    const startToken = tokens[first]!;
    const endToken = tokens[lastExclusive - 1]!;
    sentences.push({ start: startToken.start, end: endToken.end, tokenStart: first, tokenEnd: lastExclusive });
    first = lastExclusive;
  };
  // The first line break at or after the current token's end (-1: none left): found once per break,
  // not by a slice and a regex per token.
  let newline = tokens.length > 0 ? text.indexOf('\n') : -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (newline >= 0 && newline < token.end) newline = text.indexOf('\n', token.end);
    if (next && newline >= 0 && newline < next.start) {
      close(i + 1);
      continue;
    }
    if (token.kind !== 'punct' || !/[.!?…]/.test(token.text)) continue;
    // Keep runs like "?!?!" or "..." together, then split.
    if (next && next.kind === 'punct' && /[.!?…"”'’)]/.test(next.text) && next.start === token.end) continue;
    if (!next) continue;
    if (next.start === token.end && next.kind !== 'emoji') continue; // "rijksoverheid.nl", "3.5"
    if (token.text === '.') {
      const prev = tokens[i - 1];
      if (prev && prev.kind === 'word' && prev.end === token.start) {
        if (/^\p{Lu}$/u.test(prev.text)) continue; // initials: "Jeroen V. (24)"
        if (ABBREVIATIONS.has(prev.norm)) continue;
      }
    }
    close(i + 1);
  }
  close(tokens.length);
  return sentences;
}
