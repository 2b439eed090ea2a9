/**
 * Rules: field-level checks derived from the spec and the cross-field rules of the reference
 * (dossier.md §5, other-kinds.md a.4, b.2, c.4, e.4, (d)). Their metadata is data that a
 * profile can override (severity, or `off`); only the check itself is code.
 */
import type { Localized } from '../i18n/localized';
import type { PathSegment, QuickFix, SeverityOrOff } from '../issues/issue';
import type { PacketSpec, SpecRef } from '../spec/types';

/**
 * How sure the reference is (spec/README.md "How this reference was made"):
 * - `firm`: W2/L evidence or a rule enforced by implementations: an error in `strict`;
 * - `tolerated`: observed as required but the portal accepted packets without it (M*);
 * - `inferred`: a reasonable inference: a warning by default, individually switchable;
 * - `provisional`: part of the reconstructed PAKN family.
 */
export type RuleStrength = 'firm' | 'tolerated' | 'inferred' | 'provisional';

/** Names of the built-in profiles. */
export type BaseProfileId = 'strict' | 'lenient';

export interface RuleMeta {
  /** Stable code, e.g. `dossier.deadline-before-receipt`. Never renamed once released. */
  code: string;
  strength: RuleStrength;
  /**
   * Default severity per built-in profile, when it differs from what the profile derives from
   * `strength` (e.g. an inference that is a logical impossibility is an error).
   */
  defaultSeverity?: Partial<Record<BaseProfileId, SeverityOrOff>>;
  title: Localized;
  /** Message; `{name}` placeholders are filled from the finding's params. */
  message: Localized;
  hint: Localized;
  specRef: SpecRef;
}

/** A cross-field rule: metadata plus the check. */
export interface Rule extends RuleMeta {
  /** Packet ids the rule applies to. */
  packets: string[];
  /**
   * `record`: called once per record; `document`: once per document (cross-record checks,
   * envelope checks). `context` rules need a paired document (e.g. the request of a reply)
   * and are skipped when it is absent.
   */
  scope: 'record' | 'document';
  needs?: 'request';
  check(ctx: RuleContext): void;
}

/** A finding reported by a rule's check, before the profile gives it a severity. */
export interface Finding {
  /** Path relative to the record (record rules) or to the document (document rules). */
  at: PathSegment[];
  params?: Record<string, string | number>;
  fix?: QuickFix;
}

export interface RuleContext {
  packet: PacketSpec;
  /** The record being checked (record rules); for document rules, the records array (may be empty). */
  record: Record<string, unknown>;
  /** Index of the record in its list, or undefined for a single record / document rule. */
  recordIndex?: number;
  /** All records of the document (already known to be objects). */
  records: Record<string, unknown>[];
  /** The top-level object when the document is an envelope or a reply. */
  envelope?: Record<string, unknown>;
  /** The paired request, for rules with `needs: 'request'`. */
  request?: Record<string, unknown>;
  /** Reports one finding of this rule. */
  report(finding: Finding): void;
}
