/**
 * The built extension ships the rule data compacted (no examples, descriptions,
 * notes, duplicate lexicon terms) and packed (text layout, LZMA, binary text):
 * lib/engine/data/compact.ts, layout.ts, lzma.ts, binary-text.ts, packed.ts,
 * scripts/lib/rule-data-plugin.ts. These tests prove the engine gives IDENTICAL
 * results on the shipped data and on the source files, over every corpus and long texts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { minifySync } from 'rolldown/utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BINARY_TEXT_ALPHABET, decodeBinaryText, encodeBinaryText } from '../../../lib/engine/data/binary-text';
import type { BundledFile } from '../../../lib/engine/data/bundled';
import { compactRuleFiles } from '../../../lib/engine/data/compact';
import { decodeLayout, encodeLayout } from '../../../lib/engine/data/layout';
import { lzmaDecode } from '../../../lib/engine/data/lzma';
import { packedRuleFileSteps, unpackRuleData } from '../../../lib/engine/data/packed';
import { runSteps } from '../../../lib/engine/steps';
import { lzmaCompress, lzmaDecompress } from '../../../scripts/lib/lzma-encoder.mjs';
import {
  LZMA_SETTINGS,
  packedSourceModule,
  packRuleData,
  readRuleSourceFiles,
  ruleDataText,
} from '../../../scripts/lib/rule-data-plugin';

type Engine = typeof import('../../../lib/engine');

/** A fresh copy of the engine (its caches empty) that reads `files` as its bundled data. */
async function engineWith(files: BundledFile[]): Promise<Engine> {
  vi.resetModules();
  vi.doMock('../../../lib/engine/data/bundled', () => ({
    bundledFiles: () => files,
    // biome-ignore lint/correctness/useYield: the files are there at once
    *bundledFileSteps() {
      return files;
    },
  }));
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

/** Every corpus we may read (never the held-out one, whose lines no helper may see). */
const CORPORA = [
  '../shared/eval/dev.jsonl',
  ...readdirSync('tests/corpus')
    .filter((name) => name.endsWith('.jsonl') && !name.includes('holdout'))
    .sort()
    .map((name) => `tests/corpus/${name}`),
];

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
/** Packed once here: the build's LZMA encoder takes seconds (packRuleData keeps the result per process). */
const shippedData = packRuleData(sourceFiles);

describe('shipped rule data', () => {
  it('round-trips: unpacking the packed data gives exactly the compacted files', () => {
    const packed = shippedData;
    expect(unpackRuleData(packed)).toEqual(compactRuleFiles(sourceFiles));
    expect(packedSourceModule(sourceFiles)).toContain('export const readRuleFileSteps = packedRuleFileSteps(');
  });

  it('the generated module reads the same files', () => {
    expect(runSteps(packedRuleFileSteps(shippedData)())).toEqual(compactRuleFiles(sourceFiles));
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

  it('leaves out only exact duplicates in a lexicon term set, never from the source files', () => {
    const lexicon = (id: string, language: string, terms: string[]) => ({
      path: `rules/lexicons/${id}.${language}.json`,
      data: { id, language, description: 'd', terms },
    });
    const pack = {
      path: 'rules/orgs/x.json',
      data: {
        id: 'x',
        kind: 'organisation',
        name: { nl: 'X', en: 'X' },
        lexicons: { a: { nl: ['een', 'twee', 'drie', 'drie', 'Een'], en: ['een'] }, b: { nl: ['een'] } },
      },
    };
    const files = [lexicon('a', 'nl', ['een', 'vier', 'vier', 're:x+']), lexicon('a', 'en', ['two']), pack];
    const before = JSON.stringify(files);
    const [a, , x] = compactRuleFiles(files);
    expect((a!.data as { terms: string[] }).terms).toEqual(['een', 'vier', 're:x+']);
    // Same language only, the exact string only, and only against a lexicon that exists; each list then in
    // packing order (lib/engine/data/term-order.ts: sorted by folded word, stable).
    expect((x!.data as { lexicons: unknown }).lexicons).toEqual({
      a: { nl: ['drie', 'Een', 'twee'], en: ['een'] },
      b: { nl: ['een'] },
    });
    expect(JSON.stringify(files)).toBe(before);
    // An invalid lexicon file is not loaded by the engine, so nothing is dropped against it.
    const invalid = { path: 'rules/lexicons/a.nl.json', data: { id: 'a', language: 'nl', terms: ['een'] } };
    const [, y] = compactRuleFiles([invalid, pack]);
    expect((y!.data as { lexicons: { a: { nl: string[] } } }).lexicons.a.nl).toEqual(['drie', 'een', 'Een', 'twee']);
  });
});

/**
 * Identical findings on the full and on the shipped data: every readable corpus and long texts
 * under each organisation, one test per corpus (each within its own time limit on a loaded machine).
 */
describe('identical findings on the full and on the shipped data', () => {
  let full: Engine;
  let shipped: Engine;

  beforeAll(async () => {
    // The data really comes from engineWith: without rule files nothing is found.
    const empty = await engineWith([]);
    expect(empty.checkPost({ text: 'Tussen ons: de voorjaarsnota is nog lang niet rond.' }).findings).toEqual([]);
    full = await engineWith(sourceFiles);
    shipped = await engineWith(unpackRuleData(shippedData));
  }, 120_000);

  it('reports the same pack problems (none, unless a rule file is invalid at the moment)', () => {
    expect(shipped.packProblems()).toEqual(full.packProblems());
    expect(full.packProblems().filter((problem) => problem.includes('.list.json'))).toEqual([]);
  });

  const cases: [string, () => CorpusLine[]][] = [
    ...CORPORA.map((file): [string, () => CorpusLine[]] => [file, () => corpus(file)]),
    ['long texts under each organisation', () => longTexts(CORPORA.flatMap(corpus))],
  ];
  it.each(cases)(
    '%s',
    (_name, lines) => {
      const expected = runCorpus(full, lines());
      // Not a vacuous comparison: every corpus raises findings, with their messages.
      const findings = expected.flatMap((r) => (r as { result: { findings: unknown[] } }).result.findings);
      expect(findings.length).toBeGreaterThan(5);
      expect(runCorpus(shipped, lines())).toEqual(expected);
    },
    240_000,
  );
});

/** Long posts joined from corpus texts: about 3,000 characters under each organisation, 20,000 under four. */
function longTexts(lines: CorpusLine[]): CorpusLine[] {
  const texts = lines.map((line) => line.text).filter((text): text is string => Boolean(text));
  const organisations = sourceFiles
    .map((file) => (file.data as { organisation?: string } | undefined)?.organisation)
    .filter((id): id is string => Boolean(id));
  const out: CorpusLine[] = [];
  for (const [n, size] of [3_000, 20_000].entries()) {
    let at = n * 7;
    for (const [k, organisation] of (size > 3_000 ? organisations.slice(0, 4) : organisations).entries()) {
      let text = '';
      while (text.length < size) text += `${texts[at++ % texts.length]}${at % 4 === 0 ? '\n\n' : ' '}`;
      out.push({
        id: `long-${size}-${organisation}`,
        text,
        profile: { organisation, topics: k % 2 ? ['veiligheid'] : [] },
      });
    }
  }
  return out;
}

describe("the engine's word lists and tables (lib/engine/data/word-lists.ts)", () => {
  const LISTS = [
    'lib/engine/backstop/weights.list.json',
    'lib/engine/detectors/shouting-patterns.list.json',
    'lib/engine/detectors/victim-patterns.list.json',
    'lib/engine/pii/first-names.list.json',
    'lib/engine/pii/name-titles.list.json',
    'lib/engine/pii/patterns.list.json',
    'lib/engine/pii/person-nouns.list.json',
    'lib/engine/stelregels.list.json',
    'lib/engine/text/function-words.list.json',
    'lib/engine/text/trigram-profiles.list.json',
  ];

  it('ship whole in the packed data, and the pack loader leaves them out', () => {
    const shipped = unpackRuleData(shippedData);
    for (const path of LISTS) {
      const source = sourceFiles.find((file) => file.path === path)?.data;
      expect(JSON.stringify(source).length).toBeGreaterThan(300);
      expect(shipped.find((file) => file.path === path)?.data).toEqual(source);
    }
    // No other file outside rules/ rides along unnoticed.
    expect(sourceFiles.filter((file) => !file.path.startsWith('rules/')).map((file) => file.path)).toEqual(LISTS);
  });

  it('the engine without them (or with damaged ones) still checks: it fails open', async () => {
    const rules = sourceFiles.filter((file) => file.path.startsWith('rules/'));
    const damaged = LISTS.map((path) => ({ path, data: { kenteken: '(', nl: 7, 1: null } }));
    const text =
      'Mevrouw Jansen (72) uit Almere, kenteken 12-ABC-3, woont op 2-hoog; the victim is seventy-something. Tussen ons: de nota is nog niet rond.';
    for (const files of [rules, [...rules, ...damaged]]) {
      const engine = await engineWith(files);
      const result = engine.checkPost({ text });
      expect(result.findings.length).toBeGreaterThan(0);
      // The stelregel texts are missing: each message is the rule's own text.
      for (const finding of result.findings) expect(finding.message).not.toContain('Stelregel');
    }
  });

  it('the victim detector reports nothing without its whole pattern table (its exclusions must work): fails open', async () => {
    const path = 'lib/engine/detectors/victim-patterns.list.json';
    const others = sourceFiles.filter((file) => file.path !== path);
    const table = sourceFiles.find((file) => file.path === path)?.data as Record<string, string> & {
      gates: Record<string, string>;
    };
    const { genericName: _, ...withoutOne } = table;
    const { gates: __, ...withoutGates } = table;
    const { roleWho: ___, ...gatesWithoutOne } = table.gates;
    const text =
      'Die junk van het Stationsplein, Piet (34), is gisteren weer aangehouden op de Dorpsstraat 12. Hij zal wel weer gestolen hebben.';
    const rulesFound = async (files: BundledFile[]) =>
      (await engineWith(files)).checkPost({ text }).findings.map((finding) => finding.rule);
    expect(await rulesFound(sourceFiles)).toContain('core/victim-identifiable');
    for (const data of [
      undefined,
      withoutOne,
      { ...table, officialFrom: '(' },
      { ...table, roleWho: 7 },
      // The gates are in the table too (session 18): without one, or with a broken one, the same.
      withoutGates,
      { ...table, gates: gatesWithoutOne },
      { ...table, gates: { ...table.gates, publicWorks: '(' } },
    ]) {
      const found = await rulesFound(data === undefined ? others : [...others, { path, data }]);
      expect(found).not.toContain('core/victim-identifiable');
      // The engine goes on: the other victim rule (a guess near an incident) still speaks.
      expect(found).toContain('core/victim-speculation-near');
    }
    // Eight engines, each from freshly packed data: ~19 s alone, over the 30 s default on a loaded machine.
  }, 120_000);

  it('the shouting detector reports nothing without its cheer and anger patterns (without the cheers every joyful capital would count): fails open', async () => {
    const path = 'lib/engine/detectors/shouting-patterns.list.json';
    const others = sourceFiles.filter((file) => file.path !== path);
    const table = sourceFiles.find((file) => file.path === path)?.data as Record<string, string>;
    const rulesFound = async (files: BundledFile[], text: string) =>
      (await engineWith(files)).checkPost({ text }).findings.map((finding) => finding.rule);
    const angry = 'DIT IS ECHT NIET NORMAAL MEER!! Waarom duurt het zo lang?';
    const joyful = 'WE HEBBEN HET KAMPIOENSCHAP GEWONNEN!!! Gefeliciteerd allemaal 🎉';
    expect(await rulesFound(sourceFiles, angry)).toContain('core/tone-shouting');
    expect(await rulesFound(sourceFiles, joyful)).not.toContain('core/tone-shouting');
    for (const data of [undefined, { anger: table.anger }, { ...table, cheer: '(' }]) {
      const files = data === undefined ? others : [...others, { path, data }];
      expect(await rulesFound(files, angry)).not.toContain('core/tone-shouting');
      expect(await rulesFound(files, joyful)).not.toContain('core/tone-shouting');
    }
  }, 120_000);

  it('are read from the bundled files on first use; a missing list reads as empty (fail open)', async () => {
    const files: BundledFile[] = [{ path: 'lib/engine/pii/first-names.list.json', data: ['anna', 'bram'] }];
    vi.resetModules();
    vi.doMock('../../../lib/engine/data/bundled', () => ({ bundledFiles: () => files }));
    try {
      const { FIRST_NAMES } = await import('../../../lib/engine/pii/first-names');
      const { PERSON_NOUNS } = await import('../../../lib/engine/pii/person-nouns');
      expect([FIRST_NAMES.has('anna'), FIRST_NAMES.has('bram'), FIRST_NAMES.has('kees')]).toEqual([true, true, false]);
      expect(PERSON_NOUNS.has('jongen')).toBe(false);
    } finally {
      vi.doUnmock('../../../lib/engine/data/bundled');
      vi.resetModules();
    }
    const { FIRST_NAMES } = await import('../../../lib/engine/pii/first-names');
    const { PERSON_NOUNS } = await import('../../../lib/engine/pii/person-nouns');
    expect([FIRST_NAMES.has('anna'), PERSON_NOUNS.has('jongen'), PERSON_NOUNS.has('anna')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('text layout', () => {
  it('reads back every shape of value it writes, regex terms in place', () => {
    const value = [
      { a: ['x', 're:\\bb+', 'y'], b: [[], ['z']], c: 'w', d: 1, e: [true, 'v'], f: {}, g: 'two\nlines' },
      're:q',
      ['re:q'],
    ];
    const text = encodeLayout(value)!;
    expect(decodeLayout(text)).toEqual(value);
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const text = encodeLayout(json);
        // Not every value can be written (a line break or an empty string in a list, a real
        // [n] or null that would read back as a placeholder, a "__proto__" key): encodeLayout
        // declines those, and the build then ships JSON. What it writes reads back exactly.
        if (text !== undefined) expect(JSON.stringify(decodeLayout(text))).toBe(JSON.stringify(json));
        else expect(/\n|""|\[-?\d|null|"__proto__"/.test(JSON.stringify(json))).toBe(true);
      }),
    );
  });

  it('declines values that would not read back, and stops on damaged text', () => {
    // Counterexamples fast-check found (a CI run hung on the first: the decoder counted to 1e152).
    expect(encodeLayout([1.04e152])).toBeUndefined();
    expect(encodeLayout({ a: ['x'], b: null })).toBeUndefined();
    expect(encodeLayout({ a: Number.NaN, b: 'q', c: ['w'] })).toBeUndefined();
    expect(encodeLayout(JSON.parse('[{"__proto__":{"a":["re:x"]}}]'))).toBeUndefined();
    expect(encodeLayout({ a: ['x', ''] })).toBeUndefined();
    const damaged = encodeLayout({ a: ['x', 'y'] })!.replace('[2]', '[1e152]');
    expect(() => decodeLayout(damaged)).toThrow(/past the end/);
  });

  it('the build ships JSON when the layout would not read back exactly', () => {
    const odd = [{ path: 'rules/orgs/odd.json', data: { id: 'Odd!', list: [5], terms: ['a'] } }];
    expect(ruleDataText(odd)).toEqual({ text: JSON.stringify(odd), layout: false });
    const packed = packRuleData(odd);
    expect(packed.layout).toBe(false);
    expect(unpackRuleData(packed)).toEqual(odd);
    expect(ruleDataText(sourceFiles).layout).toBe(true);
  });

  it('a lexicon ships without its path only when its id and language give it back', () => {
    const terms = ['een', 'twee'];
    const files = [
      { path: 'rules/lexicons/named.nl.json', data: { id: 'named', language: 'nl', description: 'x', terms } },
      { path: 'rules/lexicons/other.nl.json', data: { id: 'renamed', language: 'nl', description: 'x', terms } },
      { path: 'rules/lexicons/lang.nl.json', data: { id: 'lang', language: 'en', description: 'x', terms } },
    ];
    const { text, layout } = ruleDataText(files);
    expect(layout).toBe(true);
    expect(text).not.toContain('rules/lexicons/named.nl.json');
    expect(text).toContain('rules/lexicons/other.nl.json');
    expect(text).toContain('rules/lexicons/lang.nl.json');
    expect(unpackRuleData(packRuleData(files))).toEqual(compactRuleFiles(files));
  });

  it('the packed LZMA stream ends after the last byte the decoder reads', () => {
    const files = [
      { path: 'rules/lexicons/tail.nl.json', data: { id: 'tail', language: 'nl', description: '', terms: ['a'] } },
    ];
    const packed = packRuleData(files);
    const stream = decodeBinaryText(packed.text, packed.compressed);
    const bytes = Buffer.from(ruleDataText(files).text, 'utf8');
    expect(Buffer.from(lzmaDecode(stream, packed.size)).equals(bytes)).toBe(true);
    expect(() => lzmaDecode(stream.subarray(0, stream.length - 1), packed.size)).toThrow(/too short/);
    expect(packed.compressed).toBeLessThan(lzmaCompress(bytes, 9, LZMA_SETTINGS).length);
  });
});

describe('binary text', () => {
  /** A group's 28 bytes (226 bits and 6 zero bits) of a value below 2^226. */
  const groupBytes = (value: bigint) =>
    Uint8Array.from({ length: 28 }, (_, i) => Number((value >> BigInt(8 * i)) & 255n));

  it('decodes any bytes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBinaryText(bytes);
        expect(decodeBinaryText(text, bytes.length)).toEqual(bytes);
        // 7.06 bits per byte of UTF-8, 226 bits in every 32 bytes (Z85: 6.4).
        expect(Buffer.byteLength(text) % 32).toBe(0);
        expect(Buffer.byteLength(text)).toBe(Math.ceil((bytes.length * 8) / 226) * 32);
      }),
    );
    // Group values at the edges of each class, in every place of the group.
    const values = [0n, 1n, 116n, 117n, (1n << 113n) - 1n, 1n << 200n, (1n << 226n) - 1n];
    for (let place = 0; place < 30; place++) values.push(117n ** BigInt(place), 1887n * 131n ** BigInt(place));
    for (const value of values) {
      const bytes = groupBytes(value % (1n << 226n));
      expect(decodeBinaryText(encodeBinaryText(bytes), 28)).toEqual(bytes);
    }
    expect(() => decodeBinaryText('ab', 8)).toThrow(/too short/);
    expect(() => decodeBinaryText('a\u0080', 1)).toThrow(/bad character/);
    expect(() => decodeBinaryText('a\u00a0', 1)).toThrow(/bad character/);
    for (const code of [0x2028, 0x2029, 0xd800, 0xdfff, 0xfdd0, 0xfdef, 0xfeff, 0xfffe, 0xffff])
      expect(() => decodeBinaryText(`a${String.fromCharCode(code)}`, 1)).toThrow(/bad character/);
    // A three-byte character past the group's 32 bytes.
    expect(() => decodeBinaryText(`${'a'.repeat(30)}\u0800`, 1)).toThrow(/bad character/);
    // A group value of 2^226 or more (the largest three-byte character ten times, then two bytes).
    expect(() => decodeBinaryText(`${'\ufdcf'.repeat(10)}\u07ff`, 1)).toThrow(/bad character/);
  });

  it('uses only characters both minifiers print as themselves and Chromium loads (one byte, two for U+00A1-U+07FF, three up to U+FDCF)', () => {
    const wide = Array.from({ length: 0x800 - 0xa1 }, (_, i) => String.fromCharCode(0xa1 + i)).join('');
    // Up to U+FDCF: Chromium rejects an extension script holding a noncharacter (U+FDD0-U+FDEF, U+FFFE, U+FFFF) as
    // not UTF-8, so the extension would not load at all (the first e2e run of session 16 showed it).
    const three = Array.from({ length: 0xfdd0 - 0x800 }, (_, i) => String.fromCharCode(0x800 + i))
      .filter((char) => !/[\u2028\u2029\ud800-\udfff]/.test(char))
      .join('');
    expect(three.length).toBe(60878);
    expect(new Set(BINARY_TEXT_ALPHABET).size).toBe(117);
    for (const chars of [BINARY_TEXT_ALPHABET, wide, three]) {
      const source = `export const x = ${JSON.stringify(chars)};`;
      // The bench's esbuild (charset utf8) and the extension build's Oxc (Vite 8, rolldown).
      // (Their quotes may differ: Oxc writes a string without backticks as a template literal.)
      expect(transformSync(source, { minify: true, charset: 'utf8' }).code.includes(chars)).toBe(true);
      expect(minifySync('x.js', source).code.includes(chars)).toBe(true);
    }
    // The encoder writes only those: every character of a long random text is one of them.
    const text = encodeBinaryText(Uint8Array.from({ length: 20000 }, (_, i) => (i * 2654435761) >>> 24));
    const allowed = new Set(BINARY_TEXT_ALPHABET + wide + three);
    expect([...text].every((char) => allowed.has(char))).toBe(true);
    expect([...text].some((char) => char.charCodeAt(0) >= 0x800)).toBe(true);
    // The largest three-byte characters are used too, and never a noncharacter.
    expect([...text].some((char) => char.charCodeAt(0) >= 0xf000)).toBe(true);
    expect(/[\ufdd0-\ufdef\ufffe\uffff]/.test(text)).toBe(false);
  });
});

describe('LZMA decoder (lib/engine/data/lzma.ts)', () => {
  const roundTrip = (bytes: Uint8Array, level: 1 | 5 | 9 = 9) => {
    const packed = lzmaCompress(bytes, level);
    expect(lzmaDecode(packed)).toEqual(bytes);
    expect(lzmaDecode(packed, bytes.length)).toEqual(bytes);
    return packed;
  };

  it('reads what lzma1 writes, whatever the bytes', () => {
    roundTrip(new Uint8Array(0));
    roundTrip(new Uint8Array([7]));
    roundTrip(new Uint8Array(40_000).fill(97)); // long repeats
    roundTrip(new TextEncoder().encode('aap\nnoot\nmies\n'.repeat(2500)), 5);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 1, max: 4 }), (bytes, alphabet) => {
        // Small alphabets make many matches and repeated distances; full bytes make literals.
        roundTrip(alphabet === 4 ? bytes : bytes.map((b) => b % (alphabet + 1)), alphabet === 2 ? 1 : 9);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('agrees with lzma1 on the shipped rule data, and with the xz tool where it is installed', () => {
    const text = new TextEncoder().encode(ruleDataText(sourceFiles).text);
    const packed = decodeBinaryText(shippedData.text, shippedData.compressed);
    expect(lzmaDecode(packed)).toEqual(text);
    expect(new Uint8Array(lzmaDecompress(packed))).toEqual(text);
    // Other encoder settings than lzma1's (lc 3, lp 0, pb 2): xz writes an end marker and no size.
    const sample = text.subarray(0, 200_000);
    for (const options of ['preset=9e,pb=0', 'preset=6,lc=4,lp=0,pb=0', 'preset=1,lc=0,lp=2,pb=2']) {
      const xz = spawnSync('xz', ['--format=lzma', `--lzma1=${options}`, '-c'], { input: sample });
      if (xz.error) return; // no xz here: lzma1's output above is the check
      expect(lzmaDecode(new Uint8Array(xz.stdout), sample.length)).toEqual(sample);
    }
  }, 60_000);

  it('fails on a damaged or truncated stream instead of reading past it', () => {
    const text = new TextEncoder().encode('tussen ons: de voorjaarsnota is nog lang niet rond. '.repeat(40));
    const packed = roundTrip(text);
    expect(() => lzmaDecode(packed.subarray(0, 10))).toThrow(/header too short/);
    expect(() => lzmaDecode(packed.subarray(0, packed.length - 20))).toThrow(/too short/);
    expect(() => lzmaDecode(Uint8Array.of(225, ...packed.subarray(1)))).toThrow(/bad properties/);
    expect(() => lzmaDecode(packed, 5)).toThrow(/unexpected size/);
    // Flipped bits inside the stream: an error, or bytes of the stored length (the build checks the result).
    for (let at = 14; at < packed.length; at += 7) {
      const damaged = packed.slice();
      damaged[at]! ^= 0x55;
      let length: number | string;
      try {
        length = lzmaDecode(damaged).length;
      } catch (error) {
        length = String(error);
      }
      expect(length === text.length || /^Error: lzma:/.test(String(length))).toBe(true);
    }
  });
});
