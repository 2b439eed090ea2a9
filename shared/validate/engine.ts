/**
 * The validation engine over a given list of kind modules (contract in report.ts): text → parse →
 * detect → structural check of the envelope and every record → cross-field rules → severities from
 * the profile → issues located (line, column, range), sorted by position, counted. validate.ts
 * binds it to the registry; tests bind it to small fixture kinds.
 */
import { t } from '../i18n/localized';
import { countIssues, type Issue, type PathSegment, type Severity } from '../issues/issue';
import { parseJson } from '../parse/json';
import { locatePaths } from '../parse/locate';
import type { KindModule } from '../spec/module';
import { STRICT_PROFILE, severityFor } from './builtinProfiles';
import type { TextTest } from './codegen';
import { compiledPacket } from './compiledPackets';
import { isPlainObject } from './compile';
import { detectPacket, type Detection } from './detect';
import { createSink, genericIssue } from './emit';
import { forgetFilledTexts, genericMeta, jsonTypeName, showValue } from './messages';
import type { Profile } from './profileTypes';
import type { ValidateOptions, ValidationReport } from './report';
import { activeRules, RuleRunner } from './runRules';
import type { Rule } from '../rules/types';
import { stripMaskMarker } from '../mask/marker';

/** Records between two progress callbacks (and cancellation checks). */
const PROGRESS_EVERY = 2000;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** validateText over an explicit list of kind modules (tests use small fixture kinds). */
export function validateTextWith(modules: readonly KindModule[], text: string, options: ValidateOptions = {}, internals: EngineInternals = {}): ValidationReport {
  const profile = options.profile ?? STRICT_PROFILE;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const e = parsed.error;
    const issue: Issue = {
      path: '',
      segments: [],
      code: e.code,
      severity: 'error',
      message: e.message,
      hint: parsed.repairs.length
        ? t('Có gợi ý sửa tự động; xem trước rồi áp dụng nếu đúng.', 'Automatic repairs are suggested; preview them and apply if right.')
        : t('Sửa văn bản tại vị trí được chỉ ra.', 'Fix the text at the position shown.'),
      specRef: { file: 'README.md', section: 'Conventions that hold across kinds' },
      range: { offset: e.offset, length: 1, line: e.line, column: e.column, endLine: e.line, endColumn: e.column + 1 },
    };
    return {
      form: 'unknown',
      provisional: false,
      recordCount: 0,
      issues: [issue],
      counts: countIssues([issue]),
      valid: false,
      syntax: e,
      repairs: parsed.repairs,
      profile: { id: profile.id, version: profile.version },
    };
  }
  return validateParsedTextWith(modules, text, parsed.value, options, internals);
}

/**
 * validateTextWith for a text the caller has already parsed into `value` (a large document is
 * parsed once, not twice): validate the value, then locate every issue in the text and sort by
 * position, exactly as validateTextWith does after its own parse.
 */
export function validateParsedTextWith(modules: readonly KindModule[], text: string, value: unknown, options: ValidateOptions = {}, internals: EngineInternals = {}): ValidationReport {
  const report = validateValueWith(modules, value, options, internals);
  if (options.locate !== false && report.issues.length) {
    const ranges = locatePaths(text, report.issues.map((i) => i.segments));
    report.issues.forEach((issue, i) => {
      const r = ranges[i];
      if (r) issue.range = r;
    });
    report.issues.sort(byPosition);
  }
  return report;
}

