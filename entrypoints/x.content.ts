/**
 * Content script for X (x.com, twitter.com). TEMPORARY: marks the page so the
 * smoke test can see the script started; the site adapter (issue 4) replaces it.
 */
export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-piketpaal-active', 'x');
  },
});
