/**
 * Who I am: organisation, own topics, role and interface language. Used by the
 * setup page and the options page. Controlled: the parent stores the profile.
 */
import { useState } from 'preact/hooks';
import { ORGANISATIONS, type PackInfo, resolveOrganisation } from '../../../lib/engine';
import type { UserProfile } from '../../../lib/engine/types';
import type { UiLanguage } from '../../../lib/i18n';
import { t } from '../../../lib/i18n';
import { LockedNote } from '../../../lib/ui/Notice';
import type { SettingsState } from '../../../lib/ui/use-settings';
import { organisationPack } from '../packs';

export const ROLE_CHOICES = [
  'beleidsmedewerker',
  'woordvoerder',
  'communicatieadviseur',
  'leidinggevende',
  'uitvoerend medewerker',
] as const;

const MINISTRY_IDS = ORGANISATIONS.filter((o) => o.id !== 'politie' && o.id !== 'gemeente');
const OTHER_IDS = ORGANISATIONS.filter((o) => o.id === 'politie' || o.id === 'gemeente');

interface FieldProps<T> {
  lang: UiLanguage;
  value: T;
  onChange: (value: T) => void;
  locked?: boolean;
}

function Locked({ locked, lang }: { locked?: boolean; lang: UiLanguage }) {
  return locked ? <LockedNote text={t('ui_locked', lang)} /> : null;
}

export function OrganisationField({ lang, value, onChange, locked }: FieldProps<string>) {
  const current = resolveOrganisation(value).organisation ?? '';
  return (
    <div class="pp-field">
      <label class="pp-label" for="pp-organisation">
        {t('ui_profile_organisation', lang)}
        <Locked locked={locked} lang={lang} />
      </label>
      <span class="pp-hint" id="pp-organisation-hint">
        {t('ui_profile_organisation_hint', lang)}
      </span>
      <select
        id="pp-organisation"
        class="pp-select"
        value={current}
        disabled={locked}
        aria-describedby="pp-organisation-hint"
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('ui_profile_organisation_none', lang)}</option>
        <optgroup label={t('ui_profile_ministries', lang)}>
          {MINISTRY_IDS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name[lang]}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('ui_profile_other_organisations', lang)}>
          {OTHER_IDS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name[lang]}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

interface TopicsProps extends FieldProps<string[]> {
  organisation: string | undefined;
  packs: PackInfo[];
}

