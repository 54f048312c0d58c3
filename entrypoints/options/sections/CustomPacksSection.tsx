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
import { ImportOutcomeNotice, type ImportOutcomeView, JsonFileField } from '../../../lib/ui/JsonImport';
import { type ChosenFile, describeFileProblem, downloadJson } from '../../../lib/ui/json-file';
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

function outcomeView(outcome: Outcome, lang: UiLanguage): ImportOutcomeView {
  if (outcome?.kind !== 'error') return outcome;
  return {
    kind: 'error',
    title: t('ui_pack_import_failed', lang, outcome.fileName),
    problems: outcome.errors.map((error) => ({
      key: `${error.path}:${error.line}:${error.message}`,
      text: describePackError(error, outcome.fileName, lang),
    })),
    kept: t('ui_pack_import_kept', lang),
  };
}

export function CustomPacksSection({ lang, state, customPacks }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const managed = state.policy.customPacks;

  const onFile = async (file: ChosenFile) => {
    if (!file.ok) {
      setOutcome({
        kind: 'error',
        fileName: file.name,
        errors: [{ path: '', message: describeFileProblem(file.problem, lang) }],
      });
      return;
    }
    const result = await importCustomPack(file.text, file.name);
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
                onClick={() => downloadJson(`${record.id}.json`, exportCustomPack(record))}
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
      <JsonFileField
        id="pp-custom-file"
        label={t('ui_custom_import', lang)}
        hint={t('ui_custom_import_hint', lang)}
        onFile={onFile}
        marginTop="var(--pp-space-3)"
      />
      <ImportOutcomeNotice outcome={outcomeView(outcome, lang)} />
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
