/**
 * Persisted JSON files (settings, recent list, secrets) are untrusted on load (STYLE.md practice 6):
 * parsed with zod; a file that is not JSON or does not match is renamed aside — never silently
 * overwritten — and the caller gets defaults plus a notice it must show.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { z } from 'zod';
import type { Localized } from '../../../shared/i18n/localized';
import { errnoCode } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';

export interface LoadedJson<T> {
  value: T;
  /** Set when the stored file was unreadable and has been moved aside. */
  notice?: { message: Localized; setAsidePath: string };
}

/** `settings.json` → `settings.corrupt-20250101T101010Z.json`, in the same folder. */
export function setAsideName(path: string, now: Date): string {
  const ext = extname(path);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return join(dirname(path), `${basename(path, ext)}.corrupt-${stamp}${ext}`);
}

/** Reads and validates a JSON file; missing → defaults; corrupt → set aside + notice. */
export async function loadJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  defaults: () => z.output<S>,
  now: () => Date = () => new Date(),
): Promise<LoadedJson<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { value: defaults() };
    throw error;
  }
  let reason: Localized;
  try {
    const parsed = schema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    if (parsed.success) return { value: parsed.data };
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? first.path.join('.') : '';
    reason = {
      vi: `giá trị không hợp lệ${where ? ` ở "${where}"` : ''}: ${first?.message ?? ''}`,
      en: `invalid value${where ? ` at "${where}"` : ''}: ${first?.message ?? ''}`,
    };
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    reason = { vi: `không phải JSON hợp lệ (${msg})`, en: `not valid JSON (${msg})` };
  }
  const aside = setAsideName(path, now());
  await rename(path, aside);
  return {
    value: defaults(),
    notice: {
      setAsidePath: aside,
      message: {
        vi: `Tệp ${basename(path)} bị hỏng (${reason.vi}). Ứng dụng dùng giá trị mặc định và đã giữ lại tệp cũ tại ${aside}.`,
        en: `The file ${basename(path)} was corrupt (${reason.en}). The app uses defaults and kept the old file at ${aside}.`,
      },
    },
  };
}

/** Writes a JSON file atomically, creating its folder. */
export async function saveJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
