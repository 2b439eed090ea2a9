/**
 * The text-integrity checks as cross-field rules for every packet (`packets: ['*']`): they run
 * on each record, report the field and offer a `set` quick fix with the repaired value.
 * Messages never quote the value, so a masked report cannot leak it through them.
 */
import { t, type Localized } from '../i18n/localized';
import { ref } from '../spec/common';
import type { Rule } from '../rules/types';
import { scanDocument, type LocatedTextProblem, type TextProblemCode } from './scan';
import type { ObjectSpec } from '../spec/types';
import { MOJIBAKE_FAMILIES } from './mojibake';

/** UTF-8 is the body encoding (dossier.md §1.3); the other rules follow from comparing text exactly. */
const UTF8_REF = ref('dossier.md', '§1.3');
const CONVENTIONS_REF = ref('README.md', 'Conventions that hold across kinds');

interface TextRuleText {
  title: Localized;
  message: Localized;
  hint: Localized;
  fix: Localized;
}

const TEXTS: Record<TextProblemCode, TextRuleText> = {
  'text.nfd': {
    title: t('Chữ tiếng Việt ở dạng tổ hợp (NFD)', 'Vietnamese text in decomposed form (NFD)'),
    message: t('Trường {field} viết dấu bằng ký tự tổ hợp (NFD) thay vì chữ dựng sẵn (NFC).', 'Field {field} writes its diacritics as combining marks (NFD) instead of precomposed letters (NFC).'),
    hint: t('Chuẩn hóa về NFC (Unicode dựng sẵn) để tìm kiếm và so khớp trên Cổng DVCQG đúng.', 'Normalise to NFC (precomposed Unicode) so that search and matching on DVCQG work.'),
    fix: t('Chuẩn hóa về NFC', 'Normalise to NFC'),
  },
  'text.mixed-normalization': {
    title: t('Chữ tiếng Việt lẫn hai dạng chuẩn hóa', 'Vietnamese text mixes two normalisation forms'),
    message: t('Trường {field} lẫn chữ dựng sẵn (NFC) và chữ tổ hợp (NFD).', 'Field {field} mixes precomposed (NFC) and decomposed (NFD) letters.'),
    hint: t('Chuẩn hóa về NFC; hai giá trị trông giống nhau nhưng khác dạng sẽ không bằng nhau.', 'Normalise to NFC: two values that look alike in different forms do not compare equal.'),
    fix: t('Chuẩn hóa về NFC', 'Normalise to NFC'),
  },
  'text.mojibake': {
    title: t('Lỗi phông chữ (mã hóa cũ)', 'Garbled text (legacy encoding)'),
    message: t('Trường {field} có vẻ bị lỗi phông: {family}.', 'Field {field} looks garbled: {family}.'),
    hint: t(
      'Dữ liệu đã qua một bảng mã sai (TCVN3, VNI hoặc UTF-8 đọc nhầm). Kiểm tra giá trị đề xuất rồi sửa cả ở hệ thống nguồn.',
      'The data went through the wrong code page (TCVN3, VNI or misread UTF-8). Check the proposed value, then fix the source system too.',
    ),
    fix: t('Thay bằng giá trị đã giải mã', 'Replace with the decoded value'),
  },
  'text.invisible-char': {
    title: t('Ký tự ẩn hoặc khoảng trắng không ngắt', 'Invisible character or no-break space'),
    message: t('Trường {field} chứa ký tự ẩn: {chars}.', 'Field {field} contains invisible characters: {chars}.'),
    hint: t('Xóa ký tự độ rộng 0 và thay khoảng trắng không ngắt bằng khoảng trắng thường.', 'Remove zero-width characters and replace no-break spaces with plain spaces.'),
    fix: t('Xóa ký tự ẩn', 'Remove invisible characters'),
  },
  'text.smart-quote-in-code': {
    title: t('Dấu nháy kiểu chữ in trong mã', 'Typographic quotes in a code'),
    message: t('Mã ở trường {field} chứa dấu nháy cong (‘ ’ “ ”), thường do dán từ Word hoặc PDF.', 'The code in field {field} contains curly quotes (‘ ’ “ ”), usually pasted from Word or a PDF.'),
    hint: t('Mã phải khớp chính xác với danh mục; xóa các dấu nháy.', 'A code must match its catalogue exactly: remove the quotes.'),
    fix: t('Xóa dấu nháy', 'Remove the quotes'),
  },
};

/**
 * The five rules share one scan per record: the engine calls each rule on the same record object
 * in turn, so the walk and the detectors run once, not five times. The last scan is kept per run
 * (the run's list of records identifies it, so a record edited in place between runs is scanned
 * again): one weak-map entry per validation, not one per record of a 100,000-record batch.
 */
interface LastScan {
  record: object | undefined;
  problems: LocatedTextProblem[];
}
const lastScans = new WeakMap<object, LastScan>();

function problemsOf(record: Record<string, unknown>, spec: ObjectSpec | undefined, run: object): LocatedTextProblem[] {
  let last = lastScans.get(run);
  if (!last) lastScans.set(run, (last = { record: undefined, problems: [] }));
  if (last.record === record) return last.problems;
  last.problems = scanDocument(record, spec);
  last.record = record;
  return last.problems;
}

function textRule(code: TextProblemCode): Rule {
  const text = TEXTS[code];
  return {
    code,
    strength: 'inferred',
    title: text.title,
    message: text.message,
    hint: text.hint,
    specRef: code === 'text.smart-quote-in-code' ? CONVENTIONS_REF : UTF8_REF,
    packets: ['*'],
    scope: 'record',
    check(ctx) {
      for (const p of problemsOf(ctx.record, ctx.packet.record, ctx.records)) {
        if (p.code !== code) continue;
        const family = p.family ? MOJIBAKE_FAMILIES[p.family] : undefined;
        ctx.report({
          at: p.path,
          // {family} is one language per message; the engine fills both from these params.
          params: { field: p.key ?? '', chars: p.detail ?? '', family: family ? `${family.vi} / ${family.en}` : '' },
          fix: { title: text.fix, edits: [{ op: 'set', path: p.path, value: p.fixed }] },
        });
      }
    },
  };
}

/** The five text-integrity rules, for every packet. */
export const TEXT_RULES: Rule[] = (['text.nfd', 'text.mixed-normalization', 'text.mojibake', 'text.invisible-char', 'text.smart-quote-in-code'] as const).map(textRule);
