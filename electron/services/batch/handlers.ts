/**
 * The handlers of the helpdesk channels (shared/ipc/helpdesk.ts) for both hosts: batch triage
 * over the host's validation service, batch reports (masked on request), writing exports, PDF
 * printing (Electron), and reading a legacy-encoded file for the conversion preview. What only
 * Electron can do (folder and save dialogs, printToPDF) comes in through `HelpdeskHost`.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { allPackets, builtinProfile, decodeBytes } from '../../../shared/index';
import type { ChannelName } from '../../../shared/ipc/channels';
import type { HELPDESK_CHANNELS } from '../../../shared/ipc/helpdesk';
import { TRANSPORT_ERRORS } from '../../../shared/ipc/result';
import { createMasker } from '../../../shared/mask/index';
import { decodeLegacy, LEGACY_ENCODING_NAMES } from '../../../shared/parse/legacy';
import { detectLineEnding } from '../../../shared/parse/decode';
import { buildReport } from '../../../shared/report/index';
import type { ValidationReport } from '../../../shared/validate/report';
import type { ProfileRef } from '../../../shared/validate/profileRef';
import { ServiceError } from '../errors';
import { writeFileAtomic } from '../files/atomicWrite';
import { fileError, MAX_DOCUMENT_BYTES } from '../files/readDocument';
import type { Handlers } from '../ipc/dispatch';
import type { HostServices } from '../handlers/serviceHandlers';
import { createBatchService, type BatchService, type BatchSource } from './batchService';
import { reportFileName } from './names';
import { fileSources, folderSources, uploadSources, walkProblems } from './sources';
import { PACKET_EXTENSIONS, walkFolder } from './walk';

/** What only the Electron glue can do for the helpdesk screens. */
export interface HelpdeskHost {
  /** Native folder dialog; null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Native save dialog for an export; the real path, or null when cancelled. */
  saveDialog(suggestedName: string): Promise<string | null>;
  /** Renders an HTML document and prints it to PDF (A4). */
  printToPdf(html: string): Promise<Uint8Array>;
}

type HelpdeskChannel = keyof typeof HELPDESK_CHANNELS & ChannelName;

function unsupported(what: { vi: string; en: string }): ServiceError {
  return new ServiceError(TRANSPORT_ERRORS.unsupported, {
    vi: `${what.vi} không có trong chế độ này của ứng dụng.`,
    en: `${what.en} is not available in this mode of the app.`,
  });
}

const encoder = new TextEncoder();

