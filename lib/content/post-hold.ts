/**
 * Decides, for one post attempt the post guard caught, whether to hold it:
 * only when the draft (checked again right now) has findings at or above the
 * user's banner threshold. A held post shows the banner; "Aanpassen" returns
 * to the draft, "Toch plaatsen" records the post and sends it on once.
 * Everything here may throw: the post guard then lets the post through.
 */
import type { Finding } from '../engine/types';
import type { SiteAdapter } from '../sites';
import type { Settings } from '../storage/settings';
import { Banner } from './banner';
import type { ComposerSession } from './composer-session';
import type { PostTrigger } from './post-guard';
import { resendPost } from './post-resend';
import type { RecordPosted } from './posted-drafts';
import { findingsToHold } from './severity';

export interface PostHoldEnv {
  doc: Document;
  adapter: SiteAdapter;
  /** A switched-off site holds nothing. */
  enabled(): boolean;
  settings(): Settings;
  sessionFor(editor: HTMLElement): ComposerSession;
  recordPosted: RecordPosted;
  /** The banner's buttons run outside the post guard's try/catch: their errors go to the fail-open path here. */
  safely(action: () => void): void;
  /** Unit tests only (happy-dom clicks are untrusted). */
  acceptUntrusted?: boolean;
}

/** True = hold this attempt (the banner is shown); false = let it through untouched. */
export function shouldHoldPost(env: PostHoldEnv, editor: HTMLElement, trigger: PostTrigger): boolean {
  if (!env.enabled()) return false;
  const session = env.sessionFor(editor);
  if (session.bypass) {
    // "Toch plaatsen" was chosen for exactly this draft: let this one attempt through.
    session.bypass = false;
    return false;
  }
  const result = session.checkNow();
  const held = findingsToHold(result.findings, env.settings().bannerThreshold);
  if (held.length === 0) {
    env.recordPosted({ text: session.text, findings: result.findings, postedAnyway: false });
    return false;
  }
  showBanner(env, session, held, trigger);
  return true;
}

function showBanner(env: PostHoldEnv, session: ComposerSession, held: Finding[], trigger: PostTrigger): void {
  // A second attempt while the banner is up (Enter again, say) must not stack a second banner.
  if (session.banner?.isOpen) {
    session.banner.focus();
    return;
  }
  const anchor = session.editor.getBoundingClientRect();
  session.banner = new Banner(env.doc, held, env.settings().uiLanguage, anchor, {
    onEdit: () => {
      session.banner = null;
      session.editor.focus({ preventScroll: true });
    },
    onPostAnyway: () => {
      session.banner = null;
      env.safely(() => {
        env.recordPosted({ text: session.text, findings: session.findings, postedAnyway: true });
        resendPost(session, trigger, env.adapter);
      });
    },
    acceptUntrusted: env.acceptUntrusted,
  });
}
