/**
 * Settings as a JSON file: export, and import with validation. An import
 * either yields complete valid settings or a list of problems (path + message
 * in the UI language); the caller keeps the previous settings on problems.
 */
import type { UiLanguage } from '../i18n';
import { t } from '../i18n';
import { migrateSettingsV1toV2, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { type SettingsIssue, validateSettings } from './schema';
import type { Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'piketpaal-settings';

export function exportSettingsJson(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/** Line and column (1-based) of a JSON syntax error, from V8's message. */
function syntaxErrorLocation(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export type SettingsImport = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export function parseSettingsJson(text: string, lang: UiLanguage = 'nl'): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = syntaxErrorLocation(text, error);
    const message = where ? t('ui_error_json_at', lang, where.line, where.column) : t('ui_error_json', lang);
    return { ok: false, issues: [{ path: '', message }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ path: '', message: t('ui_error_not_object', lang) }] };
  }
  let body: unknown = data;
  let version = SETTINGS_VERSION;
  const wrapper = data as Record<string, unknown>;
  if (wrapper.format === SETTINGS_FILE_FORMAT) {
    body = wrapper.settings;
    version = typeof wrapper.version === 'number' ? wrapper.version : 1;
    if (version > SETTINGS_VERSION) {
      return { ok: false, issues: [{ path: 'version', message: t('ui_error_newer_version', lang, version) }] };
    }
  }
  for (let step = version + 1; step <= SETTINGS_VERSION; step++) body = SETTINGS_MIGRATIONS[step]?.(body) ?? body;
  // Aliases are accepted in any file version (people write them by hand).
  body = migrateSettingsV1toV2(body);
  return validateSettings(body, lang);
}
