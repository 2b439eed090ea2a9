/**
 * The `DongBoHoSoMC` template: a first push (`isUpdating` "False") of an online dossier that
 * has just been accepted, with every one of the 38 fields of dossier.md §2.1 present and
 * consistent: two files (one digitised, one taken from the citizen's DVCQG data store), a fee
 * paid online, the owner's identifier. All values are invented.
 */
import { t } from '../../i18n/localized';
import { CONNECTING_UNIT } from './dossierCatalogue';

/** Error for a packet id the kind does not have (a programming error of the caller). */
export function unknownPacketError(kind: string, packetId: string, known: string[]): Error {
  const text = t(
    `Loại gói "${kind}" không có gói tin "${packetId}". Các gói có: ${known.join(', ')}.`,
    `Kind "${kind}" has no packet "${packetId}". Known packets: ${known.join(', ')}.`,
  );
  return new Error(`${text.vi} / ${text.en}`);
}

/** A fresh copy of the template record (callers may edit it). */
export function dossierTemplateRecord(): Record<string, unknown> {
  return {
    MaHoSo: '000.21.30.H22-240507-0015',
    MaTTHC: '1.001234.000.00.00.H22',
    TenTTHC: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    MaLinhVuc: 'G12-XD01',
    TenLinhVuc: 'Hoạt động xây dựng',
    SoBienNhan: '',
    KenhThucHien: '2',
    SoGiayToChuHoSo: '002088017734',
    ChuHoSo: 'Phạm Thị Ngọc Anh',
    LoaiDoiTuong: '1',
    MaDoiTuong: '5b0e7c3a-91d2-4f6e-8a47-2c9d1e0f3b58',
    ThongTinKhac: '',
    Email: 'anh.phamn@example.vn',
    Fax: '',
    SoDienThoai: '0983456712',
    TrichYeuHoSo: 'Đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại số 18 đường Nguyễn Trãi, phường Nguyễn Trãi',
    NgayTiepNhan: '20240507083000',
    NgayHenTra: '20240522170000',
    TrangThaiHoSo: '2',
    NgayTra: '',
    ThongTinTra: '',
    HinhThuc: '0',
    NgayKetThucXuLy: '',
    DonViXuLy: 'UBND thành phố Hà Giang',
    GhiChu: '',
    TaiLieuNop: [
      {
        TepDinhKemId: '61207',
        TenTepDinhKem: 'Don-de-nghi-cap-giay-phep-xay-dung.pdf',
        IsDeleted: 'False',
        MaThanhPhanHoSo: 'TP01',
        DuongDanTaiTepTin: 'https://motcua.h22.example/api/files/download?id=61207',
        DuocSoHoa: '1',
        DuocTaiSuDung: '0',
        DuocLayTuKhoDMQG: '0',
        MaKetQuaThayThe: '',
      },
      {
        TepDinhKemId: '61208',
        TenTepDinhKem: 'Giay-chung-nhan-quyen-su-dung-dat.pdf',
        IsDeleted: 'False',
        MaThanhPhanHoSo: 'TP02',
        DuongDanTaiTepTin: 'https://motcua.h22.example/api/files/download?id=61208',
        DuocSoHoa: '1',
        DuocTaiSuDung: '1',
        DuocLayTuKhoDMQG: '1',
        MaKetQuaThayThe: '',
      },
    ],
    DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', MaPhiLePhi: 'LPXD01', HinhThucThu: '1', Gia: '75000', LoaiPhiLePhi: '1' }],
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    NoiNopHoSo: '2',
    HoSoCoThanhPhanSoHoa: '1',
    TaiKhoanDuocXacThucVoiVNeID: '1',
    DuocThanhToanTrucTuyen: '1',
    NgayTuChoi: '',
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '002088017734' }],
    NgayNopHoSo: '20240506214512',
    DSKetNoiCSDL: [{ MaCSDL: '7' }],
  };
}

/** The complete `DongBoHoSoMC` body (dossier.md §1.5); `isUpdating` comes before the long `data` so it stays in view. */
export function dossierTemplate(): Record<string, unknown> {
  return {
    session: '<session-token-from-login>',
    madonvi: CONNECTING_UNIT,
    service: 'DongBoHoSoMC',
    isUpdating: 'False',
    data: [dossierTemplateRecord()],
  };
}
