/**
 * Invented test catalogue for dossier templates and generated batches: procedures, processing
 * units and enterprises. Codes imitate the real formats (`1.001234.000.00.00.H22`, `G12-XD01`,
 * `000.21.30.H22`) but are not claimed to be real catalogue entries; hosts use `.example`.
 */

/** A procedure of the invented catalogue, with what a dossier of it carries. */
export interface CatalogueProcedure {
  code: string;
  name: string;
  domainCode: string;
  domainName: string;
  /** Working time allowed, in days (drives `NgayHenTra`). */
  days: number;
  /** Fee in VND; 0 = free of charge. */
  fee: number;
  feeName: string;
  /** Documents the applicant submits. */
  files: string[];
  resultName: string;
  resultCode: string;
  /** Procedures for enterprises have `LoaiDoiTuong` 2. */
  forEnterprise: boolean;
}

/** The connecting unit every generated dossier belongs to (Hà Giang, as in the samples). */
export const CONNECTING_UNIT = '000.00.01.H22';

/** Processing units under the connecting unit: their unit id (the `MaHoSo` prefix) and name. */
export const UNITS: readonly { id: string; name: string; host: string }[] = [
  { id: '000.21.30.H22', name: 'UBND thành phố Hà Giang', host: 'motcua.h22.example' },
  { id: '000.22.31.H22', name: 'Chi nhánh Văn phòng đăng ký đất đai thành phố Hà Giang', host: 'motcua.h22.example' },
  { id: '000.23.12.H22', name: 'UBND huyện Bắc Quang', host: 'motcua-bacquang.h22.example' },
  { id: '000.24.03.H22', name: 'Sở Giáo dục và Đào tạo tỉnh Hà Giang', host: 'tuyensinh.h22.example' },
  { id: '000.25.40.H22', name: 'UBND xã Phương Thiện', host: 'motcua.h22.example' },
];

/** Procedures of the invented catalogue. */
export const PROCEDURES: readonly CatalogueProcedure[] = [
  {
    code: '1.001234.000.00.00.H22',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    domainCode: 'G12-XD01',
    domainName: 'Hoạt động xây dựng',
    days: 15,
    fee: 75000,
    feeName: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ',
    files: ['Don-de-nghi-cap-giay-phep-xay-dung.pdf', 'Giay-chung-nhan-quyen-su-dung-dat.pdf', 'Ban-ve-thiet-ke.pdf'],
    resultName: 'Giấy phép xây dựng nhà ở riêng lẻ',
    resultCode: 'KQ.G12.000117',
    forEnterprise: false,
  },
  {
    code: '2.000633.000.00.00.H22',
    name: 'Cấp Giấy phép bán lẻ sản phẩm rượu',
    domainCode: 'G10-CT03',
    domainName: 'Lưu thông hàng hóa trong nước',
    days: 10,
    fee: 1200000,
    feeName: 'Phí thẩm định cấp giấy phép bán lẻ sản phẩm rượu',
    files: ['Van-ban-de-nghi-cap-giay-phep.pdf', 'Giay-chung-nhan-dang-ky-doanh-nghiep.pdf'],
    resultName: 'Giấy phép bán lẻ sản phẩm rượu',
    resultCode: 'KQ.G10.000245',
    forEnterprise: true,
  },
  {
    code: '1.004227.000.00.00.H22',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng',
    domainCode: 'G14-DD02',
    domainName: 'Đất đai',
    days: 10,
    fee: 30000,
    feeName: 'Lệ phí cấp giấy chứng nhận quyền sử dụng đất',
    files: ['Don-dang-ky-bien-dong-dat-dai.pdf', 'Hop-dong-chuyen-nhuong.pdf'],
    resultName: 'Giấy chứng nhận quyền sử dụng đất đã xác nhận biến động',
    resultCode: 'KQ.G14.000302',
    forEnterprise: false,
  },
  {
    code: '3.000181.000.00.00.H22',
    name: 'Tuyển sinh trung học phổ thông',
    domainCode: 'G03-GD10',
    domainName: 'Giáo dục Trung học',
    days: 7,
    fee: 0,
    feeName: '',
    files: ['Hoc-ba-THCS.pdf', 'Giay-khai-sinh.pdf'],
    resultName: 'Thông báo trúng tuyển',
    resultCode: 'KQ.G03.000051',
    forEnterprise: false,
  },
  {
    code: '1.001193.000.00.00.H22',
    name: 'Đăng ký khai sinh',
    domainCode: 'G09-HT01',
    domainName: 'Hộ tịch',
    days: 1,
    fee: 0,
    feeName: '',
    files: ['To-khai-dang-ky-khai-sinh.pdf', 'Giay-chung-sinh.pdf'],
    resultName: 'Giấy khai sinh (bản chính)',
    resultCode: 'KQ.G09.000011',
    forEnterprise: false,
  },
  {
    code: '2.001757.000.00.00.H22',
    name: 'Đăng ký thành lập hộ kinh doanh',
    domainCode: 'G10-KD01',
    domainName: 'Thành lập và hoạt động của hộ kinh doanh',
    days: 3,
    fee: 100000,
    feeName: 'Lệ phí đăng ký hộ kinh doanh',
    files: ['Giay-de-nghi-dang-ky-ho-kinh-doanh.pdf'],
    resultName: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    resultCode: 'KQ.G10.000078',
    forEnterprise: false,
  },
  {
    code: '1.002253.000.00.00.H22',
    name: 'Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống',
    domainCode: 'G05-YT04',
    domainName: 'An toàn thực phẩm',
    days: 20,
    fee: 700000,
    feeName: 'Phí thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    files: ['Don-de-nghi-cap-giay-chung-nhan.pdf', 'Ban-thuyet-minh-co-so-vat-chat.pdf', 'Giay-xac-nhan-tap-huan-ATTP.pdf'],
    resultName: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    resultCode: 'KQ.G05.000190',
    forEnterprise: true,
  },
];

/** Enterprise names for `LoaiDoiTuong` 2 owners. */
export const ENTERPRISES: readonly string[] = [
  'Công ty TNHH Thương mại Dịch vụ Minh Phát',
  'Công ty Cổ phần Xây dựng Đồng Văn',
  'Công ty TNHH Thực phẩm Sạch Cao Nguyên',
  'Hợp tác xã Chè Shan Tuyết Lũng Phìn',
  'Công ty TNHH Du lịch Cổng Trời',
  'Công ty Cổ phần Nhà hàng Phố Cáo',
];

/** Officers who act on dossiers (their names appear in supplements and progress steps). */
export const OFFICERS: readonly { name: string; title: string; department: string }[] = [
  { name: 'Trần Văn Bình', title: 'Cán bộ một cửa', department: 'Bộ phận Tiếp nhận và Trả kết quả' },
  { name: 'Đỗ Thị Lan', title: 'Chuyên viên', department: 'Phòng Kinh tế' },
  { name: 'Vũ Minh Đức', title: 'Trưởng phòng', department: 'Phòng Kinh tế' },
  { name: 'Hoàng Thị Thu', title: 'Chuyên viên', department: 'Phòng Tài nguyên và Môi trường' },
  { name: 'Lương Quốc Việt', title: 'Phó Chủ tịch', department: 'Lãnh đạo UBND' },
  { name: 'Ngô Thị Hồng Nhung', title: 'Công chức Tư pháp - Hộ tịch', department: 'Bộ phận Tư pháp' },
];
