import { composerSuite } from './composer-suite';

composerSuite({
  title: 'Bluesky (ProseMirror)',
  fixture: 'bluesky',
  main: {
    id: 'post',
    editor: (page) => page.locator('[data-composer="post"] .ProseMirror'),
    postButton: (page) => page.locator('[data-composer="post"] [data-testid="composerPublishBtn"]'),
    postKey: 'Control+Enter',
  },
  other: {
    id: 'reply',
    editor: (page) => page.locator('[data-composer="reply"] .ProseMirror'),
    postButton: (page) => page.locator('[data-composer="reply"] [data-testid="composerPublishBtn"]'),
    postKey: 'Control+Enter',
  },
});
