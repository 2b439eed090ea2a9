/**
 * A valid `DongBoThongKeHoSo` document and a generator of consistent monthly statistics records
 * (every b.2 sum and percentage holds; counts and percentages written as strings like OpenCPS).
 */
import type { Random } from '../../generate/random';
import { expectedPercent } from './statisticsRules';

const UNITS = [
  { code: '000.00.00.H35', name: 'Ủy ban nhân dân tỉnh Hà Nam', scale: 2000 },
  { code: '000.00.15.H35', name: 'Sở Tư pháp tỉnh Hà Nam', scale: 600 },
  { code: '000.00.21.H35', name: 'UBND xã Thanh Hà', scale: 60 },
  { code: '000.00.22.H35', name: 'UBND xã Liêm Sơn', scale: 40 },
  { code: '000.00.00.H29', name: 'Ủy ban nhân dân tỉnh Hà Giang', scale: 1500 },
  { code: '000.00.31.H29', name: 'UBND phường Nguyễn Trãi', scale: 80 },
  { code: '000.00.00.H56', name: 'Ủy ban nhân dân thành phố Đà Nẵng', scale: 3000 },
  { code: '000.00.00.G12', name: 'Bộ Tư pháp', scale: 900 },
];

const NOTES = ['', '', '', 'Số liệu đã đối soát với sổ theo dõi hồ sơ', 'Kỳ có ngày nghỉ lễ, thời hạn tính theo ngày làm việc'];

function pct(num: number, den: number): string {
  return den === 0 ? '0' : expectedPercent(num, den).toFixed(2);
}

/** A record whose figures satisfy every b.2 rule (D + C = X: nothing withdrawn). */
export function statisticsRecordFor(r: Random, month: number, year: number): Record<string, unknown> {
  const unit = r.pick(UNITS);
  const empty = r.chance(0.05);
  const received = empty ? 0 : r.int(0, unit.scale);
  const carried = empty ? 0 : r.int(0, Math.ceil(unit.scale / 8));
  const total = received + carried;
  const finished = r.int(0, total);
  const pending = total - finished;
  const late = r.int(0, Math.floor(finished * 0.1));
  const onTime = finished - late;
  const overdue = r.int(0, Math.floor(pending * 0.2));
  const withinDeadline = pending - overdue;
  return {
    Madonvi: unit.code,
    TenDonVi: unit.name,
    Thang: String(month),
    Nam: String(year),
    LoaiThongKe: '1',
    SoNhanTrongKy: String(received),
    SoTonKyTruoc: String(carried),
    TongSoXuLy: String(total),
    TongDaXuLy: String(finished),
    TongXuLyDungHan: String(onTime),
    PhanTramXuLyDungHan: pct(onTime, finished),
    TongXuLyTreHan: String(late),
    PhanTramXuLyTreHan: pct(late, finished),
    TongChuaXuLy: String(pending),
    TongChuaXuLyTrongHan: String(withinDeadline),
    PhanTramChuaXuLyTrongHan: pct(withinDeadline, pending),
    TongChuaXuLyTreHan: String(overdue),
    PhanTramChuaXuLyTreHan: pct(overdue, pending),
    GhiChu: r.pick(NOTES),
  };
}

/** A complete `DongBoThongKeHoSo` envelope, the figures of samples/statistics/01. */
export function statisticsTemplate(): Record<string, unknown> {
  return {
    session: '5d0c8a7e-31f4-4b92-a6d1-7e2f9c40b8a1',
    madonvi: '000.00.00.H35',
    service: 'DongBoThongKeHoSo',
    data: [
      {
        Madonvi: '000.00.00.H35',
        TenDonVi: 'Ủy ban nhân dân tỉnh Hà Nam',
        Thang: '10',
        Nam: '2026',
        LoaiThongKe: '1',
        SoNhanTrongKy: '1840',
        SoTonKyTruoc: '215',
        TongSoXuLy: '2055',
        TongDaXuLy: '1902',
        TongXuLyDungHan: '1871',
        PhanTramXuLyDungHan: '98.37',
        TongXuLyTreHan: '31',
        PhanTramXuLyTreHan: '1.63',
        TongChuaXuLy: '153',
        TongChuaXuLyTrongHan: '141',
        PhanTramChuaXuLyTrongHan: '92.16',
        TongChuaXuLyTreHan: '12',
        PhanTramChuaXuLyTreHan: '7.84',
        GhiChu: '',
      },
    ],
  };
}

/** `n` varied valid records over the months of 2021–2026. */
export function generateStatistics(n: number, r: Random): Record<string, unknown>[] {
  return Array.from({ length: n }, () => statisticsRecordFor(r, r.int(1, 12), r.int(2021, 2026)));
}
