import { describe, expect, it } from 'vitest';
import { validateText } from '../../../../shared/index';
import type { ValidationReport } from '../../../../shared/validate/report';
import { profileById } from '../../document/profiles';
// The snapshot of the reference samples kept with the tests (tests/support/reference.ts).
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import { EditorStore, type StoreDeps } from './editorStore';
import type { DocumentFileInfo } from './types';

/** A store whose timers and validator the test drives by hand. */
function harness() {
  const timers: (() => void)[] = [];
  const validations: { text: string; resolve(r: ValidationReport): void; reject(e: unknown): void }[] = [];
  let clock = 0;
  const deps: StoreDeps = {
    validate: (text, profileId) =>
      new Promise((resolve, reject) => validations.push({ text, resolve: (r) => resolve(r ?? validateText(text, { profile: profileById(profileId) })), reject })),
    now: () => clock,
    setTimer: (fn) => timers.push(fn) - 1,
    clearTimer: (h) => {
      timers[h as number] = () => undefined;
    },
  };
  const store = new EditorStore(deps);
  return {
    store,
    validations,
    tick(ms: number) {
      clock += ms;
    },
    /** Runs the pending debounce timers. */
    fire() {
      const due = timers.splice(0);
      due.forEach((f) => f());
    },
    /** Answers the oldest pending validation with the real validator. */
    async finishValidation(n = 1) {
      for (let i = 0; i < n; i++) {
        const v = validations.shift()!;
        v.resolve(validateText(v.text));
        await Promise.resolve();
        await Promise.resolve();
      }
    },
  };
}

const info: DocumentFileInfo = { name: '93.json', origin: 'browser', size: SAMPLE_93.length, encoding: 'utf-8', bom: false, lineEnding: 'lf' };

function open93() {
  const h = harness();
  const id = h.store.open({ info, text: SAMPLE_93, report: validateText(SAMPLE_93) });
  return { ...h, id };
}

