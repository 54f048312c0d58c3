/**
 * The one archive message: a content script asks the background to keep a
 * posted draft. The background keeps it only with the user's consent.
 */
import { CATEGORIES, type Category, type Finding, SEVERITIES, type Severity, STELREGEL_NUMBERS } from '../engine/types';
import { SITE_IDS, type SiteId } from '../storage/settings';
import type { PostedDraft } from './client';

export const ARCHIVE_RECORD_MESSAGE = 'piketpaal:archive-record';

export interface ArchiveRecordRequest {
  type: typeof ARCHIVE_RECORD_MESSAGE;
  draft: PostedDraft;
}

export type ArchiveRecordReply =
  | { stored: true; id: number }
  | { stored: false; reason: 'no-consent' | 'invalid' | string };

const MAX_TEXT = 100_000;

export function isArchiveRecordRequest(
  message: unknown,
): message is { type: typeof ARCHIVE_RECORD_MESSAGE; draft: unknown } {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ARCHIVE_RECORD_MESSAGE
  );
}

function parseFinding(raw: unknown): Finding | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  if (!CATEGORIES.includes(f.category as Category) || !SEVERITIES.includes(f.severity as Severity)) return null;
  if (!STELREGEL_NUMBERS.includes(f.stelregel as Finding['stelregel'])) return null;
  return {
    category: f.category as Category,
    severity: f.severity as Severity,
    stelregel: f.stelregel as Finding['stelregel'],
    start: typeof f.start === 'number' ? f.start : 0,
    end: typeof f.end === 'number' ? f.end : 0,
    rule: typeof f.rule === 'string' ? f.rule : '',
    message: typeof f.message === 'string' ? f.message : '',
    suggestion: typeof f.suggestion === 'string' ? f.suggestion : '',
    ...(typeof f.excerpt === 'string' ? { excerpt: f.excerpt } : {}),
  };
}

/** Checks a draft that arrived by message; null when it is not a well-formed draft. */
export function parsePostedDraft(raw: unknown): PostedDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Record<string, unknown>;
  if (typeof d.text !== 'string' || d.text.length > MAX_TEXT) return null;
  if (!SITE_IDS.includes(d.site as SiteId)) return null;
  if (!Array.isArray(d.findings)) return null;
  const findings = d.findings.map(parseFinding);
  if (findings.some((f) => f === null)) return null;
  return {
    text: d.text,
    site: d.site as SiteId,
    findings: findings as Finding[],
    postedAnyway: d.postedAnyway === true,
  };
}
