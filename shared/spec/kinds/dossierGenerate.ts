/**
 * Realistic, valid `DongBoHoSoMC` records for tests, demos and the 100,000-record benchmark.
 * Every record satisfies the dossier rules (dossier.md §5): dates in life-cycle order, the fields
 * each status needs, consistent flags, identifiers and fees, and a `MaHoSo` of the observed
 * `<unit>-<yyMMdd>-<seq>` shape that is unique within one call.
 *
 * Dates are Vietnam local wall-clock readings kept as "UTC-like" milliseconds (the convention of
 * `toSortable` in shared/datetime/wire.ts), so no zone conversion happens anywhere.
 */
import { formatWire, fromSortable } from '../../datetime/wire';
import type { Random } from '../../generate/random';
import { cmnd, person, toAscii } from '../../generate/vietnamese';
import { ENTERPRISES, OFFICERS, PROCEDURES, UNITS, type CatalogueProcedure } from './dossierCatalogue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2023-01-02 00:00 local; receipts fall in the following ~3 years. */
const START = Date.UTC(2023, 0, 2);
const SPAN_DAYS = 1090;

/** Status mix of a busy one-stop shop; every status 1–10 occurs. */
const STATUS_BAG = ['1', '1', '2', '2', '2', '3', '4', '4', '4', '4', '4', '5', '5', '6', '7', '8', '9', '9', '9', '10', '10', '10', '10', '10'];

/** `yyyyMMdd` per day number: a batch spans ~1,100 days, so formatting a day once keeps 100k records fast. */
const dayText = new Map<number, string>();

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `yyyyMMddHHmmss` of a local time (the arithmetic of `formatWire(fromSortable(ms))`, with the date cached). */
export function wire(ms: number): string {
  const day = Math.floor(ms / DAY);
  let date = dayText.get(day);
  if (date === undefined) {
    date = formatWire(fromSortable(day * DAY)).slice(0, 8);
    dayText.set(day, date);
  }
  const seconds = Math.floor((ms - day * DAY) / 1000);
  return `${date}${two(Math.floor(seconds / 3600))}${two(Math.floor(seconds / 60) % 60)}${two(seconds % 60)}`;
}

/** yyMMdd of a local time, for `MaHoSo`. */
function yyMMdd(ms: number): string {
  return wire(ms).slice(2, 8);
}

/** A GUID-like TechID (dossier.md §2.1 row 11), from 32-bit draws rather than 32 single hex digits. */
function techId(r: Random): string {
  const hex = () => Math.floor(r.next() * 0x100000000).toString(16).padStart(8, '0');
  const a = hex();
  const b = hex();
  const c = hex();
  const d = hex();
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[parseInt(c[0], 16) & 3]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/** A weekday office-hours receipt time. */
function receiptTime(r: Random): number {
  let day = START + r.int(0, SPAN_DAYS) * DAY;
  // 1970-01-01 was a Thursday (getUTCDay 4); arithmetic avoids a Date per record.
  const weekday = (Math.floor(day / DAY) + 4) % 7;
  if (weekday === 0) day += DAY;
  else if (weekday === 6) day += 2 * DAY;
  return day + r.int(7, 16) * HOUR + r.int(0, 59) * MINUTE + r.int(0, 59) * 1000;
}

/** 17:00 on the day `days` calendar days after `ms`. */
function deadlineAfter(ms: number, days: number): number {
  return Math.floor(ms / DAY) * DAY + days * DAY + 17 * HOUR;
}

/** Options that pin parts of a generated record (templates, targeted tests). */
export interface DossierRecordOptions {
  status?: string;
  channel?: '1' | '2' | '3';
  procedure?: CatalogueProcedure;
}

/** Hands out `<unit>-<yyMMdd>-<seq>` numbers, unique per generator instance. */
export class CaseNumbers {
  private readonly next = new Map<string, number>();

  /** The next number for this unit and day. */
  take(unitId: string, ms: number): string {
    const key = `${unitId}-${yyMMdd(ms)}`;
    const seq = (this.next.get(key) ?? 0) + 1;
    this.next.set(key, seq);
    return `${key}-${String(seq).padStart(4, '0')}`;
  }
}

interface Owner {
  name: string;
  type: '1' | '2';
  idNumber: string;
  email: string;
  phone: string;
  identifiers: { LoaiDinhDanh: string; SoDinhDanh: string }[];
}

function owner(r: Random, enterprise: boolean): Owner {
  if (enterprise) {
    const name = r.pick(ENTERPRISES);
    const slug = toAscii(name.split(' ').slice(-2).join('')).toLowerCase();
    return { name, type: '2', idNumber: `51${r.digits(8)}`, email: `lienhe@${slug}.example.vn`, phone: `0219${r.digits(7)}`, identifiers: [] };
  }
  const p = person(r);
  // One owner in ten still holds an old 9-digit CMND (LoaiDinhDanh 2).
  const old = r.chance(0.1);
  const idNumber = old ? cmnd(r) : p.cccd;
  return { name: p.fullName, type: '1', idNumber, email: p.email, phone: p.phone, identifiers: [{ LoaiDinhDanh: old ? '2' : '1', SoDinhDanh: idNumber }] };
}

function files(r: Random, proc: CatalogueProcedure, host: string) {
  const count = r.int(1, proc.files.length);
  const out: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(r.int(10000, 999999));
    const reuse = r.chance(0.85) ? '0' : r.chance(0.7) ? '1' : '2';
    out.push({
      TepDinhKemId: id,
      TenTepDinhKem: proc.files[i],
      IsDeleted: r.chance(0.03) ? 'True' : 'False',
      MaThanhPhanHoSo: `TP${String(i + 1).padStart(2, '0')}`,
      DuongDanTaiTepTin: `https://${host}/api/files/download?id=${id}`,
      DuocSoHoa: r.chance(0.7) ? '1' : '0',
      DuocTaiSuDung: reuse,
      DuocLayTuKhoDMQG: r.chance(0.2) ? '1' : '0',
      MaKetQuaThayThe: reuse === '2' ? `KQ.H22.${r.int(2019, 2022)}.${r.digits(6)}` : '',
    });
  }
  return out;
}

