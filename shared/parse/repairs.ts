/**
 * Paste-fault repairs (PEERS.md [V4] idea 4; official-sources.md G4): each fault is found on the
 * tokens of pasteTokens (so nothing inside a string is touched) and turned into a `Repair` with
 * small, non-overlapping, ascending text edits. The repairs are shown to the user as a preview and
 * applied only on request (shared/validate/report.ts `Repair`).
 */
import { fill } from '../i18n/localized';
import type { Repair } from '../validate/report';
import { pasteTokens, type PasteToken } from './pasteTokens';
import { REPAIR_CODES, REPAIR_TEXTS, type RepairCode } from './repairTexts';

/** One text edit of a repair, in offsets of the original text. */
export type TextEdit = Repair['edits'][number];

interface Collected {
  edits: TextEdit[];
  count: number;
}

type Expect = 'key' | 'colon' | 'value' | 'next';
interface Frame {
  kind: 'object' | 'array';
  expect: Expect;
}

const KEY_WORD = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u;

/** Edits that turn a single/typographic-quoted string token into a JSON string with the same content. */
function stringEdits(text: string, tok: Extract<PasteToken, { kind: 'string' }>): TextEdit[] {
  const edits: TextEdit[] = [];
  const closeAt = tok.end - 1;
  edits.push({ offset: tok.start, length: 1, text: '"' });
  for (let i = tok.start + 1; i < closeAt; i++) {
    const ch = text[i];
    if (ch === '\\') {
      // \' is how a single-quoted string escapes its quote; JSON has no such escape.
      if (text[i + 1] === "'") edits.push({ offset: i, length: 2, text: "'" });
      i++;
    } else if (ch === '"') {
      edits.push({ offset: i, length: 0, text: '\\' });
    }
  }
  if (text[closeAt] !== '"') edits.push({ offset: closeAt, length: 1, text: '"' });
  return edits;
}

/** Whether a line break lies between two offsets. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The edit removing a comment; a comment alone on its line(s) takes the whole line with it. */
function commentEdit(text: string, start: number, end: number): TextEdit {
  let ls = start;
  while (ls > 0 && (text[ls - 1] === ' ' || text[ls - 1] === '\t')) ls--;
  let le = end;
  while (le < text.length && (text[le] === ' ' || text[le] === '\t')) le++;
  const atLineStart = ls === 0 || text[ls - 1] === '\n' || text[ls - 1] === '\r';
  const atLineEnd = le === text.length || text[le] === '\n' || text[le] === '\r';
  if (atLineStart && atLineEnd && le < text.length) {
    if (text[le] === '\r' && text[le + 1] === '\n') le += 2;
    else le += 1;
    return { offset: ls, length: le - ls, text: '' };
  }
  // A comment at the end of a line takes the spaces before it along.
  if (atLineEnd) return { offset: ls, length: end - ls, text: '' };
  return { offset: start, length: end - start, text: '' };
}

