/**
 * End-to-end tests: the renderer driven in Debian's Chromium against the local web host (one
 * fresh host and data folder per test, see e2e/fixtures/webHost.ts), and the Electron app when
 * an Electron binary is present (e2e/electron/, skipped with the reason otherwise).
 * Run after `npm run build` (`npm test` and `npm run test:e2e` do that).
 */
import { defineConfig } from '@playwright/test';

const chromium = process.env.QCVN120_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  // Two cores on the project's machines: one browser per core at most.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  reporter: [['list'], ['./e2e/reporters/skipReasons.ts']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: chromium,
      // Without the networking switches Chromium keeps trying to reach the internet (TOOLCHAIN.md).
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--test-type'],
    },
  },
  projects: [
    { name: 'web', testDir: 'e2e/web' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
