/**
 * Like guard: when the user likes, reposts or shares a post whose visible
 * text the engine reads as political, or as critical in their own policy
 * area, a small question appears by the button first. One click more, never
 * a block; off when settings.likeGuard is false or the site is switched off.
 * Listens in the capture phase on window to trusted clicks only, so our own
 * replayed click (after "Toch liken") and the page's scripted clicks pass.
 * Any internal error lets the like through, as if the extension were absent.
 */
import type { ContentScriptContext } from '#imports';
import type { RulePack } from '../engine/pack-types';
import { followCheckSettings } from '../storage';
import type { Settings, SiteId } from '../storage/settings';
import { createAssessor } from './assess';
import { type LikeConfirm, showLikeConfirm } from './confirm';
import { type ActionTarget, actionFromTarget, postTextFor } from './post-text';
import { LIKE_TARGETS } from './targets';

export { concernFromFindings } from './assess';
export { LIKE_TARGETS } from './targets';

export interface LikeGuardOptions {
  /** Which events count as the user's own (tests replace this; the browser sets isTrusted). */
  isTrusted?: (event: Event) => boolean;
}

export function installLikeGuard(ctx: ContentScriptContext, site: SiteId, options: LikeGuardOptions = {}): void {
  const targets = LIKE_TARGETS[site];
  if (!targets) return;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const assess = createAssessor();
  let settings: Settings | null = null;
  // The custom packs (imported or from the IT department), as in the composer check: until they are read, the built-in packs.
  let extraPacks: RulePack[] = [];
  // Tells tests (and curious engineers) that the guard has its settings and is listening.
  const markReady = () => document.documentElement.setAttribute('data-piketpaal-like-guard', 'ready');
  let open: { confirm: LikeConfirm; button: HTMLElement } | null = null;
  // The button whose next press is our own replay after "Toch liken": it passes once.
  let replaying: HTMLElement | null = null;

  const active = () => settings?.likeGuard === true && settings.sites[site] !== false;
  const closeOpen = () => {
    const current = open;
    open = null;
    current?.confirm.dismiss();
  };

  const ask = (action: ActionTarget, concern: NonNullable<ReturnType<typeof assess>>, lang: Settings['uiLanguage']) => {
    const { button, kind } = action;
    const confirm = showLikeConfirm({
      doc: document,
      anchor: button,
      kind,
      concern,
      lang,
      isTrusted,
      onAnyway: () => {
        open = null;
        // Replay the press once (untrusted, and marked, so this listener lets it through).
        if (button.isConnected) {
          replaying = button;
          try {
            button.click();
          } finally {
            replaying = null;
          }
        }
        button.focus?.();
      },
      onCancel: () => {
        open = null;
        button.focus?.();
      },
    });
    open = { confirm, button };
  };

  const intercept = (event: Event) => {
    if (!active() || !isTrusted(event) || !settings) return;
    let action: ActionTarget | null = null;
    let concern: ReturnType<typeof assess> = null;
    try {
      action = actionFromTarget(event.composedPath()[0], targets);
      if (!action || action.button === replaying) return;
      if (open?.button === action.button) {
        // Already asking about this button: a second press waits for the answer.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      concern = assess(postTextFor(action.button, targets), settings, extraPacks);
    } catch {
      return; // fail open: the like goes through
    }
    if (!concern) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    closeOpen();
    try {
      ask(action, concern, settings.uiLanguage);
    } catch {
      open = null;
      replaying = action.button;
      action.button.click(); // could not ask: do what the user meant
      replaying = null;
    }
  };

  const onClick = (event: MouseEvent) => intercept(event);
  // Facebook's div role="button" likes also react to Enter and Space (native buttons turn those into clicks).
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLButtonElement) return;
    intercept(event);
  };

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  const reposition = () => open?.confirm.reposition();
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', closeOpen);

  const unwatch = followCheckSettings({
    settings: (next) => {
      settings = next;
      markReady();
      if (!active()) closeOpen();
    },
    packs: (next) => {
      extraPacks = next; // a new list: the assessor forgets its answers
    },
  });
  ctx.onInvalidated(() => {
    unwatch();
    closeOpen();
  });
}
