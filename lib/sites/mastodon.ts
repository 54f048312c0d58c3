/** Mastodon (any instance the user added): a plain textarea; Ctrl/Cmd+Enter posts. */
import { createAdapter } from './adapter';

export const mastodonAdapter = createAdapter({
  site: 'mastodon',
  composers: [
    'form.compose-form textarea.autosuggest-textarea__textarea',
    'form.compose-form textarea',
    '.compose-form textarea',
  ],
  postButtons: ['.compose-form__submit button[type="submit"]', 'form.compose-form button[type="submit"]'],
});
