/**
 * Messages between the popup (or options page) and the content script of the
 * active tab. Only extension pages send these (runtime/tabs messaging); the
 * web page itself cannot reach them.
 */
import type { CheckResult, Finding } from '../engine/types';

/** Status of checking on a tab, as shown in the popup. */
export type PageStatus =
  | 'active' // a composer is watched; findings are for its current draft
  | 'no-composer' // supported site, but no composer found on this page
  | 'error' // checking failed on this page: posting is not held (fail open)
  | 'site-disabled'; // the user switched this site off

export interface DraftReport {
  status: PageStatus;
  site: string;
  /** Draft text of the most recently focused composer (never stored). */
  text?: string;
  score?: number;
  findings?: Finding[];
  /** Human-readable reason when status is "error". */
  error?: string;
  /** True when the page is the user's own profile (profile audit possible). */
  ownProfile?: boolean;
}

export type ContentRequest = { type: 'piketpaal:get-draft-report' } | { type: 'piketpaal:audit-profile' };

export interface ProfileAuditReply {
  ok: boolean;
  /** "not-own-profile" | "no-profile" | error text when not ok. */
  reason?: string;
  fields?: Record<string, string>;
  result?: CheckResult;
}
