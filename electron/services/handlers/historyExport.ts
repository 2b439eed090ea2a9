/**
 * The send history as an export file. Masked by default (issue 6 §1: "the same masking applies to
 * every export path … history export"): one masker for the whole export learns every request and
 * reply first, so a citizen's name or id is replaced by the same pseudonym wherever it appears,
 * and free-text messages are scrubbed of every value masked elsewhere. Each masked request keeps
 * the masking mark, so a request reopened from an export can never be sent to production.
 */
import { createMasker, maskValue } from '../../../shared/mask/index';
import { allPackets } from '../../../shared/spec/registry';
import type { HistoryEntry } from '../history/entry';

export interface HistoryExportOptions {
  masked: boolean;
  exportedAt: string;
  appVersion: string;
}

/** The export document of some history entries (masked unless asked otherwise). */
export function historyExportDocument(entries: readonly HistoryEntry[], options: HistoryExportOptions): Record<string, unknown> {
  let out: HistoryEntry[] = entries.map((e) => structuredClone(e));
  if (options.masked) {
    const masker = createMasker({ packets: allPackets(), version: options.appVersion });
    for (const e of out) {
      masker.learn(e.request);
      if (e.reply) masker.learn(e.reply);
    }
    out = out.map((e) => {
      const m: HistoryEntry = { ...e, request: maskValue(masker, e.request) as Record<string, unknown> };
      if (e.reply) m.reply = maskValue(masker, e.reply) as Record<string, unknown>;
      if (e.message !== undefined) m.message = masker.scrub(e.message);
      if (e.fault) m.fault = { kind: e.fault.kind, message: { vi: masker.scrub(e.fault.message.vi), en: masker.scrub(e.fault.message.en) } };
      return m;
    });
  }
  return { format: 'qcvn120-send-history', version: 1, exportedAt: options.exportedAt, masked: options.masked, count: out.length, entries: out };
}
