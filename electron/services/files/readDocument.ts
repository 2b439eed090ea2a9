/**
 * Reading a packet file: bytes → text with the core's encoding detection (BOM, UTF-16, legacy
 * Vietnamese 8-bit encodings refused with a clear message naming the file).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { decodeBytes } from '../../../shared/index';
import { ServiceError, errnoCode } from '../errors';

/**
 * V8 cannot hold a string much longer than 2^29 UTF-16 units (about 512 MB of ASCII); a larger
 * file is refused up front with a message instead of crashing the host.
 */
export const MAX_DOCUMENT_BYTES = 500 * 1024 * 1024;

/** Reads and decodes a document; `displayPath` is how the renderer names it. */
export async function readDocumentFile(realPath: string, displayPath: string): Promise<OpenedFile> {
  const name = basename(realPath);
  let info;
  try {
    info = await stat(realPath);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      throw new ServiceError('files.not-found', { vi: `Không tìm thấy tệp "${displayPath}".`, en: `File "${displayPath}" was not found.` }, { path: displayPath });
    }
    throw fileError(displayPath, error);
  }
  if (!info.isFile()) {
    throw new ServiceError('files.not-a-file', { vi: `"${displayPath}" không phải là một tệp.`, en: `"${displayPath}" is not a file.` }, { path: displayPath });
  }
  if (info.size > MAX_DOCUMENT_BYTES) {
    const mb = Math.round(info.size / 1024 / 1024);
    throw new ServiceError(
      'files.too-large',
      {
        vi: `Tệp "${name}" quá lớn (${mb} MB; tối đa ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB). Hãy tách tệp hoặc dùng lệnh qcvn120 validate.`,
        en: `File "${name}" is too large (${mb} MB; at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB). Split it or use the qcvn120 validate command.`,
      },
      { path: displayPath, size: info.size },
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(realPath);
  } catch (error) {
    throw fileError(displayPath, error);
  }
  const decoded = decodeBytes(bytes);
  if (decoded.error) {
    throw new ServiceError(
      'files.decode',
      { vi: `Không đọc được tệp "${name}": ${decoded.error.message.vi}`, en: `Cannot read file "${name}": ${decoded.error.message.en}` },
      { path: displayPath, decodeCode: decoded.error.code },
    );
  }
  return {
    path: displayPath,
    name,
    size: info.size,
    modifiedAt: info.mtime.toISOString(),
    text: decoded.text,
    encoding: decoded.encoding,
    bom: decoded.bom,
    lineEnding: decoded.lineEnding,
  };
}

/** A read/write failure with the operating system's reason. */
export function fileError(displayPath: string, error: unknown): ServiceError {
  const code = errnoCode(error);
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? { vi: 'không có quyền truy cập', en: 'permission denied' }
      : code === 'ENOSPC'
        ? { vi: 'ổ đĩa đã đầy', en: 'the disk is full' }
        : code === 'EISDIR'
          ? { vi: 'đó là một thư mục', en: 'it is a folder' }
          : { vi: error instanceof Error ? error.message : String(error), en: error instanceof Error ? error.message : String(error) };
  return new ServiceError('files.io', { vi: `Lỗi với tệp "${displayPath}": ${reason.vi}.`, en: `Problem with file "${displayPath}": ${reason.en}.` }, { path: displayPath, errno: code });
}
