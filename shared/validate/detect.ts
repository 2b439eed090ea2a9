/**
 * Which packet a document is, and in which of the four forms of spec/README.md "Documents a user
 * opens": an envelope (by `service`, plus discriminators such as `type: "2"`), a portal reply
 * `{error_code, message, result}` (by the signature of its result items), a bare array or a single
 * record (by field-signature scoring against every packet's record). An explicit kind or packet id
 * overrides detection.
 */
import { t, type Localized } from '../i18n/localized';
import type { KindModule } from '../spec/module';
import type { KindId, ObjectSpec, PacketSpec } from '../spec/types';
import type { DocumentForm } from './report';

export interface Detection {
  form: DocumentForm;
  packet?: PacketSpec;
  kind?: KindId;
  /** How the packet was chosen. */
  by: 'explicit' | 'service' | 'signature' | 'none';
  /** When no packet could be chosen: why, and the closest candidates (packet ids). */
  unknown?: { reason: Localized; candidates: string[] };
}

export interface DetectOptions {
  kind?: KindId;
  packetId?: string;
}

const MIN_SCORE = 0.5;
const SAMPLE = 20;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Signature {
  names: Set<string>;
  required: string[];
}

const signatures = new WeakMap<ObjectSpec, Signature>();

function signature(spec: ObjectSpec): Signature {
  let s = signatures.get(spec);
  if (!s) {
    const names = new Set<string>();
    for (const f of spec.fields) {
      names.add(f.name.toLowerCase());
      for (const a of f.aliases ?? []) names.add(a.toLowerCase());
    }
    const required = spec.fields.filter((f) => f.required === 'M' || f.required === 'M*' || f.required === 'M?').map((f) => f.name.toLowerCase());
    s = { names, required };
    signatures.set(spec, s);
  }
  return s;
}

/**
 * How well an object's keys fit an object spec, 0..1: mostly the share of its keys the spec knows
 * (case-insensitively, aliases included), partly the share of the spec's required fields present.
 */
export function signatureScore(obj: Record<string, unknown>, spec: ObjectSpec): number {
  const sig = signature(spec);
  const keys = Object.keys(obj).map((k) => k.toLowerCase());
  if (keys.length === 0) return 0;
  let known = 0;
  for (const k of keys) if (sig.names.has(k)) known++;
  if (known === 0) return 0;
  const present = new Set(keys);
  const requiredFound = sig.required.filter((r) => present.has(r)).length;
  const recall = sig.required.length ? requiredFound / sig.required.length : 1;
  return 0.7 * (known / keys.length) + 0.3 * recall;
}

function averageScore(items: unknown[], spec: ObjectSpec): number {
  const sample = items.slice(0, SAMPLE).filter(isObject);
  if (sample.length === 0) return 0;
  let sum = 0;
  for (const item of sample) sum += signatureScore(item, spec);
  return sum / sample.length;
}

interface Scored {
  packet: PacketSpec;
  score: number;
}

function best(scored: Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const s of scored) {
    // Ties go to the simplest spec (fewest envelope fields), then to the generic reply.
    if (!top || s.score > top.score + 1e-9) top = s;
    else if (Math.abs(s.score - top.score) <= 1e-9) {
      const a = s.packet.envelope.fields.length;
      const b = top.packet.envelope.fields.length;
      if (a < b || (a === b && s.packet.id === 'reply')) top = s;
    }
  }
  return top;
}

function candidatesText(scored: Scored[]): string[] {
  return [...scored]
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .filter((s) => s.score > 0)
    .map((s) => (s.packet.service ? `${s.packet.id} (service ${s.packet.service})` : s.packet.id));
}

