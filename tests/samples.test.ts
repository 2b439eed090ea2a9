/**
 * Every packet in ../shared/samples against its expected verdict, and, for the invalid ones, every
 * fault its .expect.md lists (path + severity class) and nothing it says must not be reported.
 * The expectations below are transcribed from the .expect.md files and the samples' README tables
 * (quoted in the comments), not from the engine's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LENIENT_PROFILE, validateText, type Issue } from '../shared/index';
import { SAMPLES_DIR } from './support/reference';

const SAMPLES = SAMPLES_DIR;

/** `error`, `warning`, or `problem` (error or warning: the .expect.md allows either, or see the note). */
type Severity = 'error' | 'warning' | 'problem';

interface Fault {
  /** The fault is reported at one of these paths. */
  at: string[];
  severity: Severity;
  /** The line of the .expect.md this transcribes. */
  says: string;
}

interface Expectation {
  faults: Fault[];
  /** Paths where the .expect.md says there is no defect: no issue of these severities there. */
  notReported?: { at: string; severities: ('error' | 'warning' | 'info')[]; says: string }[];
}

const E = (at: string | string[], severity: Severity, says: string): Fault => ({ at: Array.isArray(at) ? at : [at], severity, says });
const NOT = (at: string, says: string, severities: ('error' | 'warning' | 'info')[] = ['error']) => ({ at, severities, says });

/**
 * PAKN (feedback) is a reconstruction (spec/README.md); 03-pakn-invalid.expect.md judges it against
 * that reconstruction, and the strict profile does the same: its cross-field faults are errors
 * (each rule's defaultSeverity; lenient keeps them warnings — see the feedback test below).
 */
