/**
 * Cross-field rules of the reconstructed PAKN packets (other-kinds.md (d), "Cross-field rules (R)").
 * All are `provisional`: they judge data against a reconstruction, and reports say so; errors in
 * `strict`, warnings in `lenient`.
 * Dates are read leniently (yyyyMMddHHmmss or dd/MM/yyyy [HH:mm]) so an order fault is still
 * found when a date is also in the wrong format (the engine reports the format separately).
 */
import { parseWire, normalizeToWire, toSortable } from '../../datetime/wire';
import { t } from '../../i18n/localized';
import type { Rule, RuleContext } from '../../rules/types';
import { ref } from '../common';

const LIST = 'LayDanhSachPAKN.response';
const PUSH = 'DongBoKetQuaPAKN';
const RULES_REF = (n: number) => ref('other-kinds.md', '(d) cross-field rules', n);

/**
 * `strict` judges a PAKN packet against the reconstruction as written: its cross-field faults are
 * errors, as samples/feedback/03-pakn-invalid.expect.md requires ("errors a validator must report…
 * judged against that reconstruction"); every issue still carries the provisional mark. `lenient`
 * keeps the strength's default, a warning, for agencies whose real PAKN exchange differs.
 */
const JUDGED_AGAINST_RECONSTRUCTION = { strict: 'error' } as const;

/** A comparable instant from a wire date or a date typed as dd/MM/yyyy [HH:mm[:ss]]; undefined otherwise. */
export function paknInstant(v: unknown): number | undefined {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const wire = normalizeToWire(v);
  const d = wire ? parseWire(wire) : undefined;
  return d ? toSortable(d) : undefined;
}

