import { xHomeEditor, xHomePostButton } from './composer-helpers';
import { composerSuite } from './composer-suite';

composerSuite({
  title: 'X (Draft.js)',
  fixture: 'x',
  main: {
    id: 'home',
    editor: xHomeEditor,
    postButton: xHomePostButton,
    postKey: 'Control+Enter',
  },
  other: {
    id: 'reply',
    editor: (page) => page.locator('#reply-composer [data-testid="tweetTextarea_0"]'),
    postButton: (page) => page.getByTestId('tweetButton'),
    postKey: 'Control+Enter',
  },
  axe: true,
});
