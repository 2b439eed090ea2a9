/**
 * The `junit` format for CI: one test suite, one test case per file; errors are failures,
 * warnings and infos go to the case's system-out.
 */
import { pick, type Lang } from '../../shared/i18n/localized';
import type { FileResult } from './fileResult';
import { issueLines } from './text';

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Renders the JUnit XML output of `validate`. */
export function renderJunit(results: FileResult[], lang: Lang): string {
  let failures = 0;
  let errors = 0;
  const cases = results.map((r) => {
    const name = xml(r.file);
    if (r.error) {
      errors++;
      return `    <testcase name="${name}" classname="qcvn120"><error message="${xml(pick(r.error, lang))}"/></testcase>`;
    }
    const rep = r.report!;
    const failed = rep.issues.filter((i) => i.severity === 'error');
    const others = rep.issues.filter((i) => i.severity !== 'error');
    const classname = xml(`qcvn120.${rep.kind ?? 'unknown'}`);
    let body = '';
    if (failed.length) {
      failures++;
      const first = failed[0];
      const detail = failed.flatMap((i) => issueLines(r.file, i, lang)).join('\n');
      body += `<failure message="${xml(`${failed.length} × ${first.path || '(document)'}: ${pick(first.message, lang)}`)}" type="${xml(first.code)}">${xml(detail)}</failure>`;
    }
    if (others.length) body += `<system-out>${xml(others.flatMap((i) => issueLines(r.file, i, lang)).join('\n'))}</system-out>`;
    return `    <testcase name="${name}" classname="${classname}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="qcvn120" tests="${results.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="qcvn120 validate" tests="${results.length}" failures="${failures}" errors="${errors}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
