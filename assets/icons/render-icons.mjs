/**
 * Renders assets/icons/icon.svg to icon.png (1024×1024) with Debian's Chromium. electron-builder
 * derives the Windows .ico and macOS .icns from this PNG. Run: node assets/icons/render-icons.mjs
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.QCVN120_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(here, 'icon.png'), omitBackground: true });
await browser.close();
console.log('wrote', join(here, 'icon.png'));
