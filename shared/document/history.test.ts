import { describe, expect, it } from 'vitest';
import { COALESCE_MS, EditHistory, type RecordOptions } from './history';
import { applyChange, type TextEdit } from './textEdits';

/** A document with a history, driven like the model drives it. */
function session(initial: string) {
  const history = new EditHistory(5);
  let text = initial;
  return {
    get text() {
      return text;
    },
    history,
    edit(edits: TextEdit[], options: RecordOptions) {
      history.record(text, edits, options);
      text = applyChange(text, edits);
    },
    undo() {
      const r = history.undo();
      for (const c of r?.changes ?? []) text = applyChange(text, c);
      return r;
    },
    redo() {
      const r = history.redo();
      for (const c of r?.changes ?? []) text = applyChange(text, c);
      return r;
    },
  };
}

const type = (offset: number, ch: string): TextEdit[] => [{ offset, length: 0, text: ch }];

describe('one undo history for every view', () => {
  it('undoes a form edit, a quick fix and typing in the order they happened, and redoes them', () => {
    const s = session('{"a": "1", "b": "2"}');
    s.edit([{ offset: 6, length: 3, text: '"9"' }], { source: 'form', at: 0 });
    s.edit([{ offset: 16, length: 3, text: '"8"' }], { source: 'fix', at: 10 });
    s.edit(type(19, ' '), { source: 'json', at: 20, coalesce: true });
    const states = ['{"a": "9", "b": "8" }', '{"a": "9", "b": "8"}', '{"a": "9", "b": "2"}', '{"a": "1", "b": "2"}'];
    expect(s.text).toBe(states[0]);
    expect(s.undo()?.entry.source).toBe('json');
    expect(s.text).toBe(states[1]);
    expect(s.undo()?.entry.source).toBe('fix');
    expect(s.text).toBe(states[2]);
    expect(s.undo()?.entry.source).toBe('form');
    expect(s.text).toBe(states[3]);
    expect(s.undo()).toBeUndefined();
    s.redo();
    s.redo();
    s.redo();
    expect(s.text).toBe(states[0]);
    expect(s.history.canRedo).toBe(false);
  });

  it('a burst of typing is one undo step; a pause starts another', () => {
    const s = session('');
    'abc'.split('').forEach((ch, i) => s.edit(type(i, ch), { source: 'json', at: i * 100, coalesce: true }));
    s.edit(type(3, 'd'), { source: 'json', at: 200 + COALESCE_MS + 1, coalesce: true });
    s.undo();
    expect(s.text).toBe('abc');
    s.undo();
    expect(s.text).toBe('');
  });

  it('backspacing in the same burst joins it; a jump elsewhere or another view does not', () => {
    const s = session('0123456789');
    s.edit(type(10, 'x'), { source: 'json', at: 0, coalesce: true });
    s.edit([{ offset: 10, length: 1, text: '' }], { source: 'json', at: 10, coalesce: true });
    s.edit(type(2, 'y'), { source: 'json', at: 20, coalesce: true });
    s.edit([{ offset: 0, length: 1, text: 'Z' }], { source: 'form', at: 30 });
    s.undo();
    expect(s.text).toBe('01y23456789');
    s.undo();
    expect(s.text).toBe('0123456789');
    // The typed-then-deleted "x" was one entry: undoing it leaves the original text.
    expect(s.history.canUndo).toBe(true);
    s.undo();
    expect(s.text).toBe('0123456789');
    expect(s.history.canUndo).toBe(false);
  });

  it('a save point (seal) ends the burst so that undo returns exactly to the saved text', () => {
    const s = session('');
    s.edit(type(0, 'a'), { source: 'json', at: 0, coalesce: true });
    s.history.seal();
    const saved = s.text;
    s.edit(type(1, 'b'), { source: 'json', at: 10, coalesce: true });
    s.undo();
    expect(s.text).toBe(saved);
  });

  it('a new change after undo drops the redo branch', () => {
    const s = session('a');
    s.edit(type(1, 'b'), { source: 'form', at: 0 });
    s.undo();
    s.edit(type(1, 'c'), { source: 'form', at: 5 });
    expect(s.history.canRedo).toBe(false);
    expect(s.redo()).toBeUndefined();
    expect(s.text).toBe('ac');
  });

  it('keeps only the newest entries beyond its limit', () => {
    const s = session('');
    for (let i = 0; i < 8; i++) s.edit(type(i, String(i)), { source: 'form', at: i });
    let undone = 0;
    while (s.undo()) undone++;
    expect(undone).toBe(5);
    expect(s.text).toBe('012');
  });
});

describe('a change of the file format', () => {
  it('is an entry of its own: undo gives the format before, redo the one after, and a new change forgets the redo', () => {
    const h = new EditHistory();
    h.record('{}', [{ offset: 1, length: 0, text: '"a":1' }], { source: 'form' });
    h.recordFormat({ encoding: 'utf-16le', bom: true }, { encoding: 'utf-8', bom: false }, { source: 'encoding' });
    const undone = h.undo()!;
    expect(undone).toMatchObject({ changes: [], format: { encoding: 'utf-16le', bom: true } });
    expect(h.redo()).toMatchObject({ changes: [], format: { encoding: 'utf-8', bom: false } });
    h.undo();
    h.record('{"a":1}', [{ offset: 0, length: 0, text: ' ' }], { source: 'json' });
    expect(h.canRedo).toBe(false);
    // The text change before it is still undone as a text change, without a format.
    h.undo();
    expect(h.undo()).toMatchObject({ format: undefined, changes: [[{ offset: 1, length: 5, text: '' }]] });
  });
});
