/**
 * What the triage screen shows beside a group key: a rule code's title (from the rule itself, the
 * text-integrity rules or the generic field checks), a kind's name, and the words for an empty key.
 */
import type { Localized } from '../../../shared/i18n/localized';
import { genericCodes } from '../../../shared/validate/messages';
import { KIND_MODULES } from '../../../shared/spec/registry';
import { TEXT_RULES } from '../../../shared/text/index';
import { kindLabel } from '../document/kindLabels';
import { isKindId } from '../../../shared/index';

let titles: Map<string, Localized> | undefined;

const NOT_JSON: Localized = { vi: 'Không phải JSON (lỗi cú pháp)', en: 'Not JSON (syntax error)' };
const UNREADABLE: Localized = { vi: 'Không đọc được tệp', en: 'The file cannot be read' };

/** The title of a rule or generic check (`format.datetime14` shares `format`'s), when known. */
export function ruleTitle(code: string): Localized | undefined {
  if (!titles) {
    titles = new Map();
    for (const g of genericCodes()) titles.set(g.code, g.title);
    for (const r of TEXT_RULES) titles.set(r.code, r.title);
    for (const m of KIND_MODULES) for (const r of m.rules) titles.set(r.code, r.title);
  }
  return titles.get(code) ?? (code.startsWith('format.') ? titles.get('format') : code.startsWith('syntax.') ? NOT_JSON : code.startsWith('files.') || code.startsWith('documents.') ? UNREADABLE : undefined);
}

/** The name of a kind id, or undefined for anything else. */
export function kindName(kind: string): Localized | undefined {
  return isKindId(kind) ? kindLabel(kind) : undefined;
}
