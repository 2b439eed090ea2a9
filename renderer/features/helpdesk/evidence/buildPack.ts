/**
 * The evidence pack of the open document (issue 6 §4): the packet, the portal's reply (pasted as
 * JSON or found in a pasted log excerpt), the issues, versions, times and SHA-256 checksums —
 * masked by shared/evidence, which refuses to produce a half-masked pack.
 */
import { buildEvidencePack, type EvidencePack } from '../../../../shared/evidence/index';
import { explainPaste } from '../../../../shared/explain/index';
import type { Lang, Localized } from '../../../../shared/i18n/localized';
import { allPackets } from '../../../../shared/index';
import { createMasker } from '../../../../shared/mask/index';
import type { ReportMeta } from '../../../../shared/report/types';
import type { ValidationReport } from '../../../../shared/validate/report';
import { parseDocument } from '../documentText';
import { safeFileName, vietnamStamp } from '../exports/download';
import type { ExportFile } from '../exports/useExporter';

export interface PackInput {
  packetText: string;
  packetName: string;
  report: ValidationReport;
  /** What the user pasted as the reply (JSON, or a log excerpt holding it); empty for none. */
  replyPaste: string;
  keepStructure: boolean;
  lang: Lang;
  meta: Omit<ReportMeta, 'generatedAt'>;
  now?: number;
}

export type PackOutcome = { ok: true; pack: EvidencePack; files: ExportFile[] } | { ok: false; error: Localized };

/** The reply inside a paste: the JSON itself, the first reply of a log excerpt, or the raw text. */
export function replyOfPaste(paste: string): string | unknown | undefined {
  const text = paste.trim();
  if (!text) return undefined;
  if (parseDocument(text) !== undefined) return text;
  const found = explainPaste(text).exchanges[0]?.reply;
  return found ?? text;
}

/** Builds the pack and the two files to save: `<stem>.html` and `<stem>.json`. */
export async function buildPack(input: PackInput): Promise<PackOutcome> {
  const now = input.now ?? Date.now();
  const masker = createMasker({ packets: allPackets(), keepStructure: input.keepStructure, version: input.meta.appVersion });
  const value = parseDocument(input.packetText);
  if (value !== undefined) masker.learn(value);
  const reply = replyOfPaste(input.replyPaste);
  const result = await buildEvidencePack({
    packet: input.packetText,
    packetName: input.packetName,
    ...(reply !== undefined ? { reply } : {}),
    report: input.report,
    masker,
    meta: { ...input.meta, generatedAt: now },
    lang: input.lang,
  });
  if (!result.ok) return result;
  const word = input.lang === 'vi' ? 'goi-bang-chung' : 'evidence-pack';
  // The document's name can hold an id: it leaves only scrubbed.
  const stem = safeFileName(`${word}-${masker.scrub(input.packetName.replace(/\.[^.]*$/, ''))}-${vietnamStamp(now)}`);
  return {
    ok: true,
    pack: result.pack,
    files: [
      { name: `${stem}.html`, text: result.pack.html, mime: 'text/html;charset=utf-8' },
      { name: `${stem}.json`, text: result.pack.json, mime: 'application/json' },
    ],
  };
}
