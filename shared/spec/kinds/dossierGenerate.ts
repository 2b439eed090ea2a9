/**
 * Realistic, valid `DongBoHoSoMC` records for tests, demos and the 100,000-record benchmark.
 * Every record satisfies the dossier rules (dossier.md §5): dates in life-cycle order, the fields
 * each status needs, consistent flags, identifiers and fees, and a `MaHoSo` of the observed
 * `<unit>-<yyMMdd>-<seq>` shape that is unique within one call.
 *
 * Dates are Vietnam local wall-clock readings kept as "UTC-like" milliseconds (the convention of
 * `toSortable` in shared/datetime/wire.ts), so no zone conversion happens anywhere.
 */
import { fromSortable } from '../../datetime/wire';
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

/** `yyyyMMdd` per day number, as a number: a batch spans ~1,100 days, so each day is computed once. */
const dayDigits = new Map<number, number>();

/**
 * `yyyyMMddHHmmss` of a local time in years 1000–9999 (what `formatWire(fromSortable(ms))` writes). Built as one
 * 14-digit number turned into text once: 100,000 records hold ~700,000 dates, and one flat
 * string each keeps the garbage collector's work down.
 */
export function wire(ms: number): string {
  const day = Math.floor(ms / DAY);
  let date = dayDigits.get(day);
  if (date === undefined) {
    const d = fromSortable(day * DAY);
    date = d.year * 10000 + d.month * 100 + d.day;
    dayDigits.set(day, date);
  }
  const seconds = Math.floor((ms - day * DAY) / 1000);
  return String(date * 1e6 + Math.floor(seconds / 3600) * 10000 + (Math.floor(seconds / 60) % 60) * 100 + (seconds % 60));
}

/** yyMMdd of a local time, for `MaHoSo`. */
function yyMMdd(ms: number): string {
  return wire(ms).slice(2, 8);
}

const HEX = '0123456789abcdef';
const ID_CODES = new Array<number>(36);

/** A GUID-like TechID (dossier.md §2.1 row 11: version 4 layout), written in one string. */
function techId(r: Random): string {
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) ID_CODES[i] = 45; // '-'
    else if (i === 14) ID_CODES[i] = 52; // '4'
    else if (i === 19) ID_CODES[i] = HEX.charCodeAt(8 + Math.floor(r.next() * 4));
    else ID_CODES[i] = HEX.charCodeAt(Math.floor(r.next() * 16));
  }
  return String.fromCharCode.apply(null, ID_CODES);
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
  /** Last sequence per unit, per day number (numeric keys: cheap for 100,000 numbers). */
  private readonly next = new Map<string, Map<number, number>>();

  /** The next number for this unit and day. */
  take(unitId: string, ms: number): string {
    let days = this.next.get(unitId);
    if (!days) this.next.set(unitId, (days = new Map()));
    const day = Math.floor(ms / DAY);
    const seq = (days.get(day) ?? 0) + 1;
    days.set(day, seq);
    return `${unitId}-${yyMMdd(ms)}-${seq < 1000 ? String(seq + 10000).slice(1) : seq}`;
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

/** Contact address of each invented enterprise (computed once, not per record). */
const ENTERPRISE_EMAIL = new Map(ENTERPRISES.map((name) => [name, `lienhe@${toAscii(name.split(' ').slice(-2).join('')).toLowerCase()}.example.vn`]));

function owner(r: Random, enterprise: boolean): Owner {
  if (enterprise) {
    const name = r.pick(ENTERPRISES);
    return { name, type: '2', idNumber: `51${r.digits(8)}`, email: ENTERPRISE_EMAIL.get(name)!, phone: `0219${r.digits(7)}`, identifiers: [] };
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
