/**
 * Service worker. Each job registers itself from lib/background/: one file
 * per job, one line here. It makes no network request and holds no draft.
 */
import { registerArchive } from '../lib/background/archive';
import { registerFirstRun } from '../lib/background/first-run';
import { registerMastodon } from '../lib/background/mastodon';
import { registerRuleData } from '../lib/background/rule-data';

export default defineBackground(() => {
  registerFirstRun();
  registerMastodon();
  registerArchive();
  registerRuleData();
});
