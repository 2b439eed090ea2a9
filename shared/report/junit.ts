/**
 * JUnit XML for CI servers (Jenkins, GitLab): one test suite per file; each error is a failing
 * test case, each warning or info a passing one with the message in system-out, and a file
 * without issues is one passing case, so the counts read naturally in a CI dashboard.
 */
import { escapeXml, specRefText } from './format';
import { tr } from './labels';
import { issueRows } from './rows';
import { DEFAULT_APP_NAME, type ReportEntry, type ReportOptions } from './types';

/** Builds the JUnit XML report. */
export function toJUnit(entries: readonly ReportEntry[], options: ReportOptions): string {
  const lang = options.lang ?? 'vi';
  const m = options.masker;
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const e of entries) {
    const file = m ? m.scrub(e.file) : e.file;
    const mine = issueRows([e], options);
    const cases = mine.map((r) => {
      const name = escapeXml(`${r.code} ${r.path || '(document)'}`);
      const text = escapeXml(`${tr(r.message, lang)}${r.specRef ? ` [${specRefText(r.specRef, lang)}]` : ''}${r.line ? ` (line ${r.line}, column ${r.column})` : ''}`);
      const body = r.severity === 'error' ? `<failure type="${escapeXml(r.code)}" message="${text}">${text}</failure>` : `<system-out>${escapeXml(r.severity)}: ${text}</system-out>`;
      return `    <testcase classname="${escapeXml(file)}" name="${name}">${body}</testcase>`;
    });
    if (mine.length === 0) cases.push(`    <testcase classname="${escapeXml(file)}" name="valid"/>`);
    const f = mine.filter((r) => r.severity === 'error').length;
    tests += cases.length;
    failures += f;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${f}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const name = escapeXml(`${options.meta.appName ?? DEFAULT_APP_NAME} ${options.meta.appVersion} (spec ${options.meta.specVersion})`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${name}" tests="${tests}" failures="${failures}" errors="0" timestamp="${new Date(options.meta.generatedAt).toISOString()}">\n${suites.join('\n')}\n</testsuites>\n`;
}
