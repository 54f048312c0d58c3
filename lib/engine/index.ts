/**
 * Public API of the rule engine (pure TypeScript, no DOM, no browser API): it
 * runs unchanged in the content script, in Node (CLI) and in tests.
 * The exported names are a contract: keep them.
 */
import { checkPostImpl, getModel, warmUpSteps } from './engine';
import type { RulePack } from './pack-types';
import { loadBundled } from './packs/load';
import { type PackValidation, type PackValidationError, validatePackImpl } from './packs/validate';
import { auditProfileImpl } from './profile-audit';
import type { AuditProfileInput, CheckPostInput, CheckResult } from './types';

export { acceptDeliveredRuleData, expectsDeliveredRuleData, ruleDataGeneration } from './data/delivered';
export { ORGANISATION_ALIASES, ORGANISATIONS, resolveOrganisation } from './organisations';
export type * from './pack-types';
export type * from './types';
export type { PackValidation, PackValidationError };

/** Fail open: an internal error yields no findings (posting works as if the extension were absent) and is logged. */
function failOpen(what: string, run: () => CheckResult): CheckResult {
  try {
    return run();
  } catch (error) {
    console.error(`piketpaal engine: ${what} failed, no advice given`, error);
    return { score: 0, findings: [], error: String(error) } as CheckResult;
  }
}

export function checkPost(input: CheckPostInput): CheckResult {
  return failOpen('checkPost', () => checkPostImpl(input));
}

/**
 * Prepares the engine in small steps: each `next()` does a few milliseconds of
 * work, so a page can build the model in idle time instead of one long task on
 * the first check. Optional: checkPost builds whatever is still missing itself.
 */
export function warmUpEngine(extraPacks: readonly unknown[] = []): Iterator<unknown> {
  return warmUpSteps(extraPacks);
}

export function auditProfile(input: AuditProfileInput): CheckResult {
  return failOpen('auditProfile', () => auditProfileImpl(input));
}

/** Validates an untrusted pack (parsed JSON or JSON text). `source` names the file in errors. */
export function validatePack(data: unknown, source?: string): PackValidation {
  return validatePackImpl(data, source);
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
  return loadBundled().packs.map((pack) => ({
    id: pack.id,
    kind: pack.kind,
    name: pack.name,
    ...(pack.organisation ? { organisation: pack.organisation } : {}),
    areas: (pack.areas ?? []).map((a) => ({ id: a.id, name: a.name })),
    rules: (pack.rules ?? []).map((r) => ({
      id: `${pack.id}/${r.id}`,
      category: r.category,
      severity: r.severity,
      message: r.message,
    })),
  }));
}

/** Problems in the bundled packs and lexicons (empty when all are valid). */
export function packProblems(): string[] {
  return [...loadBundled().problems, ...getModel().errors];
}
