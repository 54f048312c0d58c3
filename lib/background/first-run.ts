/** Opens the setup page once, right after install. */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#setup') });
    }
  });
}
