/**
 * The rule files (rules/**.json) as they are in the repository, then the engine's
 * word lists and text tables (`*.list.json` under lib/engine/: a list of strings or an
 * object of them, read through ./word-lists.ts). Vite (vitest) inlines them through import.meta.glob;
 * under plain Node (tsx: CLI, eval, packs:test, bench) import.meta.glob does not
 * exist and the same files are read synchronously from disk instead. Missing files
 * are simply absent.
 *
 * The extension build and the bench's size measurement REPLACE this module with
 * a packed copy of the compacted files (scripts/lib/rule-data-plugin.ts, which
 * also exports `readRuleFileSteps`), so what ships is ./packed.ts's format. The word
 * lists ride along: as code they cost about three times what they add to the packed data.
 * The organisation packs do not: the build packs them apart, for delivery at run time
 * (./delivered.ts), and names that blob in `expectedDelivery`.
 */
import type { BundledFile } from './bundled';
import type { ExpectedRuleData } from './delivered';

/** Where the engine's word lists live (relative to the repository root) and how they are named. */
const WORD_LIST_DIR = 'lib/engine';
const WORD_LIST_SUFFIX = '.list.json';

function fromVite(): BundledFile[] | undefined {
  try {
    const rules = import.meta.glob('../../../rules/**/*.json', { eager: true, import: 'default' }) as Record<
      string,
      unknown
    >;
    const lists = import.meta.glob('../**/*.list.json', { eager: true, import: 'default' }) as Record<string, unknown>;
    return [
      ...Object.entries(rules).map(([key, data]) => ({ path: key.replace(/^(\.\.\/)+/, ''), data })),
      ...Object.entries(lists)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, data]) => ({ path: `${WORD_LIST_DIR}/${key.replace(/^\.\.\//, '')}`, data })),
    ];
  } catch {
    return undefined;
  }
}

type NodeFs = typeof import('node:fs');
type NodePath = typeof import('node:path');
type NodeUrl = typeof import('node:url');

/** The files under `dir` whose name passes `wanted`, by path, in a stable order (through readSourceFiles, here and in rule-data-plugin.ts). */
function readJsonTree(
  fs: NodeFs,
  path: NodePath,
  root: string,
  dir: string,
  wanted: (name: string) => boolean,
): BundledFile[] {
  const out: BundledFile[] = [];
  const walk = (folder: string) => {
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (wanted(entry.name)) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        try {
          out.push({ path: rel, data: JSON.parse(fs.readFileSync(full, 'utf8')) });
        } catch {
          out.push({ path: rel, data: undefined }); // reported by the engine as "not valid JSON"
        }
      }
    }
  };
  walk(path.join(root, dir));
  return out;
}

/** The rule files, then the engine's word lists, from the repository at `root` (here and in rule-data-plugin.ts). */
export function readSourceFiles(fs: NodeFs, path: NodePath, root: string): BundledFile[] {
  return [
    ...readJsonTree(fs, path, root, 'rules', (name) => name.endsWith('.json')),
    ...readJsonTree(fs, path, root, WORD_LIST_DIR, (name) => name.endsWith(WORD_LIST_SUFFIX)),
  ];
}

function fromDisk(): BundledFile[] {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const load = proc?.getBuiltinModule;
  if (!load) return [];
  const fs = load('node:fs') as NodeFs;
  const path = load('node:path') as NodePath;
  const url = load('node:url') as NodeUrl;
  return readSourceFiles(fs, path, path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../../..'));
}

export function readRuleFiles(): BundledFile[] {
  return fromVite() ?? fromDisk();
}

/** The read as steps, as the packed copy has it (./bundled.ts): reading from disk or Vite is one step. */
export function* readRuleFileSteps(): Generator<void, BundledFile[]> {
  yield;
  return readRuleFiles();
}

/** The rule data this bundle gets at run time (./delivered.ts): none, every file is read here. */
export const expectedDelivery: ExpectedRuleData | undefined = undefined;
