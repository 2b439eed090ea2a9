/**
 * A folder or several files chosen in the browser (`<input webkitdirectory>` / `multiple`) turned
 * into a batch the host can validate: each file decoded with the core's own decoder (so a legacy
 * or binary file is listed with the same reason as on the desktop), named by its path inside the
 * chosen folder, hidden entries and — unless asked — files other than .json left out.
 */
import { decodeBytes } from '../../../shared/index';

/** A file as `batch:run` takes it from the browser. */
export interface UploadedFile {
  name: string;
  size: number;
  text?: string;
  failure?: { code: string; message: { vi: string; en: string } };
}

/** What the browser gives: a File (real) or anything with the same few members (tests). */
export interface PickedFile {
  name: string;
  size: number;
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The name of a picked file inside the batch: its path in the chosen folder, or its own name. */
export function pickedName(f: PickedFile): string {
  return f.webkitRelativePath || f.name;
}

/** Which picked files the batch takes, sorted as the host's folder walk sorts. */
export function selectPicked<T extends PickedFile>(files: readonly T[], allFiles: boolean): T[] {
  return files
    .filter((f) => !pickedName(f).split('/').some((part) => part.startsWith('.')))
    .filter((f) => allFiles || /\.json$/i.test(f.name))
    .sort((a, b) => pickedName(a).localeCompare(pickedName(b), 'vi'));
}

/** Reads and decodes the files (never throws: a failure is the file's reason). */
export async function readPicked(files: readonly PickedFile[]): Promise<UploadedFile[]> {
  const out: UploadedFile[] = [];
  for (const f of files) {
    const name = pickedName(f);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch (e) {
      out.push({ name, size: f.size, failure: { code: 'files.io', message: { vi: `Trình duyệt không đọc được tệp "${name}": ${String(e)}`, en: `The browser could not read file "${name}": ${String(e)}` } } });
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (decoded.error) {
      out.push({ name, size: f.size, failure: { code: 'files.decode', message: { vi: `Không đọc được tệp "${name}": ${decoded.error.message.vi}`, en: `Cannot read file "${name}": ${decoded.error.message.en}` } } });
    } else out.push({ name, size: f.size, text: decoded.text });
  }
  return out;
}
