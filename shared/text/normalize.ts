/**
 * One-click normalisation of a value, with a preview: NFC, invisible characters cleaned, and
 * on request typographic quotes stripped (codes) and mojibake repaired.
 */
import { charDiff, type DiffSegment } from './diff';
import { cleanInvisible } from './invisible';
import { detectMojibake, type MojibakeFamily } from './mojibake';
import { stripSmartQuotes } from './quotes';

export interface NormalizeOptions {
  /** Compose to NFC (default true). */
  nfc?: boolean;
  /** Remove zero-width characters, turn no-break spaces into spaces (default true). */
  invisible?: boolean;
  /** Remove typographic quotes: for codes only (default false). */
  smartQuotes?: boolean;
  /** Repair detected mojibake (default false: the reading is a guess the user confirms). */
  mojibake?: boolean;
}

export interface NormalizeResult {
  value: string;
  changed: boolean;
  /** Per-character diff from the input to `value`. */
  diff: DiffSegment[];
  /** What was done, in order. */
  steps: ('mojibake' | 'nfc' | 'invisible' | 'smartQuotes')[];
  mojibakeFamily?: MojibakeFamily;
}

/** Normalises one value and returns the result with a per-character preview of the changes. */
export function normalize(value: string, options: NormalizeOptions = {}): NormalizeResult {
  const { nfc = true, invisible = true, smartQuotes = false, mojibake = false } = options;
  let v = value;
  const steps: NormalizeResult['steps'] = [];
  let mojibakeFamily: MojibakeFamily | undefined;
  const step = (name: NormalizeResult['steps'][number], next: string) => {
    if (next !== v) steps.push(name);
    v = next;
  };
  if (mojibake) {
    const found = detectMojibake(v);
    if (found) {
      mojibakeFamily = found.family;
      step('mojibake', found.repaired);
    }
  }
  if (nfc) step('nfc', v.normalize('NFC'));
  if (invisible) step('invisible', cleanInvisible(v));
  if (smartQuotes) step('smartQuotes', stripSmartQuotes(v));
  return { value: v, changed: v !== value, diff: charDiff(value, v), steps, ...(mojibakeFamily ? { mojibakeFamily } : {}) };
}
