/**
 * The renderer's document worker: decodes, parses and validates off the UI thread, so the window
 * stays responsive with a 100 MB packet (issue 4 §7). The core runs jitless here (the page's CSP
 * has no unsafe-eval), which is why the core's checker is built from closures.
 *
 * A large document stays in this worker after opening (HeldDocument): the UI asks it for records,
 * summaries and reports; a small one is handed to the UI and the worker ends (or, for the
 * as-you-type validator, waits for the next text).
 */
/// <reference lib="webworker" />
import { decodeBytes, detect, validateText, validateValue } from '../../shared/index';
import { detectLineEnding } from '../../shared/parse/decode';
import { parseJson } from '../../shared/parse/json';
import { locatePaths } from '../../shared/parse/locate';
import { countIssues, type Issue } from '../../shared/issues/issue';
import type { ValidateOptions, ValidationReport } from '../../shared/validate/report';
import { localize } from '../i18n/dictionary';
import { profileById } from '../features/document/profiles';
import { HeldDocument } from './largeDocument';
import type { DecodedInfo, WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: HeldDocument | undefined;
let heldKind: ValidateOptions['kind'];

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

function progressReporter(id: number) {
  let last = -1;
  return (fraction: number) => {
    if (fraction - last >= 0.01) {
      last = fraction;
      reply({ type: 'progress', id, stage: 'validating', fraction });
    }
  };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Record summaries sent with a large document, before any are asked for (a screenful and more). */
const FIRST_SUMMARIES = 200;

/**
 * validateText for a text already parsed here (a large document is parsed once, not twice):
 * the same steps as the engine's validateTextWith — validate the value, locate every issue, sort
 * by position (shared/validate/engine.ts).
 */
function validateParsed(text: string, value: unknown, options: ValidateOptions): ValidationReport {
  const report = validateValue(value, options);
  if (report.issues.length) {
    const ranges = locatePaths(text, report.issues.map((i) => i.segments));
    report.issues.forEach((issue, i) => {
      const r = ranges[i];
      if (r) issue.range = r;
    });
    report.issues.sort(
      (a: Issue, b: Issue) =>
        (a.range?.offset ?? -1) - (b.range?.offset ?? -1) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
    report.counts = countIssues(report.issues);
  }
  return report;
}

function open(job: Extract<WorkerRequest, { type: 'open' }>): void {
  const { id } = job;
  let text: string;
  let decoded: DecodedInfo;
  reply({ type: 'progress', id, stage: 'reading', fraction: null });
  if ('bytes' in job.source) {
    const result = decodeBytes(new Uint8Array(job.source.bytes));
    if (result.error) return reply({ type: 'error', id, code: 'files.decode', message: result.error.message });
    text = result.text;
    decoded = { encoding: result.encoding, bom: result.bom, lineEnding: result.lineEnding };
  } else {
    text = job.source.text;
    decoded = { encoding: 'utf-8', bom: false, lineEnding: detectLineEnding(text) };
  }
  const options: ValidateOptions = { kind: job.kind, profile: profileById(job.profileId), locate: true, onProgress: progressReporter(id) };
  if (text.length < job.largeThreshold) {
    reply({ type: 'opened', id, decoded, text, large: false, length: text.length });
    reply({ type: 'report', id, report: validateText(text, options) });
    return;
  }
  // Large: parse once, show the first records, then validate the parsed value.
  reply({ type: 'progress', id, stage: 'parsing', fraction: null });
  const parsed = parseJson(text);
  if (!parsed.ok) {
    // Not JSON: nothing to hold; the UI shows the syntax error (the text is needed to repair it).
    reply({ type: 'opened', id, decoded, text, large: false, length: text.length });
    reply({ type: 'report', id, report: validateText(text, options) });
    return;
  }
  const detection = detect(parsed.value, { kind: job.kind });
  held = new HeldDocument(text, parsed.value, detection.packet);
  heldKind = job.kind;
  reply({
    type: 'opened',
    id,
    decoded,
    large: true,
    length: text.length,
    layout: held.layout,
    summaries: held.summaries(0, FIRST_SUMMARIES),
    firstRecord: held.record(0),
    packetId: detection.packet?.id,
  });
  reply({ type: 'progress', id, stage: 'validating', fraction: 0 });
  reply({ type: 'report', id, report: validateParsed(text, parsed.value, options) });
}

function handle(job: WorkerRequest): void {
  switch (job.type) {
    case 'open':
      return open(job);
    case 'validate':
      return reply({ type: 'report', id: job.id, report: validateText(job.text, { kind: job.kind, profile: profileById(job.profileId), locate: true }) });
    case 'revalidate':
      if (!held) return reply({ type: 'error', id: job.id, code: 'documents.gone', message: localize('job.noDocument') });
      return reply({ type: 'report', id: job.id, report: validateParsed(held.text, held.value, { kind: heldKind, profile: profileById(job.profileId), onProgress: progressReporter(job.id) }) });
    case 'record':
      return reply({ type: 'record', id: job.id, record: held?.record(job.index) ?? null });
    case 'summaries':
      return reply({ type: 'summaries', id: job.id, summaries: held?.summaries(job.from, job.count) ?? [] });
    case 'text':
      if (!held) return reply({ type: 'error', id: job.id, code: 'documents.gone', message: localize('job.noDocument') });
      return reply({ type: 'text', id: job.id, text: held.text });
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const job = event.data;
  try {
    handle(job);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    reply({ type: 'error', id: job.id, code: 'documents.failed', message: localize('job.failed', { reason }) });
  }
};
