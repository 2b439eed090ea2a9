/**
 * The sending environments, stored as `<data>/environments.json` (atomic writes). Every
 * environment is checked with zod on load and on save; a file that cannot be read is set aside
 * and reported, never silently overwritten (STYLE.md practice 6). Passwords go to the injected
 * SecretStore, never into the file and never into an export. The built-in "Sandbox"
 * environment always exists and points at the local sandbox portal.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { t, type Localized } from '../../../shared/i18n/localized';
import {
  EnvironmentSchema,
  SANDBOX_ENVIRONMENT_ID,
  SANDBOX_PASSWORD,
  sandboxEnvironment,
  type Environment,
  type EnvironmentInput,
  type EnvironmentSummary,
} from '../../../shared/portal/environment';
import { zodIssueMessages } from '../../../shared/portal/zodMessages';
import { ServiceError, errnoCode } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';
import { passwordKey, type SecretStore } from './secretStore';

const FileSchema = z.object({ version: z.literal(1), environments: z.array(z.unknown()) });

/** The `format` marker of an environments export file. */
export const EXPORT_FORMAT = 'qcvn120-environments';

export interface EnvironmentStoreOptions {
  dataDir: string;
  secrets: SecretStore;
  /** Port of the local sandbox portal for the built-in environment (default 8120). */
  sandboxPort?: number;
  now?: () => Date;
}

export interface ImportResult {
  imported: EnvironmentSummary[];
  /** Environments of the file that were not imported, and why. */
  skipped: Localized[];
  notices: Localized[];
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function slug(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'env';
}

/** The environments of one data folder, with their passwords in a SecretStore. */
export class EnvironmentStore {
  readonly file: string;
  private readonly now: () => Date;
  private envs: Environment[] | undefined;
  private notices: Localized[] = [];

  constructor(private readonly options: EnvironmentStoreOptions) {
    this.file = join(options.dataDir, 'environments.json');
    this.now = options.now ?? (() => new Date());
  }

  /** Notices from loading (corrupt file set aside, invalid environments skipped); each returned once. */
  takeNotices(): Localized[] {
    const out = this.notices;
    this.notices = [];
    return out;
  }

  private async load(): Promise<Environment[]> {
    if (this.envs) return this.envs;
    const envs: Environment[] = [];
    let text: string | undefined;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    if (text !== undefined) {
      let top: z.infer<typeof FileSchema> | undefined;
      let reason: Localized | undefined;
      try {
        const parsed = FileSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
        if (parsed.success) top = parsed.data;
        else reason = zodIssueMessages(parsed.error, t('cấu trúc tệp', 'file structure'))[0];
      } catch (error) {
        reason = t(`không phải JSON hợp lệ (${(error as Error).message})`, `not valid JSON (${(error as Error).message})`);
      }
      if (!top) {
        const aside = this.file.replace(/\.json$/, `.corrupt-${stamp(this.now())}.json`);
        await rename(this.file, aside);
        this.notices.push(
          t(
            `Tệp môi trường ${this.file} bị hỏng (${reason?.vi}); ứng dụng chỉ còn môi trường Sandbox có sẵn. Tệp cũ được giữ tại ${aside}.`,
            `The environments file ${this.file} was corrupt (${reason?.en}); only the built-in Sandbox environment is available. The old file was kept at ${aside}.`,
          ),
        );
      } else {
        const bad: Localized[] = [];
        top.environments.forEach((raw, i) => {
          const parsed = EnvironmentSchema.safeParse(raw);
          const name = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : `#${i + 1}`;
          if (parsed.success && !envs.some((e) => e.id === parsed.data.id)) envs.push(parsed.data);
          else if (parsed.success) bad.push(t(`môi trường "${name}": trùng mã ${parsed.data.id}`, `environment "${name}": duplicate id ${parsed.data.id}`));
          else bad.push(zodIssueMessages(parsed.error, t(`môi trường "${name}" (environments[${i}])`, `environment "${name}" (environments[${i}])`))[0]!);
        });
        if (bad.length > 0) {
          // Keep the original: the next save rewrites the file without the skipped environments.
          const aside = this.file.replace(/\.json$/, `.corrupt-${stamp(this.now())}.json`);
          await copyFile(this.file, aside);
          this.notices.push(
            t(
              `Bỏ qua ${bad.length} môi trường không hợp lệ trong ${this.file}: ${bad.map((b) => b.vi).join('; ')}. Bản gốc được giữ tại ${aside}.`,
              `Skipped ${bad.length} invalid environment(s) in ${this.file}: ${bad.map((b) => b.en).join('; ')}. The original was kept at ${aside}.`,
            ),
          );
        }
      }
    }
    if (!envs.some((e) => e.id === SANDBOX_ENVIRONMENT_ID)) envs.unshift(sandboxEnvironment(this.options.sandboxPort));
    for (const e of envs) if (e.id === SANDBOX_ENVIRONMENT_ID) e.builtIn = true;
    this.envs = envs;
    return envs;
  }

