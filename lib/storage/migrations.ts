/**
 * Migrations of the stored settings, one pure function per version step
 * (run by @wxt-dev/storage when the stored version is older, see ./items.ts).
 * They must accept anything: an old value may be partial or damaged; what
 * they cannot make sense of is left for validation to catch.
 */
import { resolveOrganisation } from '../engine/organisations';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: since February 2026 several ministries merged (LABELS.md). An old
 * organisation id such as "aenm" or "kgg" becomes the merged ministry plus the
 * portfolio as an own topic, so the options page can show it in its list and
 * the user keeps the same checks. Organisation ids are also lowercased and
 * topics trimmed and de-duplicated.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.profile)) return old;
  return { ...old, profile: normaliseProfileOrganisation(old.profile) };
}

/**
 * Resolves an organisation alias to the merged ministry plus its portfolio as
 * an own topic. Idempotent; used by the migration and by settings import.
 */
export function normaliseProfileOrganisation(input: Loose): Loose {
  const profile: Loose = { ...input };
  const topics = Array.isArray(profile.topics)
    ? profile.topics
        .filter((x): x is string => typeof x === 'string')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
  if (typeof profile.organisation === 'string') {
    const raw = profile.organisation.trim().toLowerCase();
    const resolved = resolveOrganisation(raw);
    profile.organisation = resolved.organisation ?? raw;
    if (resolved.area) topics.unshift(resolved.area);
  }
  profile.topics = [...new Set(topics)];
  return profile;
}

export const SETTINGS_VERSION = 2;
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1toV2,
};
