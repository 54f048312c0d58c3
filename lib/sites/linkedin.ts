/**
 * LinkedIn: the classic page (Quill) and the 2026 page (TipTap/ProseMirror,
 * the post composer in an OPEN shadow root under #interop-outlet) live side
 * by side, so both sets of selectors are active at once.
 */
import { createAdapter } from './adapter';

export const linkedinAdapter = createAdapter({
  site: 'linkedin',
  composers: [
    // v1 (Quill)
    '.share-creation-state__text-editor .ql-editor',
    '[data-test-ql-editor-contenteditable="true"]',
    'form.comments-comment-box__form .ql-editor[role="textbox"]',
    '.ql-editor[contenteditable="true"]',
    // v2 (TipTap/ProseMirror)
    '.tiptap.ProseMirror[contenteditable="true"]',
    'div[data-view-name="comment-box"] .ProseMirror',
  ],
  postButtons: [
    'button.share-actions__primary-action',
    'button.comments-comment-box__submit-button--cr',
    'button.comments-comment-box__submit-button',
    'button[data-view-name="share-post"]',
    'button[data-view-name="comment-post"]',
  ],
  shadowHosts: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
});