const INVALID: Record<string, Expectation> = {
  'dossier/90-invalid-date-format.json': {
    faults: [
      E('data[0].NgayTiepNhan', 'error', '`2024-03-12T08:15:00+07:00` | ISO 8601 … | error: must match ^\\d{14}$'),
      E('data[0].NgayHenTra', 'error', '`26/03/2024 17:00:00` | dd/MM/yyyy HH:mm:ss … | error: same rule'),
      E('data[0].NgayNopHoSo', 'error', '`20240311` | date only, 8 digits | error: same rule'),
    ],
  },
  'dossier/91-invalid-unknown-status.json': {
    faults: [E('data[0].TrangThaiHoSo', 'error', '`processing` | a local status key … | error: must be one of 1…10')],
  },
  'dossier/92-invalid-missing-required.json': {
    faults: [
      E('data[0].MaHoSo', 'error', '*(key absent)* | … | error: required, non-empty'),
      E('data[0].MaTTHC', 'error', '`""` | procedure code empty | error: required, non-empty'),
    ],
  },
  'dossier/93-invalid-cross-field.json': {
    faults: [
      E(['data[0].NgayHenTra', 'data[0].NgayTiepNhan'], 'error', 'rule 4 | NgayHenTra vs NgayTiepNhan | deadline before receipt | error'),
      E('data[0].NgayKetThucXuLy', 'problem', 'rule 5 | NgayKetThucXuLy "" with status 10 | error (or at least warning)'),
      E('data[0].NgayTra', 'error', 'rule 5 | NgayTra "" with status 10 | error'),
      E('data[0].DanhSachGiayToKetQua', 'warning', 'rule 5 | DanhSachGiayToKetQua [] with status 10 and KenhThucHien 2 | warning'),
      E('data[0].HoSoCoThanhPhanSoHoa', 'error', 'rule 7 | HoSoCoThanhPhanSoHoa 0 while TaiLieuNop[*].DuocSoHoa 1 | error'),
    ],
    notReported: [NOT('data[0].MaDoiTuong', 'Not a defect: MaDoiTuong is set and KenhThucHien = 2 (rule 6)', ['error', 'warning', 'info'])],
  },
  'dossier/94-invalid-envelope-types.json': {
    faults: [
      E('data', 'error', '`data` | a JSON object | … | error'),
      E('isUpdating', 'error', '`isUpdating` | JSON false | error in the strict profile'),
      E('data.TrangThaiHoSo', 'error', '`data.TrangThaiHoSo` | JSON number 2 | error in the strict profile'),
      E('data.DanhSachLePhi[0].Gia', 'error', '`data.DanhSachLePhi[0].Gia` | JSON number 75000 | error in the strict profile'),
      E('data.TaiLieuNop[0].IsDeleted', 'error', '`data.TaiLieuNop[0].IsDeleted` | JSON false | error in the strict profile'),
    ],
  },
  'feedback/03-pakn-invalid.json': {
    faults: [
      E('result[0].NGAYGUI', 'error', '1. NGAYGUI = 15/10/2026 09:12 is not in yyyyMMddHHmmss form'),
      E(['result[0].NOIDUNGTRALOI', 'result[0].TRANGTHAI', 'result[0]'], 'error', '2. TRANGTHAI = "3" (answered) but NOIDUNGTRALOI is empty'),
      E(['result[0].NGAYTRALOI', 'result[0].NGAYGUI', 'result[0]'], 'error', '3. NGAYTRALOI is earlier than the submission date'),
      E(['result[0]', 'result[0].THUDIENTU', 'result[0].SODIENTHOAI', 'result[0].DIACHI'], 'error', '4. No contact channel'),
    ],
    notReported: [
      NOT('result[0].MALINHVUC', 'Not errors: empty MALINHVUC / MATTHC (optional)'),
      NOT('result[0].MATTHC', 'Not errors: empty MALINHVUC / MATTHC (optional)'),
      NOT('result[0].TEPDINHKEM', 'Not errors: … and an empty TEPDINHKEM array'),
    ],
  },
  'procedure/04-laythutuc-response-invalid.json': {
    faults: [
      // Rule c.4-1 needs the request; see the paired test below.
      E('result[0].TENTTHC', 'error', '2. result[0].TENTTHC is missing (mandatory)'),
      E('result[0].LOAITTHC', 'error', '3. result[0].LOAITTHC = "5": only 1, 2 or 3 are allowed'),
      E('result[0].TRINHTUTHUCHIEN', 'error', '4. result[0].TRINHTUTHUCHIEN is empty while TRANGTHAI = "1"'),
      E(['result[0].CACHTHUCTHUCHIEN[1].KENH', 'result[0].CACHTHUCTHUCHIEN[1]', 'result[0].CACHTHUCTHUCHIEN'], 'error', '5. channel KENH = "1" appears twice'),
      E(['result[0].CACHTHUCTHUCHIEN[2].KENH', 'result[0].CACHTHUCTHUCHIEN[2]'], 'error', '5. … the third item has KENH = "4"'),
      E('result[0].CACHTHUCTHUCHIEN[0].THOIGIAN[0].THOIGIANGIAIQUYET', 'error', '6. THOIGIANGIAIQUYET = "-1" is negative'),
    ],
    notReported: [
      NOT('result[0].TTHCLIENQUAN', 'Not errors: … empty TTHCLIENQUAN / TTHCLIENTHONG arrays'),
      NOT('result[0].TTHCLIENTHONG', 'Not errors: … empty TTHCLIENQUAN / TTHCLIENTHONG arrays'),
      NOT('error_code', 'Not errors: … and error_code = 0 in the envelope'),
      NOT('result[0].TRANGTHAI', 'Not errors: numbers written as strings ("1", "0")'),
    ],
  },
  'qa/04-dongboketquahoidapguitudvcqg-invalid.json': {
    faults: [
      E('data[0].HOIDAPID', 'error', '1. HOIDAPID = 0. It must be the positive DVCQG question id'),
      E('data[0].NOIDUNGTRALOI', 'error', '2. NOIDUNGTRALOI is empty (the answer text is mandatory)'),
      E('data[0].NGAYTRALOI', 'error', '3. NGAYTRALOI = 2026-13-45 is neither dd/MM/yyyy nor yyyyMMddHHmmss'),
      E('data[1].MADONVI', 'error', '4. MADONVI is missing'),
      E('data[1].NGUOITRALOI', 'error', '5. NGUOITRALOI is empty'),
    ],
    notReported: [
      NOT('data[1].HOIDAPID', 'Not errors: HOIDAPID written as a string in data[1] ("2213902")', ['error', 'warning']),
      NOT('data[0].CHUCVUNGUOITRALOI', 'Not errors: … and CHUCVUNGUOITRALOI = cb', ['error', 'warning']),
    ],
  },
  'statistics/03-dongbothongkehoso-invalid.json': {
    faults: [
      E('data[0].Thang', 'error', '1. Thang = "0": the month must be 1–12'),
      E(['data[0].TongSoXuLy', 'data[0]'], 'error', '2. X ≠ N + T: 1300 ≠ 1350 (rule b.2-1)'),
      E(['data[0].TongDaXuLy', 'data[0]'], 'error', '3. D ≠ DH + TH: 1180 ≠ 1160 (rule b.2-2)'),
      E(['data[0].TongSoXuLy', 'data[0].TongDaXuLy', 'data[0].TongChuaXuLy', 'data[0]'], 'error', '4. D + C > X: 1380 > 1300 (rule b.2-4)'),
      E('data[0].PhanTramXuLyDungHan', 'error', '5. PhanTramXuLyDungHan = 94.83, but DH / D × 100 = 93.22'),
      E('data[0].PhanTramXuLyTreHan', 'error', '5. PhanTramXuLyTreHan = 5.17, but TH / D × 100 = 5.08'),
      E('data[0].PhanTramChuaXuLyTreHan', 'error', '6. PhanTramChuaXuLyTreHan = "NaN" is not a number'),
    ],
    notReported: [
      NOT('data[0].TongChuaXuLy', 'must not be reported: C = CT + CQ (200 = 180 + 20)', ['error', 'warning']),
      NOT('data[0].PhanTramChuaXuLyTrongHan', 'must not be reported: PhanTramChuaXuLyTrongHan = 90.00', ['error', 'warning']),
      NOT('data[0].SoNhanTrongKy', 'must not be reported: all counts are non-negative integers written as strings'),
      NOT('data[0].TongChuaXuLyTrongHan', 'must not be reported: all counts are non-negative integers written as strings'),
    ],
  },
  'survey/03-dongbodanhgia-invalid.json': {
    faults: [
      E('data[0].Madonvi', 'error', '1. data[0] has no Madonvi'),
      E(['data[0]', 'data[0].PhanTramDanhGiaRatHaiLong', 'data[0].PhanTramDanhGiaHaiLong', 'data[0].PhanTramDanhGiaChuaHaiLong'], 'error', '2. the overall percentages add up to 110'),
      E('data[0].DanhSachNoiDungYKien[0].NoiDung', 'error', '3. DanhSachNoiDungYKien[0] has no NoiDung'),
      E('data[0].DanhSachNoiDungYKien[1].PhanTramDanhGiaDichVuRatHaiLong', 'error', '4. … PhanTramDanhGiaDichVuRatHaiLong is 130%, outside 0–100'),
    ],
    notReported: [
      NOT('data[0].NgayTongHop', 'Not errors: NgayTongHop = 10-2026 matches the observed OpenCPS M-YYYY form', ['error', 'warning']),
      NOT('data[0].DanhSachNoiDungYKien[0].MaThuTuc', 'Not errors: MaThuTuc values are well-formed national codes', ['error', 'warning']),
      NOT('data[0].DanhSachNoiDungYKien[1].MaThuTuc', 'Not errors: MaThuTuc values are well-formed national codes', ['error', 'warning']),
    ],
  },
};

