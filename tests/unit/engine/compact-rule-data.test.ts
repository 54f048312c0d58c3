/**
 * The built extension ships the rule data compacted (no examples, descriptions,
 * notes) and packed (deflate + Z85 text): lib/engine/data/compact.ts, packed.ts,
 * scripts/lib/rule-data-plugin.ts. These tests prove the engine gives IDENTICAL
 * results on the shipped data and on the source files, over the tuning corpora.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { BundledFile } from '../../../lib/engine/data/bundled';
import { compactRuleFiles } from '../../../lib/engine/data/compact';
import { packedRuleFiles, unpackRuleData, unpackRuleDataAsync, z85Decode } from '../../../lib/engine/data/packed';
import {
  packedSourceModule,
  packRuleData,
  readRuleSourceFiles,
  z85Encode,
} from '../../../scripts/lib/rule-data-plugin';

type Engine = typeof import('../../../lib/engine');

/** A fresh copy of the engine (its caches empty) that reads `files` as its bundled data. */
async function engineWith(files: BundledFile[]): Promise<Engine> {
  vi.resetModules();
  vi.doMock('../../../lib/engine/data/bundled', () => ({ bundledFiles: () => files }));
  try {
    return await import('../../../lib/engine');
  } finally {
    vi.doUnmock('../../../lib/engine/data/bundled');
  }
}

interface CorpusLine {
  id: string;
  kind?: string;
  text?: string;
  page?: Record<string, string>;
  profile?: { organisation?: string; topics?: string[]; role?: string };
}

const CORPORA = ['../shared/eval/dev.jsonl', 'tests/corpus/own-tune.jsonl'];

function corpus(file: string): CorpusLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusLine);
}

/** Every line checked as the CLI does it; every third line also with the English UI. */
function runCorpus(engine: Engine, lines: CorpusLine[]): unknown[] {
  const results: unknown[] = [];
  for (const [index, item] of lines.entries()) {
    for (const uiLanguage of index % 3 === 0 ? (['nl', 'en'] as const) : (['nl'] as const)) {
      const profile = item.profile ?? {};
      const isProfile = item.kind === 'profile' || (item.page !== undefined && item.text === undefined);
      const result = isProfile
        ? engine.auditProfile({ page: item.page ?? {}, profile, uiLanguage })
        : engine.checkPost({ text: item.text ?? '', profile, uiLanguage });
      results.push({ id: item.id, uiLanguage, result });
    }
  }
  return results;
}

const sourceFiles = readRuleSourceFiles();

describe('shipped rule data', () => {
  it('round-trips: unpacking the packed data gives exactly the compacted files', () => {
    const packed = packRuleData(sourceFiles);
    expect(unpackRuleData(packed)).toEqual(compactRuleFiles(sourceFiles));
    expect(packedSourceModule(sourceFiles)).toContain('export const readRuleFiles = packedRuleFiles(');
  });

  it('unpacks natively (async, started at load) to the same files as the JS inflater', async () => {
    const packed = packRuleData(sourceFiles);
    const compact = compactRuleFiles(sourceFiles);
    expect(await unpackRuleDataAsync(packed)).toEqual(compact);
    const read = packedRuleFiles(packed);
    await vi.waitFor(() => expect(read()).toEqual(compact));
    // A read before the async unpack finished is served synchronously, with the same result.
    expect(packedRuleFiles(packed)()).toEqual(compact);
  });

  it('drops authoring material and keeps messages, suggestions, links and ids', () => {
    const compact = compactRuleFiles(sourceFiles);
    const text = JSON.stringify(compact);
    expect(text).not.toContain('"examples"');
    const core = compact.find((f) => f.path === 'rules/core.json')?.data as {
      description?: unknown;
      rules: { id: string; message: unknown; suggestion: unknown; link?: string }[];
    };
    expect(core.description).toBeUndefined();
    const sourceCore = sourceFiles.find((f) => f.path === 'rules/core.json')?.data as { rules: typeof core.rules };
    expect(core.rules.map((r) => [r.id, r.message, r.suggestion, r.link])).toEqual(
      sourceCore.rules.map((r) => [r.id, r.message, r.suggestion, r.link]),
    );
    expect(text.length).toBeLessThan(JSON.stringify(sourceFiles).length);
  });

  it('passes a file that does not validate on unchanged (the engine reports it as from source)', () => {
    const broken = { path: 'rules/orgs/broken.json', data: { id: 'Broken!', examples: [] } };
    expect(compactRuleFiles([broken])[0]).toBe(broken);
  });

  it('gives identical findings on the full and on the shipped data (dev and own-tune corpora)', async () => {
    const lines = CORPORA.flatMap(corpus);
    expect(lines.length).toBeGreaterThan(500);
    // The data really comes from engineWith: without rule files nothing is found.
    const empty = await engineWith([]);
    expect(empty.checkPost({ text: 'Tussen ons: de voorjaarsnota is nog lang niet rond.' }).findings).toEqual([]);
    const full = await engineWith(sourceFiles);
    const expected = runCorpus(full, lines);
    const shipped = await engineWith(unpackRuleData(packRuleData(sourceFiles)));
    const actual = runCorpus(shipped, lines);
    // The same problems too: none, unless a rule file is invalid at the moment (then both
    // report it; `npm run packs:validate` is the check on the rule files themselves).
    expect(shipped.packProblems()).toEqual(full.packProblems());
    // Not a vacuous comparison: the corpora raise findings with their messages.
    const findings = expected.flatMap((r) => (r as { result: { findings: unknown[] } }).result.findings);
    expect(findings.length).toBeGreaterThan(200);
    expect(actual).toEqual(expected);
  }, 120_000);
});

describe('Z85', () => {
  it('encodes the RFC 32 test vector and decodes any bytes back (padding cut off)', () => {
    const hello = new Uint8Array([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
    expect(z85Encode(hello)).toBe('HelloWorld');
    expect(z85Decode('HelloWorld', 8)).toEqual(hello);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = z85Encode(bytes);
        expect(text).not.toMatch(/["'`\\]/);
        expect(z85Decode(text, bytes.length)).toEqual(bytes);
      }),
    );
    expect(() => z85Decode('Hello Worl', 8)).toThrow(/Z85/);
  });
});
