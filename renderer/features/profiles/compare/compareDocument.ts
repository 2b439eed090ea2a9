/**
 * Validates an open document under profile B (and under A when its shown report is not A's report
 * of this very text) off the UI thread, and compares the two reports (shared/validate/
 * compareReports.ts). A small document's text goes to a worker; a large one is validated again by
 * the worker that holds it (`revalidate` takes a profile), so 100 MB never crosses to the UI.
 */
import type { Localized } from '../../../../shared/i18n/localized';
import { compareReports, type ReportComparison } from '../../../../shared/validate/compareReports';
import type { ValidationReport } from '../../../../shared/validate/report';
import { localize } from '../../../i18n/dictionary';
import { profileById } from '../../document/profiles';
import type { LargeHandle } from '../../editor/model/storeInputs';
import type { EditorDocument } from '../../editor/model/types';

/** How a small document's text is validated under a profile (the app: a worker; tests: a fake). */
export interface CompareValidator {
  validate(text: string, profileId: string): Promise<ValidationReport>;
}

/** A comparison that could not be made, with a message for the user. */
export class CompareError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();

/** The report shown, when it is the one of this text under profile A (same id and version). */
function shownReportUnder(doc: EditorDocument, profileId: string): ValidationReport | undefined {
  const profile = profileById(profileId);
  const r = doc.report;
  if (!r || !profile || doc.validating || doc.reportVersion !== doc.version) return undefined;
  return same(r.profile.id, profile.id) && r.profile.version === profile.version ? r : undefined;
}

/** The validation of a large document by the worker holding it (the store's handle carries `revalidate`). */
function largeRevalidate(doc: EditorDocument): LargeHandle['revalidate'] | undefined {
  const handle = doc.large as Partial<LargeHandle> | undefined;
  return typeof handle?.revalidate === 'function' ? handle.revalidate.bind(handle) : undefined;
}

/** Compares the document's results under profile A (in use) and profile B. */
export async function compareDocument(
  doc: EditorDocument,
  profileA: string,
  profileB: string,
  validator: CompareValidator,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<ReportComparison> {
  // An id the renderer cannot resolve would reach the worker as nothing, i.e. strict: refuse it instead.
  for (const id of [profileA, profileB]) if (!profileById(id)) throw new CompareError(localize('profileCompare.unknown', { id }));
  const run = async (profileId: string): Promise<ValidationReport> => {
    if (!doc.large) return validator.validate(doc.text, profileId);
    const revalidate = largeRevalidate(doc);
    if (!revalidate) throw new CompareError(localize('job.noDocument'));
    return revalidate(profileId, onProgress);
  };
  const a = shownReportUnder(doc, profileA) ?? (await run(profileA));
  const b = await run(profileB);
  return compareReports(a, b);
}
