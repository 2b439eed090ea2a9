/**
 * Hand-made validation reports for the report, evidence and CLI tests: realistic issues of the
 * kinds the engine emits (field, cross-field, text integrity, syntax), so the report builders
 * are tested without running the engine.
 */
import type { Issue } from '../issues/issue';
import { countIssues } from '../issues/issue';
import type { ValidationReport } from '../validate/report';

/** An issue with the fields reports read. */
export function issue(partial: Partial<Issue> & Pick<Issue, 'code' | 'path'>): Issue {
  return {
    segments: [],
    severity: 'error',
    message: { vi: `Lỗi ${partial.code}`, en: `Error ${partial.code}` },
    ...partial,
  };
}

/** A report of these issues. */
export function reportOf(issues: Issue[], extra: Partial<ValidationReport> = {}): ValidationReport {
  const counts = countIssues(issues);
  return {
    kind: 'dossier',
    packetId: 'DongBoHoSoMC',
    service: 'DongBoHoSoMC',
    form: 'envelope',
    provisional: false,
    recordCount: 1,
    issues,
    counts,
    valid: counts.error === 0,
    repairs: [],
    profile: { id: 'strict', version: '1.0.0' },
    ...extra,
  };
}
