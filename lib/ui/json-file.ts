/**
 * The JSON files of the options page (settings, rule packs): reading the file
 * the user chose, and offering JSON for download. Nothing leaves the browser:
 * the file is read locally and the download is an object URL.
 */
import { t, type UiLanguage } from '../i18n';
import { downloadText } from './files';

/** Largest file we read: settings and packs are small; this stops accidents. */
export const MAX_IMPORT_BYTES = 2_000_000;

/** Why a chosen file gave no text. */
export type FileProblem = 'too-large' | 'unreadable';

export type ChosenFile = { ok: true; name: string; text: string } | { ok: false; name: string; problem: FileProblem };

/** Reads `file` as text, refusing files over `maxBytes`. */
export async function readFileAsText(file: File, maxBytes = MAX_IMPORT_BYTES): Promise<ChosenFile> {
  if (file.size > maxBytes) return { ok: false, name: file.name, problem: 'too-large' };
  try {
    return { ok: true, name: file.name, text: await file.text() };
  } catch {
    return { ok: false, name: file.name, problem: 'unreadable' };
  }
}

/**
 * The file chosen in an `<input type="file">` change event, read as text; null
 * when the choice was cancelled. The input is cleared, so choosing the same
 * file again (after fixing it) fires another change.
 */
export async function readChosenFile(event: Event): Promise<ChosenFile | null> {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file ? readFileAsText(file) : null;
}

/** What to tell the user about a file that could not be read. One message names both causes. */
export function describeFileProblem(_problem: FileProblem, lang: UiLanguage): string {
  return t('ui_file_unreadable', lang);
}

/** Offers `json` as a download named `fileName`. */
export function downloadJson(fileName: string, json: string): void {
  downloadText(fileName, json, 'application/json');
}
