/** What the archive keeps of one posted draft. */
import type { Category, Finding } from '../engine/types';
import type { SiteId } from '../storage/settings';

/** A finding as shown at posting time (offsets and suggestions are not needed later). */
export type ArchivedFinding = Pick<Finding, 'category' | 'severity' | 'stelregel' | 'rule' | 'message'> & {
  excerpt?: string;
};

export interface ArchiveRecord {
  /** Auto-increment key. */
  id?: number;
  text: string;
  site: SiteId;
  /** When the post went out (ms since 1970, local clock). */
  createdAt: number;
  findings: ArchivedFinding[];
  /** True when the user pressed "Toch plaatsen" on the warning banner. */
  postedAnyway: boolean;
  /** Categories of the findings, for the filter (multi-entry index since schema 2). */
  categories: Category[];
}
