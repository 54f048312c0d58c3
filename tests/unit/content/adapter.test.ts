import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/sites/facebook';
import { linkedinAdapter } from '../../../lib/sites/linkedin';
import { xAdapter } from '../../../lib/sites/x';

function editable(attrs: Record<string, string>): HTMLDivElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  return div;
}

function button(attrs: Record<string, string>, tag: 'button' | 'div' = 'button'): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function wrap(...children: Element[]): HTMLDivElement {
  const div = document.createElement('div');
  div.append(...children);
  return div;
}

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

beforeEach(() => {
  document.body.replaceChildren();
});

describe('X adapter', () => {
  it('ties each post button to its own composer', () => {
    const home = editable({ 'data-testid': 'tweetTextarea_0', role: 'textbox' });
    const homeButton = button({ 'data-testid': 'tweetButtonInline' });
    const reply = editable({ 'data-testid': 'tweetTextarea_0', role: 'textbox' });
    const replyButton = button({ 'data-testid': 'tweetButton' });
    document.body.append(wrap(wrap(home), homeButton), wrap(wrap(reply), replyButton));
    expect(xAdapter.findComposers(document)).toEqual([home, reply]);
    expect(xAdapter.postButtonFor(home)).toBe(homeButton);
    expect(xAdapter.postButtonFor(reply)).toBe(replyButton);
    expect(xAdapter.composerForButton(replyButton, document)).toBe(reply);
    expect(xAdapter.postButtonFromTarget(replyButton.appendChild(document.createElement('span')))).toBe(replyButton);
  });

  it('Ctrl/Cmd+Enter posts, plain Enter does not', () => {
    const home = editable({ 'data-testid': 'tweetTextarea_0', role: 'textbox' });
    document.body.append(wrap(home, button({ 'data-testid': 'tweetButtonInline' })));
    expect(xAdapter.isPostKey(key({ key: 'Enter', ctrlKey: true }), home)).toBe(true);
    expect(xAdapter.isPostKey(key({ key: 'Enter', metaKey: true }), home)).toBe(true);
    expect(xAdapter.isPostKey(key({ key: 'Enter' }), home)).toBe(false);
    expect(xAdapter.isPostKey(key({ key: 'a', ctrlKey: true }), home)).toBe(false);
  });
});

describe('Facebook adapter', () => {
  it('a comment box below a post dialog has no button of its own and posts on Enter', () => {
    const post = editable({ role: 'textbox', 'data-lexical-editor': 'true' });
    const postButton = button({ role: 'button', 'aria-label': 'Post' }, 'div');
    const dialog = wrap(post, postButton);
    dialog.setAttribute('role', 'dialog');
    const comment = editable({ role: 'textbox', 'data-lexical-editor': 'true', 'aria-label': 'Write a comment…' });
    document.body.append(wrap(wrap(comment)), dialog);
    expect(facebookAdapter.postButtonFor(post)).toBe(postButton);
    expect(facebookAdapter.postButtonFor(comment)).toBeNull();
    expect(facebookAdapter.isPostKey(key({ key: 'Enter' }), comment)).toBe(true);
    expect(facebookAdapter.isPostKey(key({ key: 'Enter', shiftKey: true }), comment)).toBe(false);
    expect(facebookAdapter.isPostKey(key({ key: 'Enter' }), post)).toBe(false);
  });
});

describe('LinkedIn adapter', () => {
  it('finds the 2026 composer and its button inside the open shadow root under #interop-outlet', () => {
    const outlet = document.createElement('div');
    outlet.id = 'interop-outlet';
    document.body.append(outlet);
    const shadow = outlet.attachShadow({ mode: 'open' });
    const editor = editable({ class: 'tiptap ProseMirror' });
    const share = button({ 'data-view-name': 'share-post' });
    shadow.append(wrap(wrap(editor), share));
    expect(linkedinAdapter.findComposers(document)).toEqual([editor]);
    expect(linkedinAdapter.postButtonFor(editor)).toBe(share);
    expect(linkedinAdapter.composerFromTarget(editor)).toBe(editor);
  });

  it('a classic comment form without its submit button (no text yet) borrows no other button', () => {
    const shareEditor = editable({ class: 'ql-editor' });
    const shareBox = wrap(shareEditor);
    shareBox.className = 'share-creation-state__text-editor';
    const share = button({ class: 'share-actions__primary-action' });
    const form = document.createElement('form');
    form.className = 'comments-comment-box__form';
    const comment = editable({ class: 'ql-editor', role: 'textbox' });
    form.append(comment);
    document.body.append(wrap(shareBox, share), wrap(form));
    expect(linkedinAdapter.postButtonFor(shareEditor)).toBe(share);
    expect(linkedinAdapter.postButtonFor(comment)).toBeNull();
    const submit = button({ class: 'comments-comment-box__submit-button--cr', type: 'submit' });
    form.append(submit);
    expect(linkedinAdapter.postButtonFor(comment)).toBe(submit);
  });
});
