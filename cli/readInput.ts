/**
 * Reads a document for the CLI: a file or `-` (stdin) as bytes, decoded with the core's
 * `decodeBytes` (BOM, UTF-16 fine; a legacy 8-bit encoding or binary data is refused with a
 * message naming the file), so the CLI reads exactly what the app reads.
 */
import { decodeBytes } from '../shared/index';
import type { Localized } from '../shared/i18n/localized';
import type { CliIo } from './command';

export type ReadResult = { ok: true; text: string } | { ok: false; message: Localized };

function nodeErrorText(e: unknown): Localized {
  const code = (e as { code?: string })?.code;
  switch (code) {
    case 'ENOENT':
      return { vi: 'không tìm thấy tệp', en: 'no such file' };
    case 'EACCES':
    case 'EPERM':
      return { vi: 'không có quyền đọc tệp', en: 'permission denied' };
    case 'EISDIR':
      return { vi: 'đây là một thư mục', en: 'this is a directory' };
    default:
      return { vi: `không đọc được (${code ?? String(e)})`, en: `cannot be read (${code ?? String(e)})` };
  }
}

/** Reads and decodes one input; `-` is standard input. Never throws. */
export async function readInput(name: string, io: CliIo): Promise<ReadResult> {
  const shown = name === '-' ? '(stdin)' : name;
  let bytes: Uint8Array;
  try {
    if (name !== '-' && (await io.isDirectory(name))) {
      return {
        ok: false,
        message: {
          vi: `${shown}: là một thư mục; hãy chỉ định từng tệp (ví dụ ${shown}/*.json).`,
          en: `${shown}: is a directory; give the files one by one (e.g. ${shown}/*.json).`,
        },
      };
    }
    bytes = name === '-' ? await io.readStdin() : await io.readFile(name);
  } catch (e) {
    const why = nodeErrorText(e);
    return { ok: false, message: { vi: `${shown}: ${why.vi}.`, en: `${shown}: ${why.en}.` } };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.error) {
    return { ok: false, message: { vi: `${shown}: ${decoded.error.message.vi}`, en: `${shown}: ${decoded.error.message.en}` } };
  }
  return { ok: true, text: decoded.text };
}
