/**
 * The title of a rule code, for screens and reports that group issues by rule: from the rule
 * itself, the text-integrity rules or the generic field checks (`format.datetime14` shares
 * `format`'s), and plain words for a file that is not JSON or cannot be read.
 */
import type { Localized } from '../i18n/localized';
import { KIND_MODULES } from '../spec/registry';
import { TEXT_RULES } from '../text/index';
import { genericCodes } from '../validate/messages';

let titles: Map<string, Localized> | undefined;

const NOT_JSON: Localized = { vi: 'Không phải JSON (lỗi cú pháp)', en: 'Not JSON (syntax error)' };
const UNREADABLE: Localized = { vi: 'Không đọc được tệp', en: 'The file cannot be read' };

/** The title of a rule or generic check, when known. */
export function ruleTitle(code: string): Localized | undefined {
  if (!titles) {
    titles = new Map();
    for (const g of genericCodes()) titles.set(g.code, g.title);
    for (const r of TEXT_RULES) titles.set(r.code, r.title);
    for (const m of KIND_MODULES) for (const r of m.rules) titles.set(r.code, r.title);
  }
  return titles.get(code) ?? (code.startsWith('format.') ? titles.get('format') : code.startsWith('syntax.') ? NOT_JSON : code.startsWith('files.') || code.startsWith('documents.') ? UNREADABLE : undefined);
}
