/**
 * Masking a document for the app (issue 6 §1), with the preview the user checks first: the
 * masked text exactly as the masked tab will hold it (shared/mask: formatting kept, `$masked`
 * mark added) and the list of values that change, path by path. Fail closed: a text that is not
 * JSON gives an error, never a half-masked copy.
 */
import type { Localized } from '../../../../shared/i18n/localized';
import { allPackets } from '../../../../shared/index';
import { formatPath, type PathSegment } from '../../../../shared/issues/issue';
import { createMasker, MaskError, maskText, MASK_MARKER_KEY, type Masker } from '../../../../shared/mask/index';

/** One value (or key) the masking changes. */
export interface MaskChange {
  path: string;
  before: string;
  /** Undefined: the key is removed (secrets with "remove"). */
  after?: string;
  /** The key itself was renamed (a key the spec does not know may name a person). */
  key?: boolean;
}

export interface MaskOptionsUi {
  keepStructure: boolean;
  removeSecrets: boolean;
}

export type MaskOutcome = { ok: true; text: string; changes: MaskChange[]; masker: Masker } | { ok: false; error: Localized };

const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The values that differ between a document and its masked copy (the mark left out). */
export function maskChanges(before: unknown, after: unknown): MaskChange[] {
  const out: MaskChange[] = [];
  const walk = (a: unknown, b: unknown, path: PathSegment[]) => {
    if (Array.isArray(a) && Array.isArray(b)) {
      // A bare array's mark is its last element: not a change of the data.
      const items = path.length === 0 && b.length === a.length + 1 ? b.slice(0, -1) : b;
      for (let i = 0; i < a.length; i++) walk(a[i], items[i], [...path, i]);
      return;
    }
    if (isObject(a) && isObject(b)) {
      const bk = Object.keys(b).filter((k) => !(path.length === 0 && k === MASK_MARKER_KEY));
      let j = 0;
      for (const k of Object.keys(a)) {
        const other = bk[j];
        // Keys keep their order; a key missing from the copy was removed (a secret).
        if (other === undefined || (other !== k && other in a)) {
          out.push({ path: formatPath([...path, k]), before: shown(a[k]) });
          continue;
        }
        j++;
        if (other !== k) out.push({ path: formatPath([...path, k]), before: k, after: other, key: true });
        walk(a[k], b[other], [...path, other]);
      }
      return;
    }
    if (a !== b) out.push({ path: formatPath(path), before: shown(a), after: shown(b) });
  };
  walk(before, after, []);
  return out;
}

/** Masks `text` with a fresh masker (one per document or batch) and lists what changed. */
export function maskDocumentText(text: string, name: string, options: MaskOptionsUi, version: string, seed?: number): MaskOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { vi: 'Tài liệu không phải JSON hợp lệ: hãy sửa lỗi cú pháp trước khi che.', en: 'The document is not valid JSON: fix the syntax error before masking.' } };
  }
  const masker = createMasker({ packets: allPackets(), keepStructure: options.keepStructure, secrets: options.removeSecrets ? 'remove' : 'replace', version, ...(seed !== undefined ? { seed } : {}) });
  try {
    masker.learn(value);
    const masked = maskText(masker, text, name);
    return { ok: true, text: masked, changes: maskChanges(value, JSON.parse(masked.replace(/^\uFEFF/, ''))), masker };
  } catch (e) {
    if (e instanceof MaskError) return { ok: false, error: { vi: e.vi, en: e.en } };
    const m = String((e as Error)?.message ?? e);
    return { ok: false, error: { vi: `Lỗi khi che: ${m}`, en: `Masking failed: ${m}` } };
  }
}
