/** Settings export, import (validated; the previous settings stay on bad input) and reset. */
import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../../lib/i18n';
import { t } from '../../../lib/i18n';
import {
  exportSettingsJson,
  parseSettingsJson,
  resetSettings,
  type Settings,
  type SettingsIssue,
  saveSettings,
} from '../../../lib/storage';
import { downloadText, readFileText } from '../../../lib/ui/files';
import { Notice } from '../../../lib/ui/Notice';

interface Props {
  lang: UiLanguage;
  settings: Settings;
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; fileName: string; issues: SettingsIssue[] } | null;

export function TransferSection({ lang, settings }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmReset, setConfirmReset] = useState(false);

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
        issues: [{ path: '', message: t('ui_file_unreadable', lang) }],
      });
      return;
    }
    const parsed = parseSettingsJson(text, lang);
    if (!parsed.ok) {
      setOutcome({ kind: 'error', fileName: file.name, issues: parsed.issues });
      return;
    }
    await saveSettings({ ...parsed.settings, setupDone: true });
    setOutcome({ kind: 'ok', text: t('ui_settings_import_ok', lang, file.name) });
  };

  return (
    <section class="pp-section" id="transfer" aria-labelledby="pp-transfer-heading">
      <h2 id="pp-transfer-heading">{t('ui_transfer_heading', lang)}</h2>
      <p class="pp-section__intro">{t('ui_transfer_intro', lang)}</p>
      <div class="pp-actions">
        <button
          type="button"
          class="pp-button pp-button--secondary"
          onClick={() => downloadText('piketpaal-instellingen.json', exportSettingsJson(settings))}
        >
          {t('ui_settings_export', lang)}
        </button>
      </div>
      <div class="pp-field" style={{ marginTop: 'var(--pp-space-4)' }}>
        <label class="pp-label" for="pp-settings-file">
          {t('ui_settings_import', lang)}
        </label>
        <span class="pp-hint" id="pp-settings-file-hint">
          {t('ui_settings_import_hint', lang)}
        </span>
        <input
          id="pp-settings-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="pp-settings-file-hint"
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
          <Notice kind="error" title={t('ui_settings_import_failed', lang, outcome.fileName)} role="alert">
            <ul>
              {outcome.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
            <p>{t('ui_settings_import_kept', lang)}</p>
          </Notice>
        ) : null}
      </div>
      <h3>{t('ui_reset_heading', lang)}</h3>
      <p class="pp-section__intro">{t('ui_reset_intro', lang)}</p>
      {confirmReset ? (
        <div class="pp-actions">
          <strong>{t('ui_reset_confirm_question', lang)}</strong>
          <button
            type="button"
            class="pp-button pp-button--danger"
            onClick={() => {
              void resetSettings().then(() => setOutcome({ kind: 'ok', text: t('ui_reset_done', lang) }));
              setConfirmReset(false);
            }}
          >
            {t('ui_reset_confirm', lang)}
          </button>
          <button type="button" class="pp-button pp-button--subtle" onClick={() => setConfirmReset(false)}>
            {t('ui_cancel', lang)}
          </button>
        </div>
      ) : (
        <button type="button" class="pp-button pp-button--danger" onClick={() => setConfirmReset(true)}>
          {t('ui_reset', lang)}
        </button>
      )}
    </section>
  );
}