describe('the document model', () => {
  it('opens a document with its report, issues indexed by path, and nothing to undo', () => {
    const { store } = open93();
    const doc = store.document()!;
    expect(doc.dirty).toBe(false);
    expect(doc.packetId).toBe('DongBoHoSoMC');
    expect(doc.issues.at('data[0].NgayHenTra').map((i) => i.code)).toContain('dossier.deadline-before-receipt');
    expect(doc.layout).toEqual({ arrayPath: ['data'], count: 1 });
    expect(doc.parse.state).toBe('ok');
    expect(doc.canUndo).toBe(false);
  });

  it('a large document shows its detected packet before its report, and the report keeps the same spec (the form is not rebuilt)', () => {
    const h = harness();
    const large = {
      layout: { arrayPath: ['data'], count: 100_000 },
      getRecordSummaries: async () => [],
      getRecord: async () => null,
      getText: async () => '',
      turnedOff: [],
      revalidate: async () => validateText(SAMPLE_93),
      dispose: () => undefined,
    };
    const id = h.store.open({ info, text: '', large, detected: { packetId: 'DongBoHoSoMC', kind: 'dossier', form: 'envelope' }, validating: true });
    const before = h.store.document(id)!;
    expect([before.packetId, before.kind, before.form, before.validating]).toEqual(['DongBoHoSoMC', 'dossier', 'envelope', true]);
    h.store.opened(id, validateText(SAMPLE_93));
    const after = h.store.document(id)!;
    expect([after.packetId, after.form, after.validating]).toEqual(['DongBoHoSoMC', 'envelope', false]);
    expect(after.issues.at('data[0].NgayHenTra').length).toBeGreaterThan(0);
  });

  it('a form edit changes only the value in the text, marks the document dirty, and is undone and redone', () => {
    const { store } = open93();
    expect(store.setValue(['data', 0, 'NgayHenTra'], '20240315170000', 'form')).toEqual({ ok: true });
    const doc = store.document()!;
    expect(doc.text).toBe(SAMPLE_93.replace('"NgayHenTra": "20240310170000"', '"NgayHenTra": "20240315170000"'));
    expect(doc.dirty).toBe(true);
    expect(doc.version).toBe(1);
    store.undo();
    expect(store.document()!.text).toBe(SAMPLE_93);
    expect(store.document()!.dirty).toBe(false);
    store.redo();
    expect((store.document()!.parse as { value: { data: { NgayHenTra: string }[] } }).value.data[0].NgayHenTra).toBe('20240315170000');
  });

  it('mirrors every change to text listeners with the edits, so the JSON editor can follow', () => {
    const { store } = open93();
    const seen: { source: string; version: number }[] = [];
    let mirror = SAMPLE_93;
    store.onTextChange((e) => {
      seen.push({ source: e.source, version: e.version });
      for (const ed of [...e.edits].sort((a, b) => b.offset - a.offset)) mirror = mirror.slice(0, ed.offset) + ed.text + mirror.slice(ed.offset + ed.length);
    });
    store.setValue(['isUpdating'], 'False', 'form');
    store.applyTextEdits([{ offset: 1, length: 0, text: ' ' }], 'json');
    store.undo();
    expect(seen.map((s) => s.source)).toEqual(['form', 'json', 'history']);
    expect(mirror).toBe(store.document()!.text);
  });

  it('applies a quick fix from the report and undoes it', () => {
    const { store } = open93();
    const issue = store.document()!.report!.issues.find((i) => i.fix)!;
    expect(store.applyFix(issue.fix!)).toEqual({ ok: true });
    expect(store.document()!.text).not.toBe(SAMPLE_93);
    store.undo();
    expect(store.document()!.text).toBe(SAMPLE_93);
  });

  it('refuses structural edits on text that is not JSON, but applies a suggested repair', () => {
    const h = harness();
    const pasted = '{\n  "service" = "DongBoHoSoMC",\n  "madonvi" = "000.00.01.H22"\n}';
    h.store.open({ info, text: pasted });
    const doc = h.store.document()!;
    expect(doc.parse.state).toBe('syntax');
    const result = h.store.setValue(['service'], 'x', 'form');
    expect(result.ok).toBe(false);
    const repair = doc.parse.state === 'syntax' ? doc.parse.repairs[0] : undefined;
    expect(repair).toBeDefined();
    expect(h.store.applyRepair(repair!)).toEqual({ ok: true });
    expect(h.store.document()!.parse.state).toBe('ok');
  });

  it('records, moves, duplicates and removes list items as undoable edits', () => {
    const { store } = open93();
    const files = () => (store.document()!.parse as { value: { data: { TaiLieuNop: { TepDinhKemId: string }[] }[] } }).value.data[0].TaiLieuNop.map((f) => f.TepDinhKemId);
    store.move(['data', 0, 'TaiLieuNop'], 0, 1, 'tree');
    expect(files()).toEqual(['58232', '58231']);
    store.duplicate(['data', 0, 'TaiLieuNop'], 1, 'tree');
    expect(files()).toEqual(['58232', '58231', '58231']);
    store.remove(['data', 0, 'TaiLieuNop', 2], 'form');
    store.insert(['data', 0, 'TaiLieuNop'], 0, { TepDinhKemId: 'new' }, 'form');
    expect(files()).toEqual(['new', '58232', '58231']);
    for (let i = 0; i < 4; i++) store.undo();
    expect(store.document()!.text).toBe(SAMPLE_93);
  });

  it('validates after typing stops, and discards a result older than the one shown', async () => {
    const h = open93();
    h.store.applyTextEdits([{ offset: SAMPLE_93.indexOf('20240310170000'), length: 14, text: '20240320170000' }], 'json');
    expect(h.store.document()!.validating).toBe(true);
    h.fire();
    expect(h.validations).toHaveLength(1);
    // The user types again while the first validation runs.
    h.tick(2000);
    h.store.applyTextEdits([{ offset: 0, length: 0, text: ' ' }], 'json');
    h.fire();
    // The second waits for the first: one worker, one job at a time.
    expect(h.validations).toHaveLength(1);
    await h.finishValidation();
    const afterFirst = h.store.document()!;
    expect(afterFirst.reportVersion).toBe(1);
    expect(afterFirst.validating).toBe(true);
    expect(afterFirst.issues.at('data[0].NgayHenTra').map((i) => i.code)).not.toContain('dossier.deadline-before-receipt');
    expect(h.validations).toHaveLength(1);
    await h.finishValidation();
    expect(h.store.document()!.reportVersion).toBe(2);
    expect(h.store.document()!.validating).toBe(false);
  });

  it('shows the report of the same text checked with a newly chosen profile; a result of the profile left behind does not stay', async () => {
    const h = open93();
    expect(h.store.document()!.report!.profile.id).toBe('strict');
    h.store.setProfile('lenient');
    h.fire();
    expect(h.validations).toHaveLength(1);
    // Answered by the validator with the profile the store asked for.
    h.validations.shift()!.resolve(undefined as unknown as ValidationReport);
    await Promise.resolve();
    await Promise.resolve();
    expect(h.store.document()!.report!.profile.id).toBe('lenient');
    expect(h.store.document()!.validating).toBe(false);

    // Switched twice while a check runs: the first answer (strict) is replaced by the rerun's (lenient).
    h.store.setProfile('strict');
    h.fire();
    h.store.setProfile('lenient');
    h.fire();
    h.validations.shift()!.resolve(validateText(SAMPLE_93));
    await Promise.resolve();
    await Promise.resolve();
    expect(h.validations).toHaveLength(1);
    h.validations.shift()!.resolve(undefined as unknown as ValidationReport);
    await Promise.resolve();
    await Promise.resolve();
    expect(h.store.document()!.report!.profile.id).toBe('lenient');
  });

  it('shares the selection between views, and a new selection of the same path still counts', () => {
    const { store } = open93();
    const issue = store.document()!.issues.at('data[0].NgayHenTra')[0];
    store.select(issue.segments, 'issues', issue);
    const first = store.document()!.selection!;
    expect(first).toMatchObject({ path: ['data', 0, 'NgayHenTra'], source: 'issues', issue });
    store.select(issue.segments, 'issues', issue);
    expect(store.document()!.selection!.seq).toBeGreaterThan(first.seq);
  });

  it('keeps documents in tabs: the last opened is active, closing activates a neighbour', () => {
    const h = harness();
    const a = h.store.open({ info: { ...info, name: 'a.json' }, text: '{}' });
    const b = h.store.open({ info: { ...info, name: 'b.json' }, text: '[]' });
    expect(h.store.getState().activeId).toBe(b);
    h.store.activate(a);
    h.store.close(a);
    expect(h.store.getState().activeId).toBe(b);
    expect(h.store.getState().documents.map((d) => d.info.name)).toEqual(['b.json']);
  });

  it('a restored document is dirty against its saved text', () => {
    const h = harness();
    h.store.open({ info, text: '{"a": 2}', savedText: '{"a": 1}' });
    expect(h.store.document()!.dirty).toBe(true);
    h.store.markSaved(h.store.getState().activeId!, { name: 'x.json' }, '{"a": 2}');
    expect(h.store.document()!.dirty).toBe(false);
    expect(h.store.document()!.info.name).toBe('x.json');
  });

  it('converts a UTF-16 file to UTF-8 as an unsaved, undoable change that leaves the text alone', () => {
    const h = harness();
    const id = h.store.open({ info: { ...info, encoding: 'utf-16le', bom: true }, text: SAMPLE_93 });
    h.store.setValue(['data', 0, 'MaHoSo'], 'X', 'form');
    const edited = h.store.document()!.text;
    expect(h.store.setEncoding(id, 'utf-8', false)).toEqual({ ok: true });
    expect(h.store.document()!).toMatchObject({ text: edited, dirty: true, canUndo: true, info: { encoding: 'utf-8', bom: false } });
    // Undo returns to UTF-16 (still dirty: the form edit), a second undo to the file as opened.
    h.store.undo();
    expect(h.store.document()!).toMatchObject({ text: edited, dirty: true, info: { encoding: 'utf-16le', bom: true } });
    h.store.undo();
    expect(h.store.document()!).toMatchObject({ text: SAMPLE_93, dirty: false });
    h.store.redo();
    h.store.redo();
    expect(h.store.document()!).toMatchObject({ text: edited, info: { encoding: 'utf-8', bom: false } });
    // Saved (written as UTF-8): clean; an encoding change alone makes it dirty again.
    h.store.markSaved(id, {}, edited);
    expect(h.store.document()!.dirty).toBe(false);
    h.store.setEncoding(id, 'utf-8', true);
    expect(h.store.document()!.dirty).toBe(true);
    h.store.undo();
    expect(h.store.document()!).toMatchObject({ dirty: false, info: { encoding: 'utf-8', bom: false } });
  });
});
