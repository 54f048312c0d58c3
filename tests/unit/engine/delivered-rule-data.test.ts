/**
 * The content scripts carry core, lexicons and word lists; the organisation packs and the backstop's
 * weights arrive at run time (lib/engine/data/delivered.ts). With the build's split (scripts/lib/rule-data-plugin.ts): until they
 * arrive the engine checks with the bundled files alone; missing, stale or corrupt values change
 * nothing and never throw; once they arrive, even after the first checks, every finding is the same
 * as with every file read from source.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { WEIGHTS_PATH } from '../../../lib/engine/backstop/model';
import type { DeliveredRuleData } from '../../../lib/engine/data/delivered';
import { packedRuleFileSteps, unpackRuleData } from '../../../lib/engine/data/packed';
import {
  deliveredRuleData,
  packedSourceModule,
  packRuleData,
  readRuleSourceFiles,
  splitRuleFiles,
} from '../../../scripts/lib/rule-data-plugin';

type Engine = typeof import('../../../lib/engine');

const files = readRuleSourceFiles();
const { own, delivered } = splitRuleFiles(files);
/** Packed once (LZMA at the build's level takes seconds). */
const blob: DeliveredRuleData = deliveredRuleData(files);
const ownPacked = packRuleData(own);

/** A fresh engine whose bundle is the content scripts' (own files) and expects `blob`. */
async function splitEngine(): Promise<Engine> {
  vi.resetModules();
  vi.doMock('../../../lib/engine/data/source', () => ({
    readRuleFileSteps: packedRuleFileSteps(ownPacked),
    expectedDelivery: { id: blob.id, size: blob.packed.size, compressed: blob.packed.compressed },
  }));
  try {
    return await import('../../../lib/engine');
  } finally {
    vi.doUnmock('../../../lib/engine/data/source');
  }
}

/** A fresh engine that reads every file from source (as Node and the tests do). */
async function fullEngine(): Promise<Engine> {
  vi.resetModules();
  return import('../../../lib/engine');
}

const POLICE = 'The suspect cracked in the second interrogation today, full confession on tape.';
const POLICE_PROFILE = { organisation: 'politie' };

