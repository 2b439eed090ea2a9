/**
 * Templates of the PAKN packets and a generator of realistic, consistent PAKN items (against the
 * reconstruction of other-kinds.md (d)): answers only on answered items, dates in order, at least
 * one contact channel.
 */
import { addMinutes, formatWire, type LocalDateTime } from '../../datetime/wire';
import { createRandom, type Random } from '../../generate/random';
import { person } from '../../generate/vietnamese';

const SESSION = { session: '5d0c8a7e-31f4-4b92-a6d1-7e2f9c40b8a1', madonvi: '000.00.00.H35' };

const TOPICS = [
  {
    subject: 'Chậm trả kết quả cấp giấy chứng nhận quyền sử dụng đất',
    text: 'Tôi nộp hồ sơ đúng hẹn nhưng đến nay chưa nhận được kết quả và không có thông báo lý do.',
    answer: 'Hồ sơ bị chậm do phải xác minh nguồn gốc thửa đất; cơ quan đã gửi văn bản xin lỗi và hẹn lại ngày trả.',
    domain: 'G09-DD',
    procedure: '1.004227',
    agency: ['000.00.12.H35', 'Sở Nông nghiệp và Môi trường tỉnh Hà Nam'],
  },
  {
    subject: 'Đề nghị hướng dẫn đăng ký khai sinh cho con sinh ở nước ngoài',
    text: 'Con tôi sinh ở nước ngoài, đã về nước cùng gia đình. Xin hỏi cần nộp hồ sơ ở đâu và gồm những giấy tờ gì?',
    answer: 'Hồ sơ nộp tại UBND cấp xã nơi cư trú của cha hoặc mẹ, gồm tờ khai, giấy tờ chứng minh việc sinh và giấy tờ chứng minh việc trẻ nhập cảnh.',
    domain: 'G12-HT',
    procedure: '1.001193',
    agency: ['000.00.15.H35', 'Sở Tư pháp tỉnh Hà Nam'],
  },
  {
    subject: 'Phản ánh về thái độ tiếp dân tại Bộ phận Một cửa',
    text: 'Cán bộ tiếp nhận không hướng dẫn đầy đủ thành phần hồ sơ, tôi phải đi lại nhiều lần.',
    answer: 'UBND xã đã kiểm điểm cán bộ tiếp nhận và niêm yết lại hướng dẫn thành phần hồ sơ tại Bộ phận Một cửa.',
    domain: '',
    procedure: '',
    agency: ['000.00.21.H35', 'UBND xã Thanh Hà'],
  },
  {
    subject: 'Kiến nghị bổ sung thanh toán trực tuyến lệ phí cấp giấy phép xây dựng',
    text: 'Đề nghị cho phép nộp lệ phí cấp giấy phép xây dựng qua Cổng Dịch vụ công để không phải đến trụ sở.',
    answer: 'Sở Xây dựng đã phối hợp triển khai thanh toán trực tuyến lệ phí từ tháng tới; đề nghị ông/bà theo dõi trên Cổng.',
    domain: 'G15-XD',
    procedure: '1.004227',
    agency: ['000.00.18.H35', 'Sở Xây dựng tỉnh Hà Nam'],
  },
];

/** One consistent PAKN item; `status` picks the reconstructed TRANGTHAI (1–4). */
export function paknItemFor(r: Random, id: number, status: string): Record<string, unknown> {
  const who = person(r);
  const topic = r.pick(TOPICS);
  const sent: LocalDateTime = { year: r.int(2024, 2026), month: r.int(1, 12), day: r.int(1, 28), hour: r.int(7, 21), minute: r.int(0, 59), second: r.int(0, 59) };
  const deadline = addMinutes(sent, r.int(5, 15) * 24 * 60);
  const answered = status === '3';
  const contacts = r.int(1, 7); // bit mask: e-mail, phone, address — never all empty
  return {
    PAKNID: String(id),
    MAPAKN: `PAKN.${sent.year}.${String(id % 10_000_000).padStart(7, '0')}`,
    TIEUDE: topic.subject,
    NOIDUNG: topic.text,
    NGAYGUI: formatWire(sent),
    HOVATEN: who.fullName,
    LOAIDOITUONG: '1',
    SOGIAYTO: r.chance(0.5) ? who.cccd : '',
    DIACHI: contacts & 4 ? who.address : '',
    THUDIENTU: contacts & 1 ? who.email : '',
    SODIENTHOAI: contacts & 2 ? who.phone : '',
    MALINHVUC: topic.domain,
    MATTHC: topic.procedure,
    MADONVI: topic.agency[0],
    TENDONVI: topic.agency[1],
    TRANGTHAI: status,
    CONGKHAI: answered && r.chance(0.6) ? '1' : '0',
    HANXULY: formatWire(deadline),
    TEPDINHKEM: r.chance(0.3) ? [{ TENTEP: 'anh-chup-giay-hen.jpg', URL: `https://pakn.example.gov.vn/files/${id}/anh-chup-giay-hen.jpg` }] : [],
    TRALOIID: answered ? String(500000 + (id % 400000)) : '',
    NOIDUNGTRALOI: answered ? topic.answer : '',
    NGAYTRALOI: answered ? formatWire(addMinutes(sent, r.int(60, 10 * 24 * 60))) : '',
    NGUOITRALOI: answered ? topic.agency[1] : '',
  };
}

/** Complete valid documents for each PAKN packet (against the reconstruction). */
export function feedbackTemplate(packetId = 'LayDanhSachPAKN.response'): Record<string, unknown> {
  switch (packetId) {
    case 'LayDanhSachPAKN.response': {
      // A fixed seed: template() is the same document every time.
      const r = createRandom(120);
      return { error_code: '0', message: 'Thành công', result: [paknItemFor(r, 8841207, '2'), paknItemFor(r, 8839954, '3')] };
    }
    case 'LayDanhSachPAKN.request':
      return { ...SESSION, service: 'LayDanhSachPAKN', tungay: '20261001', denngay: '20261031' };
    case 'DongBoKetQuaPAKN':
      return {
        ...SESSION,
        service: 'DongBoKetQuaPAKN',
        data: [
          {
            PAKNID: '8841207',
            MADONVI: '000.00.12.H35',
            TRALOIID: '552471',
            TRANGTHAI: '3',
            NOIDUNGTRALOI: 'Hồ sơ của ông bị chậm do phải xác minh nguồn gốc thửa đất. Sở đã ban hành văn bản xin lỗi và hẹn trả kết quả ngày 22/10/2026.',
            NGAYTRALOI: '20261017152040',
            NGUOITRALOI: 'Văn phòng Đăng ký đất đai tỉnh Hà Nam',
            TEPDINHKEM: [{ TENTEP: 'van-ban-xin-loi.pdf', URL: 'https://mcdt.example.gov.vn/files/552471.pdf' }],
          },
        ],
      };
    case 'LayTaiLieuPAKN.request':
      return { ...SESSION, service: 'LayTaiLieuPAKN', TepTinPhanAnh: 'https://pakn.example.gov.vn/files/8841207/giay-hen.pdf' };
    default:
      throw new Error(`Không có gói tin ${packetId} trong nhóm feedback / No packet ${packetId} in kind feedback`);
  }
}

/** `n` varied valid PAKN items (statuses 1–4; answers only on status 3). */
export function generateFeedback(n: number, r: Random): Record<string, unknown>[] {
  return Array.from({ length: n }, () => paknItemFor(r, r.int(1_000_000, 9_999_999), r.pick(['1', '2', '2', '3', '3', '4'])));
}
