import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ref } from '../spec/common';
import { kindModule } from '../spec/registry';
import { toCsv, toHtml, toJUnit, toJsonReport, summarize, findRecords, fieldValues, type ReportEntry } from './index';
import { issue, reportOf } from './testing';

// jsdom ships no type declarations (and @types/jsdom is not installed): typed here as far as used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped package; only DOM lookups are used
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: any } };

const META = { appVersion: '0.1.0', specVersion: 'qcvn120-ref-2025.1', generatedAt: Date.UTC(2024, 2, 12, 1, 30) };

const dossierDoc = {
  madonvi: '000.00.01.H22',
  service: 'DongBoHoSoMC',
  data: [
    { MaHoSo: 'H22-240312-0001', TrangThaiHoSo: '10', ChuHoSo: 'Nguyễn Văn An' },
    { MaHoSo: 'H22-240312-0002', TrangThaiHoSo: '2', ChuHoSo: 'Lê Thị Bình' },
  ],
};
const statsDoc = {
  madonvi: '000.00.00.H35',
  service: 'DongBoThongKeHoSo',
  data: [{ Madonvi: '000.00.12.H35', Thang: '0' }],
};

function batch(): ReportEntry[] {
  return [
    {
      file: 'hoso, "đợt 1".json',
      document: dossierDoc,
      report: reportOf(
        [
          issue({
            code: 'format.datetime14',
            path: 'data[0].NgayTiepNhan',
            record: 0,
            message: { vi: 'Ngày "2024-03-12" sai định dạng, cần yyyyMMddHHmmss', en: 'Date "2024-03-12" has the wrong format; yyyyMMddHHmmss expected' },
            specRef: ref('dossier.md', '§2.1', 17),
            range: { offset: 120, length: 12, line: 9, column: 23, endLine: 9, endColumn: 35 },
          }),
          issue({ code: 'dossier.deadline-before-receipt', path: 'data[1].NgayHenTra', record: 1, severity: 'warning', specRef: ref('dossier.md', '§5', 4) }),
          issue({ code: 'format.datetime14', path: 'data[1].NgayTra', record: 1, message: { vi: '=SUM(A1) mẹo công thức', en: '=SUM(A1) formula trick' } }),
        ],
        { recordCount: 2 },
      ),
    },
    {
      file: 'thongke.json',
      document: statsDoc,
      report: reportOf([issue({ code: 'statistics.month', path: 'data[0].Thang', record: 0 })], { kind: 'statistics', packetId: 'DongBoThongKeHoSo', service: 'DongBoThongKeHoSo' }),
    },
    { file: 'sach.json', document: { madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', data: [] }, report: reportOf([], { recordCount: 0, profile: { id: 'lenient', version: '1.0.0' } }) },
  ];
}

/** A small RFC 4180 reader, to check the CSV as Excel would split it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV report', () => {
  it('is UTF-8 with a BOM, CRLF line ends, and one properly quoted row per issue', () => {
    const csv = toCsv(batch());
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Tệp', 'Loại gói', 'Dịch vụ', 'Đơn vị (madonvi)', 'Bản ghi', 'Đường dẫn', 'Dòng', 'Cột', 'Mức độ', 'Mã quy tắc', 'Thông báo', 'Tham chiếu đặc tả']);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[1]).toEqual(['hoso, "đợt 1".json', 'dossier', 'DongBoHoSoMC', '000.00.01.H22', '0', 'data[0].NgayTiepNhan', '9', '23', 'Lỗi', 'format.datetime14', 'Ngày "2024-03-12" sai định dạng, cần yyyyMMddHHmmss', 'dossier.md §2.1, mục 17']);
    // A message Excel would run as a formula is neutralised.
    expect(rows[3][10]).toBe("'=SUM(A1) mẹo công thức");
    // Statistics records carry their own agency (Madonvi), which wins over the envelope's.
    expect(rows[4][3]).toBe('000.00.12.H35');
  });

  it('speaks English when asked', () => {
    const rows = readCsv(toCsv(batch(), { lang: 'en' }).slice(1));
    expect(rows[0][0]).toBe('File');
    expect(rows[1][8]).toBe('Error');
    expect(rows[1][11]).toBe('dossier.md §2.1, row 17');
  });
});

describe('HTML report', () => {
  it('is self-contained and printable: no script, no external resource, print CSS', () => {
    const html = toHtml(batch(), { meta: META });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)\s*=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('@media print');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('states app, spec and profile versions and the time in Vietnam (dd/MM/yyyy HH:mm)', () => {
    const html = toHtml(batch(), { meta: META });
    expect(html).toContain('0.1.0');
    expect(html).toContain('qcvn120-ref-2025.1');
    expect(html).toContain('strict@1.0.0');
    expect(html).toContain('lenient@1.0.0');
    // 01:30 UTC is 08:30 in Hà Nội.
    expect(html).toContain('12/03/2024 08:30');
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.lang).toBe('vi');
    expect(doc.querySelector('h1')?.textContent).toBe('Báo cáo kiểm tra gói tin QCVN 120');
    // Message text is escaped, not markup.
    expect(doc.body.textContent).toContain('Ngày "2024-03-12" sai định dạng');
    const en = new JSDOM(toHtml(batch(), { meta: META, lang: 'en' })).window.document;
    expect(en.querySelector('h1')?.textContent).toBe('QCVN 120 packet validation report');
    expect(en.documentElement.lang).toBe('en');
  });

  it('names each rule of the by-rule table beside its code, in the report language', () => {
    const title = (html: string) => {
      const doc = new JSDOM(html).window.document;
      const table = [...doc.querySelectorAll('h3')].find((h) => h.textContent === (html.includes('lang="en"') ? 'By rule (code)' : 'Theo quy tắc (mã lỗi)'))!.nextElementSibling!;
      const row = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('.mono')?.textContent === 'dossier.deadline-before-receipt')!;
      return { header: table.querySelector('th')!.textContent, cell: row.querySelector('td')!.textContent };
    };
    const rule = kindModule('dossier').rules.find((r) => r.code === 'dossier.deadline-before-receipt')!;
    expect(title(toHtml(batch(), { meta: META }))).toEqual({ header: 'Nhóm', cell: `dossier.deadline-before-receipt${rule.title.vi}` });
    expect(title(toHtml(batch(), { meta: META, lang: 'en' }))).toEqual({ header: 'Group', cell: `dossier.deadline-before-receipt${rule.title.en}` });
  });
});

describe('JSON and JUnit reports', () => {
  it('JSON carries the versions, the summary and every issue in both languages', () => {
    const j = JSON.parse(toJsonReport(batch(), { meta: META }));
    expect(j).toMatchObject({ app: { version: '0.1.0' }, specVersion: 'qcvn120-ref-2025.1', generatedAtVietnam: '12/03/2024 08:30', masked: false });
    expect(j.files).toHaveLength(3);
    expect(j.files[0].issues[0].message.en).toContain('yyyyMMddHHmmss');
    expect(j.summary.issues).toEqual({ error: 3, warning: 1, info: 0 });
  });

  it('JUnit is well-formed XML with one failing case per error', () => {
    const xml = toJUnit(batch(), { meta: META });
    const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const suites = [...doc.getElementsByTagName('testsuite')];
    expect(suites.map((s) => [s.getAttribute('name'), s.getAttribute('tests'), s.getAttribute('failures')])).toEqual([
      ['hoso, "đợt 1".json', '3', '2'],
      ['thongke.json', '1', '1'],
      ['sach.json', '1', '0'],
    ]);
    expect(doc.documentElement.getAttribute('failures')).toBe('3');
  });
});

describe('batch summary and lookups', () => {
  it('groups issues by rule code, agency, kind and service', () => {
    const s = summarize(batch());
    expect(s).toMatchObject({ files: 3, filesValid: 1, records: 3, issues: { error: 3, warning: 1, info: 0 } });
    const asMap = (g: { key: string; count: number }[]) => Object.fromEntries(g.map((x) => [x.key, x.count]));
    expect(asMap(s.byCode)).toEqual({ 'format.datetime14': 2, 'dossier.deadline-before-receipt': 1, 'statistics.month': 1 });
    expect(asMap(s.byAgency)).toEqual({ '000.00.01.H22': 3, '000.00.12.H35': 1 });
    expect(asMap(s.byKind)).toEqual({ dossier: 3, statistics: 1 });
    expect(asMap(s.byService)).toEqual({ DongBoHoSoMC: 3, DongBoThongKeHoSo: 1 });
    // Most errors first.
    expect(s.byCode[0].key).toBe('format.datetime14');
  });

  it('finds every record where field = value across the batch', () => {
    expect(findRecords(batch(), 'TrangThaiHoSo', '10').map((m) => [m.file, m.path])).toEqual([['hoso, "đợt 1".json', 'data[0]']]);
    expect(findRecords(batch(), 'madonvi', '000.00.12.H35').map((m) => m.path)).toEqual(['data[0]']);
    expect(findRecords(batch(), 'TrangThaiHoSo', '5')).toEqual([]);
    expect(fieldValues(batch(), 'TrangThaiHoSo')).toEqual([
      { value: '10', count: 1 },
      { value: '2', count: 1 },
    ]);
  });
});
