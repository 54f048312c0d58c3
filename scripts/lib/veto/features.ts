/**
 * Features of the statistical veto (docs/veto-experiment.md): what its model reads about a checked
 * post once every rule has run. The backstop's features (lib/engine/backstop/features.ts: words, word
 * pairs, in-word pieces, the engine's signals, the rules' findings by category, severity and rule id)
 * plus, per category the rules raised, how many warning/high findings of it and whether one is high:
 * a category raised by several rules, or at high, is less often a false alarm than one weak rule.
 *
 * Experiment code beside scripts/train-veto.ts, not under lib/engine/: the veto failed its criterion and
 * the engine does not import it. Wiring a veto in would move it back into the engine.
 */
import { backstopFeatures } from '../../../lib/engine/backstop/features';
import type { RunContext } from '../../../lib/engine/evaluate';
import type { Finding } from '../../../lib/engine/types';

/** Feature name prefixes of the text itself (the rest are the engine's signals). */
const TEXT_PREFIXES = ['w:', 'b:', 'c:'];

/** Whether a feature is read from the text's words rather than from the engine's signals. */
export function isTextFeature(feature: string): boolean {
  return TEXT_PREFIXES.some((prefix) => feature.startsWith(prefix));
}

/** The per-category counts and severities of the warning/high findings. */
export function findingFeatures(findings: readonly Finding[]): string[] {
  const count = new Map<string, number>();
  const high = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    count.set(finding.category, (count.get(finding.category) ?? 0) + 1);
    if (finding.severity === 'high') high.add(finding.category);
  }
  const out: string[] = [];
  for (const [category, n] of count) {
    out.push(`v:${category}:n${Math.min(n, 3)}`);
    if (high.has(category)) out.push(`v:${category}:high`);
  }
  return out;
}

/** Distinct feature names of a post after all its rules ran (ctx.findings complete). */
export function vetoFeatures(ctx: RunContext): string[] {
  return [...backstopFeatures(ctx), ...findingFeatures(ctx.findings)];
}
