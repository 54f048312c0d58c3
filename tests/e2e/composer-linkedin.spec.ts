import { composerSuite } from './composer-suite';

composerSuite({
  title: 'LinkedIn classic (Quill)',
  fixture: 'linkedin-v1',
  main: {
    id: 'share',
    editor: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    postButton: (page) => page.locator('button.share-actions__primary-action'),
    postKey: 'Control+Enter',
  },
  other: {
    // Its submit button only exists once the box has text.
    id: 'comment',
    editor: (page) => page.locator('form.comments-comment-box__form .ql-editor'),
    postButton: (page) => page.locator('button.comments-comment-box__submit-button--cr'),
    postKey: 'Control+Enter',
  },
});

composerSuite({
  title: 'LinkedIn 2026 (TipTap in an open shadow root)',
  fixture: 'linkedin-v2',
  main: {
    id: 'share',
    // Playwright's CSS engine pierces the open shadow root under #interop-outlet.
    editor: (page) => page.locator('#interop-outlet .tiptap.ProseMirror'),
    postButton: (page) => page.locator('#interop-outlet button[data-view-name="share-post"]'),
    postKey: 'Control+Enter',
  },
  other: {
    id: 'comment',
    editor: (page) => page.locator('div[data-view-name="comment-box"] .ProseMirror'),
    postButton: (page) => page.locator('button[data-view-name="comment-post"]'),
    postKey: 'Control+Enter',
  },
  axe: true,
});