/** Builds the helpdesk handlers over the host's services (one batch service per host). */
export function createHelpdeskHandlers(s: HostServices, batchService?: BatchService): Pick<Handlers, HelpdeskChannel> {
  const profileRef = async (id: string | undefined): Promise<ProfileRef | undefined> => (s.profiles ? s.profiles.ref(id) : id ? { id } : undefined);
  const batch =
    batchService ??
    createBatchService({
      validator: {
        // A user profile goes to the worker threads with its definition (profiles/profileStore.ts).
        validate: async (jobId, text, profileId) => {
          const profile = await profileRef(profileId);
          return s.validation.validate(jobId, { source: { text }, ...(profile ? { profile } : {}) }, () => undefined);
        },
        ...(s.validation.validateItems
          ? {
              validateMany: async (jobId: string, texts: string[], profileId: string | undefined, onItem: (index: number, report: ValidationReport) => void) =>
                s.validation.validateItems!(jobId, texts, await profileRef(profileId), onItem),
            }
          : {}),
        cancel: (jobId) => void s.validation.cancel(jobId),
      },
    });
  // The profile of a batch, stated on the stand-in reports of unreadable files too; an unknown id is refused.
  const profileOf = async (id: string | undefined) => {
    const p = (s.profiles ? await s.profiles.resolve(id) : id ? builtinProfile(id) : undefined) ?? builtinProfile('strict')!;
    return { id: p.id, version: p.version };
  };

  const write = async (realPath: string, bytes: Uint8Array) => {
    try {
      await writeFileAtomic(realPath, bytes);
    } catch (error) {
      throw fileError(s.access.display(realPath), error);
    }
    return { path: s.access.display(realPath), name: basename(realPath), size: bytes.byteLength };
  };

  const sourcesOf = async (req: { source: { dir: string } | { paths: string[] } | { files: { name: string; size: number; text?: string; failure?: { code: string; message: { vi: string; en: string } } }[] }; allFiles?: boolean }) => {
    const { source } = req;
    if ('dir' in source) {
      let real: string;
      if (s.workspace) real = await s.workspace.resolveDir(source.dir);
      else if (s.host === 'electron') real = await s.access.forRead(source.dir);
      else throw unsupported({ vi: 'Kiểm tra một thư mục trên máy chủ (cần --workspace)', en: 'Checking a server-side folder (needs --workspace)' });
      let walk;
      try {
        walk = await walkFolder(real, { extensions: req.allFiles ? [] : PACKET_EXTENSIONS });
      } catch (error) {
        throw fileError(source.dir || '.', error);
      }
      const root = s.workspace ? source.dir || s.workspace.name : real;
      return { root, sources: folderSources(walk, s.access.display), skipped: walkProblems(walk.problems), truncated: walk.truncated };
    }
    if ('paths' in source) {
      const resolved: { real: string; shown: string }[] = [];
      const refused: BatchSource[] = [];
      for (const p of source.paths) {
        try {
          resolved.push({ real: await s.access.forRead(p), shown: p });
        } catch (error) {
          const failure = error instanceof ServiceError ? { code: error.code, message: error.localized } : { code: 'files.io', message: { vi: String(error), en: String(error) } };
          refused.push({ file: p, name: p, size: 0, read: async () => ({ failure }) });
        }
      }
      const root = source.paths.length === 1 ? source.paths[0] : `${source.paths.length}`;
      return { root, sources: [...(await fileSources(resolved)), ...refused], skipped: [], truncated: false };
    }
    return { root: `${source.files.length}`, sources: uploadSources(source.files), skipped: [], truncated: false };
  };

  return {
    'batch:pickFolder': async () => {
      if (!s.helpdesk) throw unsupported({ vi: 'Hộp thoại chọn thư mục của hệ điều hành', en: 'The native folder dialog' });
      const path = await s.helpdesk.pickFolder();
      return path === null ? null : { path };
    },
    'batch:run': async (req, context) => {
      const { root, sources, skipped, truncated } = await sourcesOf(req);
      if (sources.length === 0) {
        throw new ServiceError('batch.empty', {
          vi: `Không có tệp ${req.allFiles ? '' : '.json '}nào trong "${root}".`,
          en: `There is no ${req.allFiles ? '' : '.json '}file in "${root}".`,
        });
      }
      return batch.run(
        { batchId: req.batchId, root, sources, profile: await profileOf(req.profileId), profileId: req.profileId, skipped, truncated },
        (p) => context.emit('batch:progress', p),
      );
    },
    'batch:cancel': (req) => ({ cancelled: batch.cancel(req.batchId) }),
    'batch:issues': (req) => batch.session(req.batchId).issues(req.filter, req.offset, req.limit),
    'batch:records': (req) => batch.session(req.batchId).records(req.field, req.value, req.limit),
    'batch:values': (req) => ({ values: batch.session(req.batchId).values(req.field, req.limit) }),
    'batch:report': (req) => {
      const session = batch.session(req.batchId);
      const entries = session.entries();
      let masker;
      if (req.masked) {
        masker = createMasker({ packets: allPackets(), keepStructure: req.keepStructure, version: s.info.version });
        // Learn every document first, so free text anywhere is scrubbed of a name seen anywhere else.
        for (const e of entries) if (e.document !== undefined) masker.learn(e.document);
      }
      const generatedAt = Date.now();
      const built = buildReport(req.format, entries, {
        meta: { appName: s.info.name, appVersion: s.info.version, specVersion: s.info.specVersion, generatedAt },
        lang: req.lang,
        ...(masker ? { masker } : {}),
      });
      return { ...built, suggestedName: reportFileName(req.lang, generatedAt, built.extension, req.masked) };
    },
    'batch:close': (req) => ({ closed: batch.close(req.batchId) }),
    'exports:save': async (req) => {
      const bytes = encoder.encode(req.text);
      if (req.path !== undefined) {
        if (!s.workspace) throw unsupported({ vi: 'Lưu vào thư mục làm việc (cần --workspace)', en: 'Saving into the workspace (needs --workspace)' });
        return write(await s.access.forWrite(req.path), bytes);
      }
      if (!s.helpdesk) throw unsupported({ vi: 'Hộp thoại lưu tệp của hệ điều hành', en: 'The native save dialog' });
      const path = await s.helpdesk.saveDialog(req.suggestedName);
      return path === null ? null : write(path, bytes);
    },
    'exports:pdf': async (req) => {
      if (!s.helpdesk) {
        throw unsupported({
          vi: 'In ra PDF trực tiếp (trong trình duyệt, hãy dùng "In" rồi chọn "Lưu thành PDF")',
          en: 'Printing straight to PDF (in a browser, use "Print" and choose "Save as PDF")',
        });
      }
      const path = await s.helpdesk.saveDialog(req.suggestedName);
      if (path === null) return null;
      return write(path, await s.helpdesk.printToPdf(req.html));
    },
    'helpdesk:readLegacy': async (req) => {
      const real = await s.access.forRead(req.path);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(real);
      } catch (error) {
        throw fileError(req.path, error);
      }
      if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new ServiceError('files.too-large', { vi: `Tệp "${req.path}" quá lớn.`, en: `File "${req.path}" is too large.` });
      const decoded = decodeBytes(bytes);
      if (!decoded.error) {
        throw new ServiceError('legacy.not-needed', {
          vi: `Tệp "${req.path}" đã là văn bản ${decoded.encoding.toUpperCase()}: không cần chuyển mã.`,
          en: `File "${req.path}" is already ${decoded.encoding.toUpperCase()} text: no conversion needed.`,
        });
      }
      if (decoded.error.code !== 'decode.not-utf8') throw new ServiceError('files.decode', decoded.error.message, { path: req.path, decodeCode: decoded.error.code });
      const encoding = req.encoding ?? decoded.error.suspected;
      if (!encoding) {
        throw new ServiceError('legacy.unknown', {
          vi: `Không nhận ra bảng mã của "${req.path}". Hãy chọn một bảng mã: ${Object.values(LEGACY_ENCODING_NAMES).map((n) => n.vi).join(', ')}.`,
          en: `The encoding of "${req.path}" was not recognised. Choose one: ${Object.values(LEGACY_ENCODING_NAMES).map((n) => n.en).join(', ')}.`,
        });
      }
      const text = decodeLegacy(bytes, encoding);
      return {
        path: req.path,
        name: basename(real),
        size: bytes.byteLength,
        ...(decoded.error.suspected ? { suspected: decoded.error.suspected } : {}),
        encoding,
        text,
        lineEnding: detectLineEnding(text),
      };
    },
  };
}
