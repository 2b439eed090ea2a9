import { describe, expect, it } from 'vitest';
import { IssueIndex } from '../../../../shared/document/issueIndex';
import { recordLayout } from '../../../../shared/document/records';
import { generateRecords, template, validateText } from '../../../../shared/index';
import { packetById } from '../../../../shared/spec/registry';
import { STRICT_PROFILE } from '../../../../shared/index';
import SAMPLE_92 from '../../../../tests/fixtures/reference/samples/dossier/92-invalid-missing-required.json?raw';
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import { buildRecordSpec } from '../model/recordSpec';
import { describeValue, recordTitle } from './describe';
import { filterFor } from './recordFilter';
import { parentIndex, treeKeyAction } from './treeKeys';
import { ancestorIds, buildTreeRows, rowIndexOf, type TreeRows, type TreeSource } from './treeModel';
import { initialExpanded } from './useTreeState';

const dossier = packetById('DongBoHoSoMC')!;
const spec = buildRecordSpec('DongBoHoSoMC', 'envelope', STRICT_PROFILE);

function source(text: string, lang: 'vi' | 'en' = 'vi'): TreeSource {
  const value = JSON.parse(text);
  const issues = new IssueIndex(validateText(text).issues);
  return { value, layout: recordLayout(value, dossier), spec, lang, missingAt: (p) => issues.at(p).length > 0 };
}

const ids = (rows: TreeRows) => rows.toArray().map((r) => r.id);

/** A batch of `n` generated dossiers (valid, realistic) in the DongBoHoSoMC envelope. */
function batch(n: number, edit?: (r: Record<string, unknown>, i: number) => void): string {
  const records = generateRecords('dossier', n, 11) as Record<string, unknown>[];
  records.forEach((r, i) => edit?.(r, i));
  return JSON.stringify({ ...(template('dossier') as object), data: records }, null, 2);
}

