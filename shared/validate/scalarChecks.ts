/**
 * Checks of one scalar value as text — format, pattern, max length, code list — compiled once per
 * field (and profile) into a single closure. Severities are resolved at compile time, so a check a
 * profile turns off costs nothing at run time.
 */
import { t, type Localized } from '../i18n/localized';
import type { PathSegment, QuickFix, Severity } from '../issues/issue';
import type { CodeList, FieldSpec } from '../spec/types';
import { formatInfo, normalizeFormat } from './formats';
import { childPath, fieldParams, genericIssue, setFix, type IssueSink } from './emit';
import { showValue } from './messages';
import type { CheckContext } from './checkContext';

/** Checks a scalar value given as text; `key` is the key it was found under. */
export type ScalarCheck = (text: string, key: string, path: PathSegment[], sink: IssueSink) => void;

function at(path: PathSegment[], key: string): PathSegment[] {
  return childPath(path, key);
}

function changeTitle(value: string): Localized {
  return t(`Đổi thành "${value}"`, `Change to "${value}"`);
}

/** Normalisations a helpdesk officer would accept without thinking: spaces, Unicode form. */
function tidy(s: string): string {
  return s.trim().normalize('NFC');
}

function codeListText(list: CodeList): Localized {
  const shown = list.entries.slice(0, 12);
  const more = list.entries.length > shown.length ? ', …' : '';
  return {
    vi: shown.map((e) => `${e.code} (${e.label.vi})`).join(', ') + more,
    en: shown.map((e) => `${e.code} (${e.label.en || e.label.vi})`).join(', ') + more,
  };
}

/** A code the value plainly means: same code after trimming, other case, or the code's label. */
function codeFor(value: string, list: CodeList): string | undefined {
  const v = tidy(value);
  const lower = v.toLowerCase();
  for (const e of list.entries) if (e.code === v || e.code.toLowerCase() === lower) return e.code;
  for (const e of list.entries) if (e.label.vi.toLowerCase() === lower || e.label.en.toLowerCase() === lower) return e.code;
  return undefined;
}

/** One active scalar check of a field, as data: shared by the closure compiler and the codegen accelerator. */
export type ScalarTest =
  | { kind: 'format'; severity: Severity; code: string; test: (s: string) => boolean; asciiOnly: boolean }
  | { kind: 'pattern'; severity: Severity; re: RegExp }
  | { kind: 'maxLength'; severity: Severity; max: number }
  | { kind: 'codes'; severity: Severity; list: CodeList; codes: Set<string> };

/** The scalar checks of a field that are on under the context's profile. */
export function scalarTests(field: FieldSpec, ctx: CheckContext): ScalarTest[] {
  const tests: ScalarTest[] = [];
  if (field.format) {
    const info = formatInfo(field.format);
    const code = `format.${field.format}`;
    const severity = ctx.severity(code, 'firm');
    if (info && severity !== 'off') tests.push({ kind: 'format', severity, code, test: info.check, asciiOnly: info.asciiOnly === true });
  }
  if (field.pattern) {
    const severity = ctx.severity('pattern.mismatch', 'firm');
    const re = safeRegExp(field.pattern);
    if (re && severity !== 'off') tests.push({ kind: 'pattern', severity, re });
  }
  if (field.maxLength !== undefined) {
    // dossier.md §5 rule 13: the limits are inferred from one implementation's truncation.
    const severity = ctx.severity('length.max', 'inferred');
    if (severity !== 'off') tests.push({ kind: 'maxLength', severity, max: field.maxLength });
  }
  const list = field.codes ? ctx.codeLists.get(field.codes) : undefined;
  if (list) {
    // Closed lists are enforced; open ones (partial or unverified, e.g. dossier.md §4.2 "low") only warn.
    const severity = ctx.severity('code.unknown', list.closed ? 'firm' : 'inferred');
    if (severity !== 'off') tests.push({ kind: 'codes', severity, list, codes: new Set(list.entries.map((e) => e.code)) });
  }
  return tests;
}

