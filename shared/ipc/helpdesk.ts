/**
 * zod schemas of the helpdesk channels (issue 6): batch triage (`batch:*`), saving exports and
 * printing them to PDF (`exports:*`), and reading a file in a legacy Vietnamese encoding after the
 * user confirmed it (`helpdesk:readLegacy`). The types the batch service returns are inferred
 * from these schemas, so the service and the renderer cannot drift apart.
 */
import { z } from 'zod';
import type { BatchSummary, GroupCount } from '../report/summary';
import { REPORT_FORMATS } from '../report/export';
import { localizedSchema } from './resultSchema';

const severitySchema = z.enum(['error', 'warning', 'info']);
const countsSchema = z.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) });

/** A batch id: chosen by the renderer, used for progress events and later questions. */
export const batchIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const groupSchema: z.ZodType<GroupCount> = z.object({
  key: z.string(),
  count: z.number().int().min(0),
  bySeverity: countsSchema,
  files: z.number().int().min(0),
});

/** The grouped counts of a batch (shared/report `summarize`). */
export const batchSummarySchema: z.ZodType<BatchSummary> = z.object({
  files: z.number().int().min(0),
  filesValid: z.number().int().min(0),
  filesUnreadable: z.number().int().min(0),
  records: z.number().int().min(0),
  issues: countsSchema,
  byCode: z.array(groupSchema),
  byAgency: z.array(groupSchema),
  byKind: z.array(groupSchema),
  byService: z.array(groupSchema),
  profiles: z.array(z.string()),
});

/** A file of the batch as the triage screen lists it. */
export const batchFileRowSchema = z.object({
  id: z.number().int().min(0),
  /** How the host names the file (the `files:read` path), or the uploaded file's name. */
  file: z.string(),
  /** The path inside the batch. */
  name: z.string(),
  size: z.number().int().min(0),
  kind: z.string().optional(),
  service: z.string().optional(),
  agency: z.string(),
  records: z.number().int().min(0),
  counts: countsSchema,
  valid: z.boolean(),
  /** Not JSON (a syntax error: line and column), or not readable at all. */
  problem: z.object({ code: z.string(), message: localizedSchema, line: z.number().int().optional(), column: z.number().int().optional() }).optional(),
  /** Too large to keep parsed: record lookups skip it. */
  noLookup: z.boolean().optional(),
  masked: z.boolean().optional(),
});
export type BatchFileRow = z.infer<typeof batchFileRowSchema>;

export const ruleAgencyMatrixSchema = z.object({
  codes: z.array(z.string()),
  agencies: z.array(z.string()),
  cells: z.array(z.array(z.number().int().min(0))),
});
export type RuleAgencyMatrix = z.infer<typeof ruleAgencyMatrixSchema>;

/** Where a record of a batch is: its file, its index and path, its agency and MaHoSo. */
const batchRecordSchema = z.object({
  fileId: z.number().int().min(0),
  name: z.string(),
  record: z.number().int().min(0),
  path: z.string(),
  agency: z.string(),
  maHoSo: z.string().optional(),
});

export const worstRecordSchema = batchRecordSchema.extend({
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  firstPath: z.string(),
});
export type WorstRecord = z.infer<typeof worstRecordSchema>;

/** Everything the triage screen shows of a batch. */
export const batchViewSchema = z.object({
  batchId: batchIdSchema,
  root: z.string(),
  files: z.array(batchFileRowSchema),
  summary: batchSummarySchema,
  matrix: ruleAgencyMatrixSchema,
  worst: z.array(worstRecordSchema),
  pending: z.number().int().min(0),
  cancelled: z.boolean(),
  skipped: z.array(z.object({ name: z.string(), reason: localizedSchema })),
  truncated: z.boolean(),
  durationMs: z.number().min(0),
});
export type BatchView = z.infer<typeof batchViewSchema>;

export const issueFilterSchema = z
  .object({
    code: z.string().max(200).optional(),
    agency: z.string().max(200).optional(),
    kind: z.string().max(50).optional(),
    service: z.string().max(200).optional(),
    fileId: z.number().int().min(0).optional(),
    severity: severitySchema.optional(),
  })
  .strict();
export type IssueFilter = z.infer<typeof issueFilterSchema>;

const specRefSchema = z.object({ file: z.string(), section: z.string(), row: z.string().optional() });

/** One issue of the batch, with what the screen needs to open it at its place. */
export const batchIssueRowSchema = z.object({
  fileId: z.number().int().min(0),
  name: z.string(),
  file: z.string(),
  kind: z.string(),
  service: z.string(),
  agency: z.string(),
  record: z.number().int().min(0).optional(),
  path: z.string(),
  segments: z.array(z.union([z.string(), z.number().int().min(0)])),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  severity: severitySchema,
  code: z.string(),
  message: localizedSchema,
  hint: localizedSchema.optional(),
  specRef: specRefSchema.optional(),
  provisional: z.boolean(),
});
export type BatchIssueRow = z.infer<typeof batchIssueRowSchema>;

export const recordHitSchema = batchRecordSchema.extend({
  issues: z.number().int().min(0),
});
export type RecordHit = z.infer<typeof recordHitSchema>;

