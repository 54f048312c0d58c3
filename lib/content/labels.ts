/** Texts about findings, in the user's UI language (keys content_* in messages.json). */
import type { Finding, Severity, UiLanguage } from '../engine/types';
import { t } from '../i18n';
import { highestSeverity } from './severity';

export function severityLabel(severity: Severity, lang: UiLanguage): string {
  return t(`content_severity_${severity}`, lang);
}

export function stelregelLabel(finding: Finding, lang: UiLanguage): string {
  return t('content_stelregel_label', lang, finding.stelregel, t(`content_stelregel_${finding.stelregel}`, lang));
}

export function suggestionLabel(finding: Finding, lang: UiLanguage): string {
  return t('content_suggestion_label', lang, finding.suggestion);
}

/** Accessible name of the indicator, e.g. "Piketpaal: 2 waarschuwingen". */
export function indicatorLabel(findings: readonly Finding[], lang: UiLanguage): string {
  const count = findings.length;
  if (count === 0) return t('content_indicator_none', lang);
  const base = count === 1 ? t('content_indicator_one', lang) : t('content_indicator_many', lang, count);
  const highest = highestSeverity(findings);
  return highest ? `${base} (${t('content_indicator_highest', lang, severityLabel(highest, lang))})` : base;
}

/** Fills `parent` with message, stelregel and suggestion of one finding (textContent only). */
export function appendFindingDetails(doc: Document, parent: HTMLElement, finding: Finding, lang: UiLanguage): void {
  const message = doc.createElement('p');
  message.textContent = finding.message;
  const rule = doc.createElement('p');
  rule.className = 'rule';
  rule.textContent = stelregelLabel(finding, lang);
  parent.append(message, rule);
  if (finding.suggestion) {
    const tip = doc.createElement('p');
    tip.className = 'tip';
    tip.textContent = suggestionLabel(finding, lang);
    parent.append(tip);
  }
}
