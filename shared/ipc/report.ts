/**
 * zod schemas of the core's ValidationReport (shared/validate/report.ts) as it crosses the bridge
 * in `documents:validate`. Typed against the core's own interfaces, so a change there that is not
 * mirrored here fails to compile.
 */
import { z } from 'zod';
import type { Issue, TextRange } from '../issues/issue';
import { KIND_IDS } from '../spec/types';
import type { Repair, SyntaxProblem, ValidationReport } from '../validate/report';
import { localizedSchema } from './resultSchema';

const textRangeSchema: z.ZodType<TextRange> = z.object({
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
});

const segmentSchema = z.union([z.string(), z.number().int().min(0)]);

/** One issue (shared/issues/issue.ts). */
export const issueSchema: z.ZodType<Issue> = z.object({
  path: z.string(),
  segments: z.array(segmentSchema),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: localizedSchema,
  hint: localizedSchema.optional(),
  specRef: z.object({ file: z.string(), section: z.string(), row: z.string().optional() }).optional(),
  record: z.number().int().min(0).optional(),
  range: textRangeSchema.optional(),
  // Quick-fix edits are applied by the editor, which re-checks them against the current text.
  fix: z.object({ title: localizedSchema, edits: z.array(z.any()) }).optional(),
  provisional: z.boolean().optional(),
});

const syntaxSchema: z.ZodType<SyntaxProblem> = z.object({
  code: z.string(),
  message: localizedSchema,
  offset: z.number().int().min(0),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

const repairSchema: z.ZodType<Repair> = z.object({
  code: z.string(),
  title: localizedSchema,
  description: localizedSchema,
  edits: z.array(z.object({ offset: z.number().int().min(0), length: z.number().int().min(0), text: z.string() })),
  count: z.number().int().min(0),
});

/** The whole report. */
export const reportSchema: z.ZodType<ValidationReport> = z.object({
  kind: z.enum(KIND_IDS).optional(),
  packetId: z.string().optional(),
  service: z.string().optional(),
  form: z.enum(['envelope', 'array', 'record', 'reply', 'unknown']),
  provisional: z.boolean(),
  recordCount: z.number().int().min(0),
  issues: z.array(issueSchema),
  counts: z.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) }),
  valid: z.boolean(),
  syntax: syntaxSchema.optional(),
  repairs: z.array(repairSchema),
  profile: z.object({ id: z.string(), version: z.string() }),
  cancelled: z.boolean().optional(),
});
