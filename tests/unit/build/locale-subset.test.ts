import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '../../../assets/_locales/nl/messages.json';
import { catalogueSubset, namedKeys } from '../../../scripts/lib/locale-subset-plugin';

/** Every .ts/.tsx source under the folders the extension is built from (no tests). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [file] : [];
  });
}
const allSources = [...sources('lib'), ...sources('entrypoints')];

describe('locale subset (scripts/lib/locale-subset-plugin.ts)', () => {
  it('keeps keys named in full and keys a template literal starts', () => {
    const catalogue = { a_one: 1, a_two: 2, b_one: 3, b_two_fix: 4, c_x: 5 };
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text that holds template literals
    const template = 't(`b_${key}`); t(`b_${key}_fix`)';
    const named = [namedKeys("t('a_one', lang)"), namedKeys(template)];
    expect(catalogueSubset(catalogue, named)).toEqual({ a_one: 1, b_one: 3, b_two_fix: 4 });
  });

  it('does not take a part of a longer word for a key', () => {
    expect(catalogueSubset({ a_one: 1 }, [namedKeys("'a_one_more'")])).toEqual({});
  });

  it('keeps every content_, like_ and profile_ key a source names, from the in-page code alone (content scripts: checking, profile audit, like guard)', () => {
    const inPage = allSources.filter((file) => /^lib[\\/](content|profile-audit|like-guard)[\\/]/.test(file));
    const kept = Object.keys(
      catalogueSubset(
        nl,
        inPage.map((file) => namedKeys(fs.readFileSync(file, 'utf8'))),
      ),
    );
    // The in-page families, less keys no source names at all (profile_not_own, profile_no_profile today).
    const namedAnywhere = catalogueSubset(
      nl,
      allSources.map((file) => namedKeys(fs.readFileSync(file, 'utf8'))),
    );
    const inPageKeys = Object.keys(namedAnywhere).filter((key) => /^(content|like|profile)_/.test(key));
    expect(inPageKeys.filter((key) => !kept.includes(key))).toEqual([]);
  });

  // The plugin's contract: a key is written in full or as the static start of a template literal.
  it('no source builds a UI string key another way', () => {
    const offending = allSources.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const found = [
        ...text.matchAll(/`\$\{[^`}]*\}_[A-Za-z0-9_]*/g), // `${area}_title`
        ...text.matchAll(/['"`][a-z]+_[A-Za-z0-9_]*['"`]\s*\+/g), // 'profile_' + x
        ...text.matchAll(/\.join\(\s*['"`]_['"`]\s*\)/g), // [a, b].join('_')
        ...text.matchAll(/\+\s*['"`]_[A-Za-z0-9_]*['"`]/g), // kind + '_cancel'
        ...text.matchAll(/['"][a-z]+(?:_[a-z0-9]+)*_['"]/g), // const P = 'profile_field_'; t(P + f)
      ];
      return found.map((match) => `${file}: ${match[0]}`);
    });
    expect(offending).toEqual([]);
  });
});
