/**
 * How a field treats absence, empty values, null and wrong JSON types under a profile: shared by
 * the closure compiler (compile.ts), the codegen accelerator (codegen.ts) and the schemas.
 */
import type { SeverityOrOff } from '../issues/issue';
import type { RuleStrength } from '../rules/types';
import type { FieldSpec, RequiredMark } from '../spec/types';
import type { CheckContext } from './checkContext';

/** Strength of a required mark (docs/ARCHITECTURE.md: `M` firm, `M*` tolerated, `M?` inferred). */
export function requiredStrength(mark: RequiredMark): RuleStrength | undefined {
  if (mark === 'M') return 'firm';
  if (mark === 'M*') return 'tolerated';
  if (mark === 'M?') return 'inferred';
  return undefined;
}

/** How one field treats empty values, null and wrong types under a profile (shared with codegen.ts). */
export interface FieldPolicy {
  strength: RuleStrength | undefined;
  emptyAllowed: boolean;
  emptySeverity: SeverityOrOff;
  missingSeverity: SeverityOrOff;
  mismatchSeverity: SeverityOrOff;
  nullSeverity: SeverityOrOff;
  expectedStringSeverity: SeverityOrOff;
  /** A JSON null produces no issue. */
  nullOk: boolean;
  /** `[]` produces no issue. */
  emptyArrayOk: boolean;
}

/** The field's policy for empty values, null and types under the context's profile. */
export function fieldPolicy(f: FieldSpec, ctx: CheckContext): FieldPolicy {
  const strength = requiredStrength(f.required);
  // Empty values: a required field needs a value unless it explicitly allows ""; an optional one
  // accepts "" ("unknown", dossier.md §1.7) unless it explicitly refuses it.
  const emptyStrength: RuleStrength | undefined = strength ?? (f.allowEmpty === false ? 'inferred' : undefined);
  const emptyAllowed = strength ? f.allowEmpty === true : f.allowEmpty !== false;
  const emptySeverity = emptyStrength ? ctx.severity('required.empty', emptyStrength) : 'off';
  const nullSeverity = ctx.severity('type.mismatch', 'inferred');
  const nullReportsEmpty = f.nullable ? !emptyAllowed || strength !== undefined : strength !== undefined;
  return {
    strength,
    emptyAllowed,
    emptySeverity,
    missingSeverity: strength ? ctx.severity('required.missing', strength) : 'off',
    mismatchSeverity: ctx.severity('type.mismatch', 'firm'),
    nullSeverity,
    expectedStringSeverity: ctx.severity('type.expected-string', 'firm'),
    nullOk: nullReportsEmpty ? emptySeverity === 'off' : f.nullable === true || nullSeverity === 'off',
    emptyArrayOk: f.allowEmpty !== false || emptySeverity === 'off',
  };
}

/**
 * The value a missing required field obviously takes, for a quick fix: the constant of a literal
 * pattern (`service`) and `"False"` for a .NET flag (`isUpdating` "False" = create, dossier.md §1.5).
 * Undefined when a person has to decide.
 */
export function defaultValueFor(f: FieldSpec): string | undefined {
  if (f.pattern && /^[A-Za-z0-9_]+$/.test(f.pattern)) return f.pattern;
  if (f.format === 'trueFalse') return 'False';
  return undefined;
}

