/**
 * The report of one open document's issues (issue 6 §3), built in the renderer with the same
 * builders as the batch report (shared/report `buildReport`), masked on request with a masker
 * that learnt the document first.
 */
import type { Localized } from '../../../../shared/i18n/localized';
import { allPackets } from '../../../../shared/index';
import { createMasker } from '../../../../shared/mask/index';
import { buildReport } from '../../../../shared/report/export';
import type { ReportMeta } from '../../../../shared/report/types';
import { localize } from '../../../i18n/dictionary';
import type { EditorDocument } from '../../editor/model/types';
import { parseDocument } from '../documentText';
import type { ReportChoice } from './ExportDialog';
import { safeFileName, stemOf, vietnamStamp } from './download';
import type { ExportFile } from './useExporter';

/** The name of a document's report: `<stem>-bao-cao[-da-che]-<time>.<ext>`. */
export function documentReportName(docName: string, choice: ReportChoice, at: number): string {
  const ext = { html: '.html', csv: '.csv', json: '.json', junit: '.xml' }[choice.format];
  const word = choice.lang === 'vi' ? (choice.masked ? 'bao-cao-da-che' : 'bao-cao') : choice.masked ? 'report-masked' : 'report';
  // A masked report must not carry an id through its own file name either.
  const stem = choice.masked ? 'tai-lieu' : stemOf(docName);
  return safeFileName(`${stem}-${word}-${vietnamStamp(at)}${ext}`);
}

/** Builds the report of `doc` (whose text is `text`), or says why it cannot be built now. */
export function documentReport(doc: EditorDocument, text: string, choice: ReportChoice, meta: Omit<ReportMeta, 'generatedAt'>, now = Date.now()): ExportFile | { error: Localized } {
  if (!doc.report || doc.reportVersion !== doc.version) return { error: localize('hd.stillValidating') };
  const document = parseDocument(text);
  let masker;
  if (choice.masked) {
    masker = createMasker({ packets: allPackets(), keepStructure: choice.keepStructure, version: meta.appVersion });
    if (document !== undefined) masker.learn(document);
  }
  const built = buildReport(choice.format, [{ file: doc.info.name, report: doc.report, ...(document !== undefined ? { document } : {}) }], {
    meta: { ...meta, generatedAt: now },
    lang: choice.lang,
    ...(masker ? { masker } : {}),
  });
  return { name: documentReportName(doc.info.name, choice, now), text: built.text, mime: built.mime };
}