function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const row = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (x[i - 1] === y[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[y.length];
}

function formFor(value: Record<string, unknown> | unknown[], packet: PacketSpec): DocumentForm {
  if (Array.isArray(value)) return 'array';
  if (packet.recordsField && packet.recordsField in value) return packet.role === 'response' ? 'reply' : 'envelope';
  if ('error_code' in value) return 'reply';
  if (!packet.record) return 'envelope';
  // No records key: an envelope without data, or a single record. The better signature decides.
  return signatureScore(value, packet.record) > signatureScore(value, packet.envelope) ? 'record' : 'envelope';
}

function kindOf(modules: readonly KindModule[], packet: PacketSpec): KindId {
  return modules.find((m) => m.spec.packets.includes(packet))?.spec.id ?? packet.kind;
}

function unknown(form: DocumentForm, reason: Localized, candidates: string[]): Detection {
  return { form, by: 'none', unknown: { reason, candidates } };
}

/** Detects the form and packet of a parsed document. */
export function detectPacket(value: unknown, options: DetectOptions, modules: readonly KindModule[]): Detection {
  const scope = options.kind ? modules.filter((m) => m.spec.id === options.kind) : modules;
  const packets = scope.flatMap((m) => m.spec.packets);
  if (!isObject(value) && !Array.isArray(value)) {
    return unknown('unknown', t('tài liệu không phải là đối tượng hay mảng JSON.', 'the document is not a JSON object or array.'), []);
  }
  if (options.packetId) {
    const p = modules.flatMap((m) => m.spec.packets).find((x) => x.id === options.packetId);
    if (!p) {
      const all = modules.flatMap((m) => m.spec.packets);
      const near = [...all].sort((a, b) => editDistance(a.id, options.packetId!) - editDistance(b.id, options.packetId!)).slice(0, 3);
      return unknown('unknown', t(`không có gói tin "${options.packetId}".`, `there is no packet "${options.packetId}".`), near.map((x) => x.id));
    }
    return { form: formFor(value, p), packet: p, kind: kindOf(modules, p), by: 'explicit' };
  }
  const found = Array.isArray(value) ? detectArray(value, packets) : detectObject(value, packets);
  if (found.packet) return { ...found, kind: kindOf(modules, found.packet), by: options.kind ? 'explicit' : found.by };
  // An explicit kind wins even when nothing fits: validate against its main packet.
  if (options.kind && scope[0]) {
    const main = scope[0].spec.packets[0];
    return { form: formFor(value, main), packet: main, kind: options.kind, by: 'explicit' };
  }
  return found;
}

function detectArray(value: unknown[], packets: PacketSpec[]): Detection {
  const withRecords = packets.filter((p) => p.record);
  const scored = withRecords.map((packet) => ({ packet, score: averageScore(value, packet.record!) }));
  const top = best(scored);
  if (top && top.score >= MIN_SCORE) return { form: 'array', packet: top.packet, by: 'signature' };
  const reason =
    value.length === 0
      ? t('mảng rỗng: không có bản ghi nào để nhận dạng.', 'the array is empty: there is no record to recognise.')
      : t('các bản ghi trong mảng không khớp với gói tin nào đã biết.', 'the records of the array match no known packet.');
  return unknown('array', reason, candidatesText(scored));
}

function detectObject(value: Record<string, unknown>, packets: PacketSpec[]): Detection {
  const service = value.service;
  if (typeof service === 'string' && service !== '') {
    const same = packets.filter((p) => p.service === service);
    if (same.length) {
      const matching = same.filter((p) => Object.entries(p.discriminators ?? {}).every(([k, v]) => String(value[k]) === v));
      const plain = same.filter((p) => !p.discriminators);
      let pool = matching.filter((p) => p.discriminators).length ? matching.filter((p) => p.discriminators) : plain.length ? plain : same;
      // A body with error_code answers the service; otherwise it is the push or the request.
      const wantResponse = 'error_code' in value;
      const byRole = pool.filter((p) => (p.role === 'response') === wantResponse);
      if (byRole.length) pool = byRole;
      const packet = best(pool.map((p) => ({ packet: p, score: envelopeScore(value, p) })))!.packet;
      return { form: formFor(value, packet), packet, by: 'service' };
    }
    const services = [...new Set(packets.map((p) => p.service).filter((s): s is string => !!s))];
    const near = services.sort((a, b) => editDistance(a, service) - editDistance(b, service)).slice(0, 3);
    // A mistyped service: when the records clearly belong to one packet, validate against it (the
    // service field is then reported); envelope keys alone are shared by every push and prove nothing.
    const byRecords = detectByRecords(value, packets);
    if (byRecords) return byRecords;
    return unknown(
      'envelope',
      t(`không có gói tin nào có service "${service}".`, `no packet has the service "${service}".`),
      near.map((s) => `service ${s}`),
    );
  }
  return detectByShape(value, packets);
}

function detectByRecords(value: Record<string, unknown>, packets: PacketSpec[]): Detection | undefined {
  const scored: Scored[] = [];
  for (const p of packets) {
    const records = p.recordsField ? value[p.recordsField] : undefined;
    if (!p.record || records === undefined) continue;
    const score = Array.isArray(records) ? averageScore(records, p.record) : isObject(records) ? signatureScore(records, p.record) : 0;
    scored.push({ packet: p, score });
  }
  const top = best(scored);
  return top && top.score >= MIN_SCORE ? { form: formFor(value, top.packet), packet: top.packet, by: 'signature' } : undefined;
}

function envelopeScore(value: Record<string, unknown>, p: PacketSpec): number {
  const env = signatureScore(value, p.envelope);
  const records = p.recordsField ? value[p.recordsField] : undefined;
  if (p.record && Array.isArray(records) && records.length) return 0.5 * env + 0.5 * averageScore(records, p.record);
  if (p.record && isObject(records)) return 0.5 * env + 0.5 * signatureScore(records, p.record);
  return env;
}

function detectByShape(value: Record<string, unknown>, packets: PacketSpec[]): Detection {
  const isReply = 'error_code' in value;
  const scored: Scored[] = [];
  for (const p of packets) {
    if (isReply !== (p.role === 'response' && p.envelope.fields.some((f) => f.name === 'error_code'))) continue;
    const asEnvelope = envelopeScore(value, p);
    const asRecord = !isReply && p.record ? signatureScore(value, p.record) : 0;
    scored.push({ packet: p, score: Math.max(asEnvelope, asRecord) });
  }
  const top = best(scored);
  if (top && top.score >= MIN_SCORE) return { form: formFor(value, top.packet), packet: top.packet, by: 'signature' };
  const reason = isReply
    ? t('đây là một phản hồi (error_code) nhưng không khớp với phản hồi nào đã biết.', 'this is a reply (error_code) but it matches no known reply.')
    : t('không có trường "service" và các trường không khớp với gói tin nào đã biết.', 'there is no "service" field and the keys match no known packet.');
  return unknown(isReply ? 'reply' : 'record', reason, candidatesText(scored));
}