describe('tree rows', () => {
  it('lists the envelope, then the records list, the first record and its fields in written order', () => {
    const src = source(SAMPLE_93);
    const rows = buildTreeRows(src, { expanded: initialExpanded(src.layout) });
    expect(ids(rows).slice(0, 6)).toEqual(['session', 'madonvi', 'service', 'isUpdating', 'data', 'data[0]']);
    const data = rows.at(4)!;
    expect(data).toMatchObject({ kind: 'records', expanded: true, childCount: 1, level: 1 });
    expect(rows.at(5)!).toMatchObject({ kind: 'record', level: 2, recordIndex: 0, expanded: true });
    // Fields of the record follow at level 3, in the order of the file.
    const fieldIds = rows.toArray().filter((r) => r.level === 3).map((r) => r.key);
    expect(fieldIds.slice(0, 3)).toEqual(['MaHoSo', 'MaTTHC', 'TenTTHC']);
    expect(fieldIds).toContain('TaiLieuNop');
    // A nested list is collapsed until opened, and says how many items it has.
    const files = rows.toArray().find((r) => r.id === 'data[0].TaiLieuNop')!;
    expect(files).toMatchObject({ kind: 'list', expandable: true, expanded: false, childCount: 2 });
  });

  it('names a record by its dossier number, owner and decoded status', () => {
    const value = JSON.parse(SAMPLE_93);
    expect(recordTitle(value.data[0], spec, 'vi')).toEqual({
      key: '000.21.30.H22-240312-0010',
      keyField: 'MaHoSo',
      name: 'Nguyễn Thị Minh Hằng',
      status: 'Đã trả kết quả',
    });
    expect(recordTitle(value.data[0], spec, 'en').status).toBe('Result delivered');
  });

  it('decodes codes and shows wire dates as dd/MM/yyyy HH:mm, and says when a value does not fit', () => {
    const status = spec.fieldAt(['data', 0, 'TrangThaiHoSo']);
    const due = spec.fieldAt(['data', 0, 'NgayHenTra']);
    expect(describeValue('10', status, spec, 'vi').meaning).toBe('Đã trả kết quả');
    expect(describeValue('11', status, spec, 'vi')).toMatchObject({ raw: '11', odd: 'not-in-list' });
    expect(describeValue('11', status, spec, 'vi').meaning).toBeUndefined();
    expect(describeValue('20240310170000', due, spec, 'vi').meaning).toBe('10/03/2024 17:00');
    expect(describeValue('2024-03-10', due, spec, 'vi')).toMatchObject({ raw: '2024-03-10', odd: 'not-a-date' });
    expect(describeValue('', due, spec, 'vi').odd).toBeUndefined();
  });

  it('opens nested lists and their items on request', () => {
    const src = source(SAMPLE_93);
    const expanded = new Set([...initialExpanded(src.layout), 'data[0].TaiLieuNop', 'data[0].TaiLieuNop[1]']);
    const rows = buildTreeRows(src, { expanded });
    const item = rows.toArray().find((r) => r.id === 'data[0].TaiLieuNop[1]')!;
    expect(item).toMatchObject({ kind: 'item', level: 4, posInSet: 2, setSize: 2 });
    // The item is named by its first required value (the file name).
    expect(item.title).toBe('Giay-chung-nhan-quyen-su-dung-dat.pdf');
    expect(rows.toArray().find((r) => r.id === 'data[0].TaiLieuNop[1].DuocSoHoa')).toMatchObject({ level: 5, value: '1' });
  });

  it('lists a reported missing field where it belongs, so its issue has a node', () => {
    const src = source(SAMPLE_92);
    const rows = buildTreeRows(src, { expanded: initialExpanded(src.layout) });
    const missing = rows.toArray().find((r) => r.id === 'data[0].MaHoSo');
    expect(missing).toMatchObject({ kind: 'missing', recordIndex: 0 });
    // A field that is merely optional and absent is not listed.
    expect(rows.toArray().find((r) => r.id === 'data[0].SoBienNhan')).toBeUndefined();
  });

  it('filters by label, wire name or value, ignoring case and Vietnamese diacritics, and shows the way to each match', () => {
    const src = source(SAMPLE_93);
    const byMeaning = buildTreeRows(src, { expanded: new Set(), text: 'da tra ket qua' });
    expect(ids(byMeaning)).toEqual(['data', 'data[0]', 'data[0].TrangThaiHoSo']);
    expect(byMeaning.at(2)!.match).toBe(true);
    expect(byMeaning.at(0)!.match).toBeUndefined();
    const byWire = buildTreeRows(src, { expanded: new Set(), text: 'ngayhentra' });
    expect(ids(byWire)).toEqual(['data', 'data[0]', 'data[0].NgayHenTra']);
    const byLabel = buildTreeRows(src, { expanded: new Set(), text: 'Ngày hẹn' });
    expect(ids(byLabel)).toContain('data[0].NgayHenTra');
    // Values inside nested lists are found too, with their list and item opened.
    const byValue = buildTreeRows(src, { expanded: new Set(), text: 'id=58232' });
    expect(ids(byValue)).toEqual(['data', 'data[0]', 'data[0].TaiLieuNop', 'data[0].TaiLieuNop[1]', 'data[0].TaiLieuNop[1].DuongDanTaiTepTin']);
    expect(buildTreeRows(src, { expanded: new Set(), text: 'no such thing anywhere' }).length).toBe(0);
  });

  it('keeps only the records where a field holds the same value ("show every record where …")', () => {
    const text = batch(6, (r, i) => {
      r.TrangThaiHoSo = i % 3 === 0 ? '10' : '4';
    });
    const src = source(text);
    const full = buildTreeRows(src, { expanded: new Set(['data']) });
    expect(full.toArray().filter((r) => r.kind === 'record')).toHaveLength(6);
    const filter = filterFor(['data', 3, 'TrangThaiHoSo'], ['data', 3], '10')!;
    expect(filter).toMatchObject({ path: ['TrangThaiHoSo'], value: '10', label: 'TrangThaiHoSo' });
    const rows = buildTreeRows(src, { expanded: new Set(['data']), records: filter });
    expect(rows.toArray().filter((r) => r.kind === 'record').map((r) => r.recordIndex)).toEqual([0, 3]);
    // Inside nested lists, any item matches.
    const nested = filterFor(['data', 0, 'TaiLieuNop', 1, 'DuocSoHoa'], ['data', 0], '1')!;
    expect(nested.label).toBe('TaiLieuNop[*].DuocSoHoa');
  });

  it('finds the row of a path, or of its nearest shown ancestor', () => {
    const src = source(SAMPLE_93);
    const rows = buildTreeRows(src, { expanded: new Set(['data']) });
    expect(ancestorIds(['data', 0, 'TaiLieuNop', 1, 'DuocSoHoa'])).toEqual(['', 'data', 'data[0]', 'data[0].TaiLieuNop', 'data[0].TaiLieuNop[1]']);
    expect(rows.at(rowIndexOf(rows, ['data', 0, 'NgayHenTra']))!.id).toBe('data[0]');
    expect(rows.at(rowIndexOf(rows, ['madonvi']))!.id).toBe('madonvi');
  });

  it('shows a bare array of records and a single record without an envelope', () => {
    const records = JSON.parse(SAMPLE_93).data;
    const arrayText = JSON.stringify(records);
    const arraySpec = buildRecordSpec('DongBoHoSoMC', 'array', STRICT_PROFILE);
    const arr: TreeSource = { value: records, layout: recordLayout(records), spec: arraySpec, lang: 'vi' };
    const rows = buildTreeRows(arr, { expanded: initialExpanded(arr.layout) });
    expect(rows.at(0)!).toMatchObject({ id: '[0]', kind: 'record', level: 1, title: expect.stringContaining('000.21.30.H22-240312-0010') });
    expect(rows.at(1)!).toMatchObject({ id: '[0].MaHoSo', level: 2 });
    expect(arrayText.length).toBeGreaterThan(0);
    const single = records[0];
    const one: TreeSource = { value: single, layout: recordLayout(single), spec: buildRecordSpec('DongBoHoSoMC', 'record', STRICT_PROFILE), lang: 'en' };
    const singleRows = buildTreeRows(one, { expanded: initialExpanded(one.layout) });
    expect(singleRows.at(0)!).toMatchObject({ id: '', kind: 'record', expanded: true });
    expect(singleRows.at(1)!).toMatchObject({ id: 'MaHoSo', level: 2 });
  });

  it('lists 100,000 records of a large document without their values, and a placeholder for one being loaded', () => {
    const layout = { arrayPath: ['data'], count: 100_000 };
    const keys = new Map([[0, '000.21.30.H22-240312-0001']]);
    const src: TreeSource = { value: undefined, layout, spec, lang: 'vi', large: { records: new Map(), keys } };
    const rows = buildTreeRows(src, { expanded: new Set(['data', 'data[1]']) });
    expect(rows.length).toBe(1 + 100_000 + 1);
    expect(rows.at(1)!).toMatchObject({ kind: 'record', title: '000.21.30.H22-240312-0001', expandable: true });
    expect(rows.at(3)!).toMatchObject({ kind: 'loading', recordIndex: 1, level: 3 });
    expect(rows.loading).toBe(true);
    expect(rows.at(100_001)!).toMatchObject({ id: 'data[99999]', recordIndex: 99_999, posInSet: 100_000, setSize: 100_000 });
    // Once the record arrived, its fields replace the placeholder.
    const record = JSON.parse(SAMPLE_93).data[0];
    const loaded = buildTreeRows({ ...src, large: { records: new Map([[1, record]]), keys } }, { expanded: new Set(['data', 'data[1]']) });
    expect(loaded.at(3)!).toMatchObject({ id: 'data[1].MaHoSo', level: 3 });
    expect(loaded.at(2)!.title).toContain('Nguyễn Thị Minh Hằng');
    expect(loaded.loading).toBe(false);
  });

  it('costs the same for ten million closed records as for ten: their rows are made when shown', () => {
    const layout = { arrayPath: ['data'], count: 10_000_000 };
    const src: TreeSource = { value: undefined, layout, spec, lang: 'vi', large: { records: new Map(), keys: new Map() } };
    const started = performance.now();
    const rows = buildTreeRows(src, { expanded: new Set(['data', 'data[5000000]']) });
    const found = rows.indexOf('data[9999999]');
    // Making ten million rows takes seconds and gigabytes; a range takes nothing.
    expect(performance.now() - started).toBeLessThan(500);
    expect(rows.length).toBe(1 + 10_000_000 + 1);
    expect(found).toBe(rows.length - 1);
    expect(rows.at(found)!).toMatchObject({ kind: 'record', level: 2, posInSet: 10_000_000 });
  });

  it('places an open record among closed ones, with its fields right under it, and finds every row by id', () => {
    const text = batch(30);
    const src = source(text);
    const open = new Set(['data', 'data[12]']);
    const rows = buildTreeRows(src, { expanded: open });
    const fieldCount = Object.keys(JSON.parse(text).data[12]).length;
    const envelopeKeys = rows.indexOf('data');
    expect(rows.length).toBe(envelopeKeys + 1 + 30 + fieldCount);
    expect(rows.at(envelopeKeys + 13)!).toMatchObject({ id: 'data[12]', expanded: true, posInSet: 13, setSize: 30 });
    expect(rows.at(envelopeKeys + 14)!).toMatchObject({ id: 'data[12].MaHoSo', level: 3 });
    expect(rows.at(envelopeKeys + 14 + fieldCount)!).toMatchObject({ id: 'data[13]', expanded: false, posInSet: 14 });
    // Every row's id leads back to its position, and a record's parent is the records list.
    rows.toArray().forEach((r, i) => expect(rows.indexOf(r.id)).toBe(i));
    expect(parentIndex(rows, rows.indexOf('data[20]'))).toBe(envelopeKeys);
    expect(parentIndex(rows, rows.indexOf('data[12].MaHoSo'))).toBe(rows.indexOf('data[12]'));
    expect(rows.indexOf('data[30]')).toBe(-1);
    expect(rows.indexOf('data[012]')).toBe(-1);
  });

  it('numbers the records a record filter keeps among themselves', () => {
    const text = batch(9, (r, i) => {
      r.TrangThaiHoSo = i % 4 === 1 ? '10' : '4';
    });
    const src = source(text);
    const filter = filterFor(['data', 1, 'TrangThaiHoSo'], ['data', 1], '10')!;
    const rows = buildTreeRows(src, { expanded: new Set(['data', 'data[5]']), records: filter });
    const records = rows.toArray().filter((r) => r.kind === 'record');
    expect(records.map((r) => [r.recordIndex, r.posInSet, r.setSize, r.expanded])).toEqual([
      [1, 1, 2, false],
      [5, 2, 2, true],
    ]);
    expect(rows.indexOf('data[2]')).toBe(-1);
    expect(rows.indexOf('data[5]')).toBe(rows.indexOf('data[1]') + 1);
  });
});

