/** Overall risk 0–100: independent-risk combination of the findings' severities. */
import type { Finding } from './types';

const WEIGHT = { info: 0.05, warning: 0.35, high: 0.6 } as const;

export function scoreFindings(findings: Finding[]): number {
  let keep = 1;
  for (const f of findings) keep *= 1 - WEIGHT[f.severity];
  return Math.round((1 - keep) * 100);
}