/** Valid samples whose README or .md names the warnings a strict validator gives. */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  // dossier/README.md row 05: "A strict validator will warn on the missing M* fields (Email, SoDienThoai, TrichYeuHoSo, NgayHenTra)".
  'dossier/05-dongbohosomc-minimal-legacy-valid.json': ['data[0].Email', 'data[0].SoDienThoai', 'data[0].TrichYeuHoSo', 'data[0].NgayHenTra'],
  // samples/README.md: "one with 2 withdrawn dossiers (D+C < X, warning only)" — the first record.
  'statistics/02-dongbothongkehoso-valid-multi.json': ['data[0]'],
};

function sampleFiles(): string[] {
  const out: string[] = [];
  for (const kind of readdirSync(SAMPLES, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const f of readdirSync(join(SAMPLES, kind.name))) if (f.endsWith('.json')) out.push(`${kind.name}/${f}`);
  }
  return out.sort();
}

const read = (file: string) => readFileSync(join(SAMPLES, file), 'utf8');
const matches = (issue: Issue, severity: Severity) => (severity === 'problem' ? issue.severity !== 'info' : issue.severity === severity);
const brief = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path}`).join('\n');

describe('sample packets (../shared/samples)', () => {
  const files = sampleFiles();

  it('finds every sample and an expectation for every invalid one', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const invalid = files.filter((f) => f.includes('invalid'));
    expect(invalid.sort()).toEqual(Object.keys(INVALID).sort());
    for (const f of invalid) expect(files).toContain(f);
  });

  for (const file of files.filter((f) => !f.includes('invalid'))) {
    it(`${file} is valid in the strict profile`, () => {
      const report = validateText(read(file));
      expect(report.issues.filter((i) => i.severity === 'error'), brief(report.issues)).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.packetId, 'the packet is recognised').toBeDefined();
      const warned = EXPECTED_WARNINGS[file];
      if (warned) {
        // A warning at the path or inside it (e.g. "the first record warns": any field of data[0]).
        const within = (i: Issue, at: string) => i.path === at || i.path.startsWith(`${at}.`) || i.path.startsWith(`${at}[`);
        for (const at of warned) expect(report.issues.some((i) => within(i, at) && i.severity === 'warning'), `warning at ${at}\n${brief(report.issues)}`).toBe(true);
      }
    });
  }

  for (const [file, expectation] of Object.entries(INVALID)) {
    it(`${file} is rejected with the faults its .expect.md lists`, () => {
      const report = validateText(read(file));
      expect(report.valid, brief(report.issues)).toBe(false);
      for (const fault of expectation.faults) {
        const found = report.issues.some((i) => fault.at.includes(i.path) && matches(i, fault.severity));
        expect(found, `${fault.severity} at ${fault.at.join(' | ')} — .expect.md: ${fault.says}\nreported:\n${brief(report.issues)}`).toBe(true);
      }
      for (const not of expectation.notReported ?? []) {
        const wrong = report.issues.filter((i) => i.path === not.at && not.severities.includes(i.severity));
        expect(wrong, `.expect.md: ${not.says}`).toEqual([]);
      }
      for (const issue of report.issues) {
        expect(issue.range, `${issue.path} is located`).toBeDefined();
        expect(issue.message.vi.length && issue.message.en.length).toBeGreaterThan(0);
      }
    });
  }

  it('procedure/04 with its request: result[0].MATTHC differs from the requested maTTHC (rule c.4-1)', () => {
    const request = JSON.parse(read('procedure/01-laythutuc-request.json'));
    const report = validateText(read('procedure/04-laythutuc-response-invalid.json'), { request });
    expect(report.issues.some((i) => i.path === 'result[0].MATTHC' && i.severity === 'error'), brief(report.issues)).toBe(true);
    const valid = validateText(read('procedure/02-laythutuc-response-valid.json'), { request });
    expect(valid.issues.filter((i) => i.path === 'result[0].MATTHC')).toEqual([]);
  });

  it('dossier/94: the data-is-not-an-array defect stays an error in the lenient profile; the number/boolean defects become warnings', () => {
    const report = validateText(read('dossier/94-invalid-envelope-types.json'), { profile: LENIENT_PROFILE });
    expect(report.issues.find((i) => i.path === 'data')?.severity).toBe('error');
    for (const at of ['isUpdating', 'data.TrangThaiHoSo', 'data.DanhSachLePhi[0].Gia', 'data.TaiLieuNop[0].IsDeleted']) {
      expect(report.issues.find((i) => i.path === at)?.severity, at).toBe('warning');
    }
  });

  it('dossier/05: the lenient profile ("as the portal accepted in practice") reports nothing', () => {
    const report = validateText(read('dossier/05-dongbohosomc-minimal-legacy-valid.json'), { profile: LENIENT_PROFILE });
    expect(report.issues).toEqual([]);
  });

  it('dossier/93: the issues cite the spec section of dossier.md §5', () => {
    const report = validateText(read('dossier/93-invalid-cross-field.json'));
    for (const issue of report.issues) expect(issue.specRef).toMatchObject({ file: 'dossier.md', section: '§5' });
  });
});
