/** Rule packs on/off, single rules on/off with a search box, and the banner threshold. */
import { useState } from 'preact/hooks';
import type { PackInfo } from '../../../lib/engine';
import type { UiLanguage } from '../../../lib/i18n';
import { t } from '../../../lib/i18n';
import type { CustomPackRecord, Settings } from '../../../lib/storage';
import { LockedNote } from '../../../lib/ui/Notice';
import { SeverityBadge } from '../../../lib/ui/SeverityBadge';
import type { SettingsState } from '../../../lib/ui/use-settings';
import { activePackIds, globalRuleId, togglePack, toggleRule } from '../packs';

interface Props {
  lang: UiLanguage;
  state: SettingsState;
  settings: Settings;
  packs: PackInfo[];
  customPacks: CustomPackRecord[];
}

function categoryLabel(category: string, lang: UiLanguage): string {
  return t(`ui_category_${category.replace(/-/g, '_')}`, lang);
}

type RuleRow = { id: string; category: string; severity: string; message: string };

function rulesOf(pack: PackInfo, lang: UiLanguage): RuleRow[] {
  return pack.rules.map((r) => ({
    id: globalRuleId(pack, r.id),
    category: r.category,
    severity: r.severity,
    message: r.message[lang],
  }));
}

function customRules(record: CustomPackRecord, lang: UiLanguage): RuleRow[] {
  return (record.pack.rules ?? []).map((r) => ({
    id: globalRuleId(record.pack, r.id),
    category: r.category,
    severity: r.severity,
    message: r.message[lang],
  }));
}

export function PacksSection({ lang, state, settings, packs, customPacks }: Props) {
  const [query, setQuery] = useState('');
  const packsLocked = state.locked('enabledPacks');
  const rulesLocked = state.locked('disabledRules');
  const active = new Set(activePackIds(settings, packs));
  const disabled = new Set(settings.disabledRules);

  const groups = (() => {
    const all = [
      ...packs.filter((p) => active.has(p.id)).map((p) => ({ id: p.id, name: p.name[lang], rules: rulesOf(p, lang) })),
      ...customPacks
        .filter((c) => c.enabled)
        .map((c) => ({ id: c.id, name: c.pack.name[lang], rules: customRules(c, lang) })),
    ];
    const q = query.trim().toLowerCase();
    if (!q) return all;
    return all
      .map((g) => ({
        ...g,
        rules: g.rules.filter((r) =>
          `${r.id} ${r.category} ${categoryLabel(r.category, lang)} ${r.message}`.toLowerCase().includes(q),
        ),
      }))
      .filter((g) => g.rules.length > 0);
  })();
  const matchCount = groups.reduce((n, g) => n + g.rules.length, 0);

  return (
    <section class="pp-section" id="packs" aria-labelledby="pp-packs-heading">
      <h2 id="pp-packs-heading">{t('ui_packs_heading', lang)}</h2>
      <p class="pp-section__intro">{t('ui_packs_intro', lang)}</p>
      <fieldset class="pp-fieldset">
        <legend>
          {t('ui_packs_legend', lang)}
          {packsLocked ? <LockedNote text={t('ui_locked', lang)} /> : null}
        </legend>
        {packs.length === 0 ? <p class="pp-hint">{t('ui_packs_none', lang)}</p> : null}
        <div class="pp-grid">
          {packs.map((pack) => (
            <div class={`pp-check${packsLocked ? ' pp-check--disabled' : ''}`} key={pack.id}>
              <input
                type="checkbox"
                id={`pp-pack-${pack.id}`}
                checked={active.has(pack.id)}
                disabled={packsLocked}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void state.update((s) => togglePack(s, packs, pack.id, on));
                }}
              />
              <label for={`pp-pack-${pack.id}`}>
                {pack.name[lang]}
                <span class="pp-check__detail">
                  {t(pack.kind === 'core' ? 'ui_pack_kind_core' : 'ui_pack_kind_organisation', lang)} ·{' '}
                  {t('ui_pack_rule_count', lang, pack.rules.length)}
                </span>
              </label>
            </div>
          ))}
        </div>
        {settings.enabledPacks.length > 0 && !packsLocked ? (
          <button
            type="button"
            class="pp-button pp-button--subtle"
            onClick={() => void state.update((s) => ({ ...s, enabledPacks: [] }))}
          >
            {t('ui_packs_automatic', lang)}
          </button>
        ) : (
          <p class="pp-hint">{t('ui_packs_automatic_hint', lang)}</p>
        )}
      </fieldset>

      <h3>
        {t('ui_rules_heading', lang)}
        {rulesLocked ? <LockedNote text={t('ui_locked', lang)} /> : null}
      </h3>
      <div class="pp-field">
        <label class="pp-label" for="pp-rule-search">
          {t('ui_rules_search', lang)}
        </label>
        <input
          id="pp-rule-search"
          class="pp-input"
          type="search"
          value={query}
          aria-describedby="pp-rule-count"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span class="pp-hint" id="pp-rule-count" role="status">
          {t('ui_rules_count', lang, matchCount, settings.disabledRules.length)}
        </span>
      </div>
      {groups.map((group) => (
        <details class="pp-details" key={group.id} open={query.trim() !== '' || undefined}>
          <summary>
            {group.name} ({group.rules.length})
          </summary>
          <div class="pp-details__body">
            <ul class="pp-table-list">
              {group.rules.map((rule) => {
                const domId = `pp-rule-${rule.id.replace(/[^a-z0-9-]/gi, '_')}`;
                return (
                  <li key={rule.id}>
                    <div class={`pp-check${rulesLocked ? ' pp-check--disabled' : ''}`}>
                      <input
                        type="checkbox"
                        id={domId}
                        checked={!disabled.has(rule.id)}
                        disabled={rulesLocked}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          void state.update((s) => toggleRule(s, rule.id, on));
                        }}
                      />
                      <label for={domId}>
                        {rule.message}
                        <span class="pp-check__detail">
                          <code>{rule.id}</code> · {categoryLabel(rule.category, lang)}{' '}
                          <SeverityBadge severity={rule.severity as 'info'} lang={lang} />
                        </span>
                      </label>
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        </details>
      ))}
    </section>
  );
}

export function ThresholdField({ lang, state, settings }: Omit<Props, 'packs' | 'customPacks'>) {
  const locked = state.locked('bannerThreshold');
  return (
    <fieldset class="pp-fieldset">
      <legend>
        {t('ui_threshold_legend', lang)}
        {locked ? <LockedNote text={t('ui_locked', lang)} /> : null}
      </legend>
      <span class="pp-hint">{t('ui_threshold_hint', lang)}</span>
      {(['warning', 'high'] as const).map((level) => (
        <div class={`pp-check${locked ? ' pp-check--disabled' : ''}`} key={level}>
          <input
            type="radio"
            name="pp-threshold"
            id={`pp-threshold-${level}`}
            checked={settings.bannerThreshold === level}
            disabled={locked}
            onChange={() => void state.update((s) => ({ ...s, bannerThreshold: level }))}
          />
          <label for={`pp-threshold-${level}`}>{t(`ui_threshold_${level}`, lang)}</label>
        </div>
      ))}
    </fieldset>
  );
}
