/** Severity as a labelled badge: text plus a shape, so colour is never the only cue. */
import type { Severity } from '../engine/types';
import type { UiLanguage } from '../i18n';
import { t } from '../i18n';

const SYMBOL: Record<Severity, string> = { high: '▲', warning: '●', info: 'i' };

export function severityLabel(severity: Severity, lang: UiLanguage): string {
  return t(`ui_severity_${severity}`, lang);
}

export function SeverityBadge({ severity, lang }: { severity: Severity; lang: UiLanguage }) {
  return (
    <span class={`pp-badge pp-badge--${severity}`}>
      <span aria-hidden="true">{SYMBOL[severity]}</span>
      {severityLabel(severity, lang)}
    </span>
  );
}
