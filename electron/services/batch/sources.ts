/**
 * Where a batch's files come from: a folder walked recursively, a list of files the user chose,
 * or texts the browser uploaded (the web host's directory picker). Each becomes a BatchSource
 * whose read() decodes the file exactly as opening it would (files/readDocument.ts) and turns
 * any failure into a reason naming the file.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Localized } from '../../../shared/i18n/localized';
import { ServiceError } from '../errors';
import { readDocumentFile } from '../files/readDocument';
import type { BatchSource } from './batchService';
import type { FileFailure } from '../../../shared/report/batchSession';
import type { WalkProblem, WalkResult } from './walk';

function failureOf(error: unknown, name: string): FileFailure {
  if (error instanceof ServiceError) return { code: error.code, message: error.localized };
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'files.io', message: { vi: `Không đọc được tệp "${name}": ${text}`, en: `Cannot read file "${name}": ${text}` } };
}

/** Sources for the files a walk found; `display` is how the host names a real path. */
export function folderSources(walk: WalkResult, display: (real: string) => string): BatchSource[] {
  return walk.files.map((f) => ({
    file: display(f.real),
    name: f.relative,
    size: f.size,
    read: async () => {
      try {
        return { text: (await readDocumentFile(f.real, display(f.real))).text };
      } catch (error) {
        return { failure: failureOf(error, f.relative) };
      }
    },
  }));
}

/** Sources for files named one by one (resolved to real paths by the host's access policy first). */
export async function fileSources(files: { real: string; shown: string }[]): Promise<BatchSource[]> {
  return Promise.all(
    files.map(async ({ real, shown }) => {
      const size = await stat(real).then(
        (s) => s.size,
        () => 0,
      );
      return {
        file: shown,
        name: shown,
        size,
        read: async () => {
          try {
            return { text: (await readDocumentFile(real, shown)).text };
          } catch (error) {
            return { failure: failureOf(error, basename(shown)) };
          }
        },
      };
    }),
  );
}

/** A file the browser read: its text, or why it could not (decoded in the renderer with the same core). */
export interface UploadedFile {
  name: string;
  size: number;
  text?: string;
  failure?: FileFailure;
}

/** Sources for uploaded texts. */
export function uploadSources(files: UploadedFile[]): BatchSource[] {
  return files.map((f) => ({
    file: f.name,
    name: f.name,
    size: f.size,
    read: async () =>
      f.text !== undefined
        ? { text: f.text }
        : { failure: f.failure ?? { code: 'files.io', message: { vi: `Không đọc được tệp "${f.name}".`, en: `Cannot read file "${f.name}".` } } },
  }));
}

/** The walk's problems as lines the triage screen lists. */
export function walkProblems(problems: WalkProblem[]): { name: string; reason: Localized }[] {
  return problems.map((p) => ({
    name: p.relative,
    reason:
      p.code === 'OUTSIDE'
        ? { vi: 'liên kết trỏ ra ngoài thư mục đã chọn: bỏ qua.', en: 'a link points outside the chosen folder: skipped.' }
        : p.code === 'EACCES' || p.code === 'EPERM'
          ? { vi: 'không có quyền đọc: bỏ qua.', en: 'permission denied: skipped.' }
          : { vi: `không đọc được (${p.code}): bỏ qua.`, en: `cannot be read (${p.code}): skipped.` },
  }));
}
