/** Facebook: Lexical composers (post dialog, comment boxes); see shared/SITES.md. */
import { createAdapter } from './adapter';

export const facebookAdapter = createAdapter({
  site: 'facebook',
  composers: [
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    '[data-lexical-editor="true"][contenteditable="true"]',
  ],
  // Labels are localised; Dutch ones are guesses (see SITES.md).
  postButtons: [
    'div[role="dialog"] div[role="button"][aria-label="Post"]',
    'div[role="dialog"] div[role="button"][aria-label="Plaatsen"]',
    'div[role="dialog"] div[role="button"][aria-label="Posten"]',
    'div[role="button"][aria-label="Comment"]',
    'div[role="button"][aria-label="Reageren"]',
  ],
  // Comment boxes have no post button of their own and post on Enter.
  enterPostsWithoutButton: true,
  buttonSearchDepth: 10,
});
