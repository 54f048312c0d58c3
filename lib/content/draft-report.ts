/**
 * What the popup shows for this tab (answered by report-handler.ts): the
 * draft and findings of the composer the user is working in, or why there is
 * none (site switched off, no composer, or an internal error: then posting is
 * not held, and the popup says so).
 */
import type { DraftReport } from '../messaging/protocol';
import { mostRecentFirst } from './composer-finder';
import type { ComposerSession } from './composer-session';

export interface ReportSource {
  site: string;
  enabled: boolean;
  /** The last internal error, or null; read again after the rescan, which may fail too. */
  error(): string | null;
  /** The popup can open before the debounced scan has seen a new composer: scan now (fails open). */
  rescan(): void;
  sessions(): Iterable<ComposerSession>;
}

type ReportedSession = Pick<ComposerSession, 'lastActive' | 'text'>;

/** The composer the user last focused; else one with a draft in it; else any. */
export function reportedSession<S extends ReportedSession>(sessions: Iterable<S>): S | undefined {
  const ordered = mostRecentFirst(sessions);
  return ordered.find((s) => s.lastActive > 0) ?? ordered.find((s) => s.text.trim()) ?? ordered[0];
}

export function draftReport(source: ReportSource): DraftReport {
  const { site } = source;
  if (!source.enabled) return { status: 'site-disabled', site };
  let error = source.error();
  if (error) return { status: 'error', site, error };
  source.rescan();
  error = source.error();
  if (error) return { status: 'error', site, error };
  const current = reportedSession(source.sessions());
  if (!current) return { status: 'no-composer', site };
  return { status: 'active', site, text: current.text, score: current.result.score, findings: current.findings };
}
