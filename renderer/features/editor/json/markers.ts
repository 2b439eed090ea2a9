/**
 * The core's issues as Monaco markers (cross-field rules included, which JSON Schema cannot
 * express — TOOLCHAIN.md step 4): squiggles under the value, the message and hint on hover.
 */
import type { Lang } from '../../../../shared/i18n/localized';
import { pick } from '../../../../shared/i18n/localized';
import type { Issue } from '../../../../shared/issues/issue';
import type { monaco as Monaco } from './monacoSetup';

/** Markers beyond this many are left to the issues panel (Monaco slows down with many thousands). */
export const MARKER_LIMIT = 5000;

/** The owner name of our markers (Monaco keeps its own schema markers under "json"). */
export const MARKER_OWNER = 'qcvn120';

/** Markers of the issues that have a text range. */
export function issueMarkers(m: typeof Monaco, issues: readonly Issue[], lang: Lang): Monaco.editor.IMarkerData[] {
  const out: Monaco.editor.IMarkerData[] = [];
  for (const issue of issues) {
    if (!issue.range) continue;
    const r = issue.range;
    const hint = issue.hint ? `\n${pick(issue.hint, lang)}` : '';
    const where = issue.specRef ? `\n(${issue.specRef.file} ${issue.specRef.section}${issue.specRef.row ? ` ${issue.specRef.row}` : ''})` : '';
    out.push({
      severity: issue.severity === 'error' ? m.MarkerSeverity.Error : issue.severity === 'warning' ? m.MarkerSeverity.Warning : m.MarkerSeverity.Info,
      message: `${pick(issue.message, lang)}${hint}${where}`,
      code: issue.code,
      source: issue.path || undefined,
      startLineNumber: r.line,
      startColumn: r.column,
      endLineNumber: r.endLine,
      endColumn: r.endColumn,
    });
    if (out.length >= MARKER_LIMIT) break;
  }
  return out;
}
