/**
 * The rule files (rules/**.json) as they are in the repository. Vite (vitest)
 * inlines them through import.meta.glob; under plain Node (tsx: CLI,
 * eval, packs:test, bench) import.meta.glob does not exist and the same files
 * are read synchronously from disk instead. Missing files are simply absent.
 *
 * The extension build and the bench's size measurement REPLACE this module with
 * a packed copy of the compacted files (scripts/lib/rule-data-plugin.ts, which
 * also exports `readRuleFileSteps`), so what ships is ./packed.ts's format.
 */
import type { BundledFile } from './bundled';

function fromVite(): BundledFile[] | undefined {
  try {
    const files = import.meta.glob('../../../rules/**/*.json', { eager: true, import: 'default' }) as Record<
      string,
      unknown
    >;
    return Object.entries(files).map(([key, data]) => ({ path: key.replace(/^(\.\.\/)+/, ''), data }));
  } catch {
    return undefined;
  }
}

type NodeFs = typeof import('node:fs');
type NodePath = typeof import('node:path');
type NodeUrl = typeof import('node:url');

function fromDisk(): BundledFile[] {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const load = proc?.getBuiltinModule;
  if (!load) return [];
  const fs = load('node:fs') as NodeFs;
  const path = load('node:path') as NodePath;
  const url = load('node:url') as NodeUrl;
  const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../../..');
  const out: BundledFile[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        try {
          out.push({ path: rel, data: JSON.parse(fs.readFileSync(full, 'utf8')) });
        } catch {
          out.push({ path: rel, data: undefined });
        }
      }
    }
  };
  walk(path.join(root, 'rules'));
  return out;
}

export function readRuleFiles(): BundledFile[] {
  return fromVite() ?? fromDisk();
}

/** The read as steps, as the packed copy has it (./bundled.ts): reading from disk or Vite is one step. */
export function* readRuleFileSteps(): Generator<void, BundledFile[]> {
  yield;
  return readRuleFiles();
}
