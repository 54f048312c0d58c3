/** All site adapters, by site id. */
import type { SiteId } from '../storage/settings';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export type { EditorElement, SiteAdapter, SiteSelectors } from './types';

export const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = {
  x: xAdapter,
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
  bluesky: blueskyAdapter,
  mastodon: mastodonAdapter,
};
