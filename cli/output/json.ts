/**
 * The `json` format: exactly one JSON document, the contract other tools rely on:
 * `{"files":[{"file","kind","valid","issues":[{"path","code","severity","message","line","column"}]}]}`.
 * A file that could not be read has `"valid": false`, no issues and an `"error"` message.
 */
import { pick, type Lang } from '../../shared/i18n/localized';
import type { FileResult } from './fileResult';

/** Renders the JSON output of `validate`. */
export function renderJson(results: FileResult[], lang: Lang): string {
  const files = results.map((r) => {
    if (r.error) return { file: r.file, kind: null, valid: false, issues: [], error: pick(r.error, lang) };
    const rep = r.report!;
    return {
      file: r.file,
      kind: rep.kind ?? null,
      valid: rep.valid,
      issues: rep.issues.map((i) => ({
        path: i.path,
        code: i.code,
        severity: i.severity,
        message: pick(i.message, lang),
        line: i.range?.line ?? 1,
        column: i.range?.column ?? 1,
      })),
    };
  });
  return `${JSON.stringify({ files })}\n`;
}
