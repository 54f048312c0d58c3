/**
 * Like guard: one extra confirmation before liking/reposting political
 * content. STUB until issue 8 lands; content scripts call it.
 */
import type { ContentScriptContext } from '#imports';
import type { SiteId } from '../storage/settings';

export function installLikeGuard(_ctx: ContentScriptContext, _site: SiteId): void {}
