/**
 * The engine bundled for timing as the extension runs it: an entry that hands over the delivered rule data
 * (organisation packs, backstop weights; lib/engine/data/delivered.ts) as the background does at run time, then
 * re-exports checkPost and warmUpEngine. Without the hand-over the checks would run without organisation packs and
 * with the backstop reading every feature name (its training path). Shared by `npm run bench` (the shipped form:
 * minified, for the browser) and scripts/bench-compare.ts (each tree's engine for Node, with that tree's own
 * rule-data plugin, since the other tree may be an older checkout).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

export interface EngineBundleOptions {
  /** The checkout whose lib/engine is bundled. */
  root: string;
  /** Folder for the entry file; the bundle is written there as `${tag}.mjs`. */
  dir: string;
  tag: string;
  /** That checkout's rule-data plugin (scripts/lib/rule-data-plugin.ts). */
  plugin: Plugin;
  /** The content scripts' form (minified, browser, UTF-8 output) instead of plain Node ESM. */
  shipped: boolean;
  /** Throw when the checkout has no delivered blob (bench); an older tree may predate it (bench-compare). */
  requireDelivered: boolean;
}

/** Bundles the engine of `root` and returns the bundle's path. */
export async function bundleEngine(options: EngineBundleOptions): Promise<string> {
  const { root, dir, tag, plugin, shipped, requireDelivered } = options;
  const entry = path.join(dir, `${tag}-entry.ts`);
  const engine = JSON.stringify(path.resolve(root, 'lib/engine/index.ts'));
  const blob = JSON.stringify(path.resolve(root, 'lib/engine/data/delivered-blob.ts'));
  const rejected = requireDelivered
    ? '!deliveredBlob || !acceptDeliveredRuleData(deliveredBlob)'
    : 'deliveredBlob && !acceptDeliveredRuleData(deliveredBlob)';
  writeFileSync(
    entry,
    [
      `import { acceptDeliveredRuleData } from ${engine};`,
      `import { deliveredBlob } from ${blob};`,
      `if (${rejected}) throw new Error('delivered rule data not accepted');`,
      `export { checkPost, warmUpEngine } from ${engine};`,
      '',
    ].join('\n'),
  );
  const outfile = path.join(dir, `${tag}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    ...(shipped ? { minify: true, platform: 'browser', charset: 'utf8' } : { platform: 'node' }),
    outfile,
    logLevel: 'error',
    plugins: [plugin],
  });
  return outfile;
}
