/**
 * Service worker: opens the setup page on first install. It makes no network
 * request and holds no draft text.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#setup') });
    }
  });
});
