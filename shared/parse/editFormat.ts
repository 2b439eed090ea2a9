/**
 * How a value edit keeps the user's formatting: the document's own formatting options (indent
 * unit, tabs, line ends) read from its text, and the re-indentation of the lines an inserted or
 * removed member touches — what jsonc-parser's `modify` does after its edit, so that an edit
 * located without jsonc-parser's tree (validJsonEdits.ts) comes out the same as one located with it.
 */
import { format, type FormattingOptions } from 'jsonc-parser';

/** A replacement of `length` characters at `offset` by `text` (the shape of report.ts Repair edits and FixEdit `text`). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** Formatting of a document, read from its text: undefined for a one-line (minified) text, which stays compact. */
export function detectFormatting(text: string): FormattingOptions | undefined {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return undefined;
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  // The smallest indentation among the first indented lines is the indent unit.
  let unit = 0;
  let tabs = false;
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  const re = /\n([ \t]+)\S/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while (seen < 200 && (m = re.exec(sample)) !== null) {
    seen++;
    if (m[1][0] === '\t') {
      tabs = true;
      break;
    }
    if (unit === 0 || m[1].length < unit) unit = m[1].length;
  }
  return { eol, insertSpaces: !tabs, tabSize: tabs ? 1 : unit || 2, insertFinalNewline: false, keepLines: false };
}

/** The smallest single edit turning `before` into `after` (common start and end left alone). */
export function minimalEdit(before: string, after: string): TextEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { offset: p, length: before.length - p - s, text: after.slice(p, after.length - s) };
}

const isLineEnd = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c === 10 || c === 13;
};

/** The first line break in `text` from `from` on, as jsonc-parser reads one ('' when none). */
function lineBreakFrom(text: string, from: number): string {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  if (r >= 0 && (n < 0 || r < n)) return text.charCodeAt(r + 1) === 10 ? '\r\n' : '\r';
  return n >= 0 ? '\n' : '';
}

/**
 * The first line break of the text once `raw` is applied, which jsonc-parser's formatter writes as
 * the line end: before the edit, else in it, else after it.
 */
function firstLineBreak(text: string, raw: TextEdit): string {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  const at = r >= 0 && (n < 0 || r < n) ? r : n;
  if (at >= 0 && at < raw.offset) {
    if (at === n) return '\n';
    // A '\r' just before the edit is a CRLF only if a '\n' follows it in the edited text.
    const next = at + 1 < raw.offset ? text.charCodeAt(at + 1) : raw.text.length > 0 ? raw.text.charCodeAt(0) : text.charCodeAt(raw.offset + raw.length);
    return next === 10 ? '\r\n' : '\r';
  }
  return lineBreakFrom(raw.text, 0) || lineBreakFrom(text, raw.offset + raw.length);
}

/**
 * One raw edit (a value replaced, a member inserted) made to fit the document's formatting: the
 * edit applied, then the lines it touched re-indented with the document's options (an insertion
 * gets its siblings' indentation), folded into one edit that is then trimmed to what really
 * changes — as jsonc-parser's `modify` does. Without options (a one-line document) the raw edit
 * stays as it is.
 *
 * The formatter reads only the lines the edit touches (and the document's first line break), so
 * only those are copied: a 1.2 MB text is never rebuilt for a one-value edit.
 */
export function formattedEdit(text: string, raw: TextEdit, options: FormattingOptions | undefined): TextEdit {
  if (!options) return trimmed(text, raw);
  let from = raw.offset;
  while (from > 0 && !isLineEnd(text, from - 1)) from--;
  let to = raw.offset + raw.length;
  while (to < text.length && !isLineEnd(text, to)) to++;
  // The window starts with the first line break, so the formatter picks the document's line end.
  const head = firstLineBreak(text, raw);
  const shift = from - head.length;
  let after = head + text.slice(from, raw.offset) + raw.text + text.slice(raw.offset + raw.length, to);
  const windowLength = head.length + to - from;
  let begin = raw.offset - shift;
  let end = begin + raw.text.length;
  // An insertion or a removal re-indents its whole lines; a replacement only itself.
  if (raw.length === 0 || raw.text.length === 0) {
    while (begin > 0 && !isLineEnd(after, begin - 1)) begin--;
    while (end < after.length && !isLineEnd(after, end)) end++;
  }
  const fixes = format(after, { offset: begin, length: end - begin }, { ...options, keepLines: false });
  // Applied from the last to the first, so earlier offsets stay valid; the span grows to cover each.
  for (let i = fixes.length - 1; i >= 0; i--) {
    const f = fixes[i];
    after = after.slice(0, f.offset) + f.content + after.slice(f.offset + f.length);
    begin = Math.min(begin, f.offset);
    end = Math.max(end, f.offset + f.length) + f.content.length - f.length;
  }
  const unchangedTail = after.length - end;
  return trimmed(text, { offset: begin + shift, length: windowLength - unchangedTail - begin, text: after.slice(begin, end) });
}

/** An edit without the start and end it rewrites unchanged. */
export function trimmed(text: string, edit: TextEdit): TextEdit {
  const inner = minimalEdit(text.slice(edit.offset, edit.offset + edit.length), edit.text);
  return { ...inner, offset: edit.offset + inner.offset };
}
