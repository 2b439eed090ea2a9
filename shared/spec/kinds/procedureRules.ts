/**
 * Cross-field rules of the TTHC record (other-kinds.md (c) c.4 rules 1–5). Rule 6 (the shape of
 * local codes such as `MATTHCDP`) concerns Q&A records and lives with the qa rules.
 */
import { t } from '../../i18n/localized';
import type { PathSegment } from '../../issues/issue';
import type { Rule, RuleContext } from '../../rules/types';
import { ref } from '../common';
import { CHANNELS, PROCEDURE_TYPES } from './procedureCodes';

const C4 = '(c) c.4';
const RECORD_PACKETS = ['LayThuTuc.response'];

/** The lists c.4 rule 2 requires to be non-empty for a published procedure. */
export const PUBLISHED_LISTS = ['TRINHTUTHUCHIEN', 'CACHTHUCTHUCHIEN', 'THANHPHANHOSO', 'LINHVUCTHUCHIEN', 'COQUANTHUCHIEN', 'CAPTHUCHIEN'] as const;

/** A scalar as trimmed text (numbers and strings both occur: c.2 "string/int"); undefined otherwise. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A decimal from a string or number; undefined when it is not one (the engine reports the format). */
function decimal(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

function objects(v: unknown): [number, Record<string, unknown>][] {
  if (!Array.isArray(v)) return [];
  const out: [number, Record<string, unknown>][] = [];
  v.forEach((item, i) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) out.push([i, item as Record<string, unknown>]);
  });
  return out;
}

/** The `maTTHC` of a LayThuTuc request, whatever the letter case of its key. */
function requestedCode(request: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(request)) if (k.toLowerCase() === 'matthc') return text(v);
  return undefined;
}

/** c.4 rule 1 (first half): a LayThuTuc success carries exactly one record. */
const resultCount: Rule = {
  code: 'procedure.result-count',
  strength: 'inferred',
  title: t('LayThuTuc không trả về đúng một thủ tục', 'LayThuTuc did not return exactly one procedure'),
  message: t('result có {count} bản ghi; LayThuTuc trả về đúng một thủ tục cho mã đã hỏi.', 'result holds {count} records; LayThuTuc returns exactly one procedure for the requested code.'),
  hint: t(
    'Không có bản ghi: mã TTHC có thể sai hoặc chưa được công bố. Nhiều bản ghi: hệ thống nhận chỉ đọc result[0].',
    'No record: the procedure code may be wrong or not announced. Several records: consumers read only result[0].',
  ),
  specRef: ref('other-kinds.md', C4, 1),
  packets: RECORD_PACKETS,
  scope: 'document',
  check(ctx: RuleContext) {
    const env = ctx.envelope;
    // Only a success reply must carry the procedure; an error reply may have no result at all.
    if (env && 'error_code' in env && text(env.error_code) !== '0') return;
    if (ctx.records.length === 1) return;
    ctx.report({ at: env && 'result' in env ? ['result'] : [], params: { count: ctx.records.length } });
  },
};

/** c.4 rule 1: the returned MATTHC equals the requested maTTHC (needs the paired request). */
const codeMismatch: Rule = {
  code: 'procedure.code-mismatch',
  strength: 'firm',
  title: t('Mã TTHC trả về khác mã đã hỏi', 'Returned procedure code differs from the requested one'),
  message: t('MATTHC = "{value}" nhưng yêu cầu LayThuTuc hỏi maTTHC = "{requested}".', 'MATTHC = "{value}" but the LayThuTuc request asked for maTTHC = "{requested}".'),
  hint: t(
    'Kiểm tra đã ghép đúng yêu cầu với phản hồi; nếu đúng thì Cổng trả về thủ tục khác — hãy báo bộ phận hỗ trợ của Cổng DVCQG.',
    'Check that the request and the reply belong together; if they do, the portal returned another procedure — report it to the DVCQG helpdesk.',
  ),
  specRef: ref('other-kinds.md', C4, 1),
  packets: RECORD_PACKETS,
  scope: 'record',
  needs: 'request',
  check(ctx: RuleContext) {
    const requested = ctx.request ? requestedCode(ctx.request) : undefined;
    const value = text(ctx.record.MATTHC);
    if (!requested || !value || value === requested) return;
    ctx.report({ at: ['MATTHC'], params: { value, requested } });
  },
};

