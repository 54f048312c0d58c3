/** Consent for the local archive of posted drafts, and how long entries are kept. */
import type { UiLanguage } from '../../../lib/i18n';
import { t } from '../../../lib/i18n';
import type { Settings } from '../../../lib/storage';
import type { SettingsState } from '../../../lib/ui/use-settings';

interface Props {
  lang: UiLanguage;
  state: SettingsState;
  settings: Settings;
}

export function ArchiveConsentField({
  lang,
  checked,
  onChange,
}: {
  lang: UiLanguage;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div class="pp-check">
      <input
        type="checkbox"
        id="pp-archive-consent"
        checked={checked}
        aria-describedby="pp-archive-consent-hint"
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for="pp-archive-consent">
        {t('ui_archive_consent_label', lang)}
        <span class="pp-check__detail" id="pp-archive-consent-hint">
          {t('ui_archive_consent_hint', lang)}
        </span>
      </label>
    </div>
  );
}

export function ArchiveSection({ lang, state, settings }: Props) {
  return (
    <section class="pp-section" id="archive" aria-labelledby="pp-archive-heading">
      <h2 id="pp-archive-heading">{t('ui_archive_heading', lang)}</h2>
      <p class="pp-section__intro">{t('ui_archive_intro', lang)}</p>
      <ArchiveConsentField
        lang={lang}
        checked={settings.archiveConsent}
        onChange={(on) => void state.update((s) => ({ ...s, archiveConsent: on }))}
      />
      <div class="pp-field" style={{ marginTop: 'var(--pp-space-3)' }}>
        <label class="pp-label" for="pp-retention">
          {t('ui_archive_retention', lang)}
        </label>
        <span class="pp-hint" id="pp-retention-hint">
          {t('ui_archive_retention_hint', lang)}
        </span>
        <input
          id="pp-retention"
          class="pp-input pp-input--short"
          type="number"
          min={1}
          max={3650}
          step={1}
          value={settings.archiveRetentionDays}
          aria-describedby="pp-retention-hint"
          onChange={(e) => {
            const days = Math.round(Number(e.currentTarget.value));
            if (Number.isFinite(days) && days >= 1 && days <= 3650) {
              void state.update((s) => ({ ...s, archiveRetentionDays: days }));
            } else {
              e.currentTarget.value = String(settings.archiveRetentionDays);
            }
          }}
        />
      </div>
      <p>
        <a href="/archive.html">{t('ui_archive_open', lang)}</a>
      </p>
    </section>
  );
}
