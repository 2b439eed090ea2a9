/**
 * A per-character diff (by code point) for the normalisation preview: which characters the
 * repair removes and which it inserts, so the user sees the change before accepting it.
 */

export interface DiffSegment {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** Above this many cells the middle part is shown as one replacement (the preview stays fast). */
const MAX_CELLS = 4_000_000;

/** Diffs two strings by code point (longest common subsequence after trimming the common ends). */
export function charDiff(before: string, after: string): DiffSegment[] {
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  } else {
    // lcs[i][j] = length of the LCS of midA[i..] and midB[j..].
    const w = midB.length + 1;
    const lcs = new Uint32Array((midA.length + 1) * w);
    for (let i = midA.length - 1; i >= 0; i--)
      for (let j = midB.length - 1; j >= 0; j--)
        lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push('equal', midA[i]);
        i++;
        j++;
      } else if (j < midB.length && (i === midA.length || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
        push('insert', midB[j++]);
      } else {
        push('delete', midA[i++]);
      }
    }
  }
  push('equal', a.slice(endA).join(''));
  return out;
}
