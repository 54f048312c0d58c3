/**
 * Build step: a self-contained bundle (each content script, the background) carries only the UI
 * strings its own code can ask for, not both whole catalogues.
 *
 * WHY: lib/i18n/index.ts imports assets/_locales/{nl,en}/messages.json so the user's chosen
 * language works everywhere without browser.i18n. Both catalogues (295 keys each, 40 kB as built)
 * landed in every content script although the in-page UI uses about a third of the keys (the rest
 * belong to the popup, options and archive pages). Measured 30 Nov 2026: see README "Size budgets".
 *
 * How: the catalogue imports become placeholders (`__PIKETPAAL_MESSAGES_nl__`); when a chunk is
 * rendered, each placeholder is replaced by the catalogue as JSON, filtered to the keys that the
 * chunk's own modules name. A chunk that imports other chunks (the extension pages share theirs)
 * gets the whole catalogue, as before. The build fails if a placeholder is left anywhere.
 *
 * Contract for code that calls t(): a key appears in the source in full (`'content_banner_title'`,
 * in code or in a table) or as the static start of a template literal
 * (`` `profile_advice_${key}` `` keeps every `profile_advice_*` key). A key built any other way
 * (`` `${area}_title` ``, `'a_' + b`) would show as the key itself in a content script:
 * tests/unit/build/locale-subset.test.ts scans lib/ and entrypoints/ for such keys.
 * Only the build uses this (`apply: 'build'`): `wxt dev`, vitest and the CLI read the JSON as it is.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The catalogue files lib/i18n/index.ts imports (matched on the import or resolved path, either separator). */
const CATALOGUE_IMPORT = /_locales[\\/](\w+)[\\/]messages\.json$/;
const VIRTUAL_PREFIX = '\0piketpaal-messages:';
const PLACEHOLDER = /__PIKETPAAL_MESSAGES_(\w+)__/g;

type Catalogue = Record<string, unknown>;

/** What a module's source can name as a key: every word with underscores or letters, and template heads. */
export interface NamedKeys {
  words: Set<string>;
  /** Static starts of template literals before their first `${` (`profile_advice_` in `` `profile_advice_${key}` ``). */
  heads: Set<string>;
}

/** The words and template heads in one module's source text. Over-counting (a key in a comment) only keeps a key. */
export function namedKeys(source: string): NamedKeys {
  const words = new Set(source.match(/[A-Za-z0-9_]+/g) ?? []);
  const heads = new Set<string>();
  for (const match of source.matchAll(/`([A-Za-z0-9_]+)\$\{/g)) heads.add(match[1]!);
  return { words, heads };
}

/** The catalogue's entries that `named` can reach, in the catalogue's order. */
export function catalogueSubset(catalogue: Catalogue, named: readonly NamedKeys[]): Catalogue {
  const heads = named.flatMap((n) => [...n.heads]);
  const reachable = (key: string) => named.some((n) => n.words.has(key)) || heads.some((head) => key.startsWith(head));
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => reachable(key)));
}

function readCatalogue(language: string): Catalogue {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/_locales', language, 'messages.json'), 'utf8'));
}

/** Vite plugin (wxt.config.ts). */
export function localeSubsetVitePlugin(): Plugin {
  const namedByModule = new Map<string, NamedKeys>();
  return {
    name: 'piketpaal:locale-subset',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      const language = CATALOGUE_IMPORT.exec(source)?.[1];
      return language ? VIRTUAL_PREFIX + language : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return null;
      const language = id.slice(VIRTUAL_PREFIX.length);
      readCatalogue(language); // fail here, with the file's name, when it is missing or broken
      return `export default __PIKETPAAL_MESSAGES_${language}__;`;
    },
    transform(code, id) {
      if (!id.startsWith('\0') && !id.includes('node_modules'))
        namedByModule.set(id.replace(/[?#].*$/, ''), namedKeys(code));
      return null;
    },
    renderChunk(code, chunk) {
      if (!code.includes('__PIKETPAAL_MESSAGES_')) return null;
      const selfContained = chunk.isEntry && chunk.imports.length === 0 && chunk.dynamicImports.length === 0;
      const named = chunk.moduleIds.flatMap((id) => namedByModule.get(id.replace(/[?#].*$/, '')) ?? []);
      const replaced = code.replace(PLACEHOLDER, (_, language: string) => {
        const catalogue = readCatalogue(language);
        return `(${JSON.stringify(selfContained ? catalogueSubset(catalogue, named) : catalogue)})`;
      });
      return { code: replaced, map: null };
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk' && file.code.includes('__PIKETPAAL_MESSAGES_'))
          throw new Error(`locale subset: a catalogue placeholder is left in ${file.fileName}`);
    },
  };
}
