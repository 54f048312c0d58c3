/**
 * The example policy files in docs/policies/ go through the same reader as
 * browser.storage.managed content (Chromium here cannot be given a machine
 * policy without root changes to /etc, so the reader is tested directly).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGEABLE_SETTINGS } from '../../../lib/storage';
import { parseManagedPolicy } from '../../../lib/storage/managed';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Minimal .reg reader: a key's values become an object; numbered subkeys become lists. */
function parseReg(text: string, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let current: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line.trim());
    if (key) {
      current = key[1]!;
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line.trim());
    if (!value || !current) continue;
    const parsed = value[3] !== undefined ? Number.parseInt(value[3], 16) === 1 : value[2]!.replace(/\\(.)/g, '$1');
    if (current === base) out[value[1]!] = parsed;
    else if (current.startsWith(`${base}\\`)) {
      const list = current.slice(base.length + 1);
      out[list] = [...((out[list] as unknown[]) ?? []), parsed];
    }
  }
  return out;
}

const EXPECTED_VALUES = {
  organisation: 'jenv',
  topics: ['asiel-migratie'],
  enabledPacks: ['core', 'jenv'],
  bannerThreshold: 'warning',
  likeGuard: true,
};

describe('example policies in docs/policies', () => {
  it('Chrome on Linux (JSON)', async () => {
    const json = JSON.parse(read('docs/policies/chrome-linux.json'));
    const policy = await parseManagedPolicy(json['3rdparty'].extensions.EXTENSION_ID);
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual(EXPECTED_VALUES);
    expect(policy.locked).toEqual(['organisation', 'enabledPacks', 'bannerThreshold']);
    expect(policy.customPacks.map((p) => p.id)).toEqual(['team-communicatie']);
  });

  it('Chrome on Windows (registry)', async () => {
    const base = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\EXTENSION_ID\\policy';
    const policy = await parseManagedPolicy(parseReg(read('docs/policies/chrome-windows.reg'), base));
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual(EXPECTED_VALUES);
    expect(policy.locked).toEqual(['organisation', 'enabledPacks', 'bannerThreshold']);
    expect(policy.customPacks.map((p) => p.id)).toEqual(['team-communicatie']);
  });

  it('Firefox policies.json', async () => {
    const json = JSON.parse(read('docs/policies/firefox-policies.json'));
    const policy = await parseManagedPolicy(json.policies['3rdparty'].Extensions['piketpaal@piketpaal.nl']);
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual(EXPECTED_VALUES);
    expect(policy.customPacks.map((p) => p.id)).toEqual(['team-communicatie']);
  });

  it('the managed schema names exactly the settings the reader accepts', async () => {
    const schema = JSON.parse(read('assets/managed-schema.json'));
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGEABLE_SETTINGS, 'customPacks', 'locked'].sort());
    expect(schema.properties.locked.items.enum).toEqual([...MANAGEABLE_SETTINGS]);
  });

  it('a broken custom pack in a policy is reported, the rest applies', async () => {
    const policy = await parseManagedPolicy({ organisation: 'def', customPacks: ['{"id": 3}'] });
    expect(policy.values.organisation).toBe('def');
    expect(policy.customPacks).toEqual([]);
    expect(policy.problems[0]).toMatch(/^customPacks\[0\]/);
  });
});
