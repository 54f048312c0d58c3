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
import { ImportOutcomeNotice, type ImportOutcomeView, JsonFileField } from '../../../lib/ui/JsonImport';
import { type ChosenFile, describeFileProblem, downloadJson } from '../../../lib/ui/json-file';

interface Props {
  lang: UiLanguage;
  settings: Settings;
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; fileName: string; issues: SettingsIssue[] } | null;

function outcomeView(outcome: Outcome, lang: UiLanguage): ImportOutcomeView {
  if (outcome?.kind !== 'error') return outcome;
  return {
    kind: 'error',
    title: t('ui_settings_import_failed', lang, outcome.fileName),
    problems: outcome.issues.map((issue) => ({ key: `${issue.path}:${issue.message}`, text: issue.message })),
    kept: t('ui_settings_import_kept', lang),
  };
}

export function TransferSection({ lang, settings }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const onFile = async (file: ChosenFile) => {
    if (!file.ok) {
      setOutcome({
        kind: 'error',
        fileName: file.name,
        issues: [{ path: '', message: describeFileProblem(file.problem, lang) }],
      });
      return;
    }
    const parsed = parseSettingsJson(file.text, lang);
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
          onClick={() => downloadJson('piketpaal-instellingen.json', exportSettingsJson(settings))}
        >
          {t('ui_settings_export', lang)}
        </button>
      </div>
      <JsonFileField
        id="pp-settings-file"
        label={t('ui_settings_import', lang)}
        hint={t('ui_settings_import_hint', lang)}
        onFile={onFile}
        marginTop="var(--pp-space-4)"
      />
      <ImportOutcomeNotice outcome={outcomeView(outcome, lang)} />
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
