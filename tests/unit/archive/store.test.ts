import { afterEach, describe, expect, it } from 'vitest';
import type { PostedDraft } from '../../../lib/archive/client';
import type { ArchiveDatabase } from '../../../lib/archive/db';
import {
  addRecord,
  allRecords,
  applyRetention,
  deleteAllRecords,
  deleteRecord,
  filterRecords,
  retentionDays,
} from '../../../lib/archive/store';
import { testDatabase } from './db-helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 12);

const draft = (text: string, over: Partial<PostedDraft> = {}): PostedDraft => ({
  text,
  site: 'x',
  findings: [],
  postedAnyway: false,
  ...over,
});
const political: PostedDraft['findings'][number] = {
  category: 'political-opinion',
  severity: 'warning',
  stelregel: 1,
  start: 0,
  end: 5,
  rule: 'core/political',
  message: 'Politiek oordeel',
  suggestion: 'Laat het weg',
  excerpt: 'Baudet',
};

let db: ArchiveDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('archive records', () => {
  it('adds records and lists them newest first, with categories', async () => {
    db = testDatabase();
    await addRecord(db, draft('oud'), NOW - 2 * DAY);
    await addRecord(db, draft('nieuw', { site: 'linkedin', findings: [political], postedAnyway: true }), NOW);
    const records = await allRecords(db);
    expect(records.map((r) => r.text)).toEqual(['nieuw', 'oud']);
    expect(records[0]).toMatchObject({
      site: 'linkedin',
      postedAnyway: true,
      categories: ['political-opinion'],
      findings: [{ category: 'political-opinion', severity: 'warning', rule: 'core/political', excerpt: 'Baudet' }],
    });
    // Only what the archive needs: no offsets or suggestions.
    expect(records[0]!.findings[0]).not.toHaveProperty('suggestion');
  });
  it('deletes one record, then all', async () => {
    db = testDatabase();
    const a = await addRecord(db, draft('a'), NOW);
    await addRecord(db, draft('b'), NOW);
    await deleteRecord(db, a);
    expect((await allRecords(db)).map((r) => r.text)).toEqual(['b']);
    await deleteAllRecords(db);
    expect(await allRecords(db)).toEqual([]);
  });
  it('retention deletes records older than the period and keeps the rest', async () => {
    db = testDatabase();
    await addRecord(db, draft('te oud'), NOW - 366 * DAY);
    await addRecord(db, draft('net binnen'), NOW - 364 * DAY);
    await addRecord(db, draft('vandaag'), NOW);
    expect(await applyRetention(db, 365, NOW)).toBe(1);
    expect((await allRecords(db)).map((r) => r.text)).toEqual(['vandaag', 'net binnen']);
    expect(await applyRetention(db, 30, NOW)).toBe(1);
    expect((await allRecords(db)).map((r) => r.text)).toEqual(['vandaag']);
  });
  it('odd retention values fall back to one year', () => {
    expect(retentionDays(undefined)).toBe(365);
    expect(retentionDays(0)).toBe(365);
    expect(retentionDays(-5)).toBe(365);
    expect(retentionDays(Number.NaN)).toBe(365);
    expect(retentionDays('30')).toBe(365);
    expect(retentionDays(90.7)).toBe(90);
  });
});

describe('filterRecords', () => {
  const records = [
    {
      text: 'Die Baudet toch',
      site: 'x',
      createdAt: 1,
      findings: [political],
      postedAnyway: true,
      categories: ['political-opinion'],
    },
    { text: 'Mooie dag', site: 'linkedin', createdAt: 2, findings: [], postedAnyway: false, categories: [] },
  ] as Parameters<typeof filterRecords>[0];
  it('searches text case-insensitively', () => {
    expect(filterRecords(records, { query: 'baudet' }).map((r) => r.text)).toEqual(['Die Baudet toch']);
  });
  it('filters by site and by findings', () => {
    expect(filterRecords(records, { site: 'linkedin' })).toHaveLength(1);
    expect(filterRecords(records, { findings: 'any' }).map((r) => r.site)).toEqual(['x']);
    expect(filterRecords(records, { findings: 'none' }).map((r) => r.site)).toEqual(['linkedin']);
    expect(filterRecords(records, { findings: 'political-opinion' })).toHaveLength(1);
    expect(filterRecords(records, { findings: 'tone' })).toHaveLength(0);
    expect(filterRecords(records, { site: 'all', findings: 'all', query: '' })).toHaveLength(2);
  });
});
