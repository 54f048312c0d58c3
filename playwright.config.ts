import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (/usr/bin/chromium) with the built
// extension loaded (.output/chrome-mv3). See tests/e2e/harness.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Generous: CI runs on a loaded 2-core machine where a page start with the extension can take
  // several seconds. Tests wait for states, never for time, so a passing run is not slower.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: one worker per core keeps runs stable.
  workers: 2,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
});