function filled(v: unknown): boolean {
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

function status(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** NGAYTRALOI ≥ NGAYGUI (rule 1). */
const answerBeforeSubmission: Rule = {
  code: 'feedback.answer-before-submission',
  strength: 'provisional',
  defaultSeverity: JUDGED_AGAINST_RECONSTRUCTION,
  title: t('Ngày trả lời sớm hơn ngày gửi', 'Answer dated before the submission'),
  message: t('NGAYTRALOI = {answer} sớm hơn NGAYGUI = {sent}.', 'NGAYTRALOI = {answer} is earlier than NGAYGUI = {sent}.'),
  hint: t('Không thể trả lời trước khi nhận phản ánh: kiểm tra lại hai ngày (và định dạng yyyyMMddHHmmss).', 'An item cannot be answered before it was sent: check both dates (and the yyyyMMddHHmmss format).'),
  specRef: RULES_REF(1),
  packets: [LIST],
  scope: 'record',
  check(ctx: RuleContext) {
    const sent = paknInstant(ctx.record.NGAYGUI);
    const answer = paknInstant(ctx.record.NGAYTRALOI);
    if (sent === undefined || answer === undefined || answer >= sent) return;
    ctx.report({ at: ['NGAYTRALOI'], params: { answer: String(ctx.record.NGAYTRALOI), sent: String(ctx.record.NGAYGUI) } });
  },
};

/** TRANGTHAI = 3 needs NOIDUNGTRALOI and NGAYTRALOI (rule 2). */
const answeredWithoutAnswer: Rule = {
  code: 'feedback.answered-without-answer',
  strength: 'provisional',
  defaultSeverity: JUDGED_AGAINST_RECONSTRUCTION,
  title: t('Đã trả lời nhưng thiếu nội dung hoặc ngày trả lời', 'Answered but the answer or its date is missing'),
  message: t('TRANGTHAI = 3 (đã trả lời) nhưng {field} trống.', 'TRANGTHAI = 3 (answered) but {field} is empty.'),
  hint: t('Điền nội dung và ngày trả lời, hoặc đặt lại TRANGTHAI nếu chưa trả lời (2 = đang xử lý).', 'Fill in the answer and its date, or set TRANGTHAI back if it is not answered yet (2 = processing).'),
  specRef: RULES_REF(2),
  packets: [LIST],
  scope: 'record',
  check(ctx: RuleContext) {
    if (status(ctx.record.TRANGTHAI) !== '3') return;
    for (const name of ['NOIDUNGTRALOI', 'NGAYTRALOI']) if (!filled(ctx.record[name])) ctx.report({ at: [name], params: { field: name } });
  },
};

/** A non-empty NOIDUNGTRALOI implies TRANGTHAI = 3 (rule 3). */
const answerWithOpenStatus: Rule = {
  code: 'feedback.answer-with-open-status',
  strength: 'provisional',
  defaultSeverity: JUDGED_AGAINST_RECONSTRUCTION,
  title: t('Có nội dung trả lời nhưng trạng thái chưa là "đã trả lời"', 'Answer given but the status is not "answered"'),
  message: t('Có NOIDUNGTRALOI nhưng TRANGTHAI = "{status}" (phải là 3 — đã trả lời).', 'NOIDUNGTRALOI is given but TRANGTHAI = "{status}" (it must be 3 — answered).'),
  hint: t('Đặt TRANGTHAI = "3" khi gửi câu trả lời.', 'Set TRANGTHAI = "3" when sending an answer.'),
  specRef: RULES_REF(3),
  packets: [LIST, PUSH],
  scope: 'record',
  check(ctx: RuleContext) {
    const s = status(ctx.record.TRANGTHAI);
    if (!filled(ctx.record.NOIDUNGTRALOI) || s === undefined || s === '' || s === '3') return;
    ctx.report({
      at: ['TRANGTHAI'],
      params: { status: s },
      fix: { title: t('Đặt TRANGTHAI = "3"', 'Set TRANGTHAI to "3"'), edits: [{ op: 'set', path: ['TRANGTHAI'], value: typeof ctx.record.TRANGTHAI === 'number' ? 3 : '3' }] },
    });
  },
};

/** HANXULY ≥ NGAYGUI (rule 4). */
const deadlineBeforeSubmission: Rule = {
  code: 'feedback.deadline-before-submission',
  strength: 'provisional',
  defaultSeverity: JUDGED_AGAINST_RECONSTRUCTION,
  title: t('Hạn xử lý sớm hơn ngày gửi', 'Deadline before the submission'),
  message: t('HANXULY = {deadline} sớm hơn NGAYGUI = {sent}.', 'HANXULY = {deadline} is earlier than NGAYGUI = {sent}.'),
  hint: t('Hạn xử lý tính từ ngày nhận phản ánh: kiểm tra lại hai ngày.', 'The deadline runs from the submission: check both dates.'),
  specRef: RULES_REF(4),
  packets: [LIST],
  scope: 'record',
  check(ctx: RuleContext) {
    const sent = paknInstant(ctx.record.NGAYGUI);
    const deadline = paknInstant(ctx.record.HANXULY);
    if (sent === undefined || deadline === undefined || deadline >= sent) return;
    ctx.report({ at: ['HANXULY'], params: { deadline: String(ctx.record.HANXULY), sent: String(ctx.record.NGAYGUI) } });
  },
};

/** At least one contact channel (rule 5). */
const noContact: Rule = {
  code: 'feedback.no-contact',
  strength: 'provisional',
  defaultSeverity: JUDGED_AGAINST_RECONSTRUCTION,
  title: t('Không có cách liên hệ người gửi', 'No way to contact the sender'),
  message: t('THUDIENTU, SODIENTHOAI và DIACHI đều trống: cần ít nhất một cách liên hệ.', 'THUDIENTU, SODIENTHOAI and DIACHI are all empty: at least one contact channel is needed.'),
  hint: t('Điền thư điện tử, số điện thoại hoặc địa chỉ của người gửi để có thể gửi câu trả lời.', 'Fill in the sender\'s e-mail, phone or address so the answer can reach them.'),
  specRef: RULES_REF(5),
  packets: [LIST],
  scope: 'record',
  check(ctx: RuleContext) {
    if (['THUDIENTU', 'SODIENTHOAI', 'DIACHI'].some((k) => filled(ctx.record[k]))) return;
    ctx.report({ at: [] });
  },
};

/** The PAKN rules, in the order the reference lists them. */
export const feedbackRules: Rule[] = [answerBeforeSubmission, answeredWithoutAnswer, answerWithOpenStatus, deadlineBeforeSubmission, noContact];
