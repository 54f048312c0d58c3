/**
 * Custom rule packs: import a pack file (validated by the engine; errors name
 * file, line, path and what is wrong; the packs already there stay), switch
 * on/off, export, remove. Packs from the IT department are listed read-only.
 */
import { useState } from 'preact/hooks';
import type { PackValidationError } from '../../../lib/engine';
import type { UiLanguage } from '../../../lib/i18n';
import { t } from '../../../lib/i18n';
import {
  type CustomPackRecord,
  exportCustomPack,
  importCustomPack,
  removeCustomPack,
  setCustomPackEnabled,
} from '../../../lib/storage';
import { downloadText, readFileText } from '../../../lib/ui/files';
import { LockedNote, Notice } from '../../../lib/ui/Notice';
import type { SettingsState } from '../../../lib/ui/use-settings';

interface Props {
  lang: UiLanguage;
  state: SettingsState;
  customPacks: CustomPackRecord[];
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; fileName: string; errors: PackValidationError[] } | null;

export function describePackError(error: PackValidationError, fileName: string, lang: UiLanguage): string {
  const where = error.line ? t('ui_pack_error_line', lang, fileName, error.line) : fileName;
  // The engine's messages may already start with the file name; say it once.
  const text = error.message.startsWith(`${fileName}: `) ? error.message.slice(fileName.length + 2) : error.message;
  const withPath = error.path && !text.startsWith(error.path) ? `${error.path}: ${text}` : text;
  return `${where} — ${withPath}`;
}

export function CustomPacksSection({ lang, state, customPacks }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const managed = state.policy.customPacks;

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setOutcome({
        kind: 'error',
        fileName: file.name,
        errors: [{ path: '', message: t('ui_file_unreadable', lang) }],
      });
      return;
    }
    const result = await importCustomPack(text, file.name);
    if (result.ok) {
      const name = result.record.pack.name[lang];
      setOutcome({
        kind: 'ok',
        text: t(result.replaced ? 'ui_pack_import_replaced' : 'ui_pack_import_ok', lang, name),
      });
    } else {
      setOutcome({ kind: 'error', fileName: file.name, errors: result.errors });
    }
  };

  return (
    <section class="pp-section" id="custom-packs" aria-labelledby="pp-custom-heading">
      <h2 id="pp-custom-heading">{t('ui_custom_heading', lang)}</h2>
      <p class="pp-section__intro">{t('ui_custom_intro', lang)}</p>
      {customPacks.length + managed.length === 0 ? <p class="pp-hint">{t('ui_custom_none', lang)}</p> : null}
      <ul class="pp-table-list">
        {managed.map((pack) => (
          <li class="pp-row" key={`managed-${pack.id}`}>
            <span>
              {pack.name[lang]} <code>{pack.id}</code>
              <LockedNote text={t('ui_locked', lang)} />
            </span>
          </li>
        ))}
        {customPacks.map((record) => (
          <li class="pp-row" key={record.id}>
            <div class="pp-check">
              <input
                type="checkbox"
                id={`pp-custom-${record.id}`}
                checked={record.enabled}
                onChange={(e) => void setCustomPackEnabled(record.id, e.currentTarget.checked)}
              />
              <label for={`pp-custom-${record.id}`}>
                {record.pack.name[lang]}
                <span class="pp-check__detail">
                  <code>{record.id}</code> · {record.fileName} ·{' '}
                  {t('ui_pack_rule_count', lang, record.pack.rules?.length ?? 0)}
                </span>
              </label>
            </div>
            <div class="pp-actions">
              <button
                type="button"
                class="pp-button pp-button--subtle"
                aria-label={t('ui_custom_export_item', lang, record.pack.name[lang])}
                onClick={() => downloadText(`${record.id}.json`, exportCustomPack(record))}
              >
                {t('ui_export', lang)}
              </button>
              <button
                type="button"
                class="pp-button pp-button--subtle"
                aria-label={t('ui_remove_item', lang, record.pack.name[lang])}
                onClick={() => {
                  void removeCustomPack(record.id);
                  setOutcome({ kind: 'ok', text: t('ui_pack_removed', lang, record.pack.name[lang]) });
                }}
              >
                {t('ui_remove', lang)}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div class="pp-field" style={{ marginTop: 'var(--pp-space-3)' }}>
        <label class="pp-label" for="pp-custom-file">
          {t('ui_custom_import', lang)}
        </label>
        <span class="pp-hint" id="pp-custom-file-hint">
          {t('ui_custom_import_hint', lang)}
        </span>
        <input
          id="pp-custom-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="pp-custom-file-hint"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'ok' ? (
          <Notice kind="ok">
            <p>{outcome.text}</p>
          </Notice>
        ) : null}
        {outcome?.kind === 'error' ? (
          <Notice kind="error" title={t('ui_pack_import_failed', lang, outcome.fileName)} role="alert">
            <ul>
              {outcome.errors.map((error) => (
                <li key={`${error.path}:${error.line}:${error.message}`}>
                  {describePackError(error, outcome.fileName, lang)}
                </li>
              ))}
            </ul>
            <p>{t('ui_pack_import_kept', lang)}</p>
          </Notice>
        ) : null}
      </div>
      {state.policy.problems.length > 0 ? (
        <Notice kind="warning" title={t('ui_policy_problems', lang)}>
          <ul>
            {state.policy.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </section>
  );
}