/** Finds the paste faults of a text that does not parse and builds one Repair per kind of fault. */
export function detectRepairs(text: string): Repair[] {
  const source = pasteTokens(text);
  // Tokens read ahead (to look past comments after a bare key) wait here.
  const ahead: PasteToken[] = [];
  const pull = (): PasteToken | undefined => {
    if (ahead.length) return ahead.shift();
    const r = source.next();
    return r.done ? undefined : r.value;
  };
  const found = new Map<RepairCode, Collected>();
  const add = (code: RepairCode, edits: TextEdit[]) => {
    let c = found.get(code);
    if (!c) found.set(code, (c = { edits: [], count: 0 }));
    c.edits.push(...edits);
    c.count++;
  };

  const stack: Frame[] = [];
  let rootDone = false;
  let lastComma: PasteToken | undefined;
  let prevValueEnd = -1;

  const expectNow = (): Expect => (stack.length ? stack[stack.length - 1].expect : rootDone ? 'next' : 'value');
  const valueDone = (end: number) => {
    prevValueEnd = end;
    if (stack.length) stack[stack.length - 1].expect = 'next';
    else rootDone = true;
  };
  const peekSignificant = (): PasteToken | undefined => {
    for (let k = 0; ; k++) {
      if (k >= ahead.length) {
        const r = source.next();
        if (r.done) return undefined;
        ahead.push(r.value);
      }
      if (ahead[k].kind !== 'comment' && ahead[k].kind !== 'oddspace') return ahead[k];
    }
  };
  /** A value or key starts where a comma is due: on a new line, that is a missing comma. */
  const startItem = (tok: PasteToken) => {
    const frame = stack[stack.length - 1];
    if (!frame || frame.expect !== 'next') return;
    if (!lineBreakBetween(text, prevValueEnd, tok.start)) return;
    add('repair.missing-comma', [{ offset: prevValueEnd, length: 0, text: ',' }]);
    frame.expect = frame.kind === 'object' ? 'key' : 'value';
  };

  scan: for (let tok = pull(); tok; tok = pull()) {
    if (tok.kind === 'comment') {
      if (tok.terminated) add('repair.comments', [commentEdit(text, tok.start, tok.end)]);
      continue;
    }
    if (tok.kind === 'oddspace') {
      if (tok.invisible) add('repair.zero-width', [{ offset: tok.start, length: 1, text: '' }]);
      else add('repair.nbsp', [{ offset: tok.start, length: 1, text: ' ' }]);
      continue;
    }
    const frame = stack[stack.length - 1];
    switch (tok.kind) {
      case '{':
      case '[':
        startItem(tok);
        stack.push({ kind: tok.kind === '{' ? 'object' : 'array', expect: tok.kind === '{' ? 'key' : 'value' });
        break;
      case '}':
      case ']': {
        const kind = tok.kind === '}' ? 'object' : 'array';
        if (frame && frame.kind === kind) {
          if (lastComma && (frame.expect === 'key' || frame.expect === 'value')) {
            add('repair.trailing-comma', [{ offset: lastComma.start, length: 1, text: '' }]);
          }
          stack.pop();
          valueDone(tok.end);
        }
        break;
      }
      case ',':
        if (frame && frame.expect === 'next') frame.expect = frame.kind === 'object' ? 'key' : 'value';
        break;
      case ':':
        if (frame && frame.expect === 'colon') frame.expect = 'value';
        break;
      case '=':
        if (frame && frame.expect === 'colon') {
          add('repair.equals-for-colon', [{ offset: tok.start, length: 1, text: ':' }]);
          frame.expect = 'value';
        }
        break;
      case 'string': {
        // Past a string that is not closed the structure is unknown: no further guess is safe.
        if (!tok.terminated) break scan;
        startItem(tok);
        if (tok.quote !== 'double') {
          add(tok.quote === 'single' ? 'repair.single-quotes' : 'repair.smart-quotes', stringEdits(text, tok));
        }
        const f = stack[stack.length - 1];
        if (f && f.kind === 'object' && f.expect === 'key') f.expect = 'colon';
        else if (expectNow() === 'value') valueDone(tok.end);
        break;
      }
      case 'word': {
        startItem(tok);
        const f = stack[stack.length - 1];
        const word = text.slice(tok.start, tok.end);
        if (f && f.kind === 'object' && f.expect === 'key') {
          const after = peekSignificant();
          if (KEY_WORD.test(word) && after && (after.kind === ':' || after.kind === '=')) {
            add('repair.unquoted-keys', [{ offset: tok.start, length: tok.end - tok.start, text: JSON.stringify(word) }]);
          }
          f.expect = 'colon';
        } else if (expectNow() === 'value') valueDone(tok.end);
        break;
      }
      case 'other':
        break;
    }
    lastComma = tok.kind === ',' ? tok : undefined;
  }

  const repairs: Repair[] = [];
  for (const code of REPAIR_CODES) {
    const c = found.get(code);
    if (!c) continue;
    const t = REPAIR_TEXTS[code];
    repairs.push({
      code,
      title: t.title,
      description: fill(t.description, { count: c.count }),
      edits: c.edits.sort((a, b) => a.offset - b.offset || a.length - b.length),
      count: c.count,
    });
  }
  return repairs;
}

/** Applies the edits of the chosen repairs to the text (for the preview and when the user accepts). */
export function applyRepairs(text: string, repairs: readonly Pick<Repair, 'edits'>[]): string {
  const edits = repairs
    .flatMap((r) => r.edits)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.offset - b.e.offset || a.e.length - b.e.length || a.i - b.i)
    .map((x) => x.e);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    // Edits of different repairs never overlap when they come from one detectRepairs call; guard anyway.
    if (e.offset < pos) continue;
    out += text.slice(pos, e.offset) + e.text;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}
