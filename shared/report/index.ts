/** Reports of one or many validated files: HTML, CSV, JSON, JUnit, batch summary and record lookups. */
export type { ReportEntry, ReportMeta, ReportOptions } from './types';
export { toHtml, issuesTable, metaTable, REPORT_CSS } from './html';
export { toCsv, csvField } from './csv';
export { toJsonReport, buildJsonReport, type JsonReport } from './json';
export { toJUnit } from './junit';
export { summarize, type BatchSummary, type GroupCount } from './summary';
export { issueRows, type IssueRow } from './rows';
export { findRecords, fieldValues, recordsOf, agencyOf, type RecordMatch } from './records';
export { specRefText, vietnamTime, escapeHtml, escapeXml } from './format';
export { buildReport, toCsvWithMeta, REPORT_FORMATS, type ReportFormat, type BuiltReport } from './export';
