/** Profile readers by site. */
import type { SiteId } from '../../storage/settings';
import { blueskyProfileReader } from './bluesky';
import { facebookProfileReader } from './facebook';
import { linkedinProfileReader } from './linkedin';
import { mastodonProfileReader } from './mastodon';
import type { ProfileReader } from './types';
import { xProfileReader } from './x';

export type { ProfileReader } from './types';

export const PROFILE_READERS: Record<SiteId, ProfileReader> = {
  x: xProfileReader,
  facebook: facebookProfileReader,
  linkedin: linkedinProfileReader,
  bluesky: blueskyProfileReader,
  mastodon: mastodonProfileReader,
};