function compileTest(test: ScalarTest, field: FieldSpec, provisional: boolean): ScalarCheck {
  const base = fieldParams(field);
  switch (test.kind) {
    case 'format': {
      const info = formatInfo(field.format!);
      const { severity, code } = test;
      return (s, key, path, sink) => {
        if (info.check(s)) return;
        const fixed = normalizeFormat(info.id, s);
        const segs = at(path, key);
        sink.issues.push(
          genericIssue(code, severity, segs, { ...base, key, value: showValue(s), format: info.description, example: info.example }, {
            specRef: field.specRef,
            fix: fixed !== undefined ? setFix(segs, fixed, changeTitle(fixed)) : undefined,
            provisional,
            record: sink.record,
          }),
        );
      };
    }
    case 'pattern': {
      const { severity, re } = test;
      return (s, key, path, sink) => {
        if (re.test(s)) return;
        const segs = at(path, key);
        const trimmed = tidy(s);
        const fix = trimmed !== s && re.test(trimmed) ? setFix(segs, trimmed, changeTitle(trimmed)) : undefined;
        sink.issues.push(
          genericIssue('pattern.mismatch', severity, segs, { ...base, key, value: showValue(s), pattern: field.pattern! }, {
            specRef: field.specRef,
            fix,
            provisional,
            record: sink.record,
          }),
        );
      };
    }
    case 'maxLength': {
      const { severity, max } = test;
      return (s, key, path, sink) => {
        if (s.length <= max) return;
        sink.issues.push(
          genericIssue('length.max', severity, at(path, key), { ...base, key, length: s.length, max }, {
            specRef: field.specRef,
            provisional,
            record: sink.record,
          }),
        );
      };
    }
    case 'codes': {
      const { severity, list, codes } = test;
      const listText = codeListText(list);
      return (s, key, path, sink) => {
        if (codes.has(s)) return;
        const segs = at(path, key);
        const code = codeFor(s, list);
        sink.issues.push(
          genericIssue('code.unknown', severity, segs, { ...base, key, value: showValue(s), list: list.label, codes: listText }, {
            specRef: field.specRef,
            fix: code !== undefined ? setFix(segs, code, changeTitle(code)) : undefined,
            provisional,
            record: sink.record,
          }),
        );
      };
    }
  }
}

/** Compiles the scalar checks of a field; undefined when the field has none (or all are off). */
export function compileScalarChecks(field: FieldSpec, ctx: CheckContext): ScalarCheck | undefined {
  const provisional = ctx.provisional || field.provisional === true;
  const checks = scalarTests(field, ctx).map((test) => compileTest(test, field, provisional));
  if (checks.length === 0) return undefined;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (s, key, path, sink) => {
      a(s, key, path, sink);
      b(s, key, path, sink);
    };
  }
  return (s, key, path, sink) => {
    for (let i = 0; i < checks.length; i++) checks[i](s, key, path, sink);
  };
}

/** Compiles a pattern anchored at both ends; undefined when it is not a valid regular expression. */
export function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return undefined;
  }
}

/** A quick fix for a JSON number or boolean where the wire uses a string. */
export function toStringFix(field: FieldSpec, value: number | boolean, segs: PathSegment[]): QuickFix {
  let s = String(value);
  if (typeof value === 'boolean' && field.format === 'trueFalse') s = value ? 'True' : 'False';
  // 0/1 flags (dossier.md §4.2 "DuocSoHoa…") are the other boolean spelling of the wire.
  else if (typeof value === 'boolean' && field.codes) s = value ? '1' : '0';
  return setFix(segs, s, t(`Đổi thành chuỗi "${s}"`, `Change to the string "${s}"`));
}

/** The string a quick fix would put instead of a number or boolean (for the message's example). */
export function suggestedString(field: FieldSpec, value: number | boolean): string {
  const edit = toStringFix(field, value, []).edits[0];
  return edit.op === 'set' ? String(edit.value) : String(value);
}
