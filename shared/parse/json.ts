/**
 * JSON text → value, fast and honest. Valid text costs one JSON.parse (the 100 MB budget of the
 * benchmark, TOOLCHAIN.md); only a failure pays for locating and explaining the first error and for
 * looking for paste faults whose repair is suggested — never applied (report.ts `Repair`).
 */
import type { Repair, SyntaxProblem } from '../validate/report';
import { diagnoseSyntax } from './diagnose';
import { positionAt } from './lineIndex';
import { detectRepairs } from './repairs';
import { SYNTAX } from './syntaxMessages';

/** The outcome of parseJson: the value, or the first syntax error with suggested repairs. */
export type ParseOutcome =
  | { ok: true; value: unknown; bomStripped: boolean }
  | { ok: false; error: SyntaxProblem; repairs: Repair[] };

/** Offset named by the engine's own message ("… at position 12"), used only if jsonc-parser finds nothing. */
function enginePosition(e: unknown): number {
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  return m ? Number(m[1]) : 0;
}

/** Parses JSON text; never throws. A leading U+FEFF (pasted BOM) is accepted. */
export function parseJson(text: string): ParseOutcome {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body), bomStripped: bom };
  } catch (e) {
    return { ok: false, error: syntaxProblem(text, body, bom ? 1 : 0, e), repairs: safeRepairs(text) };
  }
}

/** Locates and explains the first syntax error of text that is not JSON (offsets in `text`, BOM included). */
export function describeSyntaxError(text: string): SyntaxProblem | undefined {
  const outcome = parseJson(text);
  return outcome.ok ? undefined : outcome.error;
}

function syntaxProblem(text: string, body: string, shift: number, e: unknown): SyntaxProblem {
  let d;
  try {
    d = diagnoseSyntax(body);
  } catch {
    d = undefined;
  }
  const found = d ?? { code: 'syntax.unknown', message: SYNTAX.unknown(), offset: Math.min(enginePosition(e), body.length) };
  const offset = found.offset + shift;
  const { line, column } = positionAt(text, offset);
  return { code: found.code, message: found.message, offset, line, column };
}

function safeRepairs(text: string): Repair[] {
  try {
    return detectRepairs(text);
  } catch {
    // A bug in the repair finder must not hide the syntax error itself.
    return [];
  }
}
