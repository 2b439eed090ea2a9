/**
 * The helpdesk actions' logic as a helpdesk officer relies on it: the masking preview shows every
 * value that changes and the masked text holds no identifier of the input; the document report
 * states its versions and masks on request; the evidence pack leaves no citizen's id, phone or
 * e-mail in either file and its checksums verify; whole-document normalisation changes exactly
 * the flagged values, as minimal edits.
 */
import { describe, expect, it } from 'vitest';
import { isMaskedText } from '../../../shared/mask/index';
import { applyChange } from '../../../shared/document/textEdits';
import { validateText } from '../../../shared/index';
import SAMPLE_93 from '../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import type { EditorDocument } from '../editor/model/types';
import { buildPack, replyOfPaste } from './evidence/buildPack';
import { documentReport, documentReportName } from './exports/documentReport';
import { normalizeEdits, normalizePlan } from './integrity/normalizePlan';
import { maskChanges, maskDocumentText } from './mask/maskPreview';

const DOSSIER = SAMPLE_93;

/** SHA-256 hex with Web Crypto, independently of the pack's own helper. */
async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
const META = { appName: 'QCVN 120 Packet Studio', appVersion: '0.1.0', specVersion: 'QCVN 120:2019/BTTTT (reference 1.0)' };

/** 9- and 12-digit ids, 10-digit phones and e-mails of a text: what must never leave masked. */
function identifiers(text: string): string[] {
  return [...new Set(text.match(/(?<!\d)(\d{12}|\d{9}|0\d{9})(?!\d)|[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])];
}

function docOf(text: string, name = 'case-93.json'): EditorDocument {
  const report = validateText(text);
  return { id: 'd1', info: { name, origin: 'browser', size: text.length, encoding: 'utf-8', bom: false, lineEnding: 'lf' }, text, version: 3, reportVersion: 3, report } as unknown as EditorDocument;
}

describe('masking preview', () => {
  it('lists each changed value and produces a marked copy without the identifiers of the input', () => {
    const ids = identifiers(DOSSIER);
    expect(ids.length).toBeGreaterThan(2);
    const r = maskDocumentText(DOSSIER, 'case-93.json', { keepStructure: false, removeSecrets: false }, '0.1.0', 7);
    if (!r.ok) throw new Error(r.error.en);
    expect(isMaskedText(r.text)).toBe(true);
    for (const id of ids) expect(r.text).not.toContain(id);
    // Every identifier of the input is a "before" of the preview: the user sees what goes.
    const befores = r.changes.map((c) => c.before).join('\n');
    for (const id of ids) expect(befores).toContain(id);
    const name = r.changes.find((c) => c.path === 'data[0].ChuHoSo');
    expect(name?.before).toBe('Nguyễn Thị Minh Hằng');
    expect(name?.after).not.toBe(name?.before);
    // Codes and dates stay as they are (only personal data changes).
    expect(r.changes.some((c) => c.path === 'data[0].MaTTHC' || c.path === 'data[0].NgayHenTra')).toBe(false);
  });

  it('keeps the CCCD structure on request and removes secrets when asked', () => {
    const r = maskDocumentText(DOSSIER, 'x.json', { keepStructure: true, removeSecrets: true }, '0.1.0', 3);
    if (!r.ok) throw new Error(r.error.en);
    const cccd = r.changes.find((c) => c.path === 'data[0].SoGiayToChuHoSo')!;
    // Province (3), century/gender (1), birth year (2) kept; the 6 random digits replaced.
    expect(cccd.after!.slice(0, 6)).toBe(cccd.before.slice(0, 6));
    expect(cccd.after).not.toBe(cccd.before);
    const session = r.changes.find((c) => c.path === 'session');
    expect(session?.before).toBe('<session-token-from-login>');
    expect(session?.after).toBeUndefined();
    expect(JSON.parse(r.text).session).toBeUndefined();
  });

  it('refuses a text that is not JSON (fail closed)', () => {
    const r = maskDocumentText('{"ChuHoSo": "Lê Văn Toàn", ', 'x.json', { keepStructure: false, removeSecrets: false }, '0.1.0');
    expect(r.ok).toBe(false);
  });

  it('pairs renamed keys and ignores the mark of a bare array', () => {
    const changes = maskChanges([{ a: '1', 'Nguyen Van A': 'x' }], [{ a: '1', 'K-1': 'x' }, { $masked: { tool: 't' } }]);
    expect(changes).toEqual([{ path: '[0].Nguyen Van A', before: 'Nguyen Van A', after: 'K-1', key: true }]);
  });
});

describe('document report', () => {
  it('states the versions, masks personal data on request, and keeps ids out of its own name', () => {
    const doc = docOf(DOSSIER, 'hoso-002190012345.json');
    const plain = documentReport(doc, DOSSIER, { format: 'csv', masked: false, keepStructure: false, lang: 'vi' }, META, Date.UTC(2024, 2, 12, 1, 30));
    if ('error' in plain) throw new Error(plain.error.en);
    expect(plain.text.charCodeAt(0)).toBe(0xfeff);
    expect(plain.text).toContain('QCVN 120 Packet Studio 0.1.0');
    expect(plain.text).toContain('12/03/2024 08:30');
    expect(plain.name).toBe('hoso-002190012345-bao-cao-20240312-0830.csv');
    const masked = documentReport(doc, DOSSIER, { format: 'html', masked: true, keepStructure: false, lang: 'en' }, META);
    if ('error' in masked) throw new Error(masked.error.en);
    expect(masked.text).not.toContain('002190012345');
    expect(masked.name).not.toContain('002190012345');
    expect(documentReportName('a.json', { format: 'junit', masked: true, keepStructure: false, lang: 'en' }, 0)).toMatch(/-report-masked-19700101-0700\.xml$/);
  });

  it('waits for the validation of the current text', () => {
    const doc = { ...docOf(DOSSIER), version: 4 } as EditorDocument;
    expect(documentReport(doc, DOSSIER, { format: 'json', masked: false, keepStructure: false, lang: 'vi' }, META)).toHaveProperty('error');
  });
});

describe('evidence pack', () => {
  const REPLY = JSON.stringify({ error_code: '-3', message: 'Mã hồ sơ 000.21.30.H22-240312-0010 đã tồn tại trên CDVCQG, chủ hồ sơ 0912345678', result: [] });

  it('holds no id, phone or e-mail of the packet or reply, and every checksum verifies', async () => {
    const doc = docOf(DOSSIER);
    const r = await buildPack({ packetText: DOSSIER, packetName: 'hoso-002190012345.json', report: doc.report!, replyPaste: REPLY, keepStructure: false, lang: 'vi', meta: META, now: 0 });
    if (!r.ok) throw new Error(r.error.en);
    const [html, json] = r.files;
    expect(html.name).toMatch(/^goi-bang-chung-.*\.html$/);
    expect(json.name).toBe(html.name.replace(/\.html$/, '.json'));
    for (const id of [...identifiers(DOSSIER), '0912345678', '002190012345']) {
      expect(html.text).not.toContain(id);
      expect(json.text).not.toContain(id);
      expect(html.name).not.toContain(id);
    }
    const data = JSON.parse(json.text) as { parts: { name: string; text: string; sha256: string }[]; replyExplanation?: { code?: string } };
    expect(data.parts.map((p) => p.name)).toEqual(['packet.json', 'reply.json', 'issues.json']);
    for (const p of data.parts) expect(await sha256(p.text)).toBe(p.sha256);
    expect(data.replyExplanation?.code).toBe('-3');
  });

  it('finds the reply inside a pasted log excerpt', () => {
    const log = `2024-03-12 08:15:01 POST /mapi/g\nRequest: ${DOSSIER}\nStatusCode: OK\nResponse: ${REPLY}\n`;
    const reply = replyOfPaste(log) as { error_code?: string };
    expect(reply.error_code).toBe('-3');
    expect(replyOfPaste('  ')).toBeUndefined();
  });
});

describe('whole-document normalisation', () => {
  it('normalises exactly the flagged values, as edits that leave everything else as written', () => {
    const nfd = 'Nguyễn Thị Minh Hằng'.normalize('NFD');
    const text = `{\n  "service": "DongBoHoSoMC",\n  "data": [\n    {\n      "MaHoSo": "“000.21.30.H22-240312-0010”",\n      "ChuHoSo": ${JSON.stringify(nfd)},\n      "TrichYeuHoSo": "Đề nghị\u00a0cấp\u200b giấy phép",\n      "DonViXuLy": "UBND thành phố Hà Giang"\n    }\n  ]\n}\n`;
    const items = normalizePlan(text);
    expect(items.map((i) => i.path)).toEqual(['data[0].MaHoSo', 'data[0].ChuHoSo', 'data[0].TrichYeuHoSo']);
    expect(items[0]).toMatchObject({ after: '000.21.30.H22-240312-0010', steps: ['smartQuotes'] });
    expect(items[1].after).toBe(nfd.normalize('NFC'));
    expect(items[2].after).toBe('Đề nghị cấp giấy phép');
    const after = applyChange(text, normalizeEdits(items));
    expect(JSON.parse(after).data[0]).toEqual({ MaHoSo: '000.21.30.H22-240312-0010', ChuHoSo: 'Nguyễn Thị Minh Hằng', TrichYeuHoSo: 'Đề nghị cấp giấy phép', DonViXuLy: 'UBND thành phố Hà Giang' });
    // Formatting and untouched lines are as written.
    expect(after.split('\n').filter((l, i) => l !== text.split('\n')[i])).toHaveLength(3);
    expect(normalizePlan(after)).toEqual([]);
    expect(normalizePlan('{ not json')).toEqual([]);
  });
});
