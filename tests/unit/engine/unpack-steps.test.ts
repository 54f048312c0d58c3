/**
 * The rule data is unpacked in steps in the page's warm-up (lib/engine/data/packed.ts
 * unpackRuleDataSteps): each step must do a bounded amount of work, and the result must
 * be exactly what a one-shot decode gives: lzma1's decoder for the LZMA bytes,
 * TextDecoder + split for the lines, and JSON.parse with the reviver the layout used
 * before it was sliced (kept below as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_TEXT_STEP_CHARS, decodeBinaryTextSteps, encodeBinaryText } from '../../../lib/engine/data/binary-text';
import { compactRuleFiles } from '../../../lib/engine/data/compact';
import { decodeLayout, decodeLayoutSteps, encodeLayout, LAYOUT_STEP_LINES } from '../../../lib/engine/data/layout';
import { LZMA_STEP_BYTES, lzmaDecodeSteps } from '../../../lib/engine/data/lzma';
import { LINE_STEP_BYTES, lexiconPath, unpackRuleDataSteps, utf8LineSteps } from '../../../lib/engine/data/packed';
import { lzmaCompress, lzmaDecompress } from '../../../scripts/lib/lzma-encoder.mjs';
import { packRuleData, readRuleSourceFiles, ruleDataText } from '../../../scripts/lib/rule-data-plugin';

/** Runs the steps one `next()` at a time: the result and the progress each step yielded. */
function stepThrough<T>(steps: Generator<number, T>): { result: T; progress: number[] } {
  const progress = [0];
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, progress };
    progress.push(step.value);
  }
}

/** The most work one step did, by the progress the steps yielded (the last step up to `total`). */
function largestStep(progress: number[], total: number): number {
  const ends = [...progress, total];
  return Math.max(...ends.slice(1).map((end, k) => end - ends[k]!));
}

/** The layout's one-shot decoder before the slicing (JSON.parse's reviver cannot pause). */
function referenceDecodeLayout(text: string): unknown {
  const lines = text.split('\n');
  const [, stringText, wordText] = lines[1]!.split('|') as [string, string, string];
  const counts = (part: string) => (part === '' ? [] : part.split(',').map(Number));
  // Streams by key (a list index counts as one key), placed in the order their keys first occur.
  const reader = (streamCounts: number[], first: number) => {
    const next = new Map<string, number>();
    let place = first;
    return (key: string) => {
      const stream = /^\d+$/.test(key) ? '#' : key;
      if (!next.has(stream)) {
        next.set(stream, place);
        place += streamCounts[next.size - 1]!;
      }
      const line = next.get(stream)!;
      next.set(stream, line + 1);
      return line;
    };
  };
  // Lines: the word streams, the string streams, then the regex terms.
  const stringCounts = counts(stringText);
  const wordCounts = counts(wordText);
  const sum = (list: number[]) => list.reduce((n, c) => n + c, 0);
  const word = reader(wordCounts, 2);
  const string = reader(stringCounts, 2 + sum(wordCounts));
  let regex = 2 + sum(wordCounts) + sum(stringCounts);
  const previous = new Map<string, string>(); // front coding per word stream: a first character U+000B-U+001F stands for the previous string's first (code - 7)
  return JSON.parse(lines[0]!, (key, item: unknown) => {
    if (item === null) return lines[string(key)];
    if (!Array.isArray(item) || item.length !== 1 || typeof item[0] !== 'number') return item;
    const stream = /^\d+$/.test(key) ? '#' : key;
    const list: string[] = [];
    for (let k = 0; k < item[0]; k++) {
      const line = lines[word(key)]!;
      if (line === '') {
        // Regex pieces written as one character U+0001-U+0007 (REGEX_PIECES in layout.ts).
        const pieces = ['\\s+', '(?:', '\\b', '\\p{L}', '\\s*', '(?:\\p{L}+\\s+){0,', '[^.!?]{0,'];
        const source = pieces.reduce(
          (text, piece, i) => text.split(String.fromCharCode(1 + i)).join(piece),
          lines[regex++]!,
        );
        list.push(`re:${source}`);
        continue;
      }
      const code = line.charCodeAt(0);
      const text = code >= 11 && code <= 31 ? (previous.get(stream) ?? '').slice(0, code - 7) + line.slice(1) : line;
      previous.set(stream, text);
      list.push(text);
    }
    return list;
  });
}

