/**
 * The browser half of `npm run bench` (issue 4 §7): a big dossier packet opened in the real app —
 * the web host and Debian's Chromium driven by Playwright — through the file picker, as a user
 * does. Measured in the page:
 * - firstRecordMs: from choosing the file to the first record on screen;
 * - issuesMs: from choosing the file to the complete issue count on screen;
 * - the longest main-thread task (PerformanceObserver 'longtask') during loading, after the first
 *   render, and while the user works (F8 through the issues, switching views, scrolling the issues
 *   list). Target: no task over 100 ms after the first render.
 *
 * `--records N` (default 100,000), `--json` (one JSON object on the last line), `--keep` (leave
 * the generated file). Needs `npm run build` (dist/renderer, dist/node/webhost.mjs) and Chromium.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { generateRecords, template } from '../shared/index';

export interface BrowserBench {
  records: number;
  bytes: number;
  firstRecordMs: number;
  issuesMs: number;
  issueCount: string;
  longestTaskLoadingMs: number;
  longestTaskAfterFirstRenderMs: number;
  /** Between the first record and half a second after the issue count (the report arriving and shown). */
  longestTaskIssuesArrivingMs: number;
  longestTaskWorkingMs: number;
  longTasksAfterFirstRender: number;
  /** The longest task of each step of working with the result (ms; 0 = none over 50 ms). */
  working: Record<string, number>;
}

interface Args {
  records: number;
  json: boolean;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { records: 100_000, json: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--records') args.records = Math.max(1, Math.floor(Number(argv[++i])));
    else if (a === '--json') args.json = true;
    else if (a === '--keep') args.keep = true;
  }
  if (!Number.isFinite(args.records)) throw new Error('bench-browser: --records needs a number');
  return args;
}

/**
 * Writes `records` realistic dossier records (the core's generator), one per line, 1 % of them with
 * a wrongly written date — the shape of e2e/fixtures/bigPacket.ts, which the large-file e2e uses.
 */
