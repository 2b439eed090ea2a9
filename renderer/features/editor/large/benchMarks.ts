/**
 * Performance marks the browser benchmark reads (scripts/bench-browser.ts): when the user chose a
 * file, when the first record of a document was on screen, when its complete issue count was.
 * `performance.mark` costs nothing measurable; each mark is set once per document.
 */
const marked = new Set<string>();

function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

/** The user chose a file to open (file picker or drop). */
export function markFileChosen(): void {
  performance.mark('qcvn120:file-chosen');
}

/** The first record of a document is rendered. */
export function markFirstRecord(docId: string): void {
  markOnce(`qcvn120:first-record:${docId}`);
}

/** The complete issue count of a document is rendered. */
export function markIssuesComplete(docId: string): void {
  markOnce(`qcvn120:issues-complete:${docId}`);
}
