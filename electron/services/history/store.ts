/**
 * Local send history: one JSON line per request in `<data>/history/history.jsonl`.
 * Appending a line is cheap and a crash can at worst leave one partial last line, which the
 * loader skips and reports. Pruning (retention by count and age) rewrites the file atomically
 * (temp file + rename); lines that could not be read are first kept aside in a `.corrupt-…`
 * file, never dropped silently. Settings (on/off, limits) live beside it in `settings.json`.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { t, type Localized } from '../../../shared/i18n/localized';
import { zodIssueMessages } from '../../../shared/portal/zodMessages';
import { ServiceError, errnoCode } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';
import {
  HistoryEntrySchema,
  HistoryQuerySchema,
  HistorySettingsSchema,
  type HistoryEntry,
  type HistoryQuery,
  type HistorySettings,
  type NewHistoryEntry,
} from './entry';
import { isReadableBound, matcher } from './query';

const DAY_MS = 24 * 3600 * 1000;

/** Whether a non-empty file's last byte is not a newline (a crash cut the last append short). */
async function endsWithoutNewline(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}

export interface HistoryStoreOptions {
  /** The app's data folder; the history goes to `<dataDir>/history/`. */
  dataDir: string;
  now?: () => Date;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** Matches before limit/offset. */
  total: number;
}

/** The send history of one data folder. */
export class HistoryStore {
  readonly dir: string;
  readonly file: string;
  readonly settingsFile: string;
  private readonly now: () => Date;
  private entries: HistoryEntry[] | undefined;
  private settings: HistorySettings | undefined;
  /** Raw lines that could not be read, with their line numbers, kept until set aside. */
  private corrupt: { line: number; text: string }[] = [];
  private pending: Localized[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: HistoryStoreOptions) {
    this.dir = join(options.dataDir, 'history');
    this.file = join(this.dir, 'history.jsonl');
    this.settingsFile = join(this.dir, 'settings.json');
    this.now = options.now ?? (() => new Date());
  }

  /** Runs store operations one at a time, so appends and rewrites never interleave. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Notices for the user (corrupt lines set aside, unreadable settings); each is returned once. */
  takeNotices(): Localized[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  private async loadSettings(): Promise<HistorySettings> {
    if (this.settings) return this.settings;
    let text: string | undefined;
    try {
      text = await readFile(this.settingsFile, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    if (text === undefined) return (this.settings = HistorySettingsSchema.parse({}));
    let parsed: ReturnType<typeof HistorySettingsSchema.safeParse> | undefined;
    try {
      parsed = HistorySettingsSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (parsed?.success) return (this.settings = parsed.data);
    const aside = await this.setAside(this.settingsFile, text);
    this.pending.push(
      t(
        `Tệp cài đặt lịch sử ${this.settingsFile} bị hỏng; dùng mặc định (bật, 1000 mục, 90 ngày). Tệp cũ được giữ tại ${aside}.`,
        `The history settings file ${this.settingsFile} was corrupt; defaults are used (on, 1000 entries, 90 days). The old file was kept at ${aside}.`,
      ),
    );
    return (this.settings = HistorySettingsSchema.parse({}));
  }

  private async setAside(path: string, text: string): Promise<string> {
    const stamp = this.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const aside = path.replace(/(\.\w+)$/, `.corrupt-${stamp}$1`);
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(aside, text);
    return aside;
  }

  private async load(): Promise<HistoryEntry[]> {
    if (this.entries) return this.entries;
    let text = '';
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    const entries: HistoryEntry[] = [];
    const bad: Localized[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        this.corrupt.push({ line: i + 1, text: line });
        bad.push(t(`dòng ${i + 1}: không phải JSON`, `line ${i + 1}: not JSON`));
        return;
      }
      const parsed = HistoryEntrySchema.safeParse(value);
      if (parsed.success) entries.push(parsed.data);
      else {
        this.corrupt.push({ line: i + 1, text: line });
        bad.push(zodIssueMessages(parsed.error, t(`dòng ${i + 1}`, `line ${i + 1}`))[0] ?? t(`dòng ${i + 1}`, `line ${i + 1}`));
      }
    });
    if (bad.length > 0) {
      const list = bad.slice(0, 3);
      this.pending.push(
        t(
          `Lịch sử gửi (${this.file}) có ${bad.length} dòng không đọc được và đã bỏ qua: ${list.map((b) => b.vi).join('; ')}. Các dòng này sẽ được giữ riêng trước lần ghi lại tệp.`,
          `The send history (${this.file}) has ${bad.length} unreadable line(s), skipped: ${list.map((b) => b.en).join('; ')}. They are kept aside before the file is next rewritten.`,
        ),
      );
    }
    // Oldest first on disk; keep that order in memory.
    entries.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    this.entries = entries;
    return entries;
  }

  /** The current settings. */
  async getSettings(): Promise<HistorySettings> {
    return { ...(await this.loadSettings()) };
  }

  /** Changes settings (switch off, limits) and applies the retention limits at once. */
  configure(patch: Partial<HistorySettings>): Promise<HistorySettings> {
    return this.serial(async () => {
      const current = await this.loadSettings();
      const parsed = HistorySettingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) {
        const m = zodIssueMessages(parsed.error, t('Cài đặt lịch sử', 'History settings'))[0]!;
        throw new ServiceError('history.settings-invalid', m);
      }
      this.settings = parsed.data;
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.settingsFile, `${JSON.stringify(parsed.data, null, 2)}\n`);
      await this.prune(true);
      return { ...parsed.data };
    });
  }