function byPosition(a: Issue, b: Issue): number {
  const d = (a.range?.offset ?? -1) - (b.range?.offset ?? -1);
  if (d !== 0) return d;
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Engine switches that are not part of the public contract (the benchmark measures the structural check alone). */
export interface EngineInternals {
  /** Run the cross-field rules (default true). */
  rules?: boolean;
  /** Rules that apply across families (`packets: ['*']`), run after the kind's own. */
  globalRules?: readonly Rule[];
  /** The scan the text-integrity rules share, folded into the accelerated record check when any of them runs. */
  textLens?: TextLens;
}

/**
 * The text-integrity rules' record scan as the engine sees it (validate.ts binds shared/text to
 * it): the accelerated record checker can also tell that every string of a record is clean
 * (codegen.ts TextTest), and then those rules are not called for that record at all.
 */
export interface TextLens extends TextTest {
  /** Codes of the record rules that share the scan: they find nothing in a record whose every string is clean. */
  codes: ReadonlySet<string>;
}

/** validateValue over an explicit list of kind modules. */
export function validateValueWith(modules: readonly KindModule[], input: unknown, options: ValidateOptions = {}, internals: EngineInternals = {}): ValidationReport {
  const profile: Profile = options.profile ?? STRICT_PROFILE;
  forgetFilledTexts();
  // The masking mark (shared/mask/marker.ts) is not part of the packet: validate without it.
  const { value, marker } = stripMaskMarker(input);
  const detection = detectPacket(value, { kind: options.kind, packetId: options.packetId }, modules);
  const sink = createSink();
  const base = {
    form: detection.form,
    repairs: [],
    profile: { id: profile.id, version: profile.version },
  };
  if (!detection.packet) {
    sink.issues.push(unknownIssue(detection));
    return finish(base, sink.issues, { provisional: false, recordCount: 0 });
  }
  const packet = detection.packet;
  const compiled = compiledPacket(packet, profile, modules);
  const module = modules.find((m) => m.spec.packets.includes(packet));
  const rules = internals.rules === false ? [] : activeRules([...(module?.rules ?? []), ...(internals.globalRules ?? [])], packet, profile, isPlainObject(options.request));
  const request = isPlainObject(options.request) ? options.request : undefined;
  // With a text rule running, the accelerated checker answers for structure and text in one pass
  // (codegen.ts TextTest); the text rules are not even called for a record it calls clean.
  const lens = internals.textLens;
  const textFolded = lens && rules.some((r) => r.rule.scope === 'record' && lens.codes.has(r.rule.code)) ? lens : undefined;
  const runner = new RuleRunner(rules, packet, sink, compiled.provisional, detection.form, textFolded?.codes);
  const recordsField = compiled.packet.recordsField;
  const top = value as Record<string, unknown> | unknown[];

  // Where the records are, and the path prefix of each.
  let envelope: Record<string, unknown> | undefined;
  let list: unknown[] | undefined;
  let single: { value: Record<string, unknown>; prefix: PathSegment[] } | undefined;
  if (detection.form === 'array') list = top as unknown[];
  else if (detection.form === 'record') single = { value: top as Record<string, unknown>, prefix: [] };
  else {
    envelope = top as Record<string, unknown>;
    if (!compiled.fastEnvelope?.(envelope)) compiled.envelope(envelope, [], sink);
    const recs = recordsField ? envelope[recordsField] : undefined;
    if (Array.isArray(recs)) list = recs;
    // `data` as one object (DongBoTrangThaiHoSo type 2, or the mistake of sample dossier/94): its
    // record is still checked, at `data.X` paths.
    else if (recordsField && isPlainObject(recs)) single = { value: recs, prefix: [recordsField] };
  }

  const checkRecord = compiled.record;
  // Accelerated: a generated predicate per record ("nothing to report, every string clean"); for a
  // record it rejects, a generated checker that calls the closures only where it finds something.
  const fast = textFolded ? compiled.fastRecordWithText(textFolded) : compiled.fastRecord;
  const checker = compiled.recordChecker(textFolded);
  let cancelled = false;
  let recordCount = 0;
  let objects: Record<string, unknown>[] = [];
  if (list && checkRecord) {
    // Rules see every record (non-objects as {} so indices stay those of the document).
    if (rules.length) objects = list.map((item) => (isPlainObject(item) ? item : {}));
    const inEnvelope = detection.form !== 'array';
    const path: PathSegment[] = inEnvelope ? [recordsField!, 0] : [0];
    const last = path.length - 1;
    const n = list.length;
    recordCount = n;
    const recordRules = runner.hasRecordRules;
    const notObjectSeverity = severityFor(profile, 'type.mismatch', 'firm', genericMeta('type.mismatch').defaultSeverity);
    for (let i = 0; i < n; i++) {
      if (options.onProgress && i % PROGRESS_EVERY === 0 && i > 0 && options.onProgress(i / n) === false) {
        cancelled = true;
        break;
      }
      const item = list[i];
      sink.record = i;
      path[last] = i;
      if (!isPlainObject(item)) {
        if (notObjectSeverity !== 'off') sink.issues.push(notAnObject(item, path.slice(), i, compiled.provisional, notObjectSeverity));
        continue;
      }
      let clean = false;
      if (fast && fast(item)) clean = textFolded !== undefined;
      else if (checker) clean = checker(item, path, sink) && textFolded !== undefined;
      else checkRecord(item, path, sink);
      if (recordRules) runner.record(item, path, i, objects, envelope, request, clean);
    }
  } else if (single && checkRecord) {
    recordCount = 1;
    sink.record = undefined;
    const path = single.prefix.slice();
    if (!compiled.fastRecord || !compiled.fastRecord(single.value)) checkRecord(single.value, path, sink);
    objects.push(single.value);
    runner.record(single.value, single.prefix.slice(), undefined, objects, envelope, request);
  }
  sink.record = undefined;
  if (!cancelled) runner.document(objects, envelope, request);
  options.onProgress?.(1);
  const report = finish(base, sink.issues, { provisional: compiled.provisional, recordCount });
  report.kind = detection.kind;
  report.packetId = packet.id;
  if (marker) report.masked = true;
  const service = packet.service ?? (envelope && typeof envelope.service === 'string' ? envelope.service : undefined);
  if (service) report.service = service;
  if (cancelled) {
    report.cancelled = true;
    // An interrupted check proves nothing: never call it valid.
    report.valid = false;
  }
  return report;
}

function finish(
  base: Pick<ValidationReport, 'form' | 'repairs' | 'profile'>,
  issues: Issue[],
  extra: { provisional: boolean; recordCount: number },
): ValidationReport {
  const counts = countIssues(issues);
  return { ...base, ...extra, issues, counts, valid: counts.error === 0 };
}

function unknownIssue(detection: Detection): Issue {
  const u = detection.unknown!;
  // packet.unknown is always an error: a profile cannot make an unrecognised document pass.
  const list = u.candidates.join(', ');
  const candidates = u.candidates.length
    ? t(`Gần giống nhất: ${list}.`, `Closest: ${list}.`)
    : t('Không có gói tin nào gần giống; xem "qcvn120 kinds".', 'No packet comes close; see "qcvn120 kinds".');
  return genericIssue('packet.unknown', 'error', [], { reason: u.reason, candidates });
}

function notAnObject(item: unknown, segments: PathSegment[], record: number, provisional: boolean, severity: Severity): Issue {
  return genericIssue(
    'type.mismatch',
    severity,
    segments,
    {
      field: String(segments[segments.length - 1]),
      label: t('bản ghi', 'record'),
      expected: t('đối tượng (bản ghi)', 'an object (a record)'),
      actual: jsonTypeName(item),
      value: showValue(item),
    },
    { record, provisional },
  );
}
