/**
 * Template and generator of `CapNhatTienDoHoSoMC` steps (dossier.md §3.1). Generated steps follow
 * real workflows (receipt → appraisal → signature → result, with supplement or refusal paths), in
 * time order per dossier, each step's dates consistent.
 */
import type { Random } from '../../generate/random';
import { CONNECTING_UNIT, OFFICERS, UNITS } from './dossierCatalogue';
import { CaseNumbers, wire } from './dossierGenerate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.UTC(2023, 0, 2, 8);

/** Workflows: the status after each step and what was done. */
const WORKFLOWS: readonly (readonly [string, string])[][] = [
  [
    ['2', 'Tiếp nhận hồ sơ'],
    ['4', 'Thẩm định hồ sơ'],
    ['4', 'Trình lãnh đạo ký duyệt'],
    ['9', 'Ký duyệt kết quả'],
    ['10', 'Trả kết quả cho công dân'],
  ],
  [
    ['2', 'Tiếp nhận hồ sơ'],
    ['4', 'Thẩm định hồ sơ'],
    ['5', 'Yêu cầu bổ sung giấy tờ'],
    ['4', 'Tiếp nhận hồ sơ bổ sung, tiếp tục thẩm định'],
    ['9', 'Ký duyệt kết quả'],
    ['10', 'Trả kết quả qua bưu chính công ích'],
  ],
  [
    ['2', 'Tiếp nhận hồ sơ'],
    ['6', 'Thông báo nộp phí, lệ phí'],
    ['4', 'Đã nộp phí, chuyển thẩm định'],
    ['9', 'Ký duyệt kết quả'],
  ],
  [['3', 'Từ chối tiếp nhận: hồ sơ không thuộc thẩm quyền']],
  [
    ['2', 'Tiếp nhận hồ sơ'],
    ['7', 'Công dân yêu cầu rút hồ sơ'],
  ],
];

/** `n` valid progress steps, grouped by dossier and in time order, reproducible from `random`. */
export function generateProgress(n: number, random: Random): Record<string, unknown>[] {
  const count = Math.max(0, Math.floor(n) || 0);
  const numbers = new CaseNumbers();
  const out: Record<string, unknown>[] = [];
  while (out.length < count) {
    const unit = random.pick(UNITS);
    let time = START + random.int(0, 1090) * DAY + random.int(0, 8 * 60) * MINUTE;
    const code = numbers.take(unit.id, time);
    for (const [status, action] of random.pick(WORKFLOWS)) {
      if (out.length >= count) break;
      const officer = random.pick(OFFICERS);
      const start = time;
      const handled = start + random.int(5, 3 * 24 * 60) * MINUTE;
      out.push({
        MaHoSo: code,
        NguoiXuLy: officer.name,
        ChucDanh: officer.title,
        ThoiDiemXuLy: wire(handled),
        PhongBanXuLy: officer.department,
        NoiDungXuLy: action,
        TrangThai: status,
        NgayBatDau: wire(start),
        NgayKetThucTheoQuyDinh: wire(start + random.int(1, 10) * DAY),
      });
      time = handled + random.int(1, 48) * HOUR;
    }
  }
  return out;
}

/** A complete `CapNhatTienDoHoSoMC` body: two steps of the dossier template's MaHoSo. */
export function progressTemplate(): Record<string, unknown> {
  return {
    session: '<session-token-from-login>',
    madonvi: CONNECTING_UNIT,
    service: 'CapNhatTienDoHoSoMC',
    data: [
      {
        MaHoSo: '000.21.30.H22-240507-0015',
        NguoiXuLy: 'Trần Văn Bình',
        ChucDanh: 'Cán bộ một cửa',
        ThoiDiemXuLy: '20240507083000',
        PhongBanXuLy: 'Bộ phận Tiếp nhận và Trả kết quả',
        NoiDungXuLy: 'Tiếp nhận hồ sơ',
        TrangThai: '2',
        NgayBatDau: '20240507083000',
        NgayKetThucTheoQuyDinh: '20240507170000',
      },
      {
        MaHoSo: '000.21.30.H22-240507-0015',
        NguoiXuLy: 'Đỗ Thị Lan',
        ChucDanh: 'Chuyên viên',
        ThoiDiemXuLy: '20240508090000',
        PhongBanXuLy: 'Phòng Quản lý đô thị',
        NoiDungXuLy: 'Thẩm định hồ sơ, kiểm tra thực địa',
        TrangThai: '4',
        NgayBatDau: '20240508080000',
        NgayKetThucTheoQuyDinh: '20240517170000',
      },
    ],
  };
}