export function TopicsField({ lang, value, onChange, locked, organisation, packs }: TopicsProps) {
  const [word, setWord] = useState('');
  const areas = organisationPack(packs, organisation)?.areas ?? [];
  const areaIds = new Set(areas.map((a) => a.id));
  const freeWords = value.filter((topic) => !areaIds.has(topic));
  const toggleArea = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((x) => x !== id), id] : value.filter((x) => x !== id));
  const addWord = (event: Event) => {
    event.preventDefault();
    const clean = word.trim().slice(0, 80);
    if (clean && !value.some((x) => x.toLowerCase() === clean.toLowerCase())) onChange([...value, clean]);
    setWord('');
  };
  return (
    <fieldset class="pp-fieldset" aria-describedby="pp-topics-hint">
      <legend>
        {t('ui_profile_topics', lang)}
        <Locked locked={locked} lang={lang} />
      </legend>
      <span class="pp-hint" id="pp-topics-hint">
        {t('ui_profile_topics_hint', lang)}
      </span>
      {areas.length > 0 ? (
        <div class="pp-grid">
          {areas.map((area) => (
            <div class={`pp-check${locked ? ' pp-check--disabled' : ''}`} key={area.id}>
              <input
                type="checkbox"
                id={`pp-area-${area.id}`}
                checked={value.includes(area.id)}
                disabled={locked}
                onChange={(e) => toggleArea(area.id, e.currentTarget.checked)}
              />
              <label for={`pp-area-${area.id}`}>{area.name[lang]}</label>
            </div>
          ))}
        </div>
      ) : (
        <p class="pp-hint">{t('ui_profile_topics_no_areas', lang)}</p>
      )}
      {freeWords.length > 0 ? (
        <ul class="pp-chips" aria-label={t('ui_profile_topics_own_words', lang)}>
          {freeWords.map((topic) => (
            <li class="pp-chip" key={topic}>
              {topic}
              {locked ? null : (
                <button
                  type="button"
                  aria-label={t('ui_remove_item', lang, topic)}
                  onClick={() => onChange(value.filter((x) => x !== topic))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {locked ? null : (
        <div class="pp-inline-form">
          <div class="pp-inline-form__grow">
            <label class="pp-label" for="pp-topic-word">
              {t('ui_profile_topics_add_label', lang)}
            </label>
            <input
              id="pp-topic-word"
              class="pp-input"
              type="text"
              maxLength={80}
              value={word}
              onInput={(e) => setWord(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') addWord(e);
              }}
            />
          </div>
          <button type="button" class="pp-button pp-button--secondary" onClick={addWord}>
            {t('ui_add', lang)}
          </button>
        </div>
      )}
    </fieldset>
  );
}

export function RoleField({ lang, value, onChange, locked }: FieldProps<string>) {
  const known = (ROLE_CHOICES as readonly string[]).includes(value);
  const [other, setOther] = useState(!known && value !== '');
  const selectValue = known ? value : other ? 'anders' : '';
  return (
    <div class="pp-field">
      <label class="pp-label" for="pp-role">
        {t('ui_profile_role', lang)}
        <Locked locked={locked} lang={lang} />
      </label>
      <span class="pp-hint" id="pp-role-hint">
        {t('ui_profile_role_hint', lang)}
      </span>
      <select
        id="pp-role"
        class="pp-select"
        value={selectValue}
        disabled={locked}
        aria-describedby="pp-role-hint"
        onChange={(e) => {
          const choice = e.currentTarget.value;
          setOther(choice === 'anders');
          onChange(choice === 'anders' ? '' : choice);
        }}
      >
        <option value="">{t('ui_profile_role_none', lang)}</option>
        {ROLE_CHOICES.map((role) => (
          <option key={role} value={role}>
            {t(`ui_role_${role.replace(' ', '_')}`, lang)}
          </option>
        ))}
        <option value="anders">{t('ui_role_other', lang)}</option>
      </select>
      {selectValue === 'anders' ? (
        <div class="pp-field" style={{ marginTop: 'var(--pp-space-2)' }}>
          <label class="pp-label" for="pp-role-other">
            {t('ui_profile_role_other_label', lang)}
          </label>
          <input
            id="pp-role-other"
            class="pp-input"
            type="text"
            maxLength={80}
            value={known ? '' : value}
            disabled={locked}
            onChange={(e) => onChange(e.currentTarget.value.trim())}
          />
        </div>
      ) : null}
    </div>
  );
}

export function LanguageField({ lang, value, onChange, locked }: FieldProps<UiLanguage>) {
  return (
    <div class="pp-field">
      <label class="pp-label" for="pp-language">
        {t('ui_profile_language', lang)}
        <Locked locked={locked} lang={lang} />
      </label>
      <select
        id="pp-language"
        class="pp-select"
        value={value}
        disabled={locked}
        onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}
      >
        <option value="nl" lang="nl">
          Nederlands
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}

interface ProfileFieldsetProps {
  lang: UiLanguage;
  profile: UserProfile;
  packs: PackInfo[];
  /** Which fields IT locked; the interface language is saved at once on both pages. */
  state: SettingsState;
  /** Called with the change to the profile; the page decides where the profile lives until it is saved. */
  onProfile: (change: (profile: UserProfile) => UserProfile) => void;
}

/** The four fields of "who I am", as both the setup and the options page show them. */
export function ProfileFieldset({ lang, profile, packs, state, onProfile }: ProfileFieldsetProps) {
  return (
    <>
      <OrganisationField
        lang={lang}
        value={profile.organisation ?? ''}
        locked={state.locked('organisation')}
        onChange={(organisation) => onProfile((p) => withOrganisation(p, organisation, packs))}
      />
      <TopicsField
        lang={lang}
        value={profile.topics ?? []}
        organisation={profile.organisation}
        packs={packs}
        locked={state.locked('topics')}
        onChange={(topics) => onProfile((p) => ({ ...p, topics }))}
      />
      <RoleField
        lang={lang}
        value={profile.role ?? ''}
        locked={state.locked('role')}
        onChange={(role) => onProfile((p) => ({ ...p, role }))}
      />
      <LanguageField
        lang={lang}
        value={state.settings?.uiLanguage ?? lang}
        locked={state.locked('uiLanguage')}
        onChange={(uiLanguage) => void state.update((s) => ({ ...s, uiLanguage }))}
      />
    </>
  );
}

/** Changing the organisation keeps free words but drops areas of the previous organisation's pack. */
export function withOrganisation(profile: UserProfile, organisation: string, packs: PackInfo[]): UserProfile {
  const oldAreas = new Set((organisationPack(packs, profile.organisation)?.areas ?? []).map((a) => a.id));
  return { ...profile, organisation, topics: (profile.topics ?? []).filter((x) => !oldAreas.has(x)) };
}
