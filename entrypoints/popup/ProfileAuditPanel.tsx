/**
 * "Profiel controleren": asks the content script to read the user's own
 * profile and audit it. The result stays in the popup (copyable) and is not
 * stored; on someone else's profile the content script refuses.
 */
import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { ProfileAuditReply } from '../../lib/messaging/protocol';
import { FindingList } from '../../lib/ui/FindingList';
import { Notice } from '../../lib/ui/Notice';
import { severityLabel } from '../../lib/ui/SeverityBadge';

interface Props {
  lang: UiLanguage;
  audit: ProfileAuditReply | 'running' | null;
  onRun: () => void;
  ownProfile?: boolean;
}

function reportText(reply: ProfileAuditReply, lang: UiLanguage): string {
  const findings = reply.result?.findings ?? [];
  if (findings.length === 0) return t('ui_audit_clean_title', lang);
  return findings
    .map(
      (f) =>
        `[${severityLabel(f.severity, lang)}] ${t('ui_stelregel_short', lang, f.stelregel)}: ${f.message} — ${f.suggestion}`,
    )
    .join('\n');
}

function reasonMessage(reason: string | undefined, lang: UiLanguage): string {
  if (reason === 'not-own-profile') return t('ui_audit_not_own_profile', lang);
  if (reason === 'no-profile') return t('ui_audit_no_profile', lang);
  if (reason === 'no-answer') return t('ui_audit_no_answer', lang);
  return t('ui_audit_failed', lang, reason ?? '');
}

export function ProfileAuditPanel({ lang, audit, onRun, ownProfile }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async (reply: ProfileAuditReply) => {
    try {
      await navigator.clipboard.writeText(reportText(reply, lang));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section class="pp-section" aria-labelledby="pp-audit-heading">
      <h2 id="pp-audit-heading" class="pp-popup-h2">
        {t('ui_audit_heading', lang)}
      </h2>
      <p class="pp-hint">{ownProfile ? t('ui_audit_intro_own', lang) : t('ui_audit_intro', lang)}</p>
      <button type="button" class="pp-button pp-button--secondary" onClick={onRun} disabled={audit === 'running'}>
        {t('ui_audit_button', lang)}
      </button>
      <div aria-live="polite">
        {audit === 'running' ? <p>{t('ui_loading', lang)}</p> : null}
        {audit && audit !== 'running' && !audit.ok ? (
          <Notice kind="warning">
            <p>{reasonMessage(audit.reason, lang)}</p>
          </Notice>
        ) : null}
        {audit && audit !== 'running' && audit.ok ? (
          <div class="pp-audit-result">
            {(audit.result?.findings.length ?? 0) === 0 ? (
              <Notice kind="ok" title={t('ui_audit_clean_title', lang)}>
                <p>{t('ui_audit_clean_body', lang)}</p>
              </Notice>
            ) : (
              <FindingList findings={audit.result?.findings ?? []} lang={lang} headingLevel={3} />
            )}
            <div class="pp-actions">
              <button type="button" class="pp-button pp-button--subtle" onClick={() => void copy(audit)}>
                {t('ui_audit_copy', lang)}
              </button>
              <span role="status">{copied ? t('ui_audit_copied', lang) : ''}</span>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