/** c.4 rule 2: the six core lists are non-empty when the procedure is published (TRANGTHAI = 1). */
const publishedListEmpty: Rule = {
  code: 'procedure.published-list-empty',
  strength: 'firm',
  title: t('Thủ tục đang công khai nhưng danh sách bắt buộc rỗng', 'Published procedure with an empty core list'),
  message: t('{field} rỗng trong khi TRANGTHAI = 1 (thủ tục đang công khai).', '{field} is empty while TRANGTHAI = 1 (published procedure).'),
  hint: t(
    'Một thủ tục công khai phải có trình tự, cách thức, thành phần hồ sơ, lĩnh vực, cơ quan và cấp thực hiện. OpenCPS đọc LINHVUCTHUCHIEN[0] mà không kiểm tra, nên danh sách rỗng làm hỏng việc lập gói tin hồ sơ. Hãy báo cơ quan quản lý CSDL TTHC.',
    'A published procedure needs steps, channels, documents, domain, agency and level. OpenCPS reads LINHVUCTHUCHIEN[0] unchecked, so an empty list breaks dossier packets. Report it to the TTHC database owner.',
  ),
  specRef: ref('other-kinds.md', C4, 2),
  packets: RECORD_PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    if (text(ctx.record.TRANGTHAI) !== '1') return;
    for (const name of PUBLISHED_LISTS) {
      const v = ctx.record[name];
      // A missing list is the engine's required.missing; `[]` is this rule's.
      if (Array.isArray(v) && v.length === 0) ctx.report({ at: [name], params: { field: name } });
    }
  },
};

/** c.4 rule 3: each KENH is 1, 2 or 3. */
const channelUnknown: Rule = {
  code: 'procedure.channel-unknown',
  strength: 'firm',
  title: t('Kênh nộp không hợp lệ', 'Unknown submission channel'),
  message: t('KENH = "{value}": chỉ nhận 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích).', 'KENH = "{value}": only 1 (in person), 2 (online) or 3 (public postal service) are allowed.'),
  hint: t('Sửa KENH theo hình thức nộp thực tế của mục này.', 'Set KENH to the actual submission channel of this item.'),
  specRef: ref('other-kinds.md', C4, 3),
  packets: RECORD_PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    for (const [i, item] of objects(ctx.record.CACHTHUCTHUCHIEN)) {
      const v = text(item.KENH);
      if (v === undefined || v === '' || Object.hasOwn(CHANNELS, v)) continue;
      ctx.report({ at: ['CACHTHUCTHUCHIEN', i, 'KENH'], params: { value: v } });
    }
  },
};

/** c.4 rule 3: KENH values are unique within CACHTHUCTHUCHIEN. */
const channelDuplicate: Rule = {
  code: 'procedure.channel-duplicate',
  strength: 'firm',
  title: t('Kênh nộp bị lặp', 'Submission channel repeated'),
  message: t(
    'KENH = "{value}" ({name}) đã có ở CACHTHUCTHUCHIEN[{first}]; mỗi kênh chỉ được xuất hiện một lần.',
    'KENH = "{value}" ({nameEn}) already appears at CACHTHUCTHUCHIEN[{first}]; each channel may appear only once.',
  ),
  hint: t('Gộp thời hạn và phí của hai mục vào một, hoặc sửa KENH của mục sau.', 'Merge the time limits and fees of both items into one, or correct the KENH of the later item.'),
  specRef: ref('other-kinds.md', C4, 3),
  packets: RECORD_PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const seen = new Map<string, number>();
    for (const [i, item] of objects(ctx.record.CACHTHUCTHUCHIEN)) {
      const v = text(item.KENH);
      if (v === undefined || v === '') continue;
      const first = seen.get(v);
      if (first === undefined) seen.set(v, i);
      else ctx.report({ at: ['CACHTHUCTHUCHIEN', i, 'KENH'], params: { value: v, first, name: CHANNELS[v]?.vi ?? '?', nameEn: CHANNELS[v]?.en ?? '?' } });
    }
  },
};

