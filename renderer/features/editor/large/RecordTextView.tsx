/**
 * One record of a large document as text: as written in the file, or laid out for reading (a file
 * with one record per line is unreadable otherwise). Values with issues are marked (with their
 * message on hover and a click that selects them in every view), the selected path is highlighted
 * and scrolled to. Plain text, no editor instance: it appears at once, whatever the file size.
 */
import { Box } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Issue, PathSegment } from '../../../../shared/issues/issue';
import { pick, type Lang } from '../../../../shared/i18n/localized';
import { parseTree, rangeOfPath } from '../../../../shared/parse/tree';
import { MONO } from '../../../theme/fonts';

interface Span {
  start: number;
  end: number;
  issue?: Issue;
  selected?: boolean;
}

export interface RecordTextViewProps {
  text: string;
  /** Path of the record in the document (issue paths are relative to the document). */
  recordPath: readonly PathSegment[];
  issues: readonly Issue[];
  /** The selected path (document-relative), when it lies in this record. */
  selected?: readonly PathSegment[];
  lang: Lang;
  label: string;
  onSelect(path: PathSegment[], issue?: Issue): void;
}

/** The record's text with its marks. */
export function RecordTextView({ text, recordPath, issues, selected, lang, label, onSelect }: RecordTextViewProps) {
  const selectedRef = useRef<HTMLElement | null>(null);
  const spans = useMemo(() => {
    const tree = parseTree(text);
    const out: Span[] = [];
    const rel = (p: readonly PathSegment[]) => p.slice(recordPath.length);
    for (const issue of issues) {
      const r = rangeOfPath(tree, rel(issue.segments));
      if (r) out.push({ start: r.offset, end: r.offset + r.length, issue });
    }
    if (selected) {
      const r = rangeOfPath(tree, rel(selected));
      if (r) out.push({ start: r.offset, end: r.offset + r.length, selected: true });
    }
    // Marks never overlap on screen: the smaller (inner) one wins where they would.
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    const flat: Span[] = [];
    for (const s of out) {
      const last = flat[flat.length - 1];
      if (last && s.start < last.end) {
        if (s.end <= last.end && (s.selected || !last.selected)) {
          // Inner span: cut the outer one around it.
          flat.pop();
          if (last.start < s.start) flat.push({ ...last, end: s.start });
          flat.push(s);
          if (s.end < last.end) flat.push({ ...last, start: s.end });
        }
        continue;
      }
      flat.push(s);
    }
    return flat;
  }, [text, recordPath, issues, selected]);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center' });
  }, [spans]);

  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const body = text.slice(s.start, s.end);
    const issue = s.issue;
    parts.push(
      <Box
        component="mark"
        key={i}
        ref={s.selected ? (el: HTMLElement | null) => void (selectedRef.current = el) : undefined}
        title={issue ? pick(issue.message, lang) : undefined}
        data-severity={issue?.severity}
        onClick={issue ? () => onSelect([...issue.segments], issue) : undefined}
        sx={(theme) => ({
          color: 'inherit',
          cursor: issue ? 'pointer' : undefined,
          bgcolor: s.selected ? alpha(theme.palette.primary.main, 0.3) : alpha(theme.palette[issue?.severity === 'error' ? 'error' : issue?.severity === 'warning' ? 'warning' : 'info'].main, 0.18),
          textDecoration: issue ? 'underline wavy' : undefined,
          textDecorationColor: issue ? theme.palette[issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'info'].main : undefined,
        })}
      >
        {body}
      </Box>,
    );
    at = s.end;
  });
  if (at < text.length) parts.push(text.slice(at));

  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label={label}
      sx={{ m: 0, p: 1.5, flex: 1, overflow: 'auto', fontFamily: MONO, fontSize: 13, lineHeight: 1.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', bgcolor: 'background.paper' }}
    >
      {parts}
    </Box>
  );
}
