/**
 * What every site's content script runs: marks the page as active, starts
 * in-page checking, the popup report, and the other helpers' in-page parts.
 * Each part is started on its own inside try/catch: one failing never stops
 * the others, and a failure of checking leaves posting untouched (fail open).
 */
import type { ContentScriptContext } from '#imports';
import { recordPostedDraft } from '../archive/client';
import { installLikeGuard } from '../like-guard';
import type { DraftReport } from '../messaging/protocol';
import { detectOwnProfile, installProfileAudit } from '../profile-audit';
import { SITE_ADAPTERS } from '../sites';
import type { SiteId } from '../storage/settings';
import { PiketpaalController } from './controller';
import { installReportHandler } from './report-handler';
import { followOrganisationPacks } from './rule-data';

export function startContentScript(ctx: ContentScriptContext, site: SiteId): void {
  // Contract with the smoke test and outside checks: the script runs on this page.
  document.documentElement.setAttribute('data-piketpaal-active', site);
  let controller: PiketpaalController | null = null;
  let startError: string | null = null;
  try {
    controller = new PiketpaalController(ctx, SITE_ADAPTERS[site], {
      onPosted: (draft) => {
        recordPostedDraft({ ...draft, site }).catch(() => {
          // The archive is optional and never holds up posting.
        });
      },
    });
  } catch (error) {
    startError = error instanceof Error ? error.message : String(error);
  }
  // The popup offers the profile audit only on the user's own profile page.
  const report = (): DraftReport => ({
    ...(controller ? controller.report() : { status: 'error', site, error: startError ?? 'not started' }),
    ownProfile: detectOwnProfile(site),
  });
  try {
    installReportHandler(ctx, report);
  } catch {
    // Without messaging the popup shows "no answer"; checking still works.
  }
  try {
    installProfileAudit(ctx, site);
  } catch {
    // Owned by the profile-audit part; must not affect checking.
  }
  try {
    installLikeGuard(ctx, site);
  } catch {
    // Owned by the like-guard part; must not affect checking.
  }
  try {
    // The organisation packs, from storage (the bundle carries core and lexicons): once the engine has
    // them, drafts are checked again; the like guard and the profile audit use them from their next check.
    ctx.onInvalidated(followOrganisationPacks(() => controller?.ruleDataChanged()));
  } catch {
    // Without them, checking goes on with core and lexicons (fail open).
  }
}
