/**
 * The `qcvn120` command line as other tools use it: the built bundle spawned through bin/qcvn120.mjs,
 * exit codes 0/1/2, the exact JSON shape, stdin, text output with file:line:column, unreadable and
 * legacy-encoded files, UTF-16 files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from './support/reference';

const ROOT = join(import.meta.dirname, '..');
const SAMPLES = SAMPLES_DIR;
const BIN = join(ROOT, 'bin', 'qcvn120.mjs');
let tmp = '';

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sample = (p: string) => join(SAMPLES, p);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qcvn120-cli-'));
  // Builds the bundle once if it is missing or stale, before the tests spawn it in turn.
  const v = run(['--version']);
  expect(v.code, v.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('qcvn120 validate', () => {
  it('exits 0 for a valid packet and 1 for an invalid one', () => {
    expect(run(['validate', sample('dossier/01-dongbohosomc-create-online-valid.json')]).code).toBe(0);
    expect(run(['validate', sample('dossier/93-invalid-cross-field.json')]).code).toBe(1);
    // Warnings only (the M* fields of the legacy record) still exit 0.
    expect(run(['validate', sample('dossier/05-dongbohosomc-minimal-legacy-valid.json')]).code).toBe(0);
  });

  it('exits 1 when one of several files has an error', () => {
    expect(run(['validate', sample('qa/02-dongbohoidap-valid.json'), sample('qa/04-dongboketquahoidapguitudvcqg-invalid.json')]).code).toBe(1);
  });

  it('prints exactly one JSON document of the contract shape with --format json', () => {
    const file = sample('dossier/93-invalid-cross-field.json');
    const r = run(['validate', '--format', 'json', file]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['files']);
    expect(doc.files).toHaveLength(1);
    const f = doc.files[0];
    expect(Object.keys(f).sort()).toEqual(['file', 'issues', 'kind', 'valid']);
    expect(f).toMatchObject({ file, kind: 'dossier', valid: false });
    expect(f.issues.length).toBeGreaterThan(0);
    for (const i of f.issues) {
      expect(Object.keys(i).sort()).toEqual(['code', 'column', 'line', 'message', 'path', 'severity']);
      expect(['error', 'warning', 'info']).toContain(i.severity);
      expect(Number.isInteger(i.line) && i.line >= 1 && Number.isInteger(i.column) && i.column >= 1).toBe(true);
    }
    // The deadline-before-receipt fault of the .expect.md, at the line of the NgayHenTra value.
    const text = readFileSync(file, 'utf8').split('\n');
    const due = f.issues.find((i: { path: string; severity: string }) => i.path === 'data[0].NgayHenTra' && i.severity === 'error');
    expect(due).toBeDefined();
    expect(text[due.line - 1]).toContain('"NgayHenTra"');
    expect(text[due.line - 1].slice(due.column - 1)).toMatch(/^"20240310170000"/);
  });

  it('reports a missing field at the line of its enclosing object', () => {
    const file = sample('dossier/92-invalid-missing-required.json');
    const f = JSON.parse(run(['validate', '--format', 'json', '--lang', 'en', file]).stdout).files[0];
    const missing = f.issues.find((i: { path: string }) => i.path === 'data[0].MaHoSo');
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[missing.line - 1].slice(missing.column - 1).startsWith('{')).toBe(true);
    expect(missing.message).toContain('MaHoSo');
  });

  it('text output gives file:line:column, severity, path, message, the spec section and a summary', () => {
    const file = sample('dossier/93-invalid-cross-field.json');
    const r = run(['validate', file]);
    const lines = r.stdout.trim().split('\n');
    const first = lines[0];
    expect(first).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ lỗi data\\[0\\]\\.NgayHenTra .+ \\[dossier\\.md §5 mục 4\\]$`));
    expect(lines.at(-1)).toMatch(/^Tổng: 1 tệp, \d+ lỗi, \d+ cảnh báo, \d+ thông tin\.$/);
    const en = run(['validate', '--lang', 'en', file]);
    expect(en.stdout).toMatch(/:\d+:\d+ error data\[0\]\.NgayHenTra /);
    expect(en.stdout.trim().split('\n').at(-1)).toMatch(/^Total: 1 file, \d+ errors?, \d+ warnings?, \d+ infos?\.$/);
  });

  it('reads stdin with -: `qcvn120 new statistics | qcvn120 validate -` exits 0', () => {
    const created = run(['new', 'statistics']);
    expect(created.code).toBe(0);
    const r = run(['validate', '-'], created.stdout);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('(stdin): HỢP LỆ — DongBoThongKeHoSo (statistics)');
  });

  it('exits 2 on usage errors, with a message in Vietnamese or English', () => {
    const noFile = run(['validate']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Thiếu tệp');
    const badOption = run(['validate', '--frmat', 'json', sample('dossier/01-dongbohosomc-create-online-valid.json')]);
    expect(badOption.code).toBe(2);
    expect(run(['validate', '--format', 'xml', 'x.json']).code).toBe(2);
    const badKind = run(['--lang', 'en', 'validate', '--kind', 'dosier', 'x.json']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('There is no kind "dosier"');
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('exits 2 for an unreadable file and names it, in every format', () => {
    const missing = join(tmp, 'khong-co.json');
    const text = run(['validate', missing]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(missing);
    const json = run(['validate', '--format', 'json', missing, sample('dossier/01-dongbohosomc-create-online-valid.json')]);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout);
    expect(doc.files[0]).toMatchObject({ file: missing, valid: false, kind: null, issues: [] });
    expect(doc.files[0].error).toContain('không tìm thấy');
    expect(doc.files[1].valid).toBe(true);
  });

  it('reads a UTF-16 file (with BOM) like its UTF-8 original', () => {
    const original = readFileSync(sample('dossier/02-dongbohosomc-update-returned-valid.json'), 'utf8');
    const file = join(tmp, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
    const r = run(['validate', '--format', 'json', file]);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ kind: 'dossier', valid: true });
  });

  it('refuses a legacy 8-bit file with exit 2 and a message naming the file', () => {
    // "Hồ sơ" in Windows-1258 (H, ô+combining hook, s, ơ): not UTF-8.
    const file = join(tmp, 'cp1258.json');
    const body = Buffer.concat([Buffer.from('{"service":"DongBoHoSoMC","TenTTHC":"H'), Buffer.from([0xf4, 0xd2]), Buffer.from(' s'), Buffer.from([0xf5]), Buffer.from('"}')]);
    writeFileSync(file, body);
    const r = run(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(file);
  });

  it('uses a user profile file, and reports a broken one with its line (exit 2)', () => {
    const profile = join(tmp, 'profile.json');
    writeFileSync(profile, JSON.stringify({ name: 'Thử', version: '1', rules: { 'dossier.deadline-before-receipt': 'warning', 'dossier.delivered-without-delivery-date': 'off', 'dossier.finished-without-end-date': 'off', 'dossier.digitised-flag-mismatch': 'warning' } }));
    const r = run(['validate', '--profile', profile, sample('dossier/93-invalid-cross-field.json')]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('thu 1');
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{\n  "name": "x",\n  "version": "1",\n  "rules": { "x": "fatal" }\n}');
    const bad = run(['validate', '--profile', broken, sample('dossier/01-dongbohosomc-create-online-valid.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${broken}:4:`);
  });

  it('pairs a reply with its request (--request)', () => {
    const r = run(['validate', '--format', 'json', '--request', sample('procedure/01-laythutuc-request.json'), sample('procedure/04-laythutuc-response-invalid.json')]);
    const issues = JSON.parse(r.stdout).files[0].issues as { path: string }[];
    expect(issues.some((i) => i.path === 'result[0].MATTHC')).toBe(true);
  });

  it('writes JUnit XML for CI', () => {
    const r = run(['validate', '--format', 'junit', sample('dossier/01-dongbohosomc-create-online-valid.json'), sample('dossier/91-invalid-unknown-status.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(r.stdout).toContain('tests="2" failures="1"');
    expect((r.stdout.match(/<testcase /g) ?? []).length).toBe(2);
    expect(r.stdout).toContain('<failure message="1 × data[0].TrangThaiHoSo');
  });
});

describe('qcvn120 kinds, new, schema, help', () => {
  it('kinds --format json lists every kind with its services and top-level record fields', () => {
    const r = run(['kinds', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { kind: string; services: string[]; fields: string[] }[];
    expect(list.map((k) => k.kind)).toEqual(['dossier', 'progress', 'survey', 'statistics', 'procedure', 'feedback', 'qa', 'auxiliary']);
    for (const k of list) expect(Object.keys(k)).toEqual(['kind', 'services', 'fields']);
    const dossier = list[0];
    expect(dossier.services).toEqual(['DongBoHoSoMC']);
    // dossier.md §2.1: 38 rows, from MaHoSo to DSKetNoiCSDL.
    expect(dossier.fields).toHaveLength(38);
    expect(dossier.fields[0]).toBe('MaHoSo');
    expect(dossier.fields.at(-1)).toBe('DSKetNoiCSDL');
  });

  it('new <kind> prints a complete valid packet for every kind; an unknown kind exits 2', () => {
    for (const kind of ['dossier', 'progress', 'survey', 'statistics', 'procedure', 'feedback', 'qa', 'auxiliary']) {
      const created = run(['new', kind]);
      expect(created.code, kind).toBe(0);
      const checked = run(['validate', '--format', 'json', '-'], created.stdout);
      expect(checked.code, `${kind}: ${checked.stdout}`).toBe(0);
      expect(JSON.parse(checked.stdout).files[0].kind).toBe(kind);
    }
    const bad = run(['new', 'hoso']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('dossier');
  });

  it('schema <kind> prints a draft-07 JSON Schema with "name — label" titles', () => {
    const r = run(['schema', 'dossier']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const record = s.properties.data.items;
    expect(record.properties.MaHoSo.title).toBe('MaHoSo — Mã hồ sơ');
    expect(record.properties.TrangThaiHoSo.enum).toContain('10');
    expect(run(['schema', 'nothing']).code).toBe(2);
  });

  it('has --help for every command, in Vietnamese by default and in English', () => {
    const main = run(['--help']);
    expect(main.code).toBe(0);
    for (const c of ['validate', 'kinds', 'new', 'schema']) {
      expect(main.stdout).toContain(c);
      const vi = run([c, '--help']);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toMatch(/Cách dùng: qcvn120/);
      const en = run(['--lang', 'en', 'help', c]);
      expect(en.stdout).toMatch(/Usage: qcvn120/);
    }
  });
});
