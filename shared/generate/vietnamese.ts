/**
 * Realistic, invented Vietnamese test data: names with diacritics (NFC), addresses, phone
 * numbers, citizen ids with a plausible structure (CCCD: 3-digit province, century/gender
 * digit, 2-digit birth year, 6 random digits). Nothing here is a real person.
 */
import type { Random } from './random';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thanh', 'Gia', 'Xuân', 'Quốc'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Minh', 'Thanh', 'Kim', 'Bảo', 'Phương', 'Diệu', 'Hồng'];
const GIVEN_M = ['Bình', 'Cường', 'Dũng', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Đạt', 'Hiếu', 'Lộc'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Thảo', 'Trang', 'Yến'];
const STREETS = ['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Điện Biên Phủ', 'Hoàng Văn Thụ', 'Phan Đình Phùng', 'Võ Thị Sáu'];
const WARDS = ['phường Nguyễn Trãi', 'phường Minh Khai', 'xã Thanh Hà', 'xã Liêm Sơn', 'phường Quang Trung', 'thị trấn Vinh Quang', 'phường Hòa Khánh', 'xã Đồng Văn'];
const PROVINCES = [
  { name: 'Hà Giang', code: '002' },
  { name: 'Hà Nội', code: '001' },
  { name: 'Hà Nam', code: '035' },
  { name: 'Đà Nẵng', code: '048' },
  { name: 'Thanh Hóa', code: '038' },
  { name: 'Hồ Chí Minh', code: '079' },
];
const PHONE_PREFIX = ['091', '094', '088', '083', '084', '090', '093', '089', '098', '097', '086', '096', '032', '035', '070', '079'];

export interface Person {
  fullName: string;
  female: boolean;
  birthYear: number;
  provinceCode: string;
  provinceName: string;
  /** 12-digit CCCD. */
  cccd: string;
  phone: string;
  email: string;
  address: string;
}

/** Removes Vietnamese diacritics (for e-mail local parts and ASCII file names). */
export function toAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Generates a person with consistent id, birth year, province and contacts. */
export function person(r: Random): Person {
  const female = r.chance(0.5);
  const family = r.pick(FAMILY);
  const middle = r.pick(female ? MIDDLE_F : MIDDLE_M);
  const given = r.pick(female ? GIVEN_F : GIVEN_M);
  const fullName = `${family} ${middle} ${given}`;
  const birthYear = r.int(1950, 2006);
  const prov = r.pick(PROVINCES);
  // Century/gender digit: 0 male / 1 female for the 20th century, 2 / 3 for the 21st.
  const centuryGender = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const cccd = `${prov.code}${centuryGender}${String(birthYear % 100).padStart(2, '0')}${r.digits(6)}`;
  const phone = `${r.pick(PHONE_PREFIX)}${r.digits(7)}`;
  const local = toAscii(`${given}.${family}${middle[0]}`).toLowerCase();
  const email = `${local}${r.int(1, 999)}@example.vn`;
  const address = `Số ${r.int(1, 250)} ${r.pick(STREETS)}, ${r.pick(WARDS)}, tỉnh ${prov.name}`;
  return { fullName, female, birthYear, provinceCode: prov.code, provinceName: prov.name, cccd, phone, email, address };
}

/** A 9-digit legacy CMND number. */
export function cmnd(r: Random): string {
  return `${r.int(0, 3)}${r.digits(8)}`;
}

/** A GUID-like id (the shape of DVCQG TechIDs, dossier.md §2.1 row 11). */
export function guid(r: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[r.int(0, 3)]}${hex(3)}-${hex(12)}`;
}
