/**
 * Archive page: the posts kept (with consent) in this browser's IndexedDB.
 * List, search, filter by site and findings, export CSV/JSON, delete one or
 * all. Retention is applied when the page opens.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { openArchive } from '../../lib/archive/db';
import { recordsToCsv, recordsToJson } from '../../lib/archive/export';
import {
  type ArchiveFilter,
  allRecords,
  applyRetention,
  DEFAULT_RETENTION_DAYS,
  deleteAllRecords,
  deleteRecord,
  type FindingsFilter,
  filterRecords,
  retentionDays,
} from '../../lib/archive/store';
import type { ArchiveRecord } from '../../lib/archive/types';
import { CATEGORIES, type Category } from '../../lib/engine/types';
import { t, type UiLanguage } from '../../lib/i18n';
import { useUiLanguage } from '../../lib/i18n/use-ui-language';
import { loadSettings } from '../../lib/storage';
import { SITE_IDS, type SiteId } from '../../lib/storage/settings';
import { downloadText } from '../../lib/ui/files';
import { Main, PageHeader } from '../../lib/ui/Layout';
import { Notice } from '../../lib/ui/Notice';
import { SeverityBadge } from '../../lib/ui/SeverityBadge';
import { siteName } from '../../lib/ui/sites';

export function categoryLabel(category: Category, lang: UiLanguage): string {
  return t(`archive_category_${category.replace(/-/g, '_')}`, lang);
}

function formatTime(ms: number, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(ms),
  );
}

function fileStamp(): string {
  return new Date().toISOString().slice(0, 10);
}

interface RecordItemProps {
  record: ArchiveRecord;
  lang: UiLanguage;
  onDelete: (record: ArchiveRecord) => void;
}

function RecordItem({ record, lang, onDelete }: RecordItemProps) {
  const time = formatTime(record.createdAt, lang);
  return (
    <li class="pp-archive-record" data-record-id={record.id}>
      <p class="pp-archive-record__meta">
        <time dateTime={new Date(record.createdAt).toISOString()}>{time}</time>
        <span>· {siteName(record.site)}</span>
        {record.postedAnyway ? (
          <span class="pp-badge pp-badge--warning">{t('archive_posted_anyway', lang)}</span>
        ) : null}
      </p>
      <p class="pp-archive-record__text">{record.text}</p>
      {record.findings.length > 0 ? (
        <ul class="pp-archive-record__findings" aria-label={t('archive_col_findings', lang)}>
          {record.findings.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings of a stored record never change order
            <li key={i}>
              <SeverityBadge severity={f.severity} lang={lang} /> {categoryLabel(f.category, lang)}: {f.message}
            </li>
          ))}
        </ul>
      ) : (
        <p class="pp-hint">{t('archive_no_findings', lang)}</p>
      )}
      <button
        type="button"
        class="pp-button pp-button--secondary"
        aria-label={t('archive_delete_label', lang, time)}
        onClick={() => onDelete(record)}
      >
        {t('archive_delete', lang)}
      </button>
    </li>
  );
}

export function ArchiveApp() {
  const lang = useUiLanguage();
  const [records, setRecords] = useState<ArchiveRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [consent, setConsent] = useState(true);
  const [days, setDays] = useState(DEFAULT_RETENTION_DAYS);
  const [filter, setFilter] = useState<ArchiveFilter>({ query: '', site: 'all', findings: 'all' });
  const [confirmAll, setConfirmAll] = useState(false);
  const [status, setStatus] = useState('');

  // The page title and language follow the UI language (index.html carries only the Dutch default).
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('extName', lang)} – ${t('archive_title', lang)}`;
  }, [lang]);

  const reload = useCallback(async () => {
    try {
      setRecords(await allRecords(openArchive()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const settings = await loadSettings();
        setConsent(settings.archiveConsent);
        setDays(retentionDays(settings.archiveRetentionDays));
        await applyRetention(openArchive(), settings.archiveRetentionDays);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      await reload();
    })();
  }, [reload]);

  const shown = useMemo(() => filterRecords(records ?? [], filter), [records, filter]);

  const onDelete = async (record: ArchiveRecord) => {
    if (record.id === undefined) return;
    await deleteRecord(openArchive(), record.id);
    setStatus(t('archive_deleted', lang));
    await reload();
  };
  const onDeleteAll = async () => {
    await deleteAllRecords(openArchive());
    setConfirmAll(false);
    setStatus(t('archive_deleted_all', lang));
    await reload();
  };
  const exportAs = (kind: 'csv' | 'json') => {
    const name = `piketpaal-archief-${fileStamp()}.${kind}`;
    if (kind === 'csv') downloadText(name, recordsToCsv(shown), 'text/csv;charset=utf-8');
    else downloadText(name, recordsToJson(shown));
    setStatus(t('archive_exported', lang, name));
  };

  return (
    <>
      <PageHeader lang={lang} subtitle={t('archive_subtitle', lang)} />
      <Main>
        <h1>{t('archive_title', lang)}</h1>
        <p>{t('archive_intro', lang, days)}</p>
        {!consent ? (
          <Notice kind="info">
            <p>{t('archive_consent_off', lang)}</p>
            <p>
              <a href="/options.html">{t('archive_open_settings', lang)}</a>
            </p>
          </Notice>
        ) : null}
        {error ? (
          <Notice kind="error" role="alert">
            <p>{t('archive_load_error', lang, error)}</p>
          </Notice>
        ) : null}

        <section aria-labelledby="pp-archive-filters">
          <h2 id="pp-archive-filters" class="pp-visually-hidden">
            {t('archive_filters', lang)}
          </h2>
          <div class="pp-archive-filters">
            <div class="pp-field">
              <label class="pp-label" for="pp-archive-search">
                {t('archive_search_label', lang)}
              </label>
              <input
                id="pp-archive-search"
                class="pp-input"
                type="search"
                value={filter.query}
                onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
              />
            </div>
            <div class="pp-field">
              <label class="pp-label" for="pp-archive-site">
                {t('archive_site_label', lang)}
              </label>
              <select
                id="pp-archive-site"
                class="pp-select"
                value={filter.site}
                onChange={(e) => setFilter({ ...filter, site: e.currentTarget.value as SiteId | 'all' })}
              >
                <option value="all">{t('archive_site_all', lang)}</option>
                {SITE_IDS.map((site) => (
                  <option key={site} value={site}>
                    {siteName(site)}
                  </option>
                ))}
              </select>
            </div>
            <div class="pp-field">
              <label class="pp-label" for="pp-archive-findings">
                {t('archive_findings_label', lang)}
              </label>
              <select
                id="pp-archive-findings"
                class="pp-select"
                value={filter.findings}
                onChange={(e) => setFilter({ ...filter, findings: e.currentTarget.value as FindingsFilter })}
              >
                <option value="all">{t('archive_findings_all', lang)}</option>
                <option value="any">{t('archive_findings_any', lang)}</option>
                <option value="none">{t('archive_findings_none', lang)}</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {categoryLabel(c, lang)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="pp-actions">
            <button type="button" class="pp-button" disabled={shown.length === 0} onClick={() => exportAs('csv')}>
              {t('archive_export_csv', lang)}
            </button>
            <button type="button" class="pp-button" disabled={shown.length === 0} onClick={() => exportAs('json')}>
              {t('archive_export_json', lang)}
            </button>
            <button
              type="button"
              class="pp-button pp-button--danger"
              disabled={!records || records.length === 0}
              onClick={() => setConfirmAll(true)}
            >
              {t('archive_delete_all', lang)}
            </button>
          </div>
          {confirmAll ? (
            <Notice kind="warning" role="alert">
              <p>{t('archive_delete_all_confirm', lang, records?.length ?? 0)}</p>
              <div class="pp-actions">
                <button type="button" class="pp-button pp-button--danger" onClick={() => void onDeleteAll()}>
                  {t('archive_delete_all_yes', lang)}
                </button>
                <button type="button" class="pp-button pp-button--secondary" onClick={() => setConfirmAll(false)}>
                  {t('archive_cancel', lang)}
                </button>
              </div>
            </Notice>
          ) : null}
          <p class="pp-status" role="status" aria-live="polite">
            {status}
          </p>
        </section>

        <section aria-labelledby="pp-archive-records">
          <h2 id="pp-archive-records">{t('archive_records_heading', lang)}</h2>
          {records === null ? null : records.length === 0 ? (
            <p>{t('archive_empty', lang)}</p>
          ) : (
            <>
              <p>{t('archive_count', lang, shown.length, records.length)}</p>
              {shown.length === 0 ? <p>{t('archive_no_match', lang)}</p> : null}
              <ul class="pp-archive-list">
                {shown.map((record) => (
                  <RecordItem key={record.id} record={record} lang={lang} onDelete={(r) => void onDelete(r)} />
                ))}
              </ul>
            </>
          )}
        </section>
      </Main>
    </>
  );
}
