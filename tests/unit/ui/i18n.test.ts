import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, messageKeys, t } from '../../../lib/i18n';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('i18n', () => {
  it('has every ui_ key in Dutch and English', () => {
    const nl = messageKeys('nl').filter((k) => k.startsWith('ui_'));
    const en = messageKeys('en').filter((k) => k.startsWith('ui_'));
    expect(nl.length).toBeGreaterThan(100);
    expect(new Set(en)).toEqual(new Set(nl));
  });

  it('every literal ui_ key used in the pages exists', () => {
    const dirs = ['entrypoints/popup', 'entrypoints/options', 'lib/ui', 'lib/storage'].map((d) => path.join(ROOT, d));
    const used = new Set<string>();
    for (const file of dirs.flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(ui_[a-z0-9_]+)'/g)) {
        if (!match[1]!.endsWith('_')) used.add(match[1]!);
      }
    }
    const missing = [...used].filter((key) => !hasMessage(key, 'nl') || !hasMessage(key, 'en'));
    expect(missing).toEqual([]);
  });

  it('substitutes $1..$9 and falls back to Dutch, then the key', () => {
    expect(t('ui_stelregel_title', 'nl', 2, 'x')).toBe('Stelregel 2: x');
    expect(t('ui_stelregel_title', 'en', 2, 'x')).toBe('Rule 2: x');
    expect(t('does_not_exist', 'en')).toBe('does_not_exist');
  });
});
