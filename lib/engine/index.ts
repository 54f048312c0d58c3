/**
 * Public API of the rule engine (pure TypeScript, no DOM, no browser API).
 * TEMPORARY STUB: returns no findings; replaced by the real engine (issue 3).
 */
import type { AuditProfileInput, CheckPostInput, CheckResult } from './types';

export type * from './types';

export function checkPost(_input: CheckPostInput): CheckResult {
  return { score: 0, findings: [] };
}

export function auditProfile(_input: AuditProfileInput): CheckResult {
  return { score: 0, findings: [] };
}
