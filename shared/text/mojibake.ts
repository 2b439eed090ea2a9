/**
 * Mojibake: Vietnamese text that went through the wrong code page somewhere between the
 * one-stop-shop's database and the packet. Each family is tried as a decoder; a reading wins
 * when it removes the foreign characters and reads as better-formed Vietnamese than the input.
 * Every decoder uses the tables of shared/encoding, the same the file decoder converts bytes with.
 */
import type { Localized } from '../i18n/localized';
import { t } from '../i18n/localized';
import { foreignCount, isVietnameseSpecific, vietnameseScore } from './alphabet';
import { decodeWindows1258 } from '../encoding/windows';
import { CP1252, CP1258, utf8DecodeStrict } from './codepages';
import { decodeTcvn3, decodeVni } from './legacy';

export type MojibakeFamily = 'utf8-as-1252' | 'utf8-as-1258' | 'cp1258-as-1252' | 'vni-as-1252' | 'tcvn3-as-1252';

export const MOJIBAKE_FAMILIES: Record<MojibakeFamily, Localized> = {
  'utf8-as-1252': t('UTF-8 bị đọc nhầm thành Windows-1252', 'UTF-8 read as Windows-1252'),
  'utf8-as-1258': t('UTF-8 bị đọc nhầm thành Windows-1258', 'UTF-8 read as Windows-1258'),
  'cp1258-as-1252': t('Windows-1258 bị đọc nhầm thành Windows-1252', 'Windows-1258 read as Windows-1252'),
  'vni-as-1252': t('Mã VNI bị đọc nhầm thành Windows-1252', 'VNI read as Windows-1252'),
  'tcvn3-as-1252': t('Mã TCVN3 (ABC) bị đọc nhầm thành Windows-1252', 'TCVN3 (ABC) read as Windows-1252'),
};

const DECODERS: [MojibakeFamily, (s: string) => string | undefined][] = [
  ['utf8-as-1252', (s) => viaBytes(s, CP1252.encode(s))],
  ['utf8-as-1258', (s) => viaBytes(s, CP1258.encode(s))],
  ['cp1258-as-1252', (s) => {
    const bytes = CP1252.encode(s);
    return bytes ? decodeWindows1258(bytes) : undefined;
  }],
  ['vni-as-1252', decodeVni],
  ['tcvn3-as-1252', decodeTcvn3],
];

function viaBytes(_s: string, bytes: number[] | undefined): string | undefined {
  if (!bytes) return undefined;
  const decoded = utf8DecodeStrict(bytes);
  return decoded?.normalize('NFC');
}

/** A detected mojibake: the family and the text as it was meant to be. */
export interface MojibakeFinding {
  family: MojibakeFamily;
  repaired: string;
}

/**
 * Detects mojibake in one value. Returns the most convincing repair, or undefined when the text
 * is fine (or not Vietnamese at all: "Müller" and "© 2024" are left alone).
 */
export function detectMojibake(text: string): MojibakeFinding | undefined {
  if (text.length > 100_000 || /^[\x00-\x7f]*$/.test(text)) return undefined;
  const foreign = foreignCount(text);
  const baseScore = vietnameseScore(text);
  let best: { family: MojibakeFamily; repaired: string; foreign: number; score: number } | undefined;
  for (const [family, decode] of DECODERS) {
    const repaired = decode(text);
    if (repaired === undefined || repaired === text.normalize('NFC')) continue;
    const f = foreignCount(repaired);
    const score = vietnameseScore(repaired);
    // Either the reading removes foreign characters (µ, », Ô in "NguyÔn"…) and reads better, or —
    // VNI spelled only with Vietnamese-looking letters ("Nguyeãn", "Haèng") — it turns at least
    // two malformed words into real syllables.
    const better = foreign > 0 ? f < foreign && score > baseScore : f === 0 && score >= baseScore + 2;
    if (!better) continue;
    if (![...repaired].some(isVietnameseSpecific)) continue;
    if (!best || f < best.foreign || (f === best.foreign && score > best.score)) best = { family, repaired, foreign: f, score };
  }
  return best && { family: best.family, repaired: best.repaired };
}