  /**
   * Records one request; returns its id, or undefined when the history is switched off.
   * The caller passes an already redacted request.
   */
  record(entry: NewHistoryEntry): Promise<string | undefined> {
    return this.serial(async () => {
      const settings = await this.loadSettings();
      if (!settings.enabled) return undefined;
      const entries = await this.load();
      const full = HistoryEntrySchema.parse({ v: 1, id: randomUUID(), ...entry });
      await mkdir(this.dir, { recursive: true });
      // A partial last line (a crash mid-append) must not swallow this entry: start on a new line.
      const prefix = (await endsWithoutNewline(this.file)) ? '\n' : '';
      await appendFile(this.file, `${prefix}${JSON.stringify(full)}\n`, 'utf8');
      entries.push(full);
      await this.prune(false);
      return full.id;
    });
  }

  /** Applies the retention limits; rewrites the file only when something is dropped (or `force`). */
  private async prune(force: boolean): Promise<void> {
    const settings = await this.loadSettings();
    const entries = await this.load();
    const minTime = settings.maxAgeDays > 0 ? this.now().getTime() - settings.maxAgeDays * DAY_MS : -Infinity;
    let keep = entries.filter((e) => Date.parse(e.time) >= minTime);
    if (settings.maxEntries > 0 && keep.length > settings.maxEntries) keep = keep.slice(keep.length - settings.maxEntries);
    if (keep.length === entries.length && !force) return;
    if (keep.length === entries.length && this.corrupt.length === 0) return;
    await this.rewrite(keep);
  }

  private async rewrite(keep: HistoryEntry[]): Promise<void> {
    if (this.corrupt.length > 0) {
      const aside = await this.setAside(this.file, `${this.corrupt.map((c) => c.text).join('\n')}\n`);
      this.pending.push(
        t(
          `${this.corrupt.length} dòng lịch sử không đọc được đã được giữ riêng tại ${aside}.`,
          `${this.corrupt.length} unreadable history line(s) were kept aside at ${aside}.`,
        ),
      );
      this.corrupt = [];
    }
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file, keep.map((e) => `${JSON.stringify(e)}\n`).join(''));
    this.entries = keep;
  }

  /** Entries matching the query, newest first, with the total number of matches. */
  async search(query: HistoryQuery = {}): Promise<HistoryPage> {
    const q = HistoryQuerySchema.safeParse(query);
    if (!q.success) throw new ServiceError('history.query-invalid', zodIssueMessages(q.error, t('Tìm kiếm lịch sử', 'History search'))[0]!);
    for (const [name, value] of [['from', q.data.from], ['to', q.data.to]] as const) {
      if (!isReadableBound(value)) {
        throw new ServiceError(
          'history.query-invalid',
          t(`Ngày "${value}" (${name === 'from' ? 'từ ngày' : 'đến ngày'}) không đọc được; dùng dạng yyyy-MM-dd.`, `The date "${value}" (${name}) cannot be read; use yyyy-MM-dd.`),
        );
      }
    }
    const entries = await this.serial(() => this.load());
    const match = matcher(q.data);
    const hits: HistoryEntry[] = [];
    for (let i = entries.length - 1; i >= 0; i--) if (match(entries[i]!)) hits.push(entries[i]!);
    return { entries: hits.slice(q.data.offset, q.data.offset + q.data.limit), total: hits.length };
  }

  /** One entry by id. */
  async get(id: string): Promise<HistoryEntry> {
    const entries = await this.serial(() => this.load());
    const e = entries.find((x) => x.id === id);
    if (!e) throw new ServiceError('history.not-found', t(`Không tìm thấy mục lịch sử ${id} (có thể đã bị xóa theo giới hạn lưu giữ).`, `History entry ${id} was not found (it may have been removed by the retention limit).`));
    return e;
  }

  /**
   * The stored request of an entry, to reopen as a new document. Secrets were removed when it
   * was stored; the app fills `session` in again when it is sent.
   */
  async reopen(id: string): Promise<{ document: Record<string, unknown>; suggestedName: string }> {
    const e = await this.get(id);
    const stamp = e.time.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/(Z|[+-]\d{4})$/, '');
    const name = [e.service, e.maHoSo[0], stamp].filter(Boolean).join('-').replace(/[^\w.-]+/g, '_');
    return { document: structuredClone(e.request), suggestedName: `${name}.json` };
  }

  /** Entries matching the query (default: all), as one JSON document for export. */
  async exportJson(query: HistoryQuery = {}): Promise<string> {
    const page = await this.search({ ...query, limit: 100_000, offset: 0 });
    return `${JSON.stringify({ format: 'qcvn120-send-history', version: 1, exportedAt: this.now().toISOString(), count: page.entries.length, entries: page.entries }, null, 2)}\n`;
  }

  /** Deletes every entry (the settings stay). */
  clear(): Promise<void> {
    return this.serial(async () => {
      await this.load();
      await this.rewrite([]);
    });
  }
}
