/** Reading and writing archive records (extension origin only). */
import type { Category } from '../engine/types';
import type { SiteId } from '../storage/settings';
import type { PostedDraft } from './client';
import { type ArchiveDatabase, categoriesOf } from './db';
import type { ArchiveRecord } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_RETENTION_DAYS = 365;

/** Retention in days from the settings; odd values fall back to the default (one year). */
export function retentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_RETENTION_DAYS;
}

export function recordFromDraft(draft: PostedDraft, now: number = Date.now()): ArchiveRecord {
  const findings = draft.findings.map((f) => ({
    category: f.category,
    severity: f.severity,
    stelregel: f.stelregel,
    rule: f.rule,
    message: f.message,
    ...(f.excerpt ? { excerpt: f.excerpt } : {}),
  }));
  return {
    text: draft.text,
    site: draft.site,
    createdAt: now,
    findings,
    postedAnyway: draft.postedAnyway,
    categories: categoriesOf(findings),
  };
}

export async function addRecord(db: ArchiveDatabase, draft: PostedDraft, now: number = Date.now()): Promise<number> {
  return (await db.records.add(recordFromDraft(draft, now))) as number;
}

/** All records, newest first. */
export async function allRecords(db: ArchiveDatabase): Promise<ArchiveRecord[]> {
  return db.records.orderBy('createdAt').reverse().toArray();
}

export async function deleteRecord(db: ArchiveDatabase, id: number): Promise<void> {
  await db.records.delete(id);
}

export async function deleteAllRecords(db: ArchiveDatabase): Promise<void> {
  await db.records.clear();
}

/** Deletes records older than the retention period; returns how many went. */
export async function applyRetention(db: ArchiveDatabase, days: unknown, now: number = Date.now()): Promise<number> {
  const cutoff = now - retentionDays(days) * DAY_MS;
  return db.records.where('createdAt').below(cutoff).delete();
}

export type FindingsFilter = 'all' | 'any' | 'none' | Category;

export interface ArchiveFilter {
  query?: string;
  site?: SiteId | 'all';
  findings?: FindingsFilter;
}

/** Filters records in memory (the archive is small: one user's posts for a year). */
export function filterRecords(records: ArchiveRecord[], filter: ArchiveFilter): ArchiveRecord[] {
  const query = (filter.query ?? '').trim().toLocaleLowerCase('nl');
  return records.filter((r) => {
    if (filter.site && filter.site !== 'all' && r.site !== filter.site) return false;
    const f = filter.findings ?? 'all';
    if (f === 'any' && r.findings.length === 0) return false;
    if (f === 'none' && r.findings.length > 0) return false;
    if (f !== 'all' && f !== 'any' && f !== 'none' && !r.categories.includes(f)) return false;
    return !query || r.text.toLocaleLowerCase('nl').includes(query);
  });
}
