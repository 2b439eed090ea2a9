/**
 * Cross-field rules of the Q&A packets (other-kinds.md (e) e.4 rules 2–3 and the "> 0" id rule of
 * e.1 / the sample qa/04), plus c.4 rule 6 on the shape of `MATTHCDP`, the one local procedure
 * code the Q&A records carry.
 */
import { normalizeToWire, parseWire } from '../../datetime/wire';
import { t } from '../../i18n/localized';
import type { Rule, RuleContext } from '../../rules/types';
import { ref } from '../common';

const QUESTION_LISTS = ['LayDanhSachHoiDapGuiTuDVCQG.response', 'LayDanhSachHoiDapBoCoQuan.response'];
const E4 = '(e) e.4';

/** An integer id from a number or a digit string (sign allowed); undefined when it is not one. */
function integer(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return undefined;
}

function empty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** The calendar day (yyyyMMdd) of a date written as dd/MM/yyyy or yyyyMMddHHmmss; undefined otherwise. */
export function qaDay(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const w = normalizeToWire(v);
  return w && parseWire(w) ? w.slice(0, 8) : undefined;
}

/** Keys under which a question's creation date may appear (none is in the reference's tables; a profile may add one). */
export const CREATION_KEYS = ['NGAYHOI', 'NGAYGUI', 'NGAYTAO'];

/** HOIDAPID > 0 (e.1 row 1: records with ≤ 0 are skipped; samples/qa/04 fault 1). */
const questionIdPositive: Rule = {
  code: 'qa.question-id-positive',
  strength: 'firm',
  title: t('ID hỏi đáp không dương', 'Question id is not positive'),
  message: t('HOIDAPID = {value}: phải là số nguyên dương.', 'HOIDAPID = {value}: it must be a positive integer.'),
  hint: t(
    'Dùng mã câu hỏi của Cổng DVCQG lấy từ LayDanhSachHoiDapGuiTuDVCQG (hoặc mã câu hỏi của đơn vị với DongBoHoiDap); mã ≤ 0 bị bỏ qua.',
    'Use the DVCQG question id obtained from LayDanhSachHoiDapGuiTuDVCQG (or the unit\'s own id for DongBoHoiDap); ids ≤ 0 are ignored.',
  ),
  specRef: ref('other-kinds.md', '(e) e.1', 1),
  packets: [...QUESTION_LISTS, 'DongBoHoiDap', 'DongBoKetQuaHoiDapGuiTuDVCQG'],
  scope: 'record',
  check(ctx: RuleContext) {
    const id = integer(ctx.record.HOIDAPID);
    if (id !== undefined && id <= 0) ctx.report({ at: ['HOIDAPID'], params: { value: String(ctx.record.HOIDAPID) } });
  },
};

/** e.4 rule 3: TRALOIID > 0 implies a non-empty NOIDUNGTRALOI. */
const answerWithoutText: Rule = {
  code: 'qa.answer-without-text',
  strength: 'inferred',
  title: t('Có mã trả lời nhưng không có nội dung trả lời', 'Answer id without answer text'),
  message: t('TRALOIID = {id} nhưng NOIDUNGTRALOI trống.', 'TRALOIID = {id} but NOIDUNGTRALOI is empty.'),
  hint: t(
    'OpenCPS bỏ qua câu trả lời như vậy. Điền nội dung trả lời, hoặc đặt TRALOIID = 0 nếu chưa trả lời.',
    'OpenCPS ignores such an answer. Fill in the answer text, or set TRALOIID to 0 if there is no answer yet.',
  ),
  specRef: ref('other-kinds.md', E4, 3),
  packets: [...QUESTION_LISTS, 'DongBoHoiDap', 'LayNoiDungTraLoiTheoCauHoi.response'],
  scope: 'record',
  check(ctx: RuleContext) {
    const id = integer(ctx.record.TRALOIID);
    if (id === undefined || id <= 0 || !empty(ctx.record.NOIDUNGTRALOI)) return;
    ctx.report({ at: ['NOIDUNGTRALOI'], params: { id } });
  },
};

