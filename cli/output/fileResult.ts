/**
 * The outcome of validating one input, as the output formats see it: a report, or a reason the
 * input could not be read (exit code 2).
 */
import type { Localized } from '../../shared/i18n/localized';
import type { ValidationReport } from '../../shared/index';

export interface FileResult {
  /** The name as given on the command line (`-` for stdin). */
  file: string;
  report?: ValidationReport;
  /** Why the input could not be read or decoded. */
  error?: Localized;
}
