/**
 * A profile as it travels to whatever validates (the renderer's worker, the hosts' worker threads,
 * the send path): a built-in one by its id, a user one with its definition — the profile file's
 * text (or parsed value), checked again with `loadProfile` on arrival, so a user profile is applied exactly
 * as the CLI applies it (docs/PROFILES.md). Resolved profiles are cached by id and version: the
 * compiled checkers are cached per profile object (compiledPackets.ts), so the same profile must
 * come back as the same object.
 */
import { t, type Localized } from '../i18n/localized';
import { builtinProfile, loadProfile, type ProfileProblem } from './profiles';
import type { Profile } from './profileTypes';

/** The profile to validate with, as sent to a worker. */
export interface ProfileRef {
  id: string;
  /** The version of the definition (user profiles); with the id, the cache key. */
  version?: string;
  /** A user profile's file: its JSON text, or the parsed value (absent for the built-ins). */
  definition?: unknown;
  /** Where the definition comes from (the stored file's name), shown in its problems. */
  source?: string;
}

export type ProfileResolution = { ok: true; profile: Profile } | { ok: false; code: string; message: Localized };

/** The problems of a profile file as lines `file:line:column path: message`, in both languages. */
export function describeProfileProblems(source: string, problems: readonly ProfileProblem[]): Localized {
  const where = (p: ProfileProblem) => `${source}${p.line ? `:${p.line}:${p.column}` : ''}${p.path ? ` ${p.path}` : ''}`;
  return {
    vi: problems.map((p) => `${where(p)}: ${p.message.vi}`).join('\n'),
    en: problems.map((p) => `${where(p)}: ${p.message.en}`).join('\n'),
  };
}

/** The message of a profile file that is refused: its located problems under one heading. */
export function invalidProfileMessage(source: string, problems: readonly ProfileProblem[]): Localized {
  const list = describeProfileProblems(source, problems);
  return t(`Hồ sơ cấu hình "${source}" không hợp lệ:\n${list.vi}`, `The profile "${source}" is not valid:\n${list.en}`);
}

function unknownProfile(id: string): ProfileResolution {
  return {
    ok: false,
    code: 'profiles.unknown',
    message: t(
      `Không có hồ sơ cấu hình "${id}" (không phải strict, lenient, cũng không kèm định nghĩa). Hãy chọn lại hồ sơ cấu hình.`,
      `There is no profile "${id}" (neither strict nor lenient, and no definition came with it). Choose the profile again.`,
    ),
  };
}

/** Resolves profile references, loading each user definition once per id and version. */
export class ProfileCache {
  private readonly entries = new Map<string, { text: string; profile: Profile }>();

  /** The profile a reference names; undefined (the core's default, strict) for none. */
  resolve(ref: ProfileRef | string | undefined): ProfileResolution | undefined {
    if (ref === undefined) return undefined;
    const r = typeof ref === 'string' ? { id: ref } : ref;
    if (r.definition === undefined) {
      const builtin = builtinProfile(r.id);
      return builtin ? { ok: true, profile: builtin } : unknownProfile(r.id);
    }
    const key = `${r.id}\u0000${r.version ?? ''}`;
    // The text guards the key: a definition that changed under the same id and version is loaded again.
    const text = typeof r.definition === 'string' ? r.definition : JSON.stringify(r.definition);
    const cached = this.entries.get(key);
    if (cached && cached.text === text) return { ok: true, profile: cached.profile };
    const source = r.source ?? `${r.id}.json`;
    const loaded = loadProfile(r.definition, source);
    if (!loaded.ok) return { ok: false, code: 'profiles.invalid', message: invalidProfileMessage(source, loaded.errors) };
    if (loaded.profile.id !== r.id) {
      return {
        ok: false,
        code: 'profiles.invalid',
        message: t(`Định nghĩa gửi kèm là của hồ sơ "${loaded.profile.id}", không phải "${r.id}".`, `The definition sent is that of profile "${loaded.profile.id}", not "${r.id}".`),
      };
    }
    this.entries.set(key, { text, profile: loaded.profile });
    return { ok: true, profile: loaded.profile };
  }
}
