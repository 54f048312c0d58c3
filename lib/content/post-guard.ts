/**
 * Holds a post while the banner is up. Capture-phase listeners on `window`
 * run before any site handler; they act only on TRUSTED clicks and key
 * presses, and only when the draft has findings at or above the threshold.
 * Without such findings (or on any internal error) the event goes on
 * untouched: no delay, no extra click.
 */
import type { SiteAdapter } from '../sites';

export type PostTrigger =
  | { kind: 'click'; button: HTMLElement }
  | { kind: 'key'; key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

export interface PostGuardHooks {
  /** Decides for one attempt: true = hold it (the caller shows the banner). Throwing = let it through. */
  shouldHold(editor: HTMLElement, trigger: PostTrigger): boolean;
  /** Picks the composer a post button belongs to (the most recently used one when several share it). */
  composerForButton(button: HTMLElement): HTMLElement | null;
  onError(error: unknown): void;
}

function isDisabled(button: HTMLElement): boolean {
  return (button instanceof HTMLButtonElement && button.disabled) || button.getAttribute('aria-disabled') === 'true';
}

export function installPostGuard(
  win: Window,
  adapter: SiteAdapter,
  hooks: PostGuardHooks,
  listen: (target: Window, type: string, handler: (event: Event) => void) => void,
  /** Only real user actions are held; unit tests (which cannot make trusted events) switch this off. */
  trustedOnly = true,
): void {
  const hold = (event: Event, editor: HTMLElement, trigger: PostTrigger): void => {
    let held = false;
    try {
      held = hooks.shouldHold(editor, trigger);
    } catch (error) {
      hooks.onError(error); // fail open: the post goes out as if we were not there
      return;
    }
    if (held) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  listen(win, 'click', (event) => {
    if (trustedOnly && !event.isTrusted) return;
    try {
      const target = event.composedPath()[0] ?? null;
      const button = adapter.postButtonFromTarget(target);
      if (!button || isDisabled(button)) return;
      const editor = hooks.composerForButton(button);
      if (editor) hold(event, editor, { kind: 'click', button });
    } catch (error) {
      hooks.onError(error);
    }
  });

  listen(win, 'keydown', (raw) => {
    const event = raw as KeyboardEvent;
    if ((trustedOnly && !event.isTrusted) || (event.key !== 'Enter' && event.key !== ' ')) return;
    try {
      const target = event.composedPath()[0] ?? null;
      const editor = adapter.composerFromTarget(target);
      if (editor) {
        if (!adapter.isPostKey(event, editor)) return;
        hold(event, editor, {
          kind: 'key',
          key: event.key,
          code: event.code,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
        });
        return;
      }
      // A post "button" that is a div (Facebook) acts on Enter/Space itself; a real <button> turns them into a click.
      const button = adapter.postButtonFromTarget(target);
      if (!button || button instanceof HTMLButtonElement || isDisabled(button)) return;
      const owner = hooks.composerForButton(button);
      if (owner) hold(event, owner, { kind: 'click', button });
    } catch (error) {
      hooks.onError(error);
    }
  });
}
