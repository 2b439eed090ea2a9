/**
 * Templates of the auxiliary bodies and the generator of type-2 status feedback records
 * (dossier.md §1.4, §1.6, §3.2, §3.3, §3.5). Values are invented; tokens are placeholders.
 */
import type { Random } from '../../generate/random';
import { CONNECTING_UNIT, OFFICERS } from './dossierCatalogue';
import { CaseNumbers, wire } from './dossierGenerate';
import { dossierTemplateRecord, unknownPacketError } from './dossierTemplate';

const SESSION = '<session-token-from-login>';

const FEEDBACK_NOTES = [
  'Đã tiếp nhận thông báo thực hiện khuyến mại',
  'Xác nhận thông báo hợp lệ',
  'Đề nghị bổ sung thời gian, địa bàn thực hiện khuyến mại',
  'Thông báo không hợp lệ, đề nghị thương nhân nộp lại',
];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = Date.UTC(2023, 0, 2, 8);

/** `n` type-2 `DongBoTrangThaiHoSo` records, using only the codes both implementations send (2, 5). */
export function generateStatusFeedback(n: number, random: Random): Record<string, unknown>[] {
  const count = Math.max(0, Math.floor(n) || 0);
  const own = new CaseNumbers();
  const out: Record<string, unknown>[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const time = START + random.int(0, 1090) * DAY + random.int(0, 9 * 60) * MINUTE;
    const accepted = random.chance(0.75);
    const id = String(random.int(10000, 999999));
    out[i] = {
      MaHoSo: `G22.99-${wire(time).slice(2, 8)}-${String(i + 1).padStart(7, '0')}`,
      MaHoSoDonVi: own.take('000.21.30.H22', time),
      MaDoiTuong: '',
      NoiDung: accepted ? FEEDBACK_NOTES[random.int(0, 1)] : FEEDBACK_NOTES[random.int(2, 3)],
      NgayXuLy: wire(time + random.int(30, 5 * 24 * 60) * MINUTE),
      TrangThai: accepted ? '2' : '5',
      TaiLieuXuLy: random.chance(0.5)
        ? [
            {
              TenTepDinhKem: `Van-ban-xac-nhan-${id}.pdf`,
              MaThanhPhanHoSo: '',
              TepDinhKemId: id,
              DuongDanTaiTepTin: `https://motcua.h22.example/api/files/download?id=${id}`,
              IsDeleted: 'False',
            },
          ]
        : [],
    };
  }
  return out;
}

/** A complete body of each auxiliary packet (default: the type-2 status feedback). */
export function auxiliaryTemplate(packetId = 'DongBoTrangThaiHoSo'): Record<string, unknown> {
  const dossier = dossierTemplateRecord();
  switch (packetId) {
    case 'DongBoTrangThaiHoSo':
      return {
        session: SESSION,
        madonvi: CONNECTING_UNIT,
        service: 'DongBoTrangThaiHoSo',
        type: '2',
        data: {
          MaHoSo: 'G22.99-240510-0012345',
          MaHoSoDonVi: '000.21.30.H22-240510-0003',
          MaDoiTuong: '',
          NoiDung: `Đã tiếp nhận thông báo thực hiện khuyến mại (${OFFICERS[0].name})`,
          NgayXuLy: '20240512100000',
          TrangThai: '2',
          TaiLieuXuLy: [
            {
              TenTepDinhKem: 'Van-ban-xac-nhan-thong-bao-khuyen-mai.pdf',
              MaThanhPhanHoSo: '',
              TepDinhKemId: '70311',
              DuongDanTaiTepTin: 'https://motcua.h22.example/api/files/download?id=70311',
              IsDeleted: 'False',
            },
          ],
        },
      };
    case 'login.request':
      return { username: '<tai-khoan-ket-noi-duoc-cap>', password: '<mat-khau-ket-noi>' };
    case 'login.response':
      return { error_code: '0', message: 'Thành công', session: '<opaque-session-token>' };
    case 'reply':
      return { error_code: '0', message: 'Thành công' };
    case 'TraCuuHoSo.request':
      return { session: SESSION, madonvi: CONNECTING_UNIT, service: 'TraCuuHoSo', mahoso: dossier.MaHoSo };
    case 'TraCuuHoSo.response':
      // An empty result: the dossier is not on DVCQG yet, so the next push is a create.
      return { error_code: '0', message: 'Thành công', result: [] };
    case 'TraCuuTechID.request':
      return { session: SESSION, madonvi: CONNECTING_UNIT, service: 'TraCuuTechID', provider: 'wso2is', mstorcmnd: dossier.SoGiayToChuHoSo };
    case 'TraCuuTechID.response':
      return { error_code: '0', message: 'Thành công', result: [{ TECHNICALID: dossier.MaDoiTuong }] };
    default:
      throw unknownPacketError('auxiliary', packetId, AUXILIARY_PACKET_IDS);
  }
}

/** The stable packet ids of the auxiliary kind. */
export const AUXILIARY_PACKET_IDS = [
  'DongBoTrangThaiHoSo',
  'login.request',
  'login.response',
  'reply',
  'TraCuuHoSo.request',
  'TraCuuHoSo.response',
  'TraCuuTechID.request',
  'TraCuuTechID.response',
];
