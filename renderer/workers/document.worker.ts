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
import { decodeBytes, detect, validateParsedText, validateText } from '../../shared/index';
import { detectLineEnding } from '../../shared/parse/decode';
import { parseJson } from '../../shared/parse/json';
import { ProfileCache, type ProfileRef } from '../../shared/validate/profileRef';
import type { Profile } from '../../shared/validate/profileTypes';
import type { ValidateOptions } from '../../shared/validate/report';
import { localize } from '../i18n/dictionary';
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

/** Record summaries sent with a large document, before any are asked for (a screenful and more). */
const FIRST_SUMMARIES = 200;

/**
 * User profiles arrive with their definition and are loaded once per id and version, so the
 * compiled checkers (cached per profile object) are reused from one keystroke to the next.
 */
const profiles = new ProfileCache();

/** A profile that cannot be applied: the job fails with the reason, never silently checked as strict. */
class ProfileRefused extends Error {
  constructor(
    readonly code: string,
    readonly localized: { vi: string; en: string },
  ) {
    super(localized.en);
  }
}

function profileOf(ref: ProfileRef | undefined): Profile | undefined {
  const r = profiles.resolve(ref);
  if (r && !r.ok) throw new ProfileRefused(r.code, r.message);
  return r?.profile;
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
  const options: ValidateOptions = { kind: job.kind, profile: profileOf(job.profile), locate: true, onProgress: progressReporter(id) };
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
    kind: detection.kind,
    form: detection.form,
  });
  reply({ type: 'progress', id, stage: 'validating', fraction: 0 });
  reply({ type: 'report', id, report: validateParsedText(text, parsed.value, options) });
}

function handle(job: WorkerRequest): void {
  switch (job.type) {
    case 'open':
      return open(job);
    case 'validate':
      return reply({ type: 'report', id: job.id, report: validateText(job.text, { kind: job.kind, profile: profileOf(job.profile), locate: true }) });
    case 'revalidate':
      if (!held) return reply({ type: 'error', id: job.id, code: 'documents.gone', message: localize('job.noDocument') });
      return reply({ type: 'report', id: job.id, report: validateParsedText(held.text, held.value, { kind: heldKind, profile: profileOf(job.profile), onProgress: progressReporter(job.id) }) });
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
    if (error instanceof ProfileRefused) return reply({ type: 'error', id: job.id, code: error.code, message: error.localized });
    const reason = error instanceof Error ? error.message : String(error);
    reply({ type: 'error', id: job.id, code: 'documents.failed', message: localize('job.failed', { reason }) });
  }
};