interface Line {
  text?: string;
  profile?: { organisation?: string; topics?: string[]; role?: string };
}
const DEV: Line[] = readFileSync('../shared/eval/dev.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Line)
  .filter((line) => typeof line.text === 'string');

/** Each text with its own profile, with every organisation, and with none (topics searched in every pack). */
function cases(): { text: string; profile: Line['profile'] }[] {
  const out: { text: string; profile: Line['profile'] }[] = DEV.map((l) => ({ text: l.text!, profile: l.profile }));
  const orgs = delivered
    .filter((f) => f.path.startsWith('rules/orgs/'))
    .map((f) => (f.data as { organisation: string }).organisation);
  for (const [i, line] of DEV.slice(0, 40).entries()) {
    out.push({ text: line.text!, profile: { organisation: orgs[i % orgs.length], topics: [] } });
    out.push({ text: line.text!, profile: { topics: ['asiel', 'stikstof'] } });
  }
  out.push({ text: POLICE, profile: POLICE_PROFILE });
  return out;
}

describe('organisation packs delivered at run time', () => {
  let full: ReturnType<Engine['checkPost']>[];

  beforeAll(async () => {
    const engine = await fullEngine();
    full = cases().map((c) => engine.checkPost({ text: c.text, profile: c.profile }));
  }, 120_000);

  it('the build splits off exactly rules/orgs/*.json and the backstop weights, and every blob reads back', () => {
    expect(delivered.map((f) => f.path)).toEqual([
      ...files.filter((f) => f.path.startsWith('rules/orgs/')).map((f) => f.path),
      WEIGHTS_PATH,
    ]);
    expect(delivered.length).toBe(15);
    expect(own.some((f) => f.path.startsWith('rules/orgs/') || f.path === WEIGHTS_PATH)).toBe(false);
    expect(unpackRuleData(blob.packed).map((f) => f.path)).toEqual(delivered.map((f) => f.path));
    expect(unpackRuleData(ownPacked).map((f) => f.path)).toEqual(own.map((f) => f.path));
    const module = packedSourceModule(files);
    expect(module).toContain(`"id":"${blob.id}"`);
    expect(module).not.toContain(blob.packed.text);
  });

  it('checks with the bundled files until they arrive, then exactly as with every file', async () => {
    const engine = await splitEngine();
    expect(engine.expectsDeliveredRuleData()).toBe(true);
    // Before: no politie pack, so no politie finding, and no error.
    const before = engine.checkPost({ text: POLICE, profile: POLICE_PROFILE });
    expect(before.findings.some((f) => f.rule.startsWith('politie/'))).toBe(false);
    expect((before as { error?: string }).error).toBeUndefined();
    expect(engine.listPacks().map((p) => p.id)).toEqual(['core']);
    const generation = engine.ruleDataGeneration();
    // Arrival after the first checks (a stored copy of the blob, as structured clone gives it).
    expect(engine.acceptDeliveredRuleData(structuredClone(blob))).toBe(true);
    expect(engine.ruleDataGeneration()).toBe(generation + 1);
    expect(engine.expectsDeliveredRuleData()).toBe(false);
    expect(engine.acceptDeliveredRuleData(blob)).toBe(false); // once is enough
    const after = cases().map((c) => engine.checkPost({ text: c.text, profile: c.profile }));
    expect(after).toEqual(full);
    expect(engine.listPacks()).toHaveLength(15);
  }, 120_000);

  it('the backstop raises nothing before the weights arrive and the same as from source after', async () => {
    const backstop = (r: ReturnType<Engine['checkPost']>) =>
      r.findings.filter((f) => f.rule.startsWith('core/backstop-'));
    // The cases the backstop flags when every file is read from source.
    const flagged = cases().filter((_, i) => backstop(full[i]!).length > 0);
    expect(flagged.length).toBeGreaterThan(3);
    const engine = await splitEngine();
    for (const c of flagged) expect(backstop(engine.checkPost({ text: c.text, profile: c.profile }))).toEqual([]);
    expect(engine.acceptDeliveredRuleData(blob)).toBe(true);
    const fullBackstop = cases()
      .map((_, i) => backstop(full[i]!))
      .filter((b) => b.length > 0);
    expect(flagged.map((c) => backstop(engine.checkPost({ text: c.text, profile: c.profile })))).toEqual(fullBackstop);
  }, 120_000);

  it('the warm-up builds the model with them in steps, after an earlier warm-up without them', async () => {
    const engine = await splitEngine();
    const first = engine.warmUpEngine();
    while (!first.next().done) {
      // the model without organisation packs
    }
    engine.acceptDeliveredRuleData(blob);
    const second = engine.warmUpEngine();
    let steps = 0;
    while (!second.next().done) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(engine.checkPost({ text: POLICE, profile: POLICE_PROFILE })).toEqual(full.at(-1));
  }, 120_000);

  it('ignores missing, stale and malformed values without throwing', async () => {
    const engine = await splitEngine();
    const bad: unknown[] = [
      null,
      undefined,
      'text',
      42,
      [],
      {},
      { id: blob.id },
      { id: 'stale0123456789ab', packed: blob.packed },
      { id: blob.id, packed: { ...blob.packed, size: blob.packed.size + 1 } },
      { id: blob.id, packed: { ...blob.packed, compressed: 2 ** 40 } },
      { id: blob.id, packed: { ...blob.packed, text: 7 } },
      { id: blob.id, packed: { ...blob.packed, layout: 'yes' } },
      { id: blob.id, packed: null },
    ];
    for (const value of bad) expect(engine.acceptDeliveredRuleData(value)).toBe(false);
    expect(engine.expectsDeliveredRuleData()).toBe(true);
    expect(engine.checkPost({ text: POLICE, profile: POLICE_PROFILE }).findings).toEqual(
      (await splitEngine()).checkPost({ text: POLICE, profile: POLICE_PROFILE }).findings,
    );
  }, 120_000);

  it('corrupt data of the right size checks on without them, and a good copy is taken later', async () => {
    const engine = await splitEngine();
    const reference = engine.checkPost({ text: POLICE, profile: POLICE_PROFILE });
    const text = blob.packed.text;
    const middle = Math.floor(text.length / 2);
    // Characters swapped in the middle: LZMA decodes garbage or stops; either way nothing is used.
    const corrupt = {
      id: blob.id,
      packed: { ...blob.packed, text: `${text.slice(0, middle)}AAAAAAAA${text.slice(middle + 8)}` },
    };
    expect(engine.acceptDeliveredRuleData(corrupt)).toBe(true);
    const during = engine.checkPost({ text: POLICE, profile: POLICE_PROFILE });
    expect((during as { error?: string }).error).toBeUndefined();
    expect(during.findings).toEqual(reference.findings);
    expect(engine.listPacks().map((p) => p.id)).toEqual(['core']);
    // The unreadable copy does not block the next one (the background writes it again at its next start).
    expect(engine.expectsDeliveredRuleData()).toBe(true);
    expect(engine.acceptDeliveredRuleData(blob)).toBe(true);
    expect(engine.checkPost({ text: POLICE, profile: POLICE_PROFILE })).toEqual(full.at(-1));
  }, 120_000);

  it('under Node nothing is expected: every file is read from source', async () => {
    const engine = await fullEngine();
    expect(engine.expectsDeliveredRuleData()).toBe(false);
    expect(engine.acceptDeliveredRuleData(blob)).toBe(false);
    expect(engine.ruleDataGeneration()).toBe(0);
  });
});
