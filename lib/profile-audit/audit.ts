/**
 * Runs the profile audit: the engine's auditProfile (job title next to a
 * personal-capacity claim, political affiliation) plus the info advice the
 * engine may not give. Nothing is stored.
 */
import { auditProfile } from '../engine';
import type { RulePack } from '../engine/pack-types';
import type { CheckResult, Finding, ProfilePage } from '../engine/types';
import { checkOptions, type Settings } from '../storage/settings';
import { PROFILE_FIELDS, profileInfoAdvice } from './advice';

function overlaps(a: Finding, b: Finding): boolean {
  return a.field === b.field && a.start < b.end && b.start < a.end;
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { high: 0, warning: 1, info: 2 };

/** Findings sorted by severity, then by field order and position. */
export function sortFindings(findings: Finding[]): Finding[] {
  const fieldIndex = (f: Finding) => {
    const i = PROFILE_FIELDS.indexOf((f.field ?? '') as (typeof PROFILE_FIELDS)[number]);
    return i < 0 ? PROFILE_FIELDS.length : i;
  };
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || fieldIndex(a) - fieldIndex(b) || a.start - b.start,
  );
}

/** The audit with the settings and custom packs the composer check uses (a custom pack's profile rules apply here too). */
export function runProfileAudit(
  page: ProfilePage,
  settings: Pick<Settings, 'profile' | 'uiLanguage' | 'disabledRules' | 'enabledPacks'>,
  extraPacks: RulePack[] = [],
): CheckResult {
  const options = checkOptions(settings, extraPacks);
  // A broken pack makes the engine fail open (no findings): the advice below is still given.
  const engine = auditProfile({ page, ...options });
  const disabled = new Set(options.disabledRules);
  // Our advice only where the engine said nothing about the same text.
  const advice = profileInfoAdvice(page, options.uiLanguage).filter(
    (a) => !disabled.has(a.rule) && !engine.findings.some((f) => f.rule === a.rule || overlaps(f, a)),
  );
  return { score: engine.score, findings: sortFindings([...engine.findings, ...advice]) };
}
