/**
 * In-page profile audit: shows a "Profiel controleren" button on the user's
 * OWN profile page only. STUB until issue 7 lands; content scripts call it.
 */
import type { ContentScriptContext } from '#imports';
import type { SiteId } from '../storage/settings';

export function installProfileAudit(_ctx: ContentScriptContext, _site: SiteId): void {}