function fee(name: string, amount: number) {
  return { TenPhiLePhi: name, MaPhiLePhi: `LP${amount}`, HinhThucThu: '1', Gia: String(amount), LoaiPhiLePhi: '1' };
}

/** One valid dossier record; `numbers` keeps `MaHoSo` unique across a batch. */
export function generateDossierRecord(r: Random, numbers: CaseNumbers, options: DossierRecordOptions = {}): Record<string, unknown> {
  const status = options.status ?? r.pick(STATUS_BAG);
  const proc = options.procedure ?? r.pick(PROCEDURES);
  const unit = r.pick(UNITS);
  // Status 1 ("newly registered") only arises from online submissions (dossier.md §4.1).
  const channel = options.channel ?? (status === '1' ? '2' : r.chance(0.55) ? '2' : r.chance(0.9) ? '1' : '3');
  const own = owner(r, proc.forEnterprise);
  const officer = r.pick(OFFICERS);

  const receipt = receiptTime(r);
  const submitted = channel === '1' || status === '1' ? receipt : receipt - r.int(0, 3 * 24 * 60) * MINUTE;
  const firstDeadline = deadlineAfter(receipt, proc.days);
  let deadline = firstDeadline;
  let lastActivity = receipt;

  const supplements: Record<string, unknown>[] = [];
  const pendingSupplement = status === '5';
  if (pendingSupplement || ((status === '4' || status === '9' || status === '10') && r.chance(0.1))) {
    const requested = receipt + r.int(2, 72) * HOUR;
    const received = pendingSupplement ? undefined : requested + r.int(1, 10) * DAY;
    const newDeadline = received === undefined ? undefined : firstDeadline + (received - requested);
    supplements.push({
      HoSoBoSungId: '1',
      NguoiYeuCauBoSung: officer.name,
      NoiDungBoSung: `Bổ sung bản sao ${proc.files[proc.files.length - 1].replace(/\.pdf$/, '').replace(/-/g, ' ').toLowerCase()} có chứng thực`,
      NgayBoSung: wire(requested),
      NguoiTiepNhanBoSung: received === undefined ? '' : OFFICERS[0].name,
      ThongTinTiepNhan: received === undefined ? '' : 'Đã nhận đủ giấy tờ bổ sung',
      NgayTiepNhanBoSung: received === undefined ? '' : wire(received),
      TrangThaiBoSung: received === undefined ? '0' : '1',
      DanhSachGiayToBoSung: [],
      DanhSachLePhiBoSung: [],
      NgayHenTraTruoc: wire(firstDeadline),
      NgayHenTraMoi: newDeadline === undefined ? '' : wire(newDeadline),
    });
    if (newDeadline !== undefined) deadline = newDeadline;
    lastActivity = received ?? requested;
  }

  const finished = status === '9' || status === '10';
  // Most dossiers finish before the deadline; some are late, as in real data.
  const end = finished ? lastActivity + r.int(1, Math.max(2, Math.round((deadline - lastActivity) / HOUR) + 48)) * HOUR : undefined;
  const delivered = status === '10' && end !== undefined ? end + r.int(30, 3 * 24 * 60) * MINUTE : undefined;
  const refused = status === '3' ? receipt + r.int(10, 240) * MINUTE : undefined;

  const submittedFiles = files(r, proc, unit.host);
  const digitised = submittedFiles.some((f) => f.DuocSoHoa === '1');
  const feeAmount = proc.fee > 0 ? proc.fee : status === '6' ? 50000 : 0;
  const fees = feeAmount > 0 ? [fee(proc.fee > 0 ? proc.feeName : 'Phí thẩm định hồ sơ', feeAmount)] : [];
  const paidOnline = fees.length > 0 && channel === '2' && status !== '1' && status !== '3' && r.chance(0.6) ? (r.chance(0.8) ? '1' : '2') : '0';
  const postal = r.chance(0.1);
  const code = numbers.take(unit.id, receipt);

  return {
    MaHoSo: code,
    MaTTHC: proc.code,
    TenTTHC: proc.name,
    MaLinhVuc: proc.domainCode,
    TenLinhVuc: proc.domainName,
    SoBienNhan: '',
    KenhThucHien: channel,
    SoGiayToChuHoSo: own.idNumber,
    ChuHoSo: own.name,
    LoaiDoiTuong: own.type,
    MaDoiTuong: channel === '2' ? techId(r) : '',
    ThongTinKhac: '',
    Email: own.email,
    Fax: '',
    SoDienThoai: own.phone,
    TrichYeuHoSo: `${proc.name} cho ${own.name}`,
    NgayTiepNhan: wire(receipt),
    NgayHenTra: wire(deadline),
    TrangThaiHoSo: status,
    NgayTra: delivered === undefined ? '' : wire(delivered),
    ThongTinTra: delivered !== undefined && postal ? 'Gửi kết quả qua bưu chính công ích' : '',
    HinhThuc: postal ? '1' : '0',
    NgayKetThucXuLy: end === undefined ? '' : wire(end),
    DonViXuLy: unit.name,
    GhiChu: pendingSupplement ? 'Chờ công dân bổ sung giấy tờ' : '',
    TaiLieuNop: submittedFiles,
    DanhSachLePhi: fees,
    DanhSachTepDinhKemKhac: r.chance(0.1) ? [{ TenGiayTo: 'Giấy tờ gốc để đối chiếu', SoLuong: '1', LoaiGiayTo: '1' }] : [],
    DanhSachHoSoBoSung: supplements,
    DanhSachGiayToKetQua: finished
      ? [
          {
            TenGiayTo: proc.resultName,
            MaThanhPhanHoSo: '',
            GiayToId: String(r.int(10000, 999999)),
            DuongDanTepTinKetQua: `https://${unit.host}/api/files/download?id=kq-${code}`,
            MaGiayToKetQua: proc.resultCode,
          },
        ]
      : [],
    NoiNopHoSo: '2',
    HoSoCoThanhPhanSoHoa: digitised ? '1' : '0',
    TaiKhoanDuocXacThucVoiVNeID: channel === '2' && r.chance(0.7) ? '1' : '0',
    DuocThanhToanTrucTuyen: paidOnline,
    NgayTuChoi: refused === undefined ? '' : wire(refused),
    DinhDanhCHS: own.identifiers,
    NgayNopHoSo: wire(submitted),
    DSKetNoiCSDL: r.chance(0.5) ? [{ MaCSDL: '7' }] : [],
  };
}

/** `n` valid dossier records with unique `MaHoSo`, reproducible from `random`. */
export function generateDossiers(n: number, random: Random): Record<string, unknown>[] {
  const numbers = new CaseNumbers();
  const out: Record<string, unknown>[] = new Array(Math.max(0, Math.floor(n) || 0));
  for (let i = 0; i < out.length; i++) out[i] = generateDossierRecord(random, numbers);
  return out;
}
