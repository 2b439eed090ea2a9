/**
 * Realistic TTHC records (other-kinds.md c.2/c.3) built from a small invented catalogue: real-looking
 * procedure codes, domains, levels, channels with time limits and fees, documents and legal bases.
 * The content is illustrative, not the official CSDLQG text (samples/README.md).
 */
import type { Random } from '../../generate/random';

interface CatalogueEntry {
  code: string;
  name: string;
  domain: [string, string];
  level: [string, string];
  agency: [string, string];
  announcer: string;
  applicant: string;
  documents: string[];
  result: string;
  legal: [string, string, string, string][];
  fee: number;
  days: number;
}

/** Procedures with plausible content (codes in the national `d.dddddd` shape). */
export const CATALOGUE: CatalogueEntry[] = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    domain: ['G12-HT', 'Hộ tịch'],
    level: ['3', 'Cấp Xã'],
    agency: ['000.00.00.X', 'Ủy ban nhân dân cấp xã'],
    announcer: '000.00.00.G12',
    applicant: 'Cha, mẹ, ông, bà hoặc người thân thích khác có trách nhiệm đi đăng ký khai sinh cho trẻ em.',
    documents: ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh'],
    result: 'Giấy khai sinh (bản chính)',
    legal: [['60/2014/QH13', 'Luật Hộ tịch', '20/11/2014', 'Quốc hội']],
    fee: 0,
    days: 1,
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    domain: ['G12-HT', 'Hộ tịch'],
    level: ['3', 'Cấp Xã'],
    agency: ['000.00.00.X', 'Ủy ban nhân dân cấp xã'],
    announcer: '000.00.00.G12',
    applicant: 'Nam, nữ công dân Việt Nam đủ điều kiện kết hôn theo quy định.',
    documents: ['Tờ khai đăng ký kết hôn theo mẫu', 'Giấy xác nhận tình trạng hôn nhân'],
    result: 'Giấy chứng nhận kết hôn',
    legal: [['52/2014/QH13', 'Luật Hôn nhân và gia đình', '19/06/2014', 'Quốc hội']],
    fee: 0,
    days: 1,
  },
  {
    code: '2.000908',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
    domain: ['G12-CT', 'Chứng thực'],
    level: ['2', 'Cấp Huyện'],
    agency: ['000.00.00.H', 'Phòng Tư pháp cấp huyện'],
    announcer: '000.00.00.G12',
    applicant: 'Cá nhân, tổ chức có yêu cầu chứng thực.',
    documents: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao'],
    result: 'Bản sao được chứng thực từ bản chính',
    legal: [['23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính', '16/02/2015', 'Chính phủ']],
    fee: 2000,
    days: 0.5,
  },
  {
    code: '1.004227',
    name: 'Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    domain: ['G15-XD', 'Hoạt động xây dựng'],
    level: ['2', 'Cấp Huyện'],
    agency: ['000.00.00.H', 'Ủy ban nhân dân cấp huyện'],
    announcer: '000.00.00.G15',
    applicant: 'Hộ gia đình, cá nhân có nhà ở riêng lẻ.',
    documents: ['Đơn đề nghị cấp giấy phép xây dựng', 'Giấy tờ chứng minh quyền sử dụng đất', 'Bản vẽ thiết kế xây dựng'],
    result: 'Giấy phép xây dựng',
    legal: [
      ['50/2014/QH13', 'Luật Xây dựng', '18/06/2014', 'Quốc hội'],
      ['15/2021/NĐ-CP', 'Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng', '03/03/2021', 'Chính phủ'],
    ],
    fee: 75000,
    days: 15,
  },
  {
    code: '1.010812',
    name: 'Thủ tục cấp lại Giấy phép lái xe',
    domain: ['G16-DB', 'Đường bộ'],
    level: ['1', 'Cấp Tỉnh'],
    agency: ['000.00.00.H', 'Sở Giao thông vận tải'],
    announcer: '000.00.00.G16',
    applicant: 'Công dân Việt Nam, người nước ngoài cư trú hợp pháp tại Việt Nam.',
    documents: ['Đơn đề nghị cấp lại giấy phép lái xe theo mẫu', 'Giấy khám sức khỏe của người lái xe'],
    result: 'Giấy phép lái xe',
    legal: [['23/2008/QH12', 'Luật Giao thông đường bộ', '13/11/2008', 'Quốc hội']],
    fee: 135000,
    days: 10,
  },
  {
    code: '2.001757',
    name: 'Thủ tục đăng ký thành lập hộ kinh doanh',
    domain: ['G06-DK', 'Thành lập và hoạt động của hộ kinh doanh'],
    level: ['2', 'Cấp Huyện'],
    agency: ['000.00.00.H', 'Phòng Tài chính - Kế hoạch cấp huyện'],
    announcer: '000.00.00.G06',
    applicant: 'Cá nhân, thành viên hộ gia đình là công dân Việt Nam.',
    documents: ['Giấy đề nghị đăng ký hộ kinh doanh', 'Bản sao giấy tờ pháp lý của cá nhân'],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legal: [['01/2021/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '04/01/2021', 'Chính phủ']],
    fee: 100000,
    days: 3,
  },
];

const CHANNEL_TEXT: Record<string, string> = {
  '1': 'Nộp trực tiếp tại Bộ phận Một cửa',
  '2': 'Nộp hồ sơ trực tuyến\nhttps://dichvucong.gov.vn',
  '3': 'Gửi hồ sơ qua dịch vụ bưu chính công ích',
};

/** A full TTHC record for a catalogue entry; `channels` picks the KENH values (unique, from 1–3). */
export function procedureRecordFrom(e: CatalogueEntry, id: string, channels: string[]): Record<string, unknown> {
  const fee = () => ({
    MAPHILEPHI: 'Lệ phí',
    SOTIEN: String(e.fee),
    DONVI: 'Đồng',
    MOTA: e.fee === 0 ? 'Miễn lệ phí' : `Lệ phí ${String(e.fee).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng/hồ sơ`,
    TENTEP: '',
    URL: '',
  });
  return {
    ID: id,
    MATTHC: e.code,
    TENTTHC: e.name,
    MACOQUANCONGBO: e.announcer,
    LOAITTHC: '1',
    MOTADOITUONGTHUCHIEN: e.applicant,
    DIACHITIEPNHAN: `Bộ phận Một cửa ${e.agency[1]}`,
    YEUCAU: 'Không',
    TUKHOA: e.name.replace(/^Thủ tục /, '').toLowerCase(),
    IDQUYETDINHCONGBO: String(100000 + (Number(id) % 90000)),
    TRANGTHAI: '1',
    MOTACOQUANTHUCHIEN: e.agency[1],
    MOTACOQUANTHAMQUYEN: e.agency[1],
    MOTA: '',
    TRINHTUTHUCHIEN: [
      {
        TRUONGHOP: '',
        TRINHTU: [
          { TENTRINHTU: `Bước 1: Người có yêu cầu nộp hồ sơ tại ${e.agency[1]} hoặc nộp trực tuyến trên Cổng Dịch vụ công.` },
          { TENTRINHTU: 'Bước 2: Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.' },
          { TENTRINHTU: `Bước 3: Trả kết quả: ${e.result}.` },
        ],
      },
    ],
    CAPTHUCHIEN: [{ CAPTHUCHIEN: e.level[0], TENCAP: e.level[1] }],
    LINHVUCTHUCHIEN: [{ MALINHVUC: e.domain[0], TENLINHVUC: e.domain[1] }],
    CACHTHUCTHUCHIEN: channels.map((k) => ({
      KENH: k,
      THOIGIAN: [{ THOIGIANGIAIQUYET: String(e.days), DONVITINH: 'Ngày làm việc', MOTA: CHANNEL_TEXT[k], PHILEPHI: k === '3' ? [] : [fee()] }],
    })),
    DOITUONGTHUCHIEN: [{ MADOITUONG: '1', TENDOITUONG: 'Công dân Việt Nam' }],
    THANHPHANHOSO: [
      {
        TRUONGHOP: '',
        GIAYTO: e.documents.map((name, i) => ({
          MAGIAYTO: `${e.code}.${String(i + 1).padStart(2, '0')}`,
          TENGIAYTO: name,
          TENMAUDON: i === 0 ? `mau-${e.code}.docx` : '',
          URL: i === 0 ? `https://csdl.example.gov.vn/mau/${e.code}.docx` : '',
          SOBANCHINH: '1',
          SOBANSAO: '0',
          MA_KQ_THAYTHE: '',
        })),
      },
    ],
    KETQUATHUCHIEN: [{ MAKETQUA: `KQ.${e.code}`, TENKETQUA: e.result, TENTEP: '', URL: '' }],
    CANCUPHAPLY: e.legal.map(([so, ten, ngay, coquan]) => ({
      SOVANBAN: so,
      TENVANBAN: ten,
      NGAYBANHANH: ngay,
      NGAYHIEULUC: '',
      COQUANBANHANH: coquan,
      DIACHITRUYCAP: '',
    })),
    TTHCLIENQUAN: [],
    TTHCLIENTHONG: [],
    COQUANTHUCHIEN: [{ MADONVI: e.agency[0], TENDONVI: e.agency[1] }],
    COQUANCOTHAMQUYEN: [{ MADONVI: e.agency[0], TENDONVI: e.agency[1] }],
    COQUANDUOCUYQUYEN: [],
    COQUANPHOIHOP: [],
  };
}

/** `n` varied valid TTHC records: catalogue entries with random codes, channels, types and amounts. */
export function generateProcedures(n: number, r: Random): Record<string, unknown>[] {
  return Array.from({ length: n }, () => {
    const e = r.pick(CATALOGUE);
    const channels = ['1', '2', '3'].filter(() => r.chance(0.7));
    if (channels.length === 0) channels.push(r.pick(['1', '2', '3']));
    const code = `${r.pick(['1', '2', '3'])}.${r.digits(6)}`;
    const varied: CatalogueEntry = { ...e, code, fee: r.chance(0.4) ? 0 : r.int(1, 60) * 5000, days: r.chance(0.1) ? 0.5 : r.int(1, 30) };
    const rec = procedureRecordFrom(varied, String(r.int(1000, 99999)), channels);
    rec.LOAITTHC = r.pick(['1', '2', '3']);
    return rec;
  });
}