/** e.4 rule 2: the answer date is not before the question's creation date, where that is known. */
const answerBeforeQuestion: Rule = {
  code: 'qa.answer-before-question',
  strength: 'inferred',
  title: t('Ngày trả lời sớm hơn ngày đặt câu hỏi', 'Answer dated before the question'),
  message: t('NGAYTRALOI = {answer} sớm hơn ngày đặt câu hỏi {field} = {asked}.', 'NGAYTRALOI = {answer} is earlier than the question date {field} = {asked}.'),
  hint: t(
    'Kiểm tra lại ngày trả lời (OpenCPS gửi dd/MM/yyyy). Quy chuẩn chưa cho biết trường ngày tạo câu hỏi; quy tắc chỉ chạy khi bản ghi có NGAYHOI, NGAYGUI hoặc NGAYTAO (ví dụ do hồ sơ cấu hình thêm).',
    'Check the answer date (OpenCPS sends dd/MM/yyyy). The reference names no question-creation field; the rule runs only when the record carries NGAYHOI, NGAYGUI or NGAYTAO (e.g. added by a profile).',
  ),
  specRef: ref('other-kinds.md', E4, 2),
  packets: ['DongBoKetQuaHoiDapGuiTuDVCQG'],
  scope: 'record',
  check(ctx: RuleContext) {
    const answer = qaDay(ctx.record.NGAYTRALOI);
    if (answer === undefined) return;
    for (const [key, value] of Object.entries(ctx.record)) {
      if (!CREATION_KEYS.includes(key.toUpperCase())) continue;
      const asked = qaDay(value);
      // Compared by calendar day: OpenCPS's dd/MM/yyyy answer date has no time of day.
      if (asked !== undefined && answer < asked) {
        ctx.report({ at: ['NGAYTRALOI'], params: { answer: String(ctx.record.NGAYTRALOI), field: key, asked: String(value) } });
        return;
      }
    }
  },
};

/** c.4 rule 6: local codes have the form `<MATTHC>.000.00.00.<unit>`, e.g. 2.000815.000.00.00.H55. */
const localProcedureCode: Rule = {
  code: 'qa.local-procedure-code',
  strength: 'inferred',
  title: t('Mã TTHC địa phương sai dạng', 'Malformed local procedure code'),
  message: t('MATTHCDP = "{value}" không có dạng <MATTHC>.000.00.00.<đơn vị>, ví dụ 2.000815.000.00.00.H55.', 'MATTHCDP = "{value}" is not of the form <MATTHC>.000.00.00.<unit>, e.g. 2.000815.000.00.00.H55.'),
  hint: t(
    'Mã địa phương = mã TTHC quốc gia (d.dddddd) + "." + mã đơn vị trong danh mục của Cổng. Khi mã sai, OpenCPS không ánh xạ được lĩnh vực nếu MALINHVUC trống.',
    'A local code = the national procedure code (d.dddddd) + "." + the unit code in the portal catalogue. When it is wrong, OpenCPS cannot map the domain if MALINHVUC is empty.',
  ),
  specRef: ref('other-kinds.md', '(c) c.4', 6),
  packets: QUESTION_LISTS,
  scope: 'record',
  check(ctx: RuleContext) {
    const v = ctx.record.MATTHCDP;
    if (typeof v !== 'string' || v.trim() === '') return;
    if (!/^\d{1,2}\.\d{6}\.\d{3}\.\d{2}\.\d{2}\.[A-Z][A-Z0-9]*$/.test(v.trim())) ctx.report({ at: ['MATTHCDP'], params: { value: v } });
  },
};

/** The Q&A rules. */
export const qaRules: Rule[] = [questionIdPositive, answerWithoutText, answerBeforeQuestion, localProcedureCode];
