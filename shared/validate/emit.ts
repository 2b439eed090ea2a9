/**
 * Where compiled checks put what they find, and how a generic finding becomes an `Issue`
 * (message and hint filled in both languages, spec reference, record index, quick fix).
 */
import type { Localized } from '../i18n/localized';
import type { Issue, PathSegment, QuickFix, Severity } from '../issues/issue';
import type { FieldSpec, SpecRef } from '../spec/types';
import { genericMeta, render, requirementText, type MessageParam } from './messages';

/** Collects issues during one validation run. `record` is the index of the record being checked. */
export interface IssueSink {
  issues: Issue[];
  record: number | undefined;
}

/** A new, empty sink. */
export function createSink(): IssueSink {
  return { issues: [], record: undefined };
}

/**
 * The path of an issue as text: what formatPath (issues/issue.ts) writes — `data[0].TaiLieuNop[1].X`
 * — built as one flat string. An issue lives as long as its report: a path written by `+=` is a
 * chain of string pieces that takes twice the memory, and a batch with a fault in every record
 * keeps 100,000 of them.
 */
export function issuePath(segments: readonly PathSegment[]): string {
  const n = segments.length;
  if (n === 0) return '';
  if (n === 1 && typeof segments[0] === 'string') return segments[0];
  const pieces = new Array<string>(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const s = segments[i];
    const piece = typeof s === 'number' ? `[${s}]` : length === 0 ? s : `.${s}`;
    pieces[i] = piece;
    length += piece.length;
  }
  return pieces.join('');
}

/** The path of a child: `path` and then `key`, in an array of exactly that length (an issue keeps it). */
export function childPath(path: readonly PathSegment[], key: PathSegment): PathSegment[] {
  return path.concat(key);
}

/** Builds an issue of a generic code (messages from messages.ts). */
export function genericIssue(
  code: string,
  severity: Severity,
  segments: PathSegment[],
  params: Record<string, MessageParam>,
  options: { specRef?: SpecRef; fix?: QuickFix; provisional?: boolean; record?: number } = {},
): Issue {
  const meta = genericMeta(code);
  const issue: Issue = {
    path: issuePath(segments),
    segments,
    code,
    severity,
    message: render(meta.message, params),
    hint: render(meta.hint, params),
  };
  const specRef = options.specRef ?? meta.specRef;
  if (specRef) issue.specRef = specRef;
  if (options.record !== undefined) issue.record = options.record;
  if (options.fix) issue.fix = options.fix;
  if (options.provisional) issue.provisional = true;
  return issue;
}

/** Parameters every field message uses: wire name and label. */
export function fieldParams(field: FieldSpec, key: string = field.name): Record<string, MessageParam> {
  return { field: field.name, key, label: field.label, requirement: requirementText(field.required) };
}

/** A quick fix that sets the value at `path`. */
export function setFix(path: PathSegment[], value: unknown, title: Localized): QuickFix {
  return { title, edits: [{ op: 'set', path, value }] };
}
