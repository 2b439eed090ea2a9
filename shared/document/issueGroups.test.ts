import { describe, expect, it } from 'vitest';
import type { Issue, Severity } from '../issues/issue';
import { groupIssues, stepIssue } from './issueGroups';

const issue = (code: string, severity: Severity, record?: number): Issue => ({
  path: record === undefined ? 'madonvi' : `data[${record}].X`,
  segments: record === undefined ? ['madonvi'] : ['data', record, 'X'],
  code,
  severity,
  message: { vi: code, en: code },
  ...(record === undefined ? {} : { record }),
});

const ALL = new Set<Severity>(['error', 'warning', 'info']);
const issues = [issue('a', 'warning', 0), issue('b', 'error', 0), issue('env', 'error'), issue('b', 'error', 2), issue('c', 'info', 1), issue('b', 'error', 1)];

describe('issues panel grouping', () => {
  it('by record: the envelope first, then records in order, issues in document order', () => {
    const groups = groupIssues(issues, 'record', ALL);
    expect(groups.map((g) => g.record)).toEqual([undefined, 0, 1, 2]);
    expect(groups[1].issues.map((i) => i.code)).toEqual(['a', 'b']);
    expect(groups[1].counts).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it('by rule: errors first, the most frequent rule first', () => {
    const groups = groupIssues(issues, 'rule', ALL);
    expect(groups.map((g) => [g.code, g.issues.length])).toEqual([
      ['b', 3],
      ['env', 1],
      ['a', 1],
      ['c', 1],
    ]);
  });

  it('shows only the chosen severities', () => {
    const groups = groupIssues(issues, 'rule', new Set<Severity>(['warning', 'info']));
    expect(groups.flatMap((g) => g.issues.map((i) => i.severity)).sort()).toEqual(['info', 'warning']);
  });
});

describe('next and previous issue (F8, Shift+F8)', () => {
  it('starts at the first or the last, and wraps around', () => {
    expect(stepIssue(3, undefined, 1)).toBe(0);
    expect(stepIssue(3, undefined, -1)).toBe(2);
    expect(stepIssue(3, 2, 1)).toBe(0);
    expect(stepIssue(3, 0, -1)).toBe(2);
    expect(stepIssue(3, 1, 1)).toBe(2);
    expect(stepIssue(0, 1, 1)).toBeUndefined();
  });
});
