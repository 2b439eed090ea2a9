/**
 * The Masker: one per batch. It remembers which value got which pseudonym (the same input
 * always gets the same pseudonym within the batch, across files), draws pseudonyms from a
 * per-batch random source (so they reveal nothing), and scrubs free text of every value it
 * has masked anywhere in the batch and of any id, phone, e-mail or URL pattern.
 *
 * Use: `learn()` every document of the batch first (so free text in the first file is scrubbed
 * of a name that appears only in the last), then `maskValue()` / `maskText()` each, and
 * `scrub()` anything else that leaves the app (report messages, file names).
 */
import { createRandom, type Random } from '../generate/random';
import { parseWire } from '../datetime/wire';
import type { FieldSpec, PacketSpec, PiiKind } from '../spec/types';
import {
  accountIdPseudonym,
  addressPseudonym,
  emailPseudonym,
  idNumberPseudonym,
  namePseudonym,
  opaqueToken,
  phonePseudonym,
  sameShape,
  urlPseudonym,
} from './pseudonyms';
import { resolveDocument } from './resolve';
import { walkScalars } from './specWalk';
import { stripMaskMarker } from './marker';

/** Kinds the masker keeps a pseudonym table for. `opaque` = unknown strings; `digits` = long unknown digit runs. */
export type PseudonymKind = 'idNumber' | 'name' | 'phone' | 'email' | 'address' | 'accountId' | 'url' | 'opaque' | 'digits';

const PSEUDONYM_PII: ReadonlySet<PiiKind> = new Set<PiiKind>(['idNumber', 'name', 'phone', 'email', 'address', 'accountId', 'url']);
/** Values of these kinds identify a person by themselves: they are scrubbed even from code fields. */
const STRONG: ReadonlySet<PseudonymKind> = new Set<PseudonymKind>(['idNumber', 'phone', 'email', 'accountId', 'url']);

export interface MaskOptions {
  /** Keep province, century/gender digit and birth year of CCCD (province of CMND, province of an address). */
  keepStructure?: boolean;
  /** What to do with `secret` fields: replace with `<masked>` (default) or remove the key. */
  secrets?: 'replace' | 'remove';
  /** Seed of the batch's random source (tests); by default a random 32-bit key from Web Crypto. */
  seed?: number;
  /** Clock for the mark's timestamp (tests). */
  now?: () => number;
  /** The spec the masker reads `pii` kinds from (normally `allPackets()` of the registry). */
  packets: readonly PacketSpec[];
  /** App version written into the mark. */
  version?: string;
}

/** A failure to mask: nothing is produced (fail closed). */
export class MaskError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(en);
    this.name = 'MaskError';
  }
}

