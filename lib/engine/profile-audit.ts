/**
 * auditProfile: the page's fields are checked together (a claim in the bio and a
 * job title in the headline belong together), with the profile rules of the
 * active packs; offsets are reported per field.
 */
import { prepareContext } from './engine';
import { evaluateRules } from './evaluate';
import { scoreFindings } from './score';
import type { AuditProfileInput, CheckResult, Finding } from './types';

const FIELDS = ['name', 'headline', 'jobTitle', 'employer', 'bio', 'pinned', 'location', 'website'] as const;
export const PROFILE_CATEGORIES = new Set(['job-title-disclosure', 'political-affiliation']);

export function auditProfileImpl(input: AuditProfileInput): CheckResult {
  const page = input.page ?? {};
  const parts: { field: string; start: number; end: number }[] = [];
  let text = '';
  for (const field of FIELDS) {
    const value = page[field];
    if (typeof value !== 'string' || !value.trim()) continue;
    if (text) text += '\n';
    parts.push({ field, start: text.length, end: text.length + value.length });
    text += value;
  }
  if (!text) return { score: 0, findings: [] };
  const ctx = prepareContext(text, input.profile, input);
  evaluateRules(
    ctx,
    ctx.model.rules.filter((r) => PROFILE_CATEGORIES.has(r.rule.category)),
  );
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const f of ctx.findings) {
    const part = parts.find((p) => f.start >= p.start && f.start < p.end) ?? parts[0]!;
    const key = `${f.rule}|${part.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ...f,
      field: part.field,
      start: f.start - part.start,
      end: Math.min(f.end, part.end) - part.start,
    });
  }
  return { score: scoreFindings(findings), findings };
}
