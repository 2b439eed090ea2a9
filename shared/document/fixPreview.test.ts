import { describe, expect, it } from 'vitest';
import { afterPreview, fixChange, previewChange } from './fixPreview';
import { applyChange } from './textEdits';

const text = '{\n  "data": [\n    {\n      "NgayHenTra": "2024-03-10 17:00",\n      "ChuHoSo": " Nguyễn Văn A "\n    }\n  ]\n}\n';

describe('quick-fix preview', () => {
  it('shows the line of the value before and after, and applying it gives that text', () => {
    const change = fixChange(text, [{ op: 'set', path: ['data', 0, 'NgayHenTra'], value: '20240310170000' }])!;
    const preview = previewChange(text, change);
    expect(preview.hunks).toEqual([{ line: 4, before: '      "NgayHenTra": "2024-03-10 17:00",', after: '      "NgayHenTra": "20240310170000",' }]);
    const after = afterPreview(text, preview);
    expect(JSON.parse(after).data[0].NgayHenTra).toBe('20240310170000');
    // Nothing else moved.
    expect(after.replace('20240310170000', '2024-03-10 17:00')).toBe(text);
  });

  it('a fix that adds a missing key shows where it goes', () => {
    const change = fixChange(text, [{ op: 'set', path: ['isUpdating'], value: 'False' }])!;
    const after = applyChange(text, change);
    expect(JSON.parse(after).isUpdating).toBe('False');
    expect(previewChange(text, change).hunks.map((h) => h.after).join('\n')).toContain('"isUpdating": "False"');
  });

  it('does not apply a fix that no longer fits the text', () => {
    expect(fixChange(text, [{ op: 'remove', path: ['data', 3] }])).toBeUndefined();
  });

  it('lists each place of a many-place repair, with the count of those not shown', () => {
    const pasted = '{\n  "a" = 1,\n  "b" = 2,\n  "c" = 3\n}';
    const edits = [...pasted.matchAll(/ = /g)].map((m) => ({ offset: m.index!, length: 3, text: ': ' }));
    const preview = previewChange(pasted, edits, 2);
    expect(preview.hunks.map((h) => h.line)).toEqual([2, 3]);
    expect(preview.hunks[1]).toEqual({ line: 3, before: '  "b" = 2,', after: '  "b": 2,' });
    expect(preview.more).toBe(1);
    expect(JSON.parse(afterPreview(pasted, preview))).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('clips a minified one-line document around the change', () => {
    const line = `{"x":"${'a'.repeat(500)}","y":"old","z":"${'b'.repeat(500)}"}`;
    const change = fixChange(line, [{ op: 'set', path: ['y'], value: 'new' }])!;
    const [hunk] = previewChange(line, change, 8, 80).hunks;
    expect(hunk.before.length).toBeLessThan(100);
    expect(hunk.before).toContain('"y":"old"');
    expect(hunk.after).toContain('"y":"new"');
  });
});