/** A file the browser read for a batch (web host directory picker): its text, or why it could not. */
export const uploadedFileSchema = z
  .object({
    name: z.string().min(1).max(4096),
    size: z.number().int().min(0),
    text: z.string().optional(),
    failure: z.object({ code: z.string(), message: localizedSchema }).optional(),
  })
  .strict();

/** Where a batch's files come from. */
export const batchSourceSchema = z.union([
  z.object({ dir: z.string().max(4096) }).strict(),
  z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000) }).strict(),
  z.object({ files: z.array(uploadedFileSchema).min(1).max(100_000) }).strict(),
]);
export type BatchSourceRequest = z.infer<typeof batchSourceSchema>;

export const reportFormatSchema = z.enum(REPORT_FORMATS);

/** A report or an export to write: its text and the name to suggest. */
export const builtFileSchema = z.object({ text: z.string(), mime: z.string(), extension: z.string(), suggestedName: z.string() });
export type BuiltFile = z.infer<typeof builtFileSchema>;

export const exportedFileSchema = z.object({ path: z.string(), name: z.string(), size: z.number().int().min(0) });
export type ExportedFile = z.infer<typeof exportedFileSchema>;

const suggestedNameSchema = z.string().min(1).max(255);

const legacyEncodingSchema = z.enum(['windows-1258', 'tcvn3', 'vni']);

/** The helpdesk channels, appended to CONTRACT as one block. */
export const HELPDESK_CHANNELS = {
  /** Native folder dialog (Electron): the folder to triage, or null when cancelled. */
  'batch:pickFolder': { request: z.object({}).strict(), response: z.object({ path: z.string() }).nullable() },
  /**
   * Validates every file of a folder (recursively: `.json` files, or every file with `allFiles`),
   * a list of files, or uploaded texts, in the host's worker threads. Progress arrives as
   * `batch:progress` events; `batch:cancel` stops it (the view then says what was done).
   */
  'batch:run': {
    request: z
      .object({ batchId: batchIdSchema, source: batchSourceSchema, profileId: z.string().max(100).optional(), allFiles: z.boolean().optional() })
      .strict(),
    response: batchViewSchema,
  },
  'batch:cancel': { request: z.object({ batchId: batchIdSchema }).strict(), response: z.object({ cancelled: z.boolean() }) },
  /** The issues of one group (rule, agency, kind, service, file, severity), a page at a time. */
  'batch:issues': {
    request: z
      .object({ batchId: batchIdSchema, filter: issueFilterSchema.default({}), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) })
      .strict(),
    response: z.object({ total: z.number().int().min(0), rows: z.array(batchIssueRowSchema) }),
  },
  /** "Show every record where field = value" across the batch. */
  'batch:records': {
    request: z
      .object({ batchId: batchIdSchema, field: z.string().min(1).max(300), value: z.string().max(1000), limit: z.number().int().min(1).max(5000).default(500) })
      .strict(),
    response: z.object({ total: z.number().int().min(0), hits: z.array(recordHitSchema) }),
  },
  /** The distinct values of a field across the batch, most frequent first. */
  'batch:values': {
    request: z.object({ batchId: batchIdSchema, field: z.string().min(1).max(300), limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    response: z.object({ values: z.array(z.object({ value: z.string(), count: z.number().int().min(0) })) }),
  },
  /** The batch's report (HTML, CSV, JSON or JUnit), masked on request. */
  'batch:report': {
    request: z
      .object({
        batchId: batchIdSchema,
        format: reportFormatSchema,
        masked: z.boolean().default(false),
        keepStructure: z.boolean().default(false),
        lang: z.enum(['vi', 'en']).default('vi'),
      })
      .strict(),
    response: builtFileSchema,
  },
  'batch:close': { request: z.object({ batchId: batchIdSchema }).strict(), response: z.object({ closed: z.boolean() }) },
  /**
   * Writes an export (report, evidence pack, masked document): Electron asks where with its save
   * dialog (null when cancelled); the web host writes `path` inside its workspace.
   */
  'exports:save': {
    request: z.object({ suggestedName: suggestedNameSchema, text: z.string(), path: z.string().min(1).max(4096).optional() }).strict(),
    response: exportedFileSchema.nullable(),
  },
  /** Prints an HTML report to PDF (Electron's printToPDF) and saves it through the save dialog; null when cancelled. */
  'exports:pdf': { request: z.object({ suggestedName: suggestedNameSchema, html: z.string() }).strict(), response: exportedFileSchema.nullable() },
  /**
   * Reads a file that is not UTF-8 in a legacy Vietnamese encoding (the one decodeBytes suspected,
   * or the one the user picked), for the confirmation dialog's preview; nothing is written.
   */
  'helpdesk:readLegacy': {
    request: z.object({ path: z.string().min(1).max(4096), encoding: legacyEncodingSchema.optional() }).strict(),
    response: z.object({
      path: z.string(),
      name: z.string(),
      size: z.number().int().min(0),
      suspected: legacyEncodingSchema.optional(),
      encoding: legacyEncodingSchema,
      text: z.string(),
      lineEnding: z.enum(['lf', 'crlf', 'mixed', 'none']),
    }),
  },
} as const;

/** The helpdesk events. */
export const HELPDESK_EVENTS = {
  'batch:progress': z.object({
    batchId: batchIdSchema,
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    name: z.string().optional(),
    summary: batchSummarySchema.optional(),
  }),
} as const;
