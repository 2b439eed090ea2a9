/**
 * Decoders for text written in the legacy Vietnamese font encodings and then read as
 * Windows-1252, the way a Western-configured program (or a careless export) shows them:
 * - TCVN3 (TCVN 5712:1993, the ".Vn" fonts): one byte per letter, "Nguyễn" → "NguyÔn";
 * - VNI Windows: a base letter followed by a byte for the marks, "Nguyễn" → "Nguyeãn".
 * Each returns the Unicode (NFC) reading; characters outside the table are kept.
 */

/** TCVN3 byte (as its Windows-1252 character) → the Vietnamese letter it stands for. */
const TCVN3_PAIRS =
  '¸á µà ¶ả ·ã ¹ạ ¨ă ¾ắ »ằ ¼ẳ ½ẵ Æặ ©â Êấ Çầ Èẩ Éẫ Ëậ ®đ §Đ ' +
  'Ðé Ìè Îẻ Ïẽ Ñẹ ªê Õế Òề Óể Ôễ Öệ Ýí ×ì Øỉ Üĩ Þị ' +
  'ãó ßò áỏ âõ äọ «ô èố åồ æổ çỗ éộ ¬ơ íớ êờ ëở ìỡ îợ ' +
  'óú ïù ñủ òũ ôụ \u00adư øứ õừ öử ÷ữ ùự ýý úỳ ûỷ üỹ þỵ ¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư';

const TCVN3 = new Map<string, string>(TCVN3_PAIRS.split(' ').map((p) => [p[0], p.slice(1)]));

/** Reads text that was TCVN3 shown through Windows-1252. */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize('NFC');
}

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT];

/** VNI mark bytes (lower, upper) for: the five tones; circumflex + none/five tones; breve + none/five tones. */
const VNI_TONE = { lower: 'ùøûõï', upper: 'ÙØÛÕÏ' };
const VNI_CIRC = { lower: 'âáàåãä', upper: 'ÂÁÀÅÃÄ' };
const VNI_BREVE = { lower: 'êéèúüë', upper: 'ÊÉÈÚÜË' };

function buildVni(): { pairs: Map<string, string>; singles: Map<string, string> } {
  const pairs = new Map<string, string>();
  const compose = (s: string) => s.normalize('NFC');
  for (const upper of [false, true]) {
    const tone = upper ? VNI_TONE.upper : VNI_TONE.lower;
    const circ = upper ? VNI_CIRC.upper : VNI_CIRC.lower;
    const breve = upper ? VNI_BREVE.upper : VNI_BREVE.lower;
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    // Plain vowels with a tone (a, e, o, u, y), and ơ / ư (written ô / ö in VNI) with a tone.
    const toned: [string, string][] = [
      ['a', 'a'], ['e', 'e'], ['o', 'o'], ['u', 'u'], ['y', 'y'], ['ô', 'ơ'], ['ö', 'ư'],
    ];
    for (const [vniBase, letter] of toned) {
      TONES.forEach((mark, i) => pairs.set(cased(vniBase) + tone[i], compose(cased(letter) + mark)));
    }
    // Circumflex on a, e, o; breve on a.
    for (const [vniBase, letter, marks] of [
      ['a', 'â', circ],
      ['e', 'ê', circ],
      ['o', 'ô', circ],
      ['a', 'ă', breve],
    ] as const) {
      pairs.set(cased(vniBase) + marks[0], cased(letter));
      TONES.forEach((mark, i) => pairs.set(cased(vniBase) + marks[i + 1], compose(cased(letter) + mark)));
    }
  }
  const singles = new Map<string, string>([
    ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], ['ñ', 'đ'], ['Ñ', 'Đ'],
    ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
    ['Í', 'Í'], ['Ì', 'Ì'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'],
    ['î', 'ỵ'], ['Î', 'Ỵ'],
  ]);
  return { pairs, singles };
}

const VNI = buildVni();

/** Reads text that was VNI Windows shown through Windows-1252. */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? VNI.pairs.get(chars[i] + chars[i + 1]) : undefined;
    if (pair) {
      out += pair;
      i++;
    } else out += VNI.singles.get(chars[i]) ?? chars[i];
  }
  return out.normalize('NFC');
}