function randomSeed(): number {
  const c = (globalThis as unknown as { crypto?: { getRandomValues?(a: Uint32Array): Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0];
  return Math.floor(Math.random() * 2 ** 32);
}

const WORD_SOURCE = '[\\p{L}\\p{N}]+';
const FIRST_WORD = new RegExp(WORD_SOURCE, 'u');
const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Patterns scrubbed from free text whatever the spec says (fail closed). */
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE_RE = /(?<![\d+])(?:\+84|84|0)(?:[ .-]?\d){8,10}(?!\d)/g;
const DIGITS_RE = /(?<!\d)\d{9,}(?!\d)/g;

export class Masker {
  readonly keepStructure: boolean;
  readonly secrets: 'replace' | 'remove';
  readonly packets: readonly PacketSpec[];
  readonly version: string;
  readonly now: () => number;
  private readonly random: Random;
  private readonly tables = new Map<PseudonymKind, Map<string, string>>();
  private readonly used = new Set<string>();
  private readonly originals = new Set<string>();
  /** Normalised original → pseudonym, for scrubbing text; `strong` values are also scrubbed from codes. */
  private readonly known = new Map<string, { pseudonym: string; strong: boolean }>();
  /** Known keys by their first word, longest first: a linear scan finds them in a text (no giant regex). */
  private readonly knownIndex = new Map<string, string[]>();

  constructor(options: MaskOptions) {
    this.keepStructure = options.keepStructure ?? false;
    this.secrets = options.secrets ?? 'replace';
    this.packets = options.packets;
    this.version = options.version ?? '0.0.0';
    this.now = options.now ?? (() => Date.now());
    this.random = createRandom(options.seed ?? randomSeed());
  }

  private key(kind: PseudonymKind, value: string): string {
    switch (kind) {
      case 'phone': {
        const d = value.replace(/\D/g, '');
        return /^84/.test(d) && d.length >= 11 ? `0${d.slice(2)}` : d;
      }
      case 'idNumber':
      case 'accountId':
      case 'email':
        return value.trim().toLowerCase();
      case 'name':
      case 'address':
        return norm(value);
      default:
        return value;
    }
  }

  private invent(kind: PseudonymKind, value: string): string {
    const r = this.random;
    switch (kind) {
      case 'idNumber':
        return idNumberPseudonym(value, r, this.keepStructure);
      case 'name':
        return namePseudonym(value, r);
      case 'phone':
        return phonePseudonym(this.key('phone', value), r);
      case 'email':
        return emailPseudonym(value, r);
      case 'address':
        return addressPseudonym(value, r, this.keepStructure);
      case 'accountId':
        return accountIdPseudonym(value, r);
      case 'url':
        return urlPseudonym(value, r);
      case 'digits':
        return sameShape(value, r);
      default:
        return opaqueToken(r);
    }
  }

  /** The pseudonym of `value` as `kind`: the same input always gets the same pseudonym in this batch. */
  pseudonym(kind: PseudonymKind, value: string, remember = true): string {
    if (value.trim() === '') return value;
    let table = this.tables.get(kind);
    if (!table) this.tables.set(kind, (table = new Map()));
    const k = this.key(kind, value);
    let p = table.get(k);
    if (p === undefined) {
      // Never hand out a value that is real somewhere in the batch, nor one already given to another input.
      for (let i = 0; i < 50; i++) {
        p = this.invent(kind, value);
        const pk = this.key(kind, p);
        if (pk !== k && !this.originals.has(pk) && !this.used.has(`${kind}:${pk}`)) break;
      }
      table.set(k, p!);
      this.used.add(`${kind}:${this.key(kind, p!)}`);
      if (remember) this.remember(kind, value, p!);
    }
    // A phone keeps the format of each occurrence: same digits, this occurrence's separators and country code.
    if (kind === 'phone') return this.formatPhone(value, p!);
    // A name written in capitals ("NGUYỄN VĂN AN") gets its pseudonym in capitals too.
    if (kind === 'name' && value === value.toUpperCase() && value !== value.toLowerCase()) return p!.toUpperCase();
    return p!;
  }

  private formatPhone(value: string, national: string): string {
    const d = value.replace(/\D/g, '');
    const digits = /^84/.test(d) && d.length >= 11 ? `84${national.replace(/\D/g, '').slice(1)}` : national.replace(/\D/g, '');
    let i = 0;
    return value.replace(/\d/g, () => digits[i++] ?? '0');
  }

  private remember(kind: PseudonymKind, original: string, pseudonym: string): void {
    if (kind === 'opaque' || kind === 'digits') return;
    const o = original.normalize('NFC').trim();
    if (o.length < 3) return;
    this.addKnown(norm(o), pseudonym, STRONG.has(kind));
    if (kind === 'phone') this.addKnown(this.key('phone', o), this.key('phone', pseudonym), true);
    if (kind === 'name') {
      // "Minh Hằng" for "Nguyễn Thị Minh Hằng": word-aligned tails of two words or more.
      const ow = o.split(/\s+/);
      const pw = pseudonym.split(/\s+/);
      if (ow.length === pw.length) for (let i = 1; i <= ow.length - 2; i++) this.addKnown(norm(ow.slice(i).join(' ')), pw.slice(i).join(' '), false);
    }
  }

  private addKnown(key: string, pseudonym: string, strong: boolean): void {
    const first = FIRST_WORD.exec(key)?.[0];
    if (!first || key.indexOf(first) !== 0) return;
    if (!this.known.has(key)) {
      const list = this.knownIndex.get(first) ?? [];
      // Longest first, so "Nguyễn Thị Minh Hằng" wins over "Nguyễn Thị".
      const at = list.findIndex((k) => k.length < key.length);
      list.splice(at < 0 ? list.length : at, 0, key);
      this.knownIndex.set(first, list);
    }
    this.known.set(key, { pseudonym, strong });
  }

  /**
   * Finds known values in a text, word by word (a value starts at a word and ends at a word
   * boundary; letter case is ignored), and lets `replace` decide what each becomes. The text is
   * read in NFC, so a decomposed name is found too. Returns the text unchanged when nothing matches.
   */
  private replaceKnown(text: string, strongOnly: boolean, replace: (pseudonym: string) => string): string {
    if (this.known.size === 0 || !text) return text;
    const nfc = text.normalize('NFC');
    const lower = nfc.toLowerCase();
    // toLowerCase keeps lengths for Vietnamese; if some other script changes them, match case-sensitively.
    const hay = lower.length === nfc.length ? lower : nfc;
    let out = '';
    let last = 0;
    const words = new RegExp(WORD_SOURCE, 'gu');
    for (let m = words.exec(hay); m; m = words.exec(hay)) {
      const candidates = this.knownIndex.get(m[0]) ?? this.knownIndex.get(FIRST_WORD.exec(m[0])?.[0] ?? '');
      if (!candidates) continue;
      for (const k of candidates) {
        const end = m.index + k.length;
        if (!hay.startsWith(k, m.index) || (end < hay.length && /[\p{L}\p{N}]/u.test(hay[end]))) continue;
        const hit = this.known.get(k)!;
        if (strongOnly && !hit.strong) continue;
        out += nfc.slice(last, m.index) + replace(hit.pseudonym);
        last = end;
        words.lastIndex = end;
        break;
      }
    }
    return last === 0 ? text : out + nfc.slice(last);
  }

  private collectOriginals(text: string): void {
    for (const re of [EMAIL_RE, DIGITS_RE, PHONE_RE]) for (const m of text.matchAll(re)) this.originals.add(m[0].toLowerCase().replace(/[ .-]/g, ''));
  }

  /** Registers the personal values of a document, so later scrubbing knows them (pass 1 of a batch). */
  learn(doc: unknown): void {
    const { value } = stripMaskMarker(doc);
    const resolved = resolveDocument(value, this.packets);
    const pending: [PseudonymKind, string][] = [];
    walkScalars(value, resolved.spec, ({ field, value: v }) => {
      if (v === null || typeof v === 'boolean') return;
      const s = String(v);
      this.originals.add(s.trim().toLowerCase());
      if (field && PSEUDONYM_PII.has(field.pii)) {
        this.originals.add(this.key(field.pii as PseudonymKind, s));
        pending.push([field.pii as PseudonymKind, s]);
      } else this.collectOriginals(s);
    });
    for (const [kind, s] of pending) this.pseudonym(kind, s);
  }

  /** Replaces every known personal value (all, or only the strong identifiers) inside a text. */
  scrubKnown(text: string, strongOnly = false): string {
    return this.replaceKnown(text, strongOnly, (p) => p);
  }

  /**
   * Scrubs a free text: every value masked anywhere in the batch, then any URL, e-mail, phone
   * number and run of 9 or more digits (ids, tax codes) — except valid yyyyMMddHHmmss dates.
   */
  scrub(text: string): string {
    if (!text) return text;
    const held: string[] = [];
    const hold = (s: string) => `\uE000${held.push(s) - 1}\uE001`;
    // Known values become held pseudonyms, so the patterns below cannot mask them a second time.
    let s = this.replaceKnown(text, false, hold);
    s = s.replace(URL_RE, (m) => hold(this.pseudonym('url', m, false)));
    s = s.replace(EMAIL_RE, (m) => hold(this.pseudonym('email', m, false)));
    s = s.replace(PHONE_RE, (m) => hold(this.pseudonym('phone', m, false)));
    s = s.replace(DIGITS_RE, (m) => (m.length === 14 && parseWire(m) ? m : hold(m.length <= 13 ? this.pseudonym('idNumber', m, false) : this.pseudonym('digits', m, false))));
    return s.replace(/\uE000(\d+)\uE001/g, (m, i: string) => held[Number(i)] ?? m);
  }

  /** The masked form of one scalar, by the `pii` kind of its field (no field or no kind → masked). */
  maskScalar(value: string | number | boolean | null, field: FieldSpec | undefined): unknown {
    if (value === null || typeof value === 'boolean') return value;
    const pii = field?.pii as PiiKind | undefined;
    if (typeof value === 'number') {
      if (pii === 'none' || pii === 'freeText') return value;
      const masked = pii && PSEUDONYM_PII.has(pii) ? this.pseudonym(pii as PseudonymKind, String(value)) : this.pseudonym('digits', String(value));
      const n = Number(masked);
      return Number.isFinite(n) && /^-?\d/.test(masked) ? n : masked;
    }
    if (value.trim() === '') return value;
    switch (pii) {
      case 'none':
        return this.scrubKnown(value, true);
      case 'freeText':
        return this.scrub(value);
      case 'secret':
        return '<masked>';
      case undefined:
        return this.pseudonym('opaque', value);
      default:
        return PSEUDONYM_PII.has(pii) ? this.pseudonym(pii as PseudonymKind, value) : this.pseudonym('opaque', value);
    }
  }

  /** An object key the spec does not know: scrubbed like free text (a key can be an id). */
  maskKey(key: string): string {
    return this.scrub(key);
  }
}

/** Creates the masker of one batch. */
export function createMasker(options: MaskOptions): Masker {
  return new Masker(options);
}
