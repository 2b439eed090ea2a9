/**
 * Which files the renderer may read and write, per host. The renderer is our own code, but it
 * handles untrusted packets, so the host still limits what a compromised page could touch:
 * - Electron: reads any regular file the user names; writes only files opened or chosen in a save
 *   dialog during this session (`grant`).
 * - Web host: reads and writes only inside the `--workspace` folder (paths relative to it).
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { ServiceError, errnoCode } from '../errors';

export interface FileAccess {
  /** The real path behind a path the renderer named, if it may be read. */
  forRead(path: string): Promise<string>;
  /** The real path behind a path the renderer named, if it may be written. */
  forWrite(path: string): Promise<string>;
  /** Lets later saves to this real path through (after a read or a save dialog). */
  grant(realPath: string): void;
  /** How the renderer names a real path (absolute in Electron, workspace-relative in the web host). */
  display(realPath: string): string;
  /**
   * How the renderer names a remembered real path, or undefined when this host cannot reach it
   * (the recent list is shared by both hosts: the web host shows only its workspace's files).
   */
  reach(realPath: string): string | undefined;
}

function notAllowed(path: string, why: { vi: string; en: string }): ServiceError {
  return new ServiceError(
    'files.not-allowed',
    { vi: `Không được phép truy cập "${path}": ${why.vi}`, en: `Access to "${path}" is not allowed: ${why.en}` },
    { path },
  );
}

function notFound(path: string): ServiceError {
  return new ServiceError(
    'files.not-found',
    { vi: `Không tìm thấy tệp "${path}". Tệp có thể đã bị đổi tên hoặc xoá.`, en: `File "${path}" was not found. It may have been renamed or deleted.` },
    { path },
  );
}

/** Electron's policy. */
export function localFileAccess(): FileAccess {
  const granted = new Set<string>();
  return {
    async forRead(path) {
      if (!isAbsolute(path)) throw notAllowed(path, { vi: 'cần đường dẫn tuyệt đối.', en: 'an absolute path is required.' });
      return resolve(path);
    },
    async forWrite(path) {
      const real = resolve(path);
      if (!granted.has(real)) {
        throw notAllowed(path, {
          vi: 'chỉ ghi được tệp đã mở hoặc đã chọn trong hộp thoại "Lưu thành". Hãy dùng "Lưu thành…".',
          en: 'only files opened or chosen in the "Save as" dialog can be written. Use "Save as…".',
        });
      }
      return real;
    },
    grant: (realPath) => void granted.add(resolve(realPath)),
    display: (realPath) => realPath,
    reach: (realPath) => (isAbsolute(realPath) ? realPath : undefined),
  };
}

/** Whether `child` is `root` or inside it. */
function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The web host's policy: everything inside one folder. `root` must exist. */
export async function workspaceFileAccess(root: string): Promise<FileAccess & { root: string; resolveDir(dir: string): Promise<string> }> {
  const realRoot = await realpath(root);
  const lexical = (path: string) => {
    const clean = normalize(path.replace(/\\/g, '/'));
    if (isAbsolute(clean) || clean === '..' || clean.startsWith(`..${sep}`) || clean.startsWith('../')) {
      throw notAllowed(path, { vi: 'đường dẫn nằm ngoài thư mục làm việc.', en: 'the path is outside the workspace folder.' });
    }
    return join(realRoot, clean);
  };
  const real = async (path: string, candidate: string) => {
    let resolved: string;
    try {
      resolved = await realpath(candidate);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw notFound(path);
      throw error;
    }
    // A symbolic link inside the workspace must not lead out of it.
    if (!isInside(realRoot, resolved)) {
      throw notAllowed(path, { vi: 'liên kết trỏ ra ngoài thư mục làm việc.', en: 'a link points outside the workspace folder.' });
    }
    return resolved;
  };
  return {
    root: realRoot,
    forRead: async (path) => real(path, lexical(path)),
    resolveDir: async (dir) => (dir === '' ? realRoot : real(dir, lexical(dir))),
    async forWrite(path) {
      const target = lexical(path);
      if (basename(target).startsWith('.')) {
        throw notAllowed(path, { vi: 'tên tệp không được bắt đầu bằng dấu chấm.', en: 'file names must not start with a dot.' });
      }
      const parent = await real(dirname(path) || '.', dirname(target));
      try {
        return await real(path, target);
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'files.not-found') return join(parent, basename(target));
        throw error;
      }
    },
    grant: () => undefined,
    display: (realPath) => relative(realRoot, realPath).split(sep).join('/'),
    reach: (realPath) => (isAbsolute(realPath) && isInside(realRoot, realPath) && realPath !== realRoot ? relative(realRoot, realPath).split(sep).join('/') : undefined),
  };
}

/** The web host without `--workspace`: no server-side file may be read or written. */
export function noFileAccess(): FileAccess {
  const refuse = async (path: string): Promise<string> => {
    throw notAllowed(path, {
      vi: 'máy chủ chạy không có --workspace; hãy mở tệp bằng trình duyệt.',
      en: 'the host runs without --workspace; open files through the browser.',
    });
  };
  return { forRead: refuse, forWrite: refuse, grant: () => undefined, display: (p) => p, reach: () => undefined };
}
