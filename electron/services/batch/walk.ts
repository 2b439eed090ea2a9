/**
 * The folder walk of batch triage (issue 6 §2): every packet file under a folder, recursively,
 * in a stable order (folders and files by name, Vietnamese collation), hidden entries left out,
 * symbolic links followed only when they stay inside the folder and never in a loop.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { errnoCode } from '../errors';

/** One file found by the walk. */
export interface FoundFile {
  /** The real path on disk. */
  real: string;
  /** The path relative to the walked folder, with `/` separators (how reports name it). */
  relative: string;
  size: number;
}

/** Something the walk could not enter or read, with the operating system's reason. */
export interface WalkProblem {
  relative: string;
  code: string;
}

export interface WalkOptions {
  /** Extensions taken (lower case, with the dot); every regular file when empty. */
  extensions?: readonly string[];
  /** Stop after this many files (a runaway folder such as a whole disk). */
  maxFiles?: number;
  /** Checked between folders: a cancelled batch stops walking at once. */
  cancelled?: () => boolean;
}

export interface WalkResult {
  files: FoundFile[];
  problems: WalkProblem[];
  /** More files were there than `maxFiles`. */
  truncated: boolean;
}

/** Packet files the triage takes by default: JSON, as exported by the one-stop-shop systems and saved by the app. */
export const PACKET_EXTENSIONS: readonly string[] = ['.json'];

/** At most this many files per batch unless the caller says otherwise. */
export const DEFAULT_MAX_FILES = 20_000;

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Walks `root` recursively and lists the files to validate. Never throws for a bad entry: it is listed as a problem. */
export async function walkFolder(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const extensions = options.extensions ?? PACKET_EXTENSIONS;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const realRoot = await realpath(root);
  const files: FoundFile[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>([realRoot]);
  let truncated = false;
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);

  const visit = async (dir: string, shownDir: string): Promise<void> => {
    if (truncated || options.cancelled?.()) return;
    let names: string[];
    try {
      names = (await readdir(dir)).sort(byName);
    } catch (error) {
      problems.push({ relative: shownDir || '.', code: errnoCode(error) ?? 'EIO' });
      return;
    }
    const subdirs: { real: string; shown: string }[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const shown = shownDir ? `${shownDir}/${name}` : name;
      const full = join(dir, name);
      let real: string;
      let info;
      try {
        real = await realpath(full);
        info = await stat(real);
      } catch (error) {
        problems.push({ relative: shown, code: errnoCode(error) ?? 'EIO' });
        continue;
      }
      // A link may point anywhere; the batch stays inside the folder the user chose.
      if (!inside(real)) {
        problems.push({ relative: shown, code: 'OUTSIDE' });
        continue;
      }
      if (info.isDirectory()) {
        if (!seen.has(real)) {
          seen.add(real);
          subdirs.push({ real, shown });
        }
      } else if (info.isFile()) {
        if (extensions.length > 0 && !extensions.includes(extname(name).toLowerCase())) continue;
        if (files.length >= maxFiles) {
          truncated = true;
          return;
        }
        files.push({ real, relative: shown, size: info.size });
      }
    }
    for (const d of subdirs) await visit(d.real, d.shown);
  };

  // Files of a folder come before its subfolders', each in name order.
  await visit(realRoot, '');
  return { files, problems, truncated };
}