  private async persist(): Promise<void> {
    await mkdir(this.options.dataDir, { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, environments: this.envs ?? [] }, null, 2)}\n`);
  }

  private async summary(env: Environment): Promise<EnvironmentSummary> {
    const stored = await this.options.secrets.get(passwordKey(env.id));
    return { ...env, hasPassword: stored !== undefined || env.id === SANDBOX_ENVIRONMENT_ID };
  }

  /** All environments, the built-in Sandbox first, with whether a password is stored. */
  async list(): Promise<EnvironmentSummary[]> {
    const envs = await this.load();
    const sorted = [...envs].sort((a, b) => Number(!!b.builtIn) - Number(!!a.builtIn));
    return Promise.all(sorted.map((e) => this.summary(e)));
  }

  /** One environment; throws a ServiceError naming the id when it does not exist. */
  async get(id: string): Promise<Environment> {
    const env = (await this.load()).find((e) => e.id === id);
    if (!env) {
      throw new ServiceError('environments.not-found', t(`Không có môi trường "${id}". Hãy chọn một môi trường trong danh sách.`, `There is no environment "${id}". Choose one from the list.`));
    }
    return { ...env, timeouts: { ...env.timeouts } };
  }

  /** The environment and its password (the Sandbox's default password when none is stored). */
  async resolve(id: string): Promise<{ environment: Environment; password: string | undefined }> {
    const environment = await this.get(id);
    const stored = await this.options.secrets.get(passwordKey(id));
    return { environment, password: stored ?? (id === SANDBOX_ENVIRONMENT_ID ? SANDBOX_PASSWORD : undefined) };
  }

  /**
   * Creates or replaces an environment. `password`: a string stores it, `null` deletes it,
   * undefined leaves it as it is. Without an id, one is made from the name.
   */
  async save(input: Omit<EnvironmentInput, 'id'> & { id?: string }, password?: string | null): Promise<EnvironmentSummary> {
    const envs = await this.load();
    const id = input.id ?? (await this.freeId(slug(String(input.name ?? ''))));
    const parsed = EnvironmentSchema.safeParse({ ...input, id });
    if (!parsed.success) {
      const messages = zodIssueMessages(parsed.error, t(`Môi trường "${String(input.name ?? id)}"`, `Environment "${String(input.name ?? id)}"`));
      throw new ServiceError('environments.invalid', { vi: messages.map((m) => m.vi).join('; '), en: messages.map((m) => m.en).join('; ') }, { issues: messages });
    }
    const env = parsed.data;
    if (env.id === SANDBOX_ENVIRONMENT_ID) env.builtIn = true;
    else delete env.builtIn;
    const at = envs.findIndex((e) => e.id === env.id);
    if (at >= 0) envs[at] = env;
    else envs.push(env);
    await this.persist();
    if (typeof password === 'string') await this.options.secrets.set(passwordKey(env.id), password);
    else if (password === null) await this.options.secrets.delete(passwordKey(env.id));
    return this.summary(env);
  }

  /** Deletes an environment and its password. The built-in Sandbox cannot be deleted. */
  async remove(id: string): Promise<void> {
    const envs = await this.load();
    const env = await this.get(id);
    if (env.builtIn) {
      throw new ServiceError('environments.built-in', t('Không thể xóa môi trường Sandbox có sẵn; có thể sửa địa chỉ của nó.', 'The built-in Sandbox environment cannot be deleted; its address can be edited.'));
    }
    this.envs = envs.filter((e) => e.id !== id);
    await this.persist();
    await this.options.secrets.delete(passwordKey(id));
  }

  private async freeId(base: string): Promise<string> {
    const envs = await this.load();
    if (!envs.some((e) => e.id === base)) return base;
    for (;;) {
      const id = `${base}-${randomBytes(3).toString('hex')}`;
      if (!envs.some((e) => e.id === id)) return id;
    }
  }

  /** Environments (default: all but the built-in Sandbox) as a JSON document without any secret. */
  async exportJson(ids?: string[]): Promise<string> {
    const envs = (await this.load()).filter((e) => (ids ? ids.includes(e.id) : !e.builtIn));
    // The schema has no password field; strip anything that is not in it, to be sure.
    const clean = envs.map((e) => {
      const { builtIn: _builtIn, ...rest } = EnvironmentSchema.parse(e);
      return rest;
    });
    return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: this.now().toISOString(), environments: clean }, null, 2)}\n`;
  }

