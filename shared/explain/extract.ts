/**
 * Finding the JSON bodies in a pasted text: a bare reply, or a log excerpt with serialized
 * requests and HTTP responses among other text (like the Hà Giang logs, dossier.md §7 [HG-LOG]).
 * Bodies may be written as-is or escaped inside a JSON string (a logger that serializes the
 * request object), so both are found.
 */

export interface ExtractedBody {
  value: unknown;
  /** Offsets of the body in the pasted text (for an escaped body: of its string literal). */
  start: number;
  end: number;
  /** 1-based line of the start. */
  line: number;
  /** `raw`: JSON in the text; `escaped`: JSON inside a JSON string literal. */
  source: 'raw' | 'escaped';
}

/** The end (exclusive) of the balanced JSON value starting at `start` (`{` or `[`), or -1. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** The end (exclusive) of the JSON string literal starting at `start` (a `"`), or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

const isContainer = (v: unknown) => v !== null && typeof v === 'object';

/** Finds every JSON object or array body in `text`, in order of appearance. */
export function extractJsonBodies(text: string): ExtractedBody[] {
  const out: ExtractedBody[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '{' || c === '[') {
      const end = balancedEnd(text, i);
      if (end > 0) {
        try {
          const value = JSON.parse(text.slice(i, end)) as unknown;
          out.push({ value, start: i, end, line: lineAt(i), source: 'raw' });
          // A logger may hold the bodies as strings inside its own JSON line.
          for (const inner of embedded(value)) out.push({ value: inner, start: i, end, line: lineAt(i), source: 'escaped' });
          i = end;
          continue;
        } catch {
          // Not JSON from here (e.g. "[ERROR]"); try the next bracket.
        }
      }
    } else if (c === '"' && (text[i + 1] === '{' || text[i + 1] === '[')) {
      const end = stringEnd(text, i);
      if (end > 0) {
        try {
          const inner = JSON.parse(JSON.parse(text.slice(i, end)) as string) as unknown;
          if (isContainer(inner)) {
            out.push({ value: inner, start: i, end, line: lineAt(i), source: 'escaped' });
            i = end;
            continue;
          }
        } catch {
          // An ordinary string that happens to start with a bracket.
        }
      }
    }
    i++;
  }
  return out;
}

/** JSON bodies held as string values inside a parsed value. */
function embedded(value: unknown): unknown[] {
  const found: unknown[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      const s = v.trim();
      if ((s.startsWith('{') && s.endsWith('}')) || (s.startsWith('[') && s.endsWith(']'))) {
        try {
          const inner = JSON.parse(s) as unknown;
          if (isContainer(inner)) found.push(inner);
        } catch {
          // Not JSON.
        }
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isContainer(v)) Object.values(v as Record<string, unknown>).forEach(walk);
  };
  walk(value);
  return found;
}
