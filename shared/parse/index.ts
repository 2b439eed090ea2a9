/**
 * Reading and parsing that keeps positions (ARCHITECTURE.md `shared/parse/`): bytes → text,
 * JSON with located syntax errors and suggested paste-fault repairs, path → text range, and the
 * editor's tree helpers and value edits.
 */
export { decodeBytes, detectLineEnding, encodeText, firstInvalidUtf8 } from './decode';
export type { BinaryKind, DecodedText, DecodeError, LineEnding, TextEncoding } from './decode';
export { decodeLegacy, LEGACY_ENCODING_NAMES } from './legacy';
export type { LegacyEncoding } from './legacy';
export { guessLegacyEncoding } from './legacyDetect';
export { LineIndex, positionAt } from './lineIndex';
export type { LinePosition } from './lineIndex';
export { describeSyntaxError, parseJson } from './json';
export type { ParseOutcome } from './json';
export { applyRepairs, detectRepairs } from './repairs';
export { REPAIR_CODES } from './repairTexts';
export type { RepairCode } from './repairTexts';
export { locatePath, locatePaths } from './locate';
export { exactNodeOfPath, keyRangeOfPath, nodeOfPath, parseTree, pathAtOffset, rangeOfPath } from './tree';
export type { JsonNode, JsonTree } from './tree';
export {
  applyFixEdits,
  applyTextEdit,
  detectFormatting,
  fixEditToTextEdit,
  removeValueEdit,
  renameKeyEdit,
  replaceValueEdit,
  setValueEdit,
} from './edits';
export type { TextEdit } from './edits';
export { setValueEditInJson } from './validJsonEdits';
