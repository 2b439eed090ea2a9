/**
 * The two built-in profiles, as data (docs/ARCHITECTURE.md "Severity: strength × profile";
 * spec/README.md "How this reference was made"), and the severity resolution every check uses.
 */
import { t } from '../i18n/localized';
import type { SeverityOrOff } from '../issues/issue';
import type { BaseProfileId, RuleStrength } from '../rules/types';
import type { Profile } from './profileTypes';

/** Bumped whenever the built-in profiles' effect changes; shown in every report. */
export const BUILTIN_PROFILE_VERSION = '1.0.0';

/** `strict` (default): firm checks are errors; tolerated (M*), inferred and provisional ones warnings. */
export const STRICT_PROFILE: Profile = Object.freeze({
  id: 'strict',
  version: BUILTIN_PROFILE_VERSION,
  name: t('Chặt chẽ (mặc định)', 'Strict (default)'),
  description: t(
    'Lỗi cho mọi quy định chắc chắn; cảnh báo cho trường M* (Cổng từng chấp nhận khi thiếu), quy tắc suy luận và định nghĩa tái dựng.',
    'Errors for every firm requirement; warnings for M* fields (the portal accepted them missing), inferred rules and reconstructed definitions.',
  ),
  base: 'strict',
  strengthSeverity: { firm: 'error', tolerated: 'warning', inferred: 'warning', provisional: 'warning' },
  rules: {},
  fields: {},
  addFields: {},
  codeLists: {},
}) as Profile;

/** `lenient`: what the portal accepted in practice — M* fields silent, JSON numbers for strings only warned. */
export const LENIENT_PROFILE: Profile = Object.freeze({
  id: 'lenient',
  version: BUILTIN_PROFILE_VERSION,
  name: t('Dễ dãi (như Cổng chấp nhận thực tế)', 'Lenient (as the portal accepted in practice)'),
  description: t(
    'Như Cổng DVCQG đã chấp nhận trong nhật ký 2022: không báo trường M* bị thiếu; số thay cho chuỗi chỉ là cảnh báo.',
    'As the portal accepted in the 2022 logs: missing M* fields are not reported; numbers instead of strings are only warnings.',
  ),
  base: 'lenient',
  strengthSeverity: { firm: 'error', tolerated: 'off', inferred: 'warning', provisional: 'warning' },
  rules: {},
  fields: {},
  addFields: {},
  codeLists: {},
}) as Profile;

/** The built-in profiles by id. */
export const BUILTIN_PROFILES: Readonly<Record<BaseProfileId, Profile>> = { strict: STRICT_PROFILE, lenient: LENIENT_PROFILE };

/** A built-in profile by id (`strict`, `lenient`), or undefined. */
export function builtinProfile(id: string): Profile | undefined {
  return id === 'strict' || id === 'lenient' ? BUILTIN_PROFILES[id] : undefined;
}

/**
 * The severity of a check: the profile's override for its code wins, then the check's own default
 * for the profile's base, then the profile's severity for the check's strength.
 */
export function severityFor(
  profile: Profile,
  code: string,
  strength: RuleStrength,
  defaults?: Partial<Record<BaseProfileId, SeverityOrOff>>,
): SeverityOrOff {
  const own = profile.rules[code];
  if (own !== undefined) return own;
  const d = defaults?.[profile.base];
  if (d !== undefined) return d;
  return profile.strengthSeverity[strength];
}