  /**
   * Imports environments from an export. Invalid ones are skipped with the reason; an id already
   * in use gets a new id; any password in the file is ignored (and said to be).
   */
  async importJson(text: string, source = 'import'): Promise<ImportResult> {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ServiceError('environments.import-not-json', t(`${source}: không phải JSON hợp lệ (${(error as Error).message}).`, `${source}: not valid JSON (${(error as Error).message}).`));
    }
    const top = z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(1), environments: z.array(z.unknown()) }).safeParse(value);
    if (!top.success) {
      throw new ServiceError(
        'environments.import-format',
        t(`${source}: không phải tệp xuất môi trường của ứng dụng (cần "format": "${EXPORT_FORMAT}").`, `${source}: not an environments export of this app ("format": "${EXPORT_FORMAT}" expected).`),
      );
    }
    const result: ImportResult = { imported: [], skipped: [], notices: [] };
    let sawSecret = false;
    for (const [i, raw] of top.data.environments.entries()) {
      if (raw && typeof raw === 'object' && ('password' in raw || 'passwordHash' in raw)) sawSecret = true;
      const { password: _p, builtIn: _b, ...rest } = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      const parsed = EnvironmentSchema.safeParse(rest);
      if (!parsed.success) {
        const name = typeof rest.name === 'string' ? rest.name : `#${i + 1}`;
        result.skipped.push(zodIssueMessages(parsed.error, t(`${source}: môi trường "${name}"`, `${source}: environment "${name}"`))[0]!);
        continue;
      }
      const env = parsed.data;
      const envs = await this.load();
      if (envs.some((e) => e.id === env.id)) {
        const old = env.id;
        env.id = await this.freeId(slug(env.name));
        result.notices.push(t(`Mã "${old}" đã có: môi trường "${env.name}" được nhập với mã "${env.id}".`, `The id "${old}" is taken: "${env.name}" was imported as "${env.id}".`));
      }
      result.imported.push(await this.save(env));
    }
    if (sawSecret) {
      result.notices.push(t('Tệp có chứa mật khẩu: mật khẩu không được nhập. Hãy nhập mật khẩu cho từng môi trường.', 'The file contained passwords: they were not imported. Enter the password of each environment.'));
    }
    return result;
  }
}
