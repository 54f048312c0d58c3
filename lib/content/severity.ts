/** Severity order and the banner threshold test. */
import type { Finding, Severity } from '../engine/types';

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

export function severityRank(severity: Severity): number {
  return RANK[severity] ?? 0;
}

export function highestSeverity(findings: readonly Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const finding of findings) {
    if (best === null || severityRank(finding.severity) > severityRank(best)) best = finding.severity;
  }
  return best;
}

/** Findings at or above the threshold: only these hold a post. */
export function findingsToHold(findings: readonly Finding[], threshold: Severity): Finding[] {
  const min = severityRank(threshold);
  return findings.filter((finding) => severityRank(finding.severity) >= min);
}
