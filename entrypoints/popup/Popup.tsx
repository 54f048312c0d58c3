/**
 * The popup: what the draft in the active tab triggers, grouped by stelregel,
 * the page status, and the profile audit. It holds nothing: every opening
 * asks the content script again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { DraftReport, ProfileAuditReply } from '../../lib/messaging/protocol';
import { FindingList } from '../../lib/ui/FindingList';
import { Main, PageHeader } from '../../lib/ui/Layout';
import { Notice } from '../../lib/ui/Notice';
import { ScoreMeter } from '../../lib/ui/ScoreMeter';
import { siteName } from '../../lib/ui/sites';
import { ProfileAuditPanel } from './ProfileAuditPanel';
import type { PopupClient } from './tab-client';

type LoadState = { phase: 'loading' } | { phase: 'done'; report: DraftReport | null };

function extensionUrl(path: string): string {
  try {
    return browser.runtime.getURL(path as '/options.html');
  } catch {
    return path;
  }
}

function DraftStatus({ report, lang }: { report: DraftReport | null; lang: UiLanguage }) {
  if (!report) {
    return (
      <Notice title={t('ui_popup_inactive_title', lang)}>
        <p>{t('ui_popup_inactive_body', lang)}</p>
      </Notice>
    );
  }
  const site = siteName(report.site);
  switch (report.status) {
    case 'site-disabled':
      return (
        <Notice title={t('ui_popup_site_disabled_title', lang, site)}>
          <p>{t('ui_popup_site_disabled_body', lang)}</p>
        </Notice>
      );
    case 'no-composer':
      return (
        <Notice title={t('ui_popup_no_composer_title', lang)}>
          <p>{t('ui_popup_no_composer_body', lang, site)}</p>
        </Notice>
      );
    case 'error':
      return (
        <Notice kind="error" title={t('ui_popup_error_title', lang)}>
          <p>{t('ui_popup_error_body', lang)}</p>
          {report.error ? <p class="pp-hint">{t('ui_popup_error_detail', lang, report.error)}</p> : null}
        </Notice>
      );
    default:
      break;
  }
  const findings = report.findings ?? [];
  if (!report.text?.trim()) {
    return (
      <Notice title={t('ui_popup_no_draft_title', lang)}>
        <p>{t('ui_popup_no_draft_body', lang, site)}</p>
      </Notice>
    );
  }
  if (findings.length === 0) {
    return (
      <Notice kind="ok" title={t('ui_popup_clean_title', lang)}>
        <p>{t('ui_popup_clean_body', lang)}</p>
      </Notice>
    );
  }
  return (
    <>
      <p>
        <strong>{t('ui_popup_findings_count', lang, findings.length)}</strong> {t('ui_popup_on_site', lang, site)}
      </p>
      <ScoreMeter score={report.score ?? 0} lang={lang} />
      <FindingList findings={findings} lang={lang} text={report.text} headingLevel={2} />
      <p class="pp-hint">{t('ui_popup_advice_only', lang)}</p>
    </>
  );
}

export function Popup({ client, lang }: { client: PopupClient; lang: UiLanguage }) {
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [audit, setAudit] = useState<ProfileAuditReply | 'running' | null>(null);

  useEffect(() => {
    let alive = true;
    void client.getReport().then((report) => {
      if (alive) setState({ phase: 'done', report });
    });
    return () => {
      alive = false;
    };
  }, [client]);

  const runAudit = async () => {
    setAudit('running');
    const reply = await client.auditProfile();
    setAudit(reply ?? { ok: false, reason: 'no-answer' });
  };

  const report = state.phase === 'done' ? state.report : null;
  const canAudit = state.phase === 'done' && report !== null && report.status !== 'site-disabled';

  return (
    <>
      <PageHeader lang={lang} subtitle={report ? siteName(report.site) : undefined} />
      <Main narrow>
        <h1 class="pp-visually-hidden">{t('ui_popup_heading', lang)}</h1>
        <div aria-live="polite" aria-busy={state.phase === 'loading'}>
          {state.phase === 'loading' ? <p>{t('ui_loading', lang)}</p> : <DraftStatus report={report} lang={lang} />}
        </div>
        {canAudit ? (
          <ProfileAuditPanel lang={lang} audit={audit} onRun={runAudit} ownProfile={report?.ownProfile} />
        ) : null}
        <nav class="pp-popup-nav" aria-label={t('ui_popup_nav_label', lang)}>
          <a href={extensionUrl('/options.html')} target="_blank" rel="noopener">
            {t('ui_popup_open_options', lang)}
          </a>
          <a href={extensionUrl('/archive.html')} target="_blank" rel="noopener">
            {t('ui_popup_open_archive', lang)}
          </a>
        </nav>
      </Main>
    </>
  );
}
