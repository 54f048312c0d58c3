/**
 * Sends a held post on after "Toch plaatsen", exactly once and as the user
 * meant it: the same post button again, or, for a post made with the keyboard
 * and no usable button, the same key pressed in the editor (the site's own
 * key handling posts). The post guard ignores untrusted events, so the
 * re-sent click or key passes it.
 */
import type { SiteAdapter } from '../sites';
import type { ComposerSession } from './composer-session';
import type { PostTrigger } from './post-guard';

export type KeyTrigger = Extract<PostTrigger, { kind: 'key' }>;

/** What the re-send needs of a session: its editor and its one-shot bypass. */
export type ResendTarget = Pick<ComposerSession, 'editor' | 'bypass'>;

/** The user's post key again, as an event the site's editor accepts. */
export function postKeyEvent(trigger: KeyTrigger): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key: trigger.key,
    code: trigger.code,
    ctrlKey: trigger.ctrlKey,
    metaKey: trigger.metaKey,
    shiftKey: trigger.shiftKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Older editors (Draft.js) read keyCode, which the constructor cannot set.
  for (const prop of ['keyCode', 'which'] as const) Object.defineProperty(event, prop, { get: () => 13 });
  return event;
}

export function resendPost(
  session: ResendTarget,
  trigger: PostTrigger,
  adapter: Pick<SiteAdapter, 'postButtonFor'>,
): void {
  // The bypass also lets the user's own next attempt through should the site ignore ours.
  // It ends when the draft changes (ComposerSession), or is used up by that attempt (post-hold.ts).
  session.bypass = true;
  const button =
    trigger.kind === 'click' && trigger.button.isConnected ? trigger.button : adapter.postButtonFor(session.editor);
  if (button && !(button instanceof HTMLButtonElement && button.disabled)) {
    button.click();
    return;
  }
  if (trigger.kind !== 'key') return;
  session.editor.focus({ preventScroll: true });
  session.editor.dispatchEvent(postKeyEvent(trigger));
}
