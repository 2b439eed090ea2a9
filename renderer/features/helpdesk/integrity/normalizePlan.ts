/**
 * One-click normalisation of a whole document (issue 6 §5, PEERS.md §3 idea 2): every string
 * value the integrity lens flags (shared/text `scanValue`) gets its normalised form (NFC,
 * invisible characters cleaned, curly quotes stripped from codes, garbled text decoded), each
 * change with a character-level preview and the text edit that makes it — only string values are
 * touched, formatting elsewhere stays as written.
 */
import { parseTree, type Node } from 'jsonc-parser';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { childSpec, findField } from '../../../../shared/mask/specWalk';
import { normalize, type DiffSegment, type MojibakeFamily } from '../../../../shared/text/index';
import { isCodeField, scanValue } from '../../../../shared/text/scan';
import type { FieldSpec, ObjectSpec } from '../../../../shared/spec/types';

/** One value the normalisation changes. */
export interface NormalizeItem {
  path: string;
  segments: PathSegment[];
  before: string;
  after: string;
  diff: DiffSegment[];
  steps: ('mojibake' | 'nfc' | 'invisible' | 'smartQuotes')[];
  family?: MojibakeFamily;
  /** Where the JSON string (quotes included) is in the text. */
  offset: number;
  length: number;
}

/** Every change the normalisation of `text` would make (empty when nothing needs it, or the text is not JSON). */
export function normalizePlan(text: string, rootSpec?: ObjectSpec): NormalizeItem[] {
  const root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  if (!root) return [];
  const out: NormalizeItem[] = [];
  const walk = (node: Node, spec: ObjectSpec | undefined, field: FieldSpec | undefined, key: string | undefined, path: PathSegment[]) => {
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const name = String(k.value);
        const f = findField(spec, name);
        walk(v, childSpec(f), f, name, [...path, name]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((c, i) => walk(c, spec, field, key, [...path, i]));
    } else if (node.type === 'string' && typeof node.value === 'string') {
      const code = isCodeField(field, key);
      const problems = scanValue(node.value, code);
      if (problems.length === 0) return;
      const r = normalize(node.value, { nfc: true, invisible: true, smartQuotes: code, mojibake: problems.some((p) => p.code === 'text.mojibake') });
      if (!r.changed) return;
      out.push({
        path: formatPath(path),
        segments: path,
        before: node.value,
        after: r.value,
        diff: r.diff,
        steps: r.steps,
        ...(r.mojibakeFamily ? { family: r.mojibakeFamily } : {}),
        offset: node.offset,
        length: node.length,
      });
    }
  };
  walk(root, rootSpec, undefined, undefined, []);
  return out;
}

/** The text edits of the chosen items, ascending (what the editor's store applies as one undoable change). */
export function normalizeEdits(items: readonly NormalizeItem[]): { offset: number; length: number; text: string }[] {
  return [...items].sort((a, b) => a.offset - b.offset).map((i) => ({ offset: i.offset, length: i.length, text: JSON.stringify(i.after) }));
}
