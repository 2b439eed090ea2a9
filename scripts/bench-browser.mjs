/**
 * `npm run bench [-- --records N] [--json] [--no-browser] [--browser-only]`
 *
 * The whole benchmark: the core's Node measurement (scripts/bench.ts, dist/node/bench.mjs, run
 * with every argument it knows), then the browser measurement (scripts/bench-browser.ts: the real
 * app in Chromium through the web host, with the same --records). With --json the last line is the
 * core's JSON object with one more key, "browser" (or {"skipped": reason} when it cannot run here).
 */
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const browserOnly = argv.includes('--browser-only');
const noBrowser = argv.includes('--no-browser');
const recordsAt = argv.indexOf('--records');
const records = recordsAt >= 0 ? Number(argv[recordsAt + 1]) : 100_000;
const nodeArgs = argv.filter((a) => a !== '--no-browser' && a !== '--browser-only');

/** Runs the core's Node benchmark, echoing its output; resolves with its last stdout line. */
function nodeBench() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(root, 'dist', 'node', 'bench.mjs'), ...nodeArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    // The last line (with --json, the core's JSON object) is held back and returned, to be printed
    // with the browser's figures; every other line is echoed as it comes.
    let held = '';
    child.stdout.on('data', (c) => {
      out += c.toString();
      const lines = out.split('\n');
      out = lines.pop();
      for (const line of lines) {
        if (!line.trim()) continue;
        if (held) process.stdout.write(`${held}\n`);
        held = line;
      }
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench exited with ${code}`));
      // A last line without its newline is the last line; the held one was not.
      if (out.trim() && held) process.stdout.write(`${held}\n`);
      resolve(out.trim() || held);
    });
  });
}

async function browserBench() {
  const outfile = join(root, 'dist', 'node', 'bench-browser.mjs');
  await build({
    entryPoints: [join(root, 'scripts', 'bench-browser.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As scripts/build-node.mjs: ESM builds of dependencies, and a require() for CommonJS ones.
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire as __qcvn120CreateRequire } from 'node:module'; const require = __qcvn120CreateRequire(import.meta.url);" },
    external: ['@playwright/test', 'playwright', 'playwright-core', 'esbuild'],
    logLevel: 'warning',
  });
  const { runBrowserBench } = await import(pathToFileURL(outfile).href);
  return runBrowserBench(records);
}

let last = '';
if (!browserOnly) {
  last = await nodeBench();
  if (!json && last) console.log(last);
}
let browser;
if (!noBrowser) {
  try {
    browser = await browserBench();
  } catch (error) {
    browser = { skipped: error instanceof Error ? error.message : String(error) };
    console.error(`Browser measurement skipped: ${browser.skipped}`);
  }
}
if (json) {
  let core = {};
  try {
    core = last ? JSON.parse(last) : {};
  } catch {
    if (last) console.log(last);
  }
  console.log(JSON.stringify(browser ? { ...core, browser } : core));
} else if (browser && !browser.skipped) {
  const r = browser;
  console.log(`\nBrowser (web host + Chromium), ${r.records.toLocaleString('en-US')} records, ${(r.bytes / 1e6).toFixed(1)} MB, opened through the file picker:`);
  console.log(`  first record on screen                        ${r.firstRecordMs} ms`);
  console.log(`  complete issue count on screen                ${r.issuesMs} ms  (${r.issueCount})`);
  console.log(`  longest main-thread task while loading        ${r.longestTaskLoadingMs} ms`);
  console.log(`  longest main-thread task after first render   ${r.longestTaskAfterFirstRenderMs} ms  (${r.longTasksAfterFirstRender} tasks over 50 ms; target: none over 100 ms)`);
  console.log(`    while the issues arrive                     ${r.longestTaskIssuesArrivingMs} ms`);
  console.log(`  longest main-thread task while working        ${r.longestTaskWorkingMs} ms`);
  for (const [step, ms] of Object.entries(r.working)) console.log(`    ${step.padEnd(16)} ${ms ? `${ms} ms` : 'no task over 50 ms'}`);
}
