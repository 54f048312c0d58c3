/** The profile report as plain text, for "Rapport kopiëren". */
import type { CheckResult, Finding, UiLanguage } from '../engine/types';
import { t } from '../i18n';

export function fieldLabel(field: string | undefined, lang: UiLanguage): string {
  if (!field) return '';
  const key = `profile_field_${field}`;
  const label = t(key, lang);
  return label === key ? field : label;
}

export function findingHeading(f: Finding, lang: UiLanguage): string {
  return `${t(`profile_severity_${f.severity}`, lang)} · ${t('profile_stelregel', lang, f.stelregel)}`;
}

export function reportText(
  site: string,
  fields: Record<string, string>,
  result: CheckResult,
  lang: UiLanguage,
): string {
  const lines = [`Piketpaal — ${t('profile_report_title', lang)} (${site})`, ''];
  if (result.findings.length === 0) lines.push(t('profile_report_none', lang));
  else lines.push(t('profile_report_count', lang, result.findings.length));
  result.findings.forEach((f, i) => {
    lines.push('', `${i + 1}. [${findingHeading(f, lang)}] ${f.message}`);
    if (f.field) {
      const where = fieldLabel(f.field, lang);
      lines.push(`   ${t('profile_in_field', lang, f.excerpt ? `${where} — “${f.excerpt}”` : where)}`);
    }
    if (f.suggestion) lines.push(`   ${t('profile_suggestion', lang, f.suggestion)}`);
  });
  lines.push('', `${t('profile_report_fields', lang)}:`);
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'site') lines.push(`- ${fieldLabel(key, lang)}: ${value}`);
  }
  return lines.join('\n');
}