/** c.4 rule 4: LOAITTHC ∈ {1, 2, 3}. */
const typeUnknown: Rule = {
  code: 'procedure.type-unknown',
  strength: 'firm',
  title: t('Loại TTHC không hợp lệ', 'Unknown procedure type'),
  message: t('LOAITTHC = "{value}": chỉ nhận 1, 2 hoặc 3.', 'LOAITTHC = "{value}": only 1, 2 or 3 are allowed.'),
  hint: t(
    `1 = ${PROCEDURE_TYPES['1'].vi}; 2 = ${PROCEDURE_TYPES['2'].vi}; 3 = ${PROCEDURE_TYPES['3'].vi}.`,
    `1 = ${PROCEDURE_TYPES['1'].en}; 2 = ${PROCEDURE_TYPES['2'].en}; 3 = ${PROCEDURE_TYPES['3'].en}.`,
  ),
  specRef: ref('other-kinds.md', C4, 4),
  packets: RECORD_PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    const v = text(ctx.record.LOAITTHC);
    if (v === undefined || v === '' || Object.hasOwn(PROCEDURE_TYPES, v)) return;
    ctx.report({ at: ['LOAITTHC'], params: { value: v } });
  },
};

/** Every THOIGIAN item and PHILEPHI item of the record, with their paths. */
function timeAndFees(record: Record<string, unknown>): { time: [PathSegment[], Record<string, unknown>][]; fees: [PathSegment[], Record<string, unknown>][] } {
  const time: [PathSegment[], Record<string, unknown>][] = [];
  const fees: [PathSegment[], Record<string, unknown>][] = [];
  for (const [i, channel] of objects(record.CACHTHUCTHUCHIEN)) {
    for (const [j, tg] of objects(channel.THOIGIAN)) {
      const base: PathSegment[] = ['CACHTHUCTHUCHIEN', i, 'THOIGIAN', j];
      time.push([base, tg]);
      for (const [k, fee] of objects(tg.PHILEPHI)) fees.push([[...base, 'PHILEPHI', k], fee]);
    }
  }
  return { time, fees };
}

/** c.4 rule 5: THOIGIANGIAIQUYET ≥ 0. */
const negativeDuration: Rule = {
  code: 'procedure.negative-duration',
  strength: 'firm',
  title: t('Thời gian giải quyết âm', 'Negative processing time'),
  message: t('THOIGIANGIAIQUYET = {value}: thời gian giải quyết không được âm.', 'THOIGIANGIAIQUYET = {value}: the processing time cannot be negative.'),
  hint: t('Ghi thời hạn theo DONVITINH, ví dụ 1 (ngày làm việc) hoặc 0.5.', 'Give the time limit in DONVITINH units, e.g. 1 (working day) or 0.5.'),
  specRef: ref('other-kinds.md', C4, 5),
  packets: RECORD_PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    for (const [path, tg] of timeAndFees(ctx.record).time) {
      const v = decimal(tg.THOIGIANGIAIQUYET);
      if (v !== undefined && v < 0) ctx.report({ at: [...path, 'THOIGIANGIAIQUYET'], params: { value: String(tg.THOIGIANGIAIQUYET) } });
    }
  },
};

/** c.4 rule 5: SOTIEN ≥ 0 when present. */
const negativeFee: Rule = {
  code: 'procedure.negative-fee',
  strength: 'firm',
  title: t('Số tiền phí, lệ phí âm', 'Negative fee amount'),
  message: t('SOTIEN = {value}: số tiền không được âm.', 'SOTIEN = {value}: the amount cannot be negative.'),
  hint: t('Ghi số tiền không âm; miễn phí thì ghi 0.', 'Give a non-negative amount; 0 when free of charge.'),
  specRef: ref('other-kinds.md', C4, 5),
  packets: RECORD_PACKETS,
  scope: 'record',
  check(ctx: RuleContext) {
    for (const [path, fee] of timeAndFees(ctx.record).fees) {
      const v = decimal(fee.SOTIEN);
      if (v !== undefined && v < 0) ctx.report({ at: [...path, 'SOTIEN'], params: { value: String(fee.SOTIEN) } });
    }
  },
};

/** The TTHC rules, in the order of c.4. */
export const procedureRules: Rule[] = [resultCount, codeMismatch, publishedListEmpty, channelUnknown, channelDuplicate, typeUnknown, negativeDuration, negativeFee];
