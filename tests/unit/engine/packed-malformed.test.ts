/**
 * A packed rule-data text whose order list does not match its files (a bad build or a corrupted
 * delivered blob) must fail with a message that names the rule data, not with a bare TypeError:
 * the page fails open and shows that message (README "Never lose a draft").
 */
import { describe, expect, it } from 'vitest';
import { encodeBinaryText } from '../../../lib/engine/data/binary-text';
import { encodeLayout } from '../../../lib/engine/data/layout';
import { type PackedRuleData, unpackRuleData } from '../../../lib/engine/data/packed';
import { lzmaCompress } from '../../../scripts/lib/lzma-encoder.mjs';
import { LZMA_SETTINGS } from '../../../scripts/lib/rule-data-plugin';

function packed(value: unknown): PackedRuleData {
  const text = encodeLayout(value);
  if (text === undefined) throw new Error('test value cannot be laid out');
  const bytes = Buffer.from(text, 'utf8');
  const stream = lzmaCompress(bytes, 1, LZMA_SETTINGS);
  return { size: bytes.length, compressed: stream.length, layout: true, text: encodeBinaryText(stream) };
}

const file = (path: string) => ({ path, data: { id: path } });

describe('unpackRuleData on a malformed order list', () => {
  it('reads a well-formed list back', () => {
    expect(unpackRuleData(packed([[1, -1], file('b'), file('a')]))).toEqual([file('a'), file('b')]);
  });
  it.each([
    ['more steps than files', [[0, 1, 1], file('a'), file('b')]],
    ['fewer steps than files', [[0, 1], file('a'), file('b'), file('c')]],
  ])('%s: a rule-data error', (_name, value) => {
    expect(() => unpackRuleData(packed(value))).toThrow(/^rule data: steps and files differ$/);
  });
});
