import { composerSuite } from './composer-suite';

composerSuite({
  title: 'Facebook (Lexical)',
  fixture: 'facebook',
  main: {
    id: 'post',
    editor: (page) => page.locator('#create-post [data-lexical-editor="true"]'),
    postButton: (page) => page.locator('#create-post div[role="button"][aria-label="Post"]'),
    postKey: 'Control+Enter',
  },
  other: {
    // The comment box has no button: Enter posts.
    id: 'comment',
    editor: (page) => page.locator('#comment-box [data-lexical-editor="true"]'),
    postKey: 'Enter',
  },
});
