/**
 * Turns zod issues into messages a person can act on, in Vietnamese and English, naming the
 * file and the field path (STYLE.md practice 11). zod's own messages are English-only and
 * technical; persisted files (environments, history) are untrusted and must explain themselves.
 */
import type { z } from 'zod';
import { t, type Localized } from '../i18n/localized';
import { formatPath, type PathSegment } from '../issues/issue';

/** One zod issue, reworded. */
function describeIssue(issue: z.core.$ZodIssue): Localized {
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return i.input === undefined
        ? t('thiếu giá trị bắt buộc', 'a required value is missing')
        : t(`sai kiểu dữ liệu (cần ${String(i.expected)})`, `wrong type (expected ${String(i.expected)})`);
    case 'invalid_format':
      return t(`sai định dạng (${String(i.format)})`, `wrong format (${String(i.format)})`);
    case 'invalid_value': {
      const values = Array.isArray(i.values) ? i.values.map((v) => JSON.stringify(v)).join(', ') : '';
      return t(`giá trị không được phép; cho phép: ${values}`, `value not allowed; allowed: ${values}`);
    }
    case 'too_small':
      return t(`quá nhỏ hoặc quá ngắn (tối thiểu ${String(i.minimum)})`, `too small or too short (minimum ${String(i.minimum)})`);
    case 'too_big':
      return t(`quá lớn hoặc quá dài (tối đa ${String(i.maximum)})`, `too large or too long (maximum ${String(i.maximum)})`);
    case 'unrecognized_keys':
      return t(`có khóa không được hỗ trợ: ${(i.keys as string[]).join(', ')}`, `unsupported keys: ${(i.keys as string[]).join(', ')}`);
    default:
      return t(`không hợp lệ (${issue.message})`, `invalid (${issue.message})`);
  }
}

/**
 * Formats zod issues as one localized message per issue: `<where>: <field path>: <problem>`.
 * `where` names the file (or record) the value came from.
 */
export function zodIssueMessages(error: z.ZodError, where: string | Localized): Localized[] {
  const w = typeof where === 'string' ? { vi: where, en: where } : where;
  return error.issues.map((issue) => {
    const path = formatPath(issue.path as PathSegment[]) || '(gốc)';
    const pathEn = formatPath(issue.path as PathSegment[]) || '(root)';
    const d = describeIssue(issue);
    return t(`${w.vi}: trường ${path}: ${d.vi}`, `${w.en}: field ${pathEn}: ${d.en}`);
  });
}
