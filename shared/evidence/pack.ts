/**
 * The evidence pack: for a packet (text or value) and, optionally, the portal's reply, a masked
 * bundle a helpdesk can send to a vendor — the masked packet, the masked reply and its
 * explanation, the issue list with spec references in Vietnamese and English, the versions,
 * timestamps and a SHA-256 checksum of each part — as a JSON file and a printable HTML file.
 * Fail closed: if the packet cannot be masked, there is no pack.
 */
import { t, type Lang, type Localized } from '../i18n/localized';
import type { Masker } from '../mask/masker';
import { MaskError } from '../mask/masker';
import { maskText } from '../mask/maskText';
import { maskMarkerOf, type MaskMarker } from '../mask/marker';
import { explainReply, type ReplyExplanation } from '../portal/reply';
import { specRefText, vietnamTime } from '../report/format';
import { issueRows, type IssueRow } from '../report/rows';
import { DEFAULT_APP_NAME, type ReportMeta } from '../report/types';
import type { ValidationReport } from '../validate/report';
import { evidenceHtml } from './html';
import { sha256Hex } from './sha256';
import { utf8Encode } from '../text/codepages';

export interface EvidenceInput {
  /** The packet as text (formatting kept) or as a parsed value (written with 2-space indentation). */
  packet: string | unknown;
  /** The packet's file name (masked in the pack: a file name can hold an id). */
  packetName?: string;
  /** The portal's reply, text or value. */
  reply?: string | unknown;
  /** The validation of the packet. */
  report: ValidationReport;
  /** The batch masker; the pack is always masked. */
  masker: Masker;
  meta: ReportMeta;
  /** Main language of the HTML (both languages are always present). */
  lang?: Lang;
  /** When the packet was sent and the reply received, epoch ms, when known. */
  sentAt?: number;
  receivedAt?: number;
}

/** One checksummed part of the pack. */
export interface EvidencePart {
  name: string;
  /** The part's text exactly as checksummed (UTF-8). */
  text: string;
  sha256: string;
  bytes: number;
}

export interface EvidenceIssue extends Omit<IssueRow, 'file' | 'specRef'> {
  specRef?: { vi: string; en: string };
}

export interface EvidencePackData {
  format: 'qcvn120-evidence-pack';
  formatVersion: 1;
  app: { name: string; version: string };
  specVersion: string;
  profile: { id: string; version: string };
  createdAt: string;
  createdAtVietnam: string;
  sentAt?: string;
  receivedAt?: string;
  masked: true;
  mask: MaskMarker;
  packetName: string;
  kind?: string;
  service?: string;
  valid: boolean;
  counts: Record<string, number>;
  replyExplanation?: { code?: string; status: string; title: Localized; explanation: Localized; action: Localized };
  issues: EvidenceIssue[];
  /** packet.json, reply.json (when given), issues.json: each with its SHA-256. */
  parts: EvidencePart[];
}

export interface EvidencePack {
  data: EvidencePackData;
  /** The JSON file (2-space indentation). */
  json: string;
  /** The printable, self-contained HTML file. */
  html: string;
}

export type EvidenceResult = { ok: true; pack: EvidencePack } | { ok: false; error: Localized };

async function part(name: string, text: string): Promise<EvidencePart> {
  return { name, text, sha256: await sha256Hex(text), bytes: utf8Encode(text).length };
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Builds the evidence pack, or says why it cannot (masking or checksums failed): never a half-masked pack. */
export async function buildEvidencePack(input: EvidenceInput): Promise<EvidenceResult> {
  const { masker, report, meta } = input;
  const packetText = typeof input.packet === 'string' ? input.packet : JSON.stringify(input.packet, null, 2);
  let maskedPacket: string;
  let maskedReply: string | undefined;
  let explanation: ReplyExplanation | undefined;
  try {
    let replyValue: unknown;
    if (input.reply !== undefined) {
      replyValue = typeof input.reply === 'string' ? tryParse(input.reply) : input.reply;
      if (replyValue !== undefined) masker.learn(replyValue);
    }
    maskedPacket = maskText(masker, packetText, input.packetName ?? '');
    if (input.reply !== undefined) {
      if (replyValue === undefined) {
        // A reply that is not JSON (an HTML error page, a proxy message) is scrubbed as free text.
        maskedReply = masker.scrub(String(input.reply));
      } else {
        maskedReply = typeof input.reply === 'string' ? maskText(masker, input.reply) : maskText(masker, JSON.stringify(input.reply, null, 2));
        explanation = explainReply(replyValue);
      }
    }
  } catch (e) {
    const detail = e instanceof MaskError ? { vi: e.vi, en: e.en } : { vi: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };
    return {
      ok: false,
      error: {
        vi: `Không tạo gói bằng chứng vì không che được dữ liệu cá nhân: ${detail.vi}`,
        en: `No evidence pack: the personal data could not be masked: ${detail.en}`,
      },
    };
  }
  const rows = issueRows([{ file: input.packetName ?? '', report, document: tryParse(packetText) }], { masker });
  const issues: EvidenceIssue[] = rows.map(({ file: _f, specRef, ...rest }) => ({
    ...rest,
    ...(specRef ? { specRef: { vi: specRefText(specRef, 'vi'), en: specRefText(specRef, 'en') } } : {}),
  }));
  let parts: EvidencePart[];
  try {
    parts = [await part('packet.json', maskedPacket)];
    if (maskedReply !== undefined) parts.push(await part('reply.json', maskedReply));
    parts.push(await part('issues.json', JSON.stringify(issues, null, 2)));
  } catch (e) {
    return { ok: false, error: t(`Không tính được mã kiểm tra SHA-256: ${String((e as Error)?.message ?? e)}`, `SHA-256 checksums could not be computed: ${String((e as Error)?.message ?? e)}`) };
  }
  const scrubL = (l: Localized): Localized => ({ vi: masker.scrub(l.vi), en: masker.scrub(l.en) });
  const data: EvidencePackData = {
    format: 'qcvn120-evidence-pack',
    formatVersion: 1,
    app: { name: meta.appName ?? DEFAULT_APP_NAME, version: meta.appVersion },
    specVersion: meta.specVersion,
    profile: report.profile,
    createdAt: new Date(meta.generatedAt).toISOString(),
    createdAtVietnam: vietnamTime(meta.generatedAt),
    ...(input.sentAt !== undefined ? { sentAt: iso(input.sentAt) } : {}),
    ...(input.receivedAt !== undefined ? { receivedAt: iso(input.receivedAt) } : {}),
    masked: true,
    mask: maskMarkerOf(JSON.parse(maskedPacket.replace(/^\uFEFF/, '')))!,
    packetName: masker.scrub(input.packetName ?? ''),
    ...(report.kind ? { kind: report.kind } : {}),
    ...(report.service ? { service: report.service } : {}),
    valid: report.valid,
    counts: { ...report.counts },
    ...(explanation
      ? {
          replyExplanation: {
            ...(explanation.code !== undefined ? { code: explanation.code } : {}),
            status: explanation.status,
            title: scrubL(explanation.title),
            explanation: scrubL(explanation.explanation),
            action: scrubL(explanation.action),
          },
        }
      : {}),
    issues,
    parts,
  };
  return { ok: true, pack: { data, json: JSON.stringify(data, null, 2) + '\n', html: evidenceHtml(data, input.lang ?? 'vi', meta) } };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
