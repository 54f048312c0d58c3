/**
 * Public API of the rule engine (pure TypeScript, no DOM, no browser API).
 * TEMPORARY STUB: returns no findings; replaced by the real engine (issue 3).
 * The exported names are a contract: keep them.
 */
import type { RulePack } from './pack-types';
import type { AuditProfileInput, CheckPostInput, CheckResult } from './types';

export { ORGANISATION_ALIASES, ORGANISATIONS, resolveOrganisation } from './organisations';
export type * from './pack-types';
export type * from './types';

export function checkPost(_input: CheckPostInput): CheckResult {
  return { score: 0, findings: [] };
}

export function auditProfile(_input: AuditProfileInput): CheckResult {
  return { score: 0, findings: [] };
}

export interface PackValidationError {
  /** JSON path of the offending value, e.g. "rules[3].severity". */
  path: string;
  /** Line in the source file when known (1-based). */
  line?: number;
  message: string;
}

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; errors: PackValidationError[] };

/** Validates an untrusted pack (parsed JSON or JSON text). `source` names the file in errors. */
export function validatePack(_data: unknown, _source?: string): PackValidation {
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }] };
}

export interface PackInfo {
  id: string;
  kind: RulePack['kind'];
  name: RulePack['name'];
  organisation?: string;
  areas: { id: string; name: { nl: string; en: string } }[];
  rules: { id: string; category: string; severity: string; message: { nl: string; en: string } }[];
}

/** The built-in packs (core and one per organisation), for the options page. */
export function listPacks(): PackInfo[] {
  return [];
}
