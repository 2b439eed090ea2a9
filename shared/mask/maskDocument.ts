/**
 * Masking a parsed document: each value by the `pii` kind of its field (FieldSpec.pii), secrets
 * replaced or removed, unknown keys and values masked, and the mark added (marker.ts).
 */
import type { ObjectSpec } from '../spec/types';
import { MASK_MARKER_KEY, MASK_TOOL, stripMaskMarker, withMaskMarker, type MaskMarker } from './marker';
import { MaskError, type Masker } from './masker';
import { resolveDocument } from './resolve';
import { childSpec, findField } from './specWalk';
import type { FieldSpec } from '../spec/types';

/** The mark this masker writes now. */
export function markerFor(masker: Masker): MaskMarker {
  return {
    tool: MASK_TOOL,
    version: masker.version,
    at: new Date(masker.now()).toISOString(),
    options: { keepStructure: masker.keepStructure, secrets: masker.secrets },
  };
}

function maskNode(masker: Masker, value: unknown, spec: ObjectSpec | undefined, field: FieldSpec | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => maskNode(masker, v, spec, field));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === MASK_MARKER_KEY) continue;
      const f = findField(spec, k);
      if (f?.pii === 'secret') {
        if (masker.secrets === 'replace') out[k] = '<masked>';
        continue;
      }
      out[f ? k : masker.maskKey(k)] = maskNode(masker, v, childSpec(f), f);
    }
    return out;
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return masker.maskScalar(value, field);
  return null;
}

/** Masks a parsed document (learning its values first) and marks it as masked. */
export function maskValue(masker: Masker, doc: unknown): unknown {
  if (doc === null || typeof doc !== 'object') {
    throw new MaskError('Tài liệu không phải đối tượng hay mảng JSON nên không thể đánh dấu đã che.', 'The document is not a JSON object or array, so it cannot be marked as masked.');
  }
  masker.learn(doc);
  const { value } = stripMaskMarker(doc);
  const resolved = resolveDocument(value, masker.packets);
  const masked = maskNode(masker, value, resolved.spec, undefined);
  return withMaskMarker(masked, markerFor(masker));
}
