/** Archive export as JSON and CSV (a local download; nothing is sent). */
import type { ArchiveRecord } from './types';

export const EXPORT_FORMAT = 'piketpaal-archive';
export const EXPORT_VERSION = 1;

export function recordsToJson(records: ArchiveRecord[], exportedAt: Date = new Date()): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: exportedAt.toISOString(),
      records: records.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
    },
    null,
    2,
  );
}

/**
 * One CSV field: quoted, quotes doubled. A leading = + - @ (or tab/CR) gets a
 * leading apostrophe so a spreadsheet shows the post instead of running it
 * as a formula (CSV injection).
 */
export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = ['id', 'createdAt', 'site', 'postedAnyway', 'categories', 'findings', 'text'] as const;

export function recordsToCsv(records: ArchiveRecord[]): string {
  const rows = records.map((r) =>
    [
      r.id ?? '',
      new Date(r.createdAt).toISOString(),
      r.site,
      r.postedAnyway,
      r.categories.join(' '),
      r.findings.map((f) => `${f.rule} (${f.severity}): ${f.message}`).join(' | '),
      r.text,
    ]
      .map(csvField)
      .join(','),
  );
  // BOM so spreadsheet programs read the UTF-8 (Dutch diacritics, emoji) correctly; CRLF per RFC 4180.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
