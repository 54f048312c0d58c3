/**
 * "Toch plaatsen" sends the held post on once: the same button when it is
 * still there, else the site's own button, else (a keyboard post) the same key
 * in the editor, with keyCode 13 for Draft.js-style editors.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type KeyTrigger, postKeyEvent, resendPost } from '../../../lib/content/post-resend';

const ctrlEnter: KeyTrigger = {
  kind: 'key',
  key: 'Enter',
  code: 'Enter',
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
};

function setup(buttonForEditor: HTMLButtonElement | null = null) {
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  document.body.append(editor);
  const keys: KeyboardEvent[] = [];
  editor.addEventListener('keydown', (event) => keys.push(event));
  const session = { editor, bypass: false };
  const adapter = { postButtonFor: () => buttonForEditor };
  return { editor, keys, session, adapter };
}

function button(clicks: string[], name: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.addEventListener('click', () => clicks.push(name));
  document.body.append(el);
  return el;
}

beforeEach(() => document.body.replaceChildren());

describe('postKeyEvent', () => {
  it('repeats the key with its modifiers, and reads as keyCode 13', () => {
    const event = postKeyEvent(ctrlEnter);
    expect(event.type).toBe('keydown');
    expect([event.key, event.code, event.ctrlKey, event.metaKey, event.shiftKey]).toEqual([
      'Enter',
      'Enter',
      true,
      false,
      false,
    ]);
    expect(event.keyCode).toBe(13);
    expect(event.which).toBe(13);
    expect([event.bubbles, event.cancelable, event.composed]).toEqual([true, true, true]);
  });
});

describe('resendPost', () => {
  it('clicks the same button once and sets the one-shot bypass', () => {
    const clicks: string[] = [];
    const same = button(clicks, 'same');
    const { session, adapter, keys } = setup(button(clicks, 'site'));
    resendPost(session, { kind: 'click', button: same }, adapter);
    expect(clicks).toEqual(['same']);
    expect(keys).toEqual([]);
    expect(session.bypass).toBe(true);
  });

  it("uses the site's post button when the clicked one is gone", () => {
    const clicks: string[] = [];
    const gone = button(clicks, 'gone');
    gone.remove();
    const { session, adapter } = setup(button(clicks, 'site'));
    resendPost(session, { kind: 'click', button: gone }, adapter);
    expect(clicks).toEqual(['site']);
  });

  it('a keyboard post with a usable button clicks it', () => {
    const clicks: string[] = [];
    const { session, adapter, keys } = setup(button(clicks, 'site'));
    resendPost(session, ctrlEnter, adapter);
    expect(clicks).toEqual(['site']);
    expect(keys).toEqual([]);
  });

  it('a keyboard post without a usable button presses the key in the editor once', () => {
    const clicks: string[] = [];
    const disabled = button(clicks, 'disabled');
    disabled.disabled = true;
    const { session, adapter, keys, editor } = setup(disabled);
    resendPost(session, ctrlEnter, adapter);
    expect(clicks).toEqual([]);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.keyCode).toBe(13);
    expect(keys[0]?.ctrlKey).toBe(true);
    expect(document.activeElement).toBe(editor);
  });

  it('a click post whose button is gone, with none to replace it, sends nothing', () => {
    const clicks: string[] = [];
    const gone = button(clicks, 'gone');
    gone.remove();
    const { session, adapter, keys } = setup(null);
    resendPost(session, { kind: 'click', button: gone }, adapter);
    expect(clicks).toEqual([]);
    expect(keys).toEqual([]);
    expect(session.bypass).toBe(true);
  });
});
