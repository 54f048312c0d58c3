/**
 * The in-page report panel: an OPEN shadow root under
 * <div data-piketpaal="profile-report">. Built with DOM calls and text nodes
 * only: profile text is page text and never goes through innerHTML.
 */
import type { CheckResult, UiLanguage } from '../engine/types';
import { t } from '../i18n';
import { BASE_CSS, createShadowHost, el } from '../ui/in-page-ui';
import { fieldLabel, findingHeading, reportText } from './report-text';

export interface ReportContent {
  site: string;
  lang: UiLanguage;
  fields: Record<string, string>;
  result?: CheckResult;
  /** Shown instead of findings when the audit could not run. */
  error?: string;
}

const PANEL_CSS = `${BASE_CSS}
.panel { position: fixed; right: 24px; bottom: 84px; z-index: 2147483647; width: min(440px, calc(100vw - 32px));
  max-height: min(72vh, 640px); overflow: auto; background: #fff; border: 2px solid #154273; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.28); padding: 16px 18px; }
h2 { font-size: 18px; margin: 0 0 8px; color: #154273; }
h2:focus { outline: none; }
p { margin: 0 0 8px; }
ol { margin: 8px 0; padding-left: 22px; }
li { margin-bottom: 12px; }
.tag { display: inline-block; font-size: 13px; font-weight: 600; border-radius: 3px; padding: 1px 6px; margin-bottom: 4px; }
.tag.info { background: #e5ecf5; color: #154273; }
.tag.warning { background: #ffe9a8; color: #1a1a1a; }
.tag.high { background: #a90061; color: #fff; }
.where, .fields { font-size: 14px; color: #3d3d3d; }
dl { margin: 4px 0 0; } dt { font-weight: 600; } dd { margin: 0 0 4px; word-break: break-word; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 12px; }
textarea { width: 100%; min-height: 120px; font: 13px/1.4 ui-monospace, monospace; }
`;

export interface ReportPanel {
  host: HTMLElement;
  close(): void;
}

async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no focus, policy): select the text for a manual copy.
    fallback.hidden = false;
    fallback.focus();
    fallback.select();
    try {
      return fallback.ownerDocument.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function showReportPanel(doc: Document, content: ReportContent, onClose: () => void): ReportPanel {
  const { lang, result } = content;
  const { host, root } = createShadowHost(doc, 'profile-report', PANEL_CSS);
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);

  const title = el(doc, 'h2', { id: 'pp-report-title', tabindex: '-1' }, tr('profile_report_title'));
  const summary = content.error
    ? tr('profile_report_error', content.error)
    : Object.keys(content.fields).filter((k) => k !== 'site').length === 0
      ? tr('profile_report_no_fields')
      : result && result.findings.length > 0
        ? tr('profile_report_count', result.findings.length)
        : tr('profile_report_none');

  const list = el(doc, 'ol', { class: 'findings' });
  for (const f of result?.findings ?? []) {
    const where = f.field ? fieldLabel(f.field, lang) : '';
    list.append(
      el(
        doc,
        'li',
        { 'data-rule': f.rule, 'data-category': f.category, 'data-severity': f.severity },
        el(doc, 'span', { class: `tag ${f.severity}` }, findingHeading(f, lang)),
        el(doc, 'p', {}, f.message),
        where &&
          el(doc, 'p', { class: 'where' }, tr('profile_in_field', f.excerpt ? `${where} — “${f.excerpt}”` : where)),
        f.suggestion && el(doc, 'p', {}, tr('profile_suggestion', f.suggestion)),
      ),
    );
  }

  const fieldList = el(doc, 'dl');
  for (const [key, value] of Object.entries(content.fields)) {
    if (key === 'site') continue;
    fieldList.append(el(doc, 'dt', {}, fieldLabel(key, lang)), el(doc, 'dd', {}, value));
  }

  const text = reportText(content.site, content.fields, result ?? { score: 0, findings: [] }, lang);
  const fallback = el(doc, 'textarea', { readonly: '', 'aria-label': tr('profile_report_title') });
  fallback.value = text;
  fallback.hidden = true;
  const status = el(doc, 'p', { role: 'status', 'aria-live': 'polite' });
  const copyButton = el(doc, 'button', { type: 'button', class: 'primary' }, tr('profile_copy'));
  const closeButton = el(doc, 'button', { type: 'button', class: 'secondary' }, tr('profile_close'));

  const panel = el(
    doc,
    'section',
    { class: 'pp panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'pp-report-title', lang },
    title,
    el(doc, 'p', {}, tr('profile_report_intro')),
    el(doc, 'p', { class: 'summary' }, summary),
    list.childElementCount > 0 && list,
    fieldList.childElementCount > 0 &&
      el(doc, 'details', { class: 'fields' }, el(doc, 'summary', {}, tr('profile_report_fields')), fieldList),
    fallback,
    status,
    el(doc, 'div', { class: 'actions' }, copyButton, closeButton),
  );
  root.append(panel);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    host.remove();
    onClose();
  };
  copyButton.addEventListener('click', () => {
    void copyText(text, fallback).then((ok) => {
      status.textContent = ok ? tr('profile_copied') : tr('profile_copy_failed');
    });
  });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });
  title.focus();
  return { host, close };
}
