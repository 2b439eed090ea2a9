/**
 * Runs the cross-field rules of a packet (record and document scope, paired-request rules) and
 * turns their findings into issues: severity from the profile (profile.rules[code] >
 * rule.defaultSeverity[base] > strength), message and hint filled in both languages, paths made
 * absolute for the document's form. A rule that throws on odd input never stops validation: it is
 * reported once as `rule.failed` and skipped for the rest of the document.
 */
import type { FixEdit, Issue, PathSegment, QuickFix, Severity } from '../issues/issue';
import type { Finding, Rule, RuleContext } from '../rules/types';
import type { PacketSpec } from '../spec/types';
import { severityFor } from './builtinProfiles';
import { genericIssue, issuePath, type IssueSink } from './emit';
import { render } from './messages';
import type { Profile } from './profileTypes';
import type { DocumentForm } from './report';

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

/** The rules of `packet` that run under `profile`, with their severity; `request` rules only with a request. */
export function activeRules(rules: readonly Rule[], packet: PacketSpec, profile: Profile, hasRequest: boolean): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of rules) {
    // '*' = every packet (the Vietnamese text-integrity rules of shared/text).
    if (!rule.packets.includes(packet.id) && !rule.packets.includes('*')) continue;
    if (rule.needs === 'request' && !hasRequest) continue;
    const severity = severityFor(profile, rule.code, rule.strength, rule.defaultSeverity);
    if (severity !== 'off') out.push({ rule, severity });
  }
  return out;
}

function prefixEdits(fix: QuickFix, map: (at: PathSegment[]) => PathSegment[]): QuickFix {
  const edits: FixEdit[] = fix.edits.map((e) => (e.op === 'text' ? e : { ...e, path: map(e.path) }));
  return { ...fix, edits };
}

/** Shared state of one rule run over a document. */
export class RuleRunner {
  private current: ActiveRule | undefined;
  /** The path of the record being checked: the engine's own stack, copied only when a rule reports. */
  private prefix: readonly PathSegment[] = [];
  private recordIndex: number | undefined;
  private mapDocumentPath: (at: PathSegment[]) => PathSegment[];
  /** Record-scope rules still running (a rule that throws is removed). */
  private readonly recordRules: ActiveRule[];
  /** The same without the rules a clean record cannot trigger (see `record`). */
  private readonly cleanRecordRules: ActiveRule[];
  /** One context, updated per record: 100,000 records should not cost 100,000 allocations. */
  private readonly ctx: RuleContext;

  constructor(
    private readonly rules: ActiveRule[],
    private readonly packet: PacketSpec,
    private readonly sink: IssueSink,
    private readonly provisional: boolean,
    form: DocumentForm,
    silentWhenClean: ReadonlySet<string> = new Set(),
  ) {
    // Document rules speak of `data[i]…` / `result[i]…`; in a bare array that is `[i]…`, in a single record `…`.
    const field = packet.recordsField;
    this.mapDocumentPath = (at) => {
      if (!field || at[0] !== field) return at;
      if (form === 'array') return at.slice(1);
      if (form === 'record') return typeof at[1] === 'number' ? at.slice(2) : at.slice(1);
      return at;
    };
    this.recordRules = rules.filter((r) => r.rule.scope === 'record');
    this.cleanRecordRules = this.recordRules.filter((r) => !silentWhenClean.has(r.rule.code));
    this.ctx = { packet, record: {}, recordIndex: undefined, records: [], envelope: undefined, request: undefined, report: this.report };
  }

  get hasRecordRules(): boolean {
    return this.recordRules.length > 0;
  }

  private readonly report = (finding: Finding): void => {
    const active = this.current!;
    const rel = Array.isArray(finding.at) ? finding.at : [];
    const record = active.rule.scope === 'record';
    const segments = record ? this.prefix.concat(rel) : this.mapDocumentPath(rel);
    const params = finding.params ?? {};
    const issue: Issue = {
      path: issuePath(segments),
      segments,
      code: active.rule.code,
      severity: active.severity,
      message: render(active.rule.message, params),
      hint: render(active.rule.hint, params),
      specRef: active.rule.specRef,
    };
    const index = record ? this.recordIndex : this.recordOf(segments);
    if (index !== undefined) issue.record = index;
    if (finding.fix) issue.fix = prefixEdits(finding.fix, record ? (at) => this.prefix.concat(at) : this.mapDocumentPath);
    if (this.provisional || active.rule.strength === 'provisional') issue.provisional = true;
    this.sink.issues.push(issue);
  };

  private recordOf(segments: PathSegment[]): number | undefined {
    const field = this.packet.recordsField;
    if (field && segments[0] === field && typeof segments[1] === 'number') return segments[1];
    if (typeof segments[0] === 'number') return segments[0];
    return undefined;
  }

  /** Runs one rule; false when it threw (reported once as `rule.failed`). */
  private run(active: ActiveRule, ctx: RuleContext): boolean {
    this.current = active;
    try {
      active.rule.check(ctx);
      return true;
    } catch (e) {
      this.failed(active, e);
      return false;
    }
  }

  /** Reports a rule that threw (`rule.failed`, once: the caller stops running it). */
  private failed(active: ActiveRule, e: unknown): void {
    const error = e instanceof Error ? e.message : String(e);
    this.sink.issues.push(genericIssue('rule.failed', 'warning', [], { rule: active.rule.code, error }, { specRef: active.rule.specRef }));
  }

  /**
   * Runs the record rules on one record found at `prefix` (index undefined for a single record).
   * `prefix` may be the caller's mutable path stack: it is read only during this call. `clean`:
   * the caller has established that the rules named `silentWhenClean` find nothing in this record
   * (the engine's accelerated check saw every string clean), so they are not called at all.
   */
  record(
    record: Record<string, unknown>,
    prefix: readonly PathSegment[],
    index: number | undefined,
    records: Record<string, unknown>[],
    envelope: Record<string, unknown> | undefined,
    request: Record<string, unknown> | undefined,
    clean = false,
  ): void {
    this.prefix = prefix;
    this.recordIndex = index;
    const ctx = this.ctx;
    ctx.record = record;
    ctx.recordIndex = index;
    ctx.records = records;
    ctx.envelope = envelope;
    ctx.request = request;
    const rules = clean ? this.cleanRecordRules : this.recordRules;
    // One try around the loop, not one per rule call (27 rules × 100,000 records): a rule that
    // throws is reported, dropped, and the loop goes on with the next one.
    let i = 0;
    while (i < rules.length) {
      try {
        for (; i < rules.length; i++) {
          const active = rules[i];
          this.current = active;
          active.rule.check(ctx);
        }
      } catch (e) {
        const active = rules[i];
        this.failed(active, e);
        rules.splice(i, 1);
        const other = rules === this.recordRules ? this.cleanRecordRules : this.recordRules;
        const at = other.indexOf(active);
        if (at >= 0) other.splice(at, 1);
      }
    }
  }

  /** Runs the document rules once. */
  document(records: Record<string, unknown>[], envelope: Record<string, unknown> | undefined, request: Record<string, unknown> | undefined): void {
    this.prefix = [];
    this.recordIndex = undefined;
    const ctx: RuleContext = { packet: this.packet, record: {}, records, envelope, request, report: this.report };
    for (const active of this.rules) if (active.rule.scope === 'document') this.run(active, ctx);
  }
}
