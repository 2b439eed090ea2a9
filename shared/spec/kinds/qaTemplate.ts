/**
 * Templates of the Q&A packets (other-kinds.md (e)) and a generator of unit-authored Q&A items
 * (`DongBoHoiDap`, the family's main push).
 */
import { createRandom, type Random } from '../../generate/random';
import { person } from '../../generate/vietnamese';

const SESSION = { session: '5d0c8a7e-31f4-4b92-a6d1-7e2f9c40b8a1', madonvi: '000.00.00.H35' };

const AGENCIES = [
  ['000.00.15.H35', 'Sở Tư pháp tỉnh Hà Nam'],
  ['000.00.18.H35', 'Sở Xây dựng tỉnh Hà Nam'],
  ['000.00.12.H35', 'Sở Nông nghiệp và Môi trường tỉnh Hà Nam'],
  ['000.00.21.H35', 'UBND xã Thanh Hà'],
  ['000.00.00.G12', 'Bộ Tư pháp'],
];

const QUESTIONS: [string, string, string][] = [
  ['G12-HT', 'Đăng ký khai sinh quá hạn có bị xử phạt không?', 'Việc đăng ký khai sinh quá hạn không bị xử phạt; người đi đăng ký nộp tờ khai và giấy chứng sinh như thông thường.'],
  ['G12-CT', 'Bản sao có chứng thực có thời hạn sử dụng bao lâu?', 'Pháp luật không quy định thời hạn sử dụng của bản sao có chứng thực; cơ quan tiếp nhận chỉ yêu cầu cấp mới khi bản sao không còn rõ nét.'],
  ['G12-HT', 'Tôi có thể nộp hồ sơ trích lục khai sinh trực tuyến khi đang ở tỉnh khác không?', 'Ông/bà có thể nộp trực tuyến trên Cổng Dịch vụ công và chọn nhận kết quả qua bưu chính công ích.'],
  ['G15-XD', 'Sửa chữa nhà ở riêng lẻ có phải xin giấy phép xây dựng không?', 'Sửa chữa, cải tạo bên trong không làm thay đổi kết cấu chịu lực thì được miễn giấy phép xây dựng.'],
  ['G09-DD', 'Thời hạn cấp giấy chứng nhận quyền sử dụng đất lần đầu là bao lâu?', 'Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian xác minh.'],
  ['G12-CT', 'Chứng thực chữ ký trên giấy ủy quyền có phải mang theo người được ủy quyền không?', 'Khi chứng thực chữ ký, chỉ người yêu cầu chứng thực phải có mặt và ký trước mặt người thực hiện chứng thực.'],
];

/** One unit-authored Q&A item (e.2); sometimes with its answer (the inactive e.2 rows 6–7), always consistent. */
export function unitQuestionFor(r: Random, id: number): Record<string, unknown> {
  const [code, name] = r.pick(AGENCIES);
  const [domain, question, answer] = r.pick(QUESTIONS);
  const item: Record<string, unknown> = { HOIDAPID: id, MaLinhVuc: domain, NOIDUNG: question, MADONVI: code, TENDONVI: name };
  if (r.chance(0.2)) {
    item.TRALOIID = r.int(100000, 999999);
    item.NOIDUNGTRALOI = answer;
  }
  return item;
}

/** Complete valid documents for each Q&A packet. */
export function qaTemplate(packetId = 'DongBoHoiDap'): Record<string, unknown> {
  switch (packetId) {
    case 'DongBoHoiDap':
      return {
        ...SESSION,
        service: 'DongBoHoiDap',
        data: [
          { HOIDAPID: 5012, MaLinhVuc: 'G12-HT', NOIDUNG: QUESTIONS[0][1], MADONVI: '000.00.15.H35', TENDONVI: 'Sở Tư pháp tỉnh Hà Nam' },
          { HOIDAPID: 5013, MaLinhVuc: 'G12-CT', NOIDUNG: QUESTIONS[1][1], MADONVI: '000.00.15.H35', TENDONVI: 'Sở Tư pháp tỉnh Hà Nam' },
        ],
      };
    case 'DongBoKetQuaHoiDapGuiTuDVCQG':
      return {
        ...SESSION,
        service: 'DongBoKetQuaHoiDapGuiTuDVCQG',
        data: [
          {
            HOIDAPID: '2214587',
            MADONVI: '000.00.15.H35',
            NGUOITRALOI: 'Nguyễn Thị Lan',
            CHUCVUNGUOITRALOI: 'Chuyên viên Phòng Hành chính tư pháp',
            NGAYTRALOI: '16/10/2026',
            NOIDUNGTRALOI: QUESTIONS[2][2],
          },
        ],
      };
    case 'LayDanhSachHoiDapGuiTuDVCQG.request':
    case 'LayDanhSachHoiDapBoCoQuan.request':
      return { ...SESSION, service: packetId.replace('.request', '') };
    case 'LayNoiDungTraLoiTheoCauHoi.request':
      return { ...SESSION, service: 'LayNoiDungTraLoiTheoCauHoi', cauhoiid: '2213902' };
    case 'LayDanhSachHoiDapGuiTuDVCQG.response':
    case 'LayDanhSachHoiDapBoCoQuan.response': {
      const citizens = packetId.startsWith('LayDanhSachHoiDapGuiTuDVCQG');
      return { error_code: '0', message: 'Thành công', result: [question(2214587, 2, 0, citizens), question(2213902, 5, 887150, citizens)] };
    }
    case 'LayNoiDungTraLoiTheoCauHoi.response':
      return { error_code: '0', message: 'Thành công', result: [{ TRALOIID: 887150, NOIDUNGTRALOI: QUESTIONS[5][2] }] };
    default:
      throw new Error(`Không có gói tin ${packetId} trong nhóm qa / No packet ${packetId} in kind qa`);
  }
}

/** A question record (e.1); `citizens` gives the asker's details, agency-authored items have none. */
function question(id: number, q: number, answerId: number, citizens: boolean): Record<string, unknown> {
  const [domain, text, answer] = QUESTIONS[q];
  const asker = citizens ? person(createRandom(id)) : undefined;
  return {
    HOIDAPID: id,
    MALINHVUC: domain,
    MATTHCDP: q === 2 ? '1.001193.000.00.00.H35' : '',
    MADONVI: '000.00.15.H35',
    TENDONVI: 'Sở Tư pháp tỉnh Hà Nam',
    NOIDUNG: text,
    HOVATEN: asker?.fullName ?? '',
    DIACHI: asker?.address ?? '',
    THUDIENTU: asker?.email ?? '',
    SODIENTHOAI: asker?.phone ?? '',
    TRANGTHAI: 1,
    TRALOIID: answerId,
    NOIDUNGTRALOI: answerId > 0 ? answer : '',
  };
}

/** `n` varied valid `DongBoHoiDap` items with distinct positive ids. */
export function generateQa(n: number, r: Random): Record<string, unknown>[] {
  const start = r.int(1, 90000);
  return Array.from({ length: n }, (_, i) => unitQuestionFor(r, start + i));
}
