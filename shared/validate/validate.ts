/**
 * The core's entry point, bound to the registry of packet families: used by the CLI, the hosts'
 * worker, the renderer's worker and the send path (contract in report.ts, engine in engine.ts).
 */
import { KIND_MODULES } from '../spec/registry';
import { TEXT_RULES } from '../text/rules';
import { allStringsClean, cleanTextMemo, isCleanText } from '../text/scan';
import { validateParsedTextWith, validateTextWith, validateValueWith, type EngineInternals, type TextLens } from './engine';
import type { ValidateOptions, ValidationReport } from './report';

/** The text rules' shared record scan, for the engine to fold into its accelerated record check. */
const TEXT_LENS: TextLens = {
  codes: new Set(TEXT_RULES.map((r) => r.code)),
  clean: isCleanText,
  cleanMemo: cleanTextMemo,
  cleanDeep: allStringsClean,
};

/** Rules beyond the families' own: the Vietnamese text-integrity lens applies to every packet. */
export const CORE_RULES: EngineInternals = { globalRules: TEXT_RULES, textLens: TEXT_LENS };

/** Validates a JSON text: syntax errors and paste-fault repairs, then the packet, with every issue located. */
export function validateText(text: string, options: ValidateOptions = {}): ValidationReport {
  return validateTextWith(KIND_MODULES, text, options, CORE_RULES);
}

/**
 * Validates a document already parsed from `text` (`value` is its parse) and locates its issues in
 * that text: the same report as validateText, without parsing a large text a second time.
 */
export function validateParsedText(text: string, value: unknown, options: ValidateOptions = {}): ValidationReport {
  return validateParsedTextWith(KIND_MODULES, text, value, options, CORE_RULES);
}

/** Validates an already parsed document (no text, so issues carry no line/column). */
export function validateValue(value: unknown, options: ValidateOptions = {}): ValidationReport {
  return validateValueWith(KIND_MODULES, value, options, CORE_RULES);
}