function writeBigDossier(path: string, records: number): void {
  const envelope = template('dossier') as Record<string, unknown>;
  const data = generateRecords('dossier', records, 7);
  for (let i = 0; i < data.length; i += 100) data[i].NgayTiepNhan = '2024-01-01';
  const head = JSON.stringify({ ...envelope, data: [] }).replace(/\[\]\}$/, '[\n');
  writeFileSync(path, `${head}${data.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
}

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.QCVN120_CHROMIUM ?? '/usr/bin/chromium';

/** Starts the web host on a fresh data folder; resolves with its URL and a stop function. */
async function startHost(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'node', 'webhost.mjs'), '--no-open', '--no-build', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${err}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the measurement. */
export async function runBrowserBench(records: number, keep = false): Promise<BrowserBench> {
  for (const need of [join(ROOT, 'dist', 'renderer', 'index.html'), join(ROOT, 'dist', 'node', 'webhost.mjs')]) {
    if (!existsSync(need)) throw new Error(`${need} is missing: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set QCVN120_CHROMIUM).`);
  const dir = mkdtempSync(join(tmpdir(), 'qcvn120-bench-browser-'));
  const file = join(dir, 'bench-dossier.json');
  writeBigDossier(file, records);
  const bytes = statSync(file).size;
  // The first record's MaHoSo: what "the first record is on screen" looks for.
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(4096);
  const head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
  closeSync(fd);
  const firstKey = /"MaHoSo":"([^"]+)"/.exec(head)?.[1] ?? '';
  const host = await startHost(join(dir, 'data'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
    // Long tasks of the whole page life, from the first script on.
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(host.url);
    await page.locator('[data-app-state="ready"]').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Mở tệp…' }).first().click();
    await (await chooser).setFiles(file);
    // The first record on screen, in whatever view the document opens: its MaHoSo shown as text
    // (tree, JSON) or in a field (form). textContent and input values cost no layout.
    await page.waitForFunction(
      (key) => {
        const w = window as unknown as { __firstAt?: number };
        if (w.__firstAt) return true;
        const main = document.querySelector('main');
        const shown = Boolean(main && (main.textContent?.includes(key) || [...main.querySelectorAll('input')].some((i) => i.value === key)));
        if (shown) w.__firstAt = performance.now();
        return shown;
      },
      firstKey,
      { polling: 50, timeout: 600_000 },
    );
    await page.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name.startsWith('qcvn120:issues-complete:')), undefined, { polling: 100, timeout: 900_000 });
    const issueCount = (await page.getByRole('contentinfo').getByRole('status').textContent()) ?? '';
    const loaded = await page.evaluate(() => performance.now());
    // Working with the result: walk the issues, switch views, scroll the issues list — each step timed.
    const now = () => page.evaluate(() => performance.now());
    const phases: { name: string; start: number; end: number }[] = [];
    const phase = async (name: string, act: () => Promise<void>) => {
      const start = await now();
      await act();
      await page.waitForTimeout(300);
      phases.push({ name, start, end: await now() });
    };
    await phase('F8 ×5', async () => {
      for (let i = 0; i < 5; i++) await page.keyboard.press('F8');
    });
    for (const name of ['JSON', 'Tree', 'Form', 'JSON']) {
      const button = page.getByRole('group', { name: 'Chế độ xem' }).getByRole('button', { name, exact: true });
      if (await button.count()) await phase(`view ${name}`, () => button.click());
    }
    await phase('scroll issues', async () => {
      await page.getByRole('list', { name: 'Các vấn đề' }).hover();
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 2000);
    });
    await page.waitForTimeout(700);
    const m = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __firstAt: number };
      const chosen = performance.getEntriesByName('qcvn120:file-chosen').pop()?.startTime ?? 0;
      const complete = performance.getEntriesByType('mark').find((x) => x.name.startsWith('qcvn120:issues-complete:'))?.startTime ?? 0;
      return { chosen, first: w.__firstAt, complete, tasks: w.__longTasks };
    });
    const longest = (from: number, to = Infinity) => Math.round(Math.max(0, ...m.tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration)));
    return {
      records,
      bytes,
      firstRecordMs: Math.round(m.first - m.chosen),
      issuesMs: Math.round(m.complete - m.chosen),
      issueCount,
      longestTaskLoadingMs: longest(m.chosen, m.complete),
      longestTaskAfterFirstRenderMs: longest(m.first),
      longestTaskIssuesArrivingMs: longest(m.first, m.complete + 500),
      longestTaskWorkingMs: longest(loaded),
      longTasksAfterFirstRender: m.tasks.filter((t) => t.start >= m.first).length,
      working: Object.fromEntries(phases.map((p) => [p.name, longest(p.start, p.end)])),
    };
  } finally {
    await browser.close();
    await host.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly (not imported by scripts/bench-browser.mjs, which runs it after the Node half).
const isMain = process.argv[1] === import.meta.filename;
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  const r = await runBrowserBench(args.records, args.keep);
  if (args.json) console.log(JSON.stringify(r));
  else {
    console.log(`Browser (web host + Chromium), ${r.records.toLocaleString('en-US')} records, ${(r.bytes / 1e6).toFixed(1)} MB, opened through the file picker:`);
    console.log(`  first record on screen   ${r.firstRecordMs} ms`);
    console.log(`  complete issue count     ${r.issuesMs} ms  (${r.issueCount})`);
    console.log(`  longest main-thread task while loading       ${r.longestTaskLoadingMs} ms`);
    console.log(`  longest main-thread task after first render  ${r.longestTaskAfterFirstRenderMs} ms  (${r.longTasksAfterFirstRender} tasks over 50 ms; target: none over 100 ms)`);
    console.log(`    while the issues arrive                     ${r.longestTaskIssuesArrivingMs} ms`);
    console.log(`  longest main-thread task while working       ${r.longestTaskWorkingMs} ms  (${Object.entries(r.working).map(([k, v]) => `${k}: ${v}`).join(', ')})`);
  }
}