describe('tree keyboard', () => {
  const src = source(SAMPLE_93);
  const rows = buildTreeRows(src, { expanded: new Set(['data']) });
  const at = (id: string) => rows.indexOf(id);

  it('moves with the arrows, Home and End, and selects with Enter', () => {
    expect(treeKeyAction(rows, at('madonvi'), { key: 'ArrowDown' })).toEqual({ type: 'focus', index: at('service') });
    expect(treeKeyAction(rows, at('madonvi'), { key: 'ArrowUp' })).toEqual({ type: 'focus', index: at('session') });
    expect(treeKeyAction(rows, at('data'), { key: 'Home' })).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyAction(rows, 0, { key: 'End' })).toEqual({ type: 'focus', index: rows.length - 1 });
    expect(treeKeyAction(rows, at('service'), { key: 'Enter' })).toEqual({ type: 'select', index: at('service') });
    // Nothing focused yet: the first key lands on the first row.
    expect(treeKeyAction(rows, -1, { key: 'ArrowDown' })).toEqual({ type: 'focus', index: 0 });
  });

  it('opens with → and goes in; closes with ← and goes up to the parent', () => {
    expect(treeKeyAction(rows, at('data[0]'), { key: 'ArrowRight' })).toEqual({ type: 'expand', index: at('data[0]') });
    expect(treeKeyAction(rows, at('data'), { key: 'ArrowRight' })).toEqual({ type: 'focus', index: at('data[0]') });
    expect(treeKeyAction(rows, at('data'), { key: 'ArrowLeft' })).toEqual({ type: 'collapse', index: at('data') });
    expect(treeKeyAction(rows, at('data[0]'), { key: 'ArrowLeft' })).toEqual({ type: 'focus', index: at('data') });
    // A leaf has nothing to open.
    expect(treeKeyAction(rows, at('madonvi'), { key: 'ArrowRight' })).toBeUndefined();
  });

  it('moves and deletes records from the keyboard, and opens the menu with Shift+F10', () => {
    expect(treeKeyAction(rows, at('data[0]'), { key: 'ArrowDown', altKey: true })).toEqual({ type: 'record', index: at('data[0]'), action: 'down' });
    expect(treeKeyAction(rows, at('data[0]'), { key: 'Delete' })).toEqual({ type: 'record', index: at('data[0]'), action: 'delete' });
    // Delete on a field is not a record deletion.
    expect(treeKeyAction(rows, at('madonvi'), { key: 'Delete' })).toBeUndefined();
    expect(treeKeyAction(rows, at('madonvi'), { key: 'F10', shiftKey: true })).toEqual({ type: 'menu', index: at('madonvi') });
    // Ctrl+… belongs to the app's commands.
    expect(treeKeyAction(rows, at('madonvi'), { key: 'ArrowDown', ctrlKey: true })).toBeUndefined();
  });
});
