/**
 * Which spec describes a document, for masking: the packet named by `service` (plus its
 * discriminators), a response packet for a reply, or the record spec whose fields best match
 * the keys of a bare array or single record. What nothing matches stays unknown, and unknown
 * values are masked (fail closed); only the envelope keys every packet shares
 * (other-kinds.md §0.2–0.3) are known without a packet.
 */
import { t } from '../i18n/localized';
import { field, madonviField, object, ref, replyFields, sessionField } from '../spec/common';
import type { ObjectSpec, PacketSpec } from '../spec/types';
import { findField } from './specWalk';

export type ResolvedForm = 'envelope' | 'reply' | 'array' | 'record' | 'unknown';

export interface ResolvedDocument {
  form: ResolvedForm;
  packet?: PacketSpec;
  /** Spec of the document (envelope/reply/record), or of the items of a bare array. */
  spec?: ObjectSpec;
}

const ENVELOPE_REF = ref('other-kinds.md', '§0.2');

/** The envelope keys shared by every request (other-kinds.md §0.2) and the reply keys (§0.3). */
export const GENERIC_ENVELOPE: ObjectSpec = object('generic.envelope', t('Phong bì chung', 'Common envelope'), ENVELOPE_REF, [
  sessionField('O'),
  madonviField(),
  field('service', t('Tên dịch vụ', 'Service name'), { type: 'string', required: 'M', evidence: ['W2'], pii: 'none', specRef: ENVELOPE_REF }),
  field('isUpdating', t('Cập nhật', 'Is updating'), { type: 'string', required: 'O', evidence: ['W2', 'L'], pii: 'none', specRef: ref('dossier.md', '§1.5', 'isUpdating') }),
  field('password', t('Mật khẩu', 'Password'), { type: 'string', required: 'O', evidence: ['W'], pii: 'secret', specRef: ref('dossier.md', '§1.4') }),
  ...replyFields(),
]);

function keysOf(value: unknown): string[] {
  const keys = new Set<string>();
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) if (item && typeof item === 'object' && !Array.isArray(item)) Object.keys(item).forEach((k) => keys.add(k));
  return [...keys];
}

interface Candidate {
  packet: PacketSpec;
  spec: ObjectSpec;
  /** The spec the keys are matched against (the record spec for a reply's `result`). */
  match?: ObjectSpec;
}

function bestMatch(candidates: Candidate[], keys: string[]): Candidate | undefined {
  let best: (Candidate & { score: number }) | undefined;
  for (const c of candidates) {
    const score = keys.filter((k) => findField(c.match ?? c.spec, k)).length;
    if (score > 0 && (!best || score > best.score)) best = { ...c, score };
  }
  return best && { packet: best.packet, spec: best.spec };
}

/** Finds the spec of a parsed document among `packets`. */
export function resolveDocument(doc: unknown, packets: readonly PacketSpec[]): ResolvedDocument {
  if (Array.isArray(doc)) {
    const records = packets.filter((p) => p.record).map((p) => ({ packet: p, spec: p.record! }));
    const m = bestMatch(records, keysOf(doc));
    return m ? { form: 'array', packet: m.packet, spec: m.spec } : { form: 'array' };
  }
  if (!doc || typeof doc !== 'object') return { form: 'unknown' };
  const o = doc as Record<string, unknown>;
  if (typeof o.service === 'string') {
    const service = o.service.trim().toLowerCase();
    const p = packets.find(
      (p) => p.role !== 'response' && p.service?.toLowerCase() === service && Object.entries(p.discriminators ?? {}).every(([k, v]) => String(o[k]) === v),
    ) ?? packets.find((p) => p.role !== 'response' && p.service?.toLowerCase() === service);
    return p ? { form: 'envelope', packet: p, spec: p.envelope } : { form: 'envelope', spec: GENERIC_ENVELOPE };
  }
  if ('error_code' in o) {
    const responses = packets.filter((p) => p.role === 'response' && p.record).map((p) => ({ packet: p, spec: p.envelope, match: p.record }));
    const m = bestMatch(responses, keysOf(o.result));
    return m ? { form: 'reply', packet: m.packet, spec: m.spec } : { form: 'reply', spec: GENERIC_ENVELOPE };
  }
  const keys = keysOf(o);
  const candidates = packets.flatMap((p) => [{ packet: p, spec: p.envelope }, ...(p.record ? [{ packet: p, spec: p.record }] : [])]);
  const m = bestMatch(candidates, keys);
  if (!m) return { form: 'unknown', spec: GENERIC_ENVELOPE };
  return { form: m.spec === m.packet.envelope ? 'envelope' : 'record', packet: m.packet, spec: m.spec };
}
