/** Vietnamese text integrity: detectors, code points, normalisation with preview, rules. */
export { detectMojibake, MOJIBAKE_FAMILIES, type MojibakeFamily, type MojibakeFinding } from './mojibake';
export { normalizationForm, type NormalizationForm } from './normalization';
export { findInvisible, cleanInvisible, INVISIBLE_CHARS, type InvisibleHit } from './invisible';
export { hasSmartQuotes, stripSmartQuotes, SMART_QUOTES } from './quotes';
export { codePoints, type CodePointInfo, type CodePointKind } from './codePoints';
export { normalize, type NormalizeOptions, type NormalizeResult } from './normalize';
export { charDiff, type DiffSegment } from './diff';
export { scanValue, scanDocument, isCodeField, type TextProblem, type TextProblemCode, type LocatedTextProblem } from './scan';
export { TEXT_RULES } from './rules';
export { decodeTcvn3, decodeVni } from './legacy';
