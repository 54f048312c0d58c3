import { describe, expect, it } from 'vitest';
import { csvField, recordsToCsv, recordsToJson } from '../../../lib/archive/export';
import type { ArchiveRecord } from '../../../lib/archive/types';

const RECORDS: ArchiveRecord[] = [
  {
    id: 7,
    text: 'Regel 1, met "aanhalingstekens"\nen een tweede regel ✊',
    site: 'x',
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    findings: [{ category: 'tone', severity: 'warning', stelregel: 1, rule: 'core/tone', message: 'Let op je toon' }],
    postedAnyway: true,
    categories: ['tone'],
  },
  { id: 8, text: '=SOM(A1)', site: 'bluesky', createdAt: 0, findings: [], postedAnyway: false, categories: [] },
];

/** Minimal RFC 4180 reader to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('archive export', () => {
  it('JSON holds every record with ISO times and a format marker', () => {
    const parsed = JSON.parse(recordsToJson(RECORDS, new Date(Date.UTC(2026, 10, 28))));
    expect(parsed).toMatchObject({ format: 'piketpaal-archive', version: 1, exportedAt: '2026-11-28T00:00:00.000Z' });
    expect(parsed.records).toHaveLength(2);
    expect(parsed.records[0]).toMatchObject({ id: 7, createdAt: '2026-01-02T03:04:05.000Z', postedAnyway: true });
    expect(parsed.records[0].text).toBe(RECORDS[0]!.text);
  });
  it('CSV has a header, one row per record, and survives commas, quotes and new lines', () => {
    const csv = recordsToCsv(RECORDS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['id', 'createdAt', 'site', 'postedAnyway', 'categories', 'findings', 'text']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '7',
      '2026-01-02T03:04:05.000Z',
      'x',
      'true',
      'tone',
      'core/tone (warning): Let op je toon',
      RECORDS[0]!.text,
    ]);
  });
  it('CSV neutralises spreadsheet formulas', () => {
    expect(csvField('=SOM(A1)')).toBe(`"'=SOM(A1)"`);
    expect(csvField('-1')).toBe(`"'-1"`);
    expect(csvField('gewoon')).toBe('"gewoon"');
    expect(parseCsv(recordsToCsv(RECORDS).slice(1))[2]?.[6]).toBe("'=SOM(A1)");
  });
});