const sourceFiles = readRuleSourceFiles();
const shipped = packRuleData(sourceFiles);
const { text: shippedText } = ruleDataText(sourceFiles);
const shippedBytes = new TextEncoder().encode(shippedText);

describe('rule data unpacked in steps (the warm-up)', () => {
  it('each phase on the shipped data: the same result as at once, in bounded steps', () => {
    const binary = stepThrough(decodeBinaryTextSteps(shipped.text, shipped.compressed));
    expect(largestStep(binary.progress, shipped.text.length)).toBeLessThanOrEqual(BINARY_TEXT_STEP_CHARS);

    const lzma = stepThrough(lzmaDecodeSteps(binary.result, shipped.size));
    expect(Buffer.from(lzma.result).equals(Buffer.from(lzmaDecompress(binary.result)))).toBe(true);
    expect(Buffer.from(lzma.result).equals(shippedBytes)).toBe(true);
    // A step stops at the first match that reaches its end: at most 273 bytes past it.
    expect(largestStep(lzma.progress, shipped.size)).toBeLessThanOrEqual(LZMA_STEP_BYTES + 273);
    expect(lzma.progress.length).toBeGreaterThan(shipped.size / (LZMA_STEP_BYTES + 273));

    const lines = stepThrough(utf8LineSteps(lzma.result));
    expect(lines.result).toEqual(shippedText.split('\n'));
    expect(largestStep(lines.progress, shipped.size)).toBeLessThanOrEqual(LINE_STEP_BYTES);

    const layout = stepThrough(decodeLayoutSteps(lines.result));
    expect(layout.result).toEqual(referenceDecodeLayout(shippedText));
    // A step ends after the member (a rule) or inside the word list that reached LAYOUT_STEP_LINES lines.
    expect(largestStep(layout.progress, lines.result.length)).toBeLessThan(2 * LAYOUT_STEP_LINES);
    expect(layout.progress.length).toBeGreaterThan(lines.result.length / (2 * LAYOUT_STEP_LINES));
  });

  it('a long word list pauses inside itself, so rule growth cannot make one long step', () => {
    // Three times a step's lines in one list (the places list alone is over 1,000), with regex
    // terms among the words and a list of a rule below the walk's depth, read at once.
    const words = Array.from({ length: 3 * LAYOUT_STEP_LINES }, (_, k) => (k % 7 === 0 ? `re:\\bw${k}` : `w${k}`));
    const value = { lexicons: { places: { terms: words }, rule: { a: { b: { c: ['x', 'y'] } } } } };
    const text = encodeLayout(value)!;
    const lines = text.split('\n');
    const { result, progress } = stepThrough(decodeLayoutSteps(lines));
    expect(result).toEqual(value);
    expect(result).toEqual(referenceDecodeLayout(text));
    expect(largestStep(progress, lines.length)).toBeLessThanOrEqual(LAYOUT_STEP_LINES + 2);
    expect(progress.length).toBeGreaterThan(3);
  });

  it('all phases together give the files, in many small steps', () => {
    const { result, progress } = stepThrough(unpackRuleDataSteps(shipped));
    // The layout holds [steps, ...files] (files grouped by language, see shippedOrder; steps[k]: the k-th
    // file's place minus the one before's): put back in place.
    const [steps, ...laidOut] = referenceDecodeLayout(shippedText) as [number[], ...unknown[]];
    const order = steps.map((_, k) => steps.slice(0, k + 1).reduce((sum, step) => sum + step, 0));
    // A lexicon named after its id and language is laid out with an empty path (lexiconPath).
    const named = laidOut.map((file) => {
      const { path, data } = file as { path: string; data: { id: string; language: string } };
      return path === '' ? { path: lexiconPath(data), data } : file;
    });
    expect(result).toEqual(order.map((_, place) => named[order.indexOf(place)]));
    expect(result).toEqual(compactRuleFiles(sourceFiles));
    expect(progress.length).toBeGreaterThan(100);
  });

  it('LZMA in steps equals lzma1 on random data, steps bounded', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(1, 9),
        (noise, repeat, level) => {
          // Repeats make long matches across step ends; noise makes literals.
          const bytes = Buffer.concat(Array.from({ length: repeat + 1 }, () => noise));
          const packed = lzmaCompress(bytes, level);
          const { result, progress } = stepThrough(lzmaDecodeSteps(packed));
          expect(Buffer.from(result).equals(bytes)).toBe(true);
          expect(largestStep(progress, bytes.length)).toBeLessThanOrEqual(LZMA_STEP_BYTES + 273);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('binary text and UTF-8 lines in steps equal the one-shot results on random data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), (bytes) => {
        const { result, progress } = stepThrough(decodeBinaryTextSteps(encodeBinaryText(bytes), bytes.length));
        expect(Buffer.from(result).equals(Buffer.from(bytes))).toBe(true);
        expect(largestStep(progress, encodeBinaryText(bytes).length)).toBeLessThanOrEqual(BINARY_TEXT_STEP_CHARS);
      }),
      { numRuns: 20 },
    );
    // Lines of many-byte characters, so characters and lines are cut at every step end.
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 4000 }),
        fc.constantFrom('', '\n'),
        (parts, end) => {
          const text = parts.join('\n') + end;
          const { result } = stepThrough(utf8LineSteps(new TextEncoder().encode(text)));
          expect(result).toEqual(text.split('\n'));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('the layout in steps equals the reviver on random values', () => {
    const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\n'));
    const list = fc.array(
      fc.oneof(
        word,
        word.map((w) => `re:${w}`),
      ),
      { minLength: 1, maxLength: 5 },
    );
    const value = fc.oneof(
      list,
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(word, fc.oneof(list, word, fc.integer())),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (files) => {
        const text = encodeLayout(files);
        if (text === undefined) return;
        expect(stepThrough(decodeLayoutSteps(text.split('\n'))).result).toEqual(referenceDecodeLayout(text));
      }),
      { numRuns: 200 },
    );
  });

  it('front coding: lists of words sharing their starts read back exactly (surrogate pairs, regexes between)', () => {
    // Few letters, so neighbours share long starts; an emoji pair may differ in its second half only.
    const word = fc
      .array(fc.constantFrom('a', 'b', 'é', '😀', '😁', ' ', "'"), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join(''));
    const list = fc.array(
      fc.oneof(
        word,
        word,
        word.map((w) => `re:${w}`),
      ),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('terms', 'nl', 'en'), list), { maxLength: 5 }), (files) => {
        const text = encodeLayout(files)!;
        expect(text).toBeDefined();
        expect(
          text
            .split('\n')
            .every((line) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(line)),
        ).toBe(true);
        expect(stepThrough(decodeLayoutSteps(text.split('\n'))).result).toEqual(files);
        expect(referenceDecodeLayout(text)).toEqual(files);
      }),
      { numRuns: 300 },
    );
    expect(
      encodeLayout([['kabinetsbeleid', 'kabinetsbesluit', 'kabinet']])!
        .split('\n')
        .slice(2),
    ).toEqual(['kabinetsbeleid', `${String.fromCharCode(7 + 10)}sluit`, String.fromCharCode(7 + 7)]);
    // A string that starts with such a code cannot be told apart: the layout declines the value.
    expect(encodeLayout([['\u000bx']])).toBeUndefined();
    // So is a regex term holding a character that stands for a regex piece.
    expect(encodeLayout([['re:a\u0003b']])).toBeUndefined();
    // Lines: skeleton, counts, the word stream (an empty line for the regex), then the regex line.
    expect(encodeLayout([['re:\\b(?:a|b)\\s+\\p{L}\\s*\\\\b']])!.split('\n')[3]).toBe(
      '\u0003\u0002a|b)\u0001\u0004\u0005\\\u0003',
    );
    // The gap pieces are taken whole, before the "(?:" they start with, and read back.
    const gaps = [['re:a\\s+(?:\\p{L}+\\s+){0,3}[^.!?]{0,40}(?:b)']];
    expect(encodeLayout(gaps)!.split('\n')[3]).toBe('a\u0001\u00063}\u000740}\u0002b)');
    expect(decodeLayout(encodeLayout(gaps)!)).toEqual(gaps);
    expect(encodeLayout([['re:\u0007x']])).toBeUndefined();
  });
});
