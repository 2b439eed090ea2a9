/**
 * The large-document budget (task brief; TOOLCHAIN.md "Validation speed"): parse + validate +
 * locating every issue of a 100 MB, 100,000-record packet must cost at most 1.5 × JSON.parse of
 * the text. This measures the parse side of it against JSON.parse on the same text. Not part of
 * the default suite (it needs ~2 GB and a minute); run it by hand:
 *
 *   npx vitest bench --run shared/parse/locate.bench.ts
 */
import { bench, describe } from 'vitest';
import type { PathSegment } from '../issues/issue';
import { decodeBytes, encodeText } from './decode';
import { parseJson } from './json';
import { locatePaths } from './locate';

const RECORDS = 100_000;

/** A dossier record in the shape of samples/dossier/01 (invented values), about 1 KB pretty-printed. */
function record(i: number) {
  const d = String(i).padStart(6, '0');
  return {
    MaHoSo: `000.21.30.H22-240312-${d}`,
    MaTTHC: '1.001234.000.00.00.H22',
    TenTTHC: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    MaLinhVuc: 'G12-XD01',
    KenhThucHien: String(1 + (i % 3)),
    SoGiayToChuHoSo: `0021900${d.slice(1)}`,
    ChuHoSo: i % 2 ? 'Nguyễn Thị Minh Hằng' : 'Trần Văn Bình',
    LoaiDoiTuong: '1',
    Email: `nguoidan${i}@example.vn`,
    SoDienThoai: `09${d}12`,
    TrichYeuHoSo: 'Đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại tổ 5, phường Nguyễn Trãi',
    NgayNopHoSo: '20240311213005',
    NgayTiepNhan: '20240312081500',
    NgayHenTra: i % 7 === 0 ? '26/03/2024' : '20240326170000',
    TrangThaiHoSo: String(1 + (i % 9)),
    NgayTra: '',
    HinhThuc: '0',
    DonViXuLy: 'UBND thành phố Hà Giang',
    GhiChu: '',
    NoiNopHoSo: '2',
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: `0021900${d.slice(1)}` }],
    TaiLieuNop: [{ TepDinhKemId: `tl-${i}`, TenTepDinhKem: 'Don-de-nghi.pdf', DuongDanTaiTepTin: `https://dvc.example.gov.vn/files/${i}.pdf` }],
  };
}

const text = JSON.stringify({ session: 'x', madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'False', data: Array.from({ length: RECORDS }, (_, i) => record(i)) }, null, 2);
const bytes = encodeText(text, 'utf-8', false);

const every = (step: number, keys: PathSegment[][]): PathSegment[][] => {
  const out: PathSegment[][] = [];
  for (let i = 0; i < RECORDS; i += step) for (const k of keys) out.push(['data', i, ...k]);
  return out;
};
// What a validator asks for: a value, a missing key (→ its object), a nested value.
const issueKeys: PathSegment[][] = [['NgayHenTra'], ['NgayKetThucXuLy'], ['TaiLieuNop', 0, 'DuongDanTaiTepTin']];
const lastOnly: PathSegment[][] = [['data', RECORDS - 1, 'MaHoSo']];
const sparse = every(100, issueKeys);
const everyRecord = every(1, [['NgayHenTra']]);
const everyRecordThree = every(1, issueKeys);

const opts = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`${(text.length / 1e6).toFixed(0)} M characters, ${RECORDS} records`, () => {
  bench('JSON.parse (the yardstick)', () => void JSON.parse(text), opts);
  bench('parseJson (valid text: the fast path)', () => void parseJson(text), opts);
  bench('decodeBytes (strict UTF-8)', () => void decodeBytes(bytes), opts);
  bench('locatePaths: 1 path in the last record', () => void locatePaths(text, lastOnly), opts);
  bench(`locatePaths: ${sparse.length} paths, every 100th record`, () => void locatePaths(text, sparse), opts);
  bench(`locatePaths: ${everyRecord.length} paths, one in every record`, () => void locatePaths(text, everyRecord), opts);
  bench(`locatePaths: ${everyRecordThree.length} paths, three in every record`, () => void locatePaths(text, everyRecordThree), opts);
});
