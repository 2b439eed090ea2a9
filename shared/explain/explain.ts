/**
 * The reply explainer: paste a portal reply, or a log excerpt holding requests and replies; the
 * bodies are extracted, each reply is paired with its request (the nearest one before it in the
 * text, else the packet open in the app), its `error_code` is explained by shared/portal, and
 * the records concerned are pointed at (e.g. `-3` "Mã hồ sơ X đã tồn tại" → the record whose
 * MaHoSo is X, dossier.md §1.6).
 */
import { fill, t, type Localized } from '../i18n/localized';
import { formatPath, type PathSegment } from '../issues/issue';
import { explainReply, type ReplyExplanation } from '../portal/reply';
import { recordsOf } from '../report/records';
import { extractJsonBodies, type ExtractedBody } from './extract';

/** A record the reply concerns, with why. */
export interface ConcernedRecord {
  /** Path of the record's field (or of the record) in the request, spec/README.md syntax. */
  path: string;
  segments: PathSegment[];
  recordIndex: number;
  maHoSo?: string;
  reason: Localized;
}

export interface ExplainedExchange {
  reply: Record<string, unknown>;
  replyAt: { line: number; start: number; end: number };
  /** The paired request: from the pasted log, from the open packet, or none. */
  request?: unknown;
  requestSource: 'log' | 'packet' | 'none';
  requestAt?: { line: number; start: number; end: number };
  /** The HTTP status written in the log next to the reply (`StatusCode: OK`, `HTTP/1.1 200`), when found. */
  httpStatus?: string;
  explanation: ReplyExplanation;
  records: ConcernedRecord[];
}

export interface ExplainResult {
  exchanges: ExplainedExchange[];
  /** Every body found, in order (for the "show what was found" list). */
  bodies: ExtractedBody[];
  /** Why nothing could be explained, when so. */
  problem?: Localized;
}

export interface ExplainOptions {
  /** The packet open in the app: used as the request when the paste holds none. */
  packet?: unknown;
}

const isReply = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && 'error_code' in v;
const isRequest = (v: unknown): boolean => {
  if (Array.isArray(v)) return v.some((r) => r && typeof r === 'object' && !Array.isArray(r));
  if (!v || typeof v !== 'object' || isReply(v)) return false;
  const o = v as Record<string, unknown>;
  return 'service' in o || 'data' in o || 'MaHoSo' in o || 'username' in o;
};

/** "Mã hồ sơ X đã tồn tại trên CDVCQG" → X (dossier.md §1.6). */
export function dossierNumberInMessage(message: string): string | undefined {
  return /hồ sơ\s+["'“]?([^\s"'”]+?)["'”]?\s+đã tồn tại/iu.exec(message.normalize('NFC'))?.[1];
}

function maHoSoOf(record: Record<string, unknown>): string | undefined {
  const key = Object.keys(record).find((k) => k.toLowerCase() === 'mahoso');
  const v = key ? record[key] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

function concerned(request: unknown, reply: Record<string, unknown>, explanation: ReplyExplanation): ConcernedRecord[] {
  if (request === undefined) return [];
  const recs = recordsOf(request);
  const message = typeof reply.message === 'string' ? reply.message : '';
  const at = (prefix: PathSegment[], field?: string) => (field ? [...prefix, field] : prefix);
  const item = (i: number, segments: PathSegment[], reason: Localized, maHoSo?: string): ConcernedRecord => ({
    path: formatPath(segments),
    segments,
    recordIndex: i,
    ...(maHoSo ? { maHoSo } : {}),
    reason,
  });
  if (explanation.status === 'already-exists') {
    const x = dossierNumberInMessage(message);
    const hits = recs.map((r, i) => ({ ...r, i, m: maHoSoOf(r.record) })).filter((r) => (x ? r.m === x : true));
    return hits.map((r) =>
      item(
        r.i,
        at(r.prefix, Object.keys(r.record).find((k) => k.toLowerCase() === 'mahoso')),
        x
          ? fill(t('Cổng báo hồ sơ {x} đã tồn tại: bản ghi này có MaHoSo {x}.', 'The portal says dossier {x} already exists: this record has MaHoSo {x}.'), { x })
          : t('Cổng từ chối gói tạo mới; thông báo không nêu mã hồ sơ nên mọi bản ghi đều có thể liên quan.', 'The portal refused the create; its message names no dossier, so any record may be concerned.'),
        r.m,
      ),
    );
  }
  if (explanation.status === 'success') return [];
  // Other errors: the records whose MaHoSo the message quotes, else the fields it names.
  const byNumber = recs.map((r, i) => ({ ...r, i, m: maHoSoOf(r.record) })).filter((r) => r.m && message.includes(r.m));
  if (byNumber.length) {
    return byNumber.map((r) => item(r.i, r.prefix, fill(t('Thông báo của Cổng nêu mã hồ sơ {x}.', 'The portal\'s message names dossier {x}.'), { x: r.m! }), r.m));
  }
  const out: ConcernedRecord[] = [];
  recs.forEach((r, i) => {
    for (const key of Object.keys(r.record)) {
      if (key.length >= 4 && new RegExp(`(?<![\\p{L}\\p{N}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(message)) {
        out.push(item(i, [...r.prefix, key], fill(t('Thông báo của Cổng nêu trường {f}.', 'The portal\'s message names field {f}.'), { f: key }), maHoSoOf(r.record)));
      }
    }
  });
  return out;
}

function httpStatusNear(text: string, from: number, to: number): string | undefined {
  const window = text.slice(Math.max(0, from - 400), to + 200);
  const m = /StatusCode:\s*(\w+)|HTTP\/\d(?:\.\d)?\s+(\d{3})|\bstatus(?:Code)?["']?\s*[:=]\s*["']?(\d{3})/i.exec(window);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Explains a pasted reply or log excerpt. */
export function explainPaste(text: string, options: ExplainOptions = {}): ExplainResult {
  const bodies = extractJsonBodies(text);
  const exchanges: ExplainedExchange[] = [];
  bodies.forEach((b, idx) => {
    if (!isReply(b.value)) return;
    let req: ExtractedBody | undefined;
    for (let j = idx - 1; j >= 0; j--) {
      if (isReply(bodies[j].value)) break;
      if (isRequest(bodies[j].value)) {
        req = bodies[j];
        break;
      }
    }
    const request = req ? req.value : options.packet;
    const explanation = explainReply(b.value);
    const httpStatus = httpStatusNear(text, req?.end ?? b.start, b.start);
    exchanges.push({
      reply: b.value,
      replyAt: { line: b.line, start: b.start, end: b.end },
      ...(request !== undefined ? { request } : {}),
      requestSource: req ? 'log' : options.packet !== undefined ? 'packet' : 'none',
      ...(req ? { requestAt: { line: req.line, start: req.start, end: req.end } } : {}),
      ...(httpStatus ? { httpStatus } : {}),
      explanation,
      records: concerned(request, b.value, explanation),
    });
  });
  if (exchanges.length > 0) return { exchanges, bodies };
  return {
    exchanges,
    bodies,
    problem:
      bodies.length === 0
        ? t('Không tìm thấy nội dung JSON nào trong đoạn đã dán.', 'No JSON body was found in the pasted text.')
        : t('Có nội dung JSON nhưng không có trả lời của Cổng (thiếu error_code).', 'JSON bodies were found, but no portal reply (no error_code).'),
  };
}
