/**
 * The shape of the packet reference as data.
 *
 * Every field of every QCVN 120 packet is described once, with a value of these types
 * (`shared/spec/kinds/*.ts`). Validation, the zod schemas, Monaco's JSON Schema, the form,
 * the tree labels, templates, masking and the CLI's `kinds` output are all derived from it,
 * and a profile (`shared/profiles`) can override any of it without a new release.
 */
import type { Localized } from '../i18n/localized';

/** The seven packet families of QCVN 120, plus the auxiliary bodies users meet beside them. */
export const KIND_IDS = ['dossier', 'progress', 'survey', 'statistics', 'procedure', 'feedback', 'qa', 'auxiliary'] as const;
export type KindId = (typeof KIND_IDS)[number];

/**
 * Where a fact comes from, so an error message can cite it: `file` is one of the reference files
 * in `../shared/spec` (`dossier.md`, `other-kinds.md`, `README.md`, `official-sources.md`).
 */
export interface SpecRef {
  file: string;
  /** e.g. `§2.1`, `§5`, `(b) b.2`. */
  section: string;
  /** Row number or name inside the section's table, or the rule number. */
  row?: string;
}

/**
 * Required mark, as in the reference tables (dossier.md "Req column", other-kinds.md):
 * - `M`  required: firm, an error in every profile when absent or empty;
 * - `M*` the reference treats it as required but the portal accepted packets without it:
 *        a warning in `strict`, silent in `lenient`;
 * - `M?` probably required (inferred): a warning;
 * - `O`  optional;
 * - `C`  conditional: a cross-field rule decides.
 */
export type RequiredMark = 'M' | 'M*' | 'M?' | 'O' | 'C';

/**
 * Evidence tags of the reference: `L` seen in real portal traffic; `W2` in two independent
 * implementations; `W` in one; `R` reconstruction; `QCVN` read in the regulation's own tables
 * (through a translation); `guide` a guide-style official table; `inf` an inference.
 */
export type Evidence = 'L' | 'W2' | 'W' | 'R' | 'QCVN' | 'guide' | 'inf' | '766';

/** dossier.md origin column: `Q` probably one of the regulation's 27, `X` outside them, `N` a later addition. */
export type Origin = 'Q' | 'X' | 'N';

/**
 * The JSON type(s) a field may take on the wire.
 * - `string`: observed as a JSON string; a number or boolean is reported (`type.expected-string`).
 * - `stringOrNumber`: the reference says to accept both (TTHC numbers, Q&A ids, statistics counts…).
 * - `number` / `integer` / `boolean`: a JSON value of that type.
 * - `array` / `object`: nested structures; see `items` / `object`.
 * - `arrayOrEmptyString`: a list, or `""` as OpenCPS sends for an empty one (survey a.2 row 8).
 * - `any`: not checked.
 */
export type WireType =
  | 'string'
  | 'stringOrNumber'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'array'
  | 'object'
  | 'arrayOrEmptyString'
  | 'any';

/**
 * Named value formats. Each has a checker in `shared/validate/formats.ts`; a field may instead (or
 * also) carry a `pattern` that a profile can replace.
 */
export type FormatId =
  | 'datetime14' // yyyyMMddHHmmss, a real local date-time; "" allowed when the field allows empty
  | 'date8' // yyyyMMdd
  | 'dateDMYor14' // dd/MM/yyyy (OpenCPS Q&A answer date) or yyyyMMddHHmmss
  | 'period' // survey NgayTongHop: M-YYYY, MM-YYYY, yyyyMMdd or yyyyMMddHHmmss
  | 'email'
  | 'phone'
  | 'url'
  | 'guid'
  | 'percent' // integer or decimal 0–100, optional trailing %
  | 'decimal' // a decimal number written as a string or number
  | 'nonNegativeInteger'
  | 'positiveInteger'
  | 'month' // 1..12
  | 'year' // 4 digits
  | 'digits'
  | 'idNumber' // 9 or 12 digits (CMND / CCCD)
  | 'trueFalse'; // "True" / "False" (.NET spelling, dossier.md §1.7)

/** One entry of a code list. */
export interface CodeEntry {
  code: string;
  label: Localized;
  /** Extra explanation shown in help and hovers. */
  note?: Localized;
}

/**
 * A code list. `closed` lists are enforced (a value outside is an error in strict); open lists
 * only warn, because the reference marks the list as partial or unverified.
 */
export interface CodeList {
  id: string;
  label: Localized;
  closed: boolean;
  confidence: 'high' | 'medium' | 'low';
  entries: CodeEntry[];
  specRef: SpecRef;
}

/** What kind of personal data a field holds; drives masking (fail-closed: `unknown` is masked). */
export type PiiKind =
  | 'none' // codes, dates, flags, agency data: never personal
  | 'idNumber' // CCCD / CMND / tax code of a person
  | 'name' // a person's name
  | 'phone'
  | 'email'
  | 'address'
  | 'accountId' // DVCQG TechID (MaDoiTuong)
  | 'url' // a file URL (may embed ids)
  | 'freeText' // may contain any of the above: scrubbed of values masked elsewhere
  | 'secret'; // session token, password: always removed

/** One field of an object, described once. */
export interface FieldSpec {
  /** Wire name, exactly as sent. */
  name: string;
  /** Other spellings that are accepted as the same field (reported as `key.alias`). */
  aliases?: string[];
  label: Localized;
  help?: Localized;
  type: WireType;
  /** `null` is accepted as "no value" (e.g. `MaDoiTuong`, dossier.md §2.1 row 11). */
  nullable?: boolean;
  required: RequiredMark;
  /** For a string field: whether `""` is an acceptable "unknown" value when the field is not required. Default true. */
  allowEmpty?: boolean;
  format?: FormatId;
  /** A regular expression (source, anchored by the checker) the value must match. */
  pattern?: string;
  maxLength?: number;
  /** Id of a code list in the kind's `codeLists` (or the shared ones). */
  codes?: string;
  /** Items of an array field. */
  items?: ObjectSpec;
  /** Scalar items of an array field (e.g. `TTHCLIENQUAN`: array of strings). */
  itemType?: 'string' | 'stringOrNumber';
  /** Shape of an object field. */
  object?: ObjectSpec;
  evidence: Evidence[];
  origin?: Origin;
  /** PAKN: the definition is a reconstruction; the UI and reports say so. */
  provisional?: boolean;
  pii: PiiKind;
  example?: string;
  specRef: SpecRef;
}

/** How keys that the spec does not know are reported. */
export type UnknownKeyPolicy = 'ignore' | 'info' | 'warning' | 'error';

/** The fields of one JSON object (a record, a nested list item, an envelope). */
export interface ObjectSpec {
  /** Stable id, e.g. `dossier.record`, `dossier.TaiLieuNop`. */
  id: string;
  label: Localized;
  fields: FieldSpec[];
  unknownKeys: UnknownKeyPolicy;
  specRef: SpecRef;
}

/** How a packet travels. */
export type PacketRole =
  | 'push' // MCĐT → DVCQG, envelope with `data`
  | 'request' // a query (`Lay…`, `TraCuu…`) or login body
  | 'response'; // the portal's reply `{error_code, message, result}`

/** One wire body: a service's request, its response, a push. */
export interface PacketSpec {
  /** Stable id, e.g. `DongBoHoSoMC`, `LayThuTuc.response`, `login.request`. */
  id: string;
  kind: KindId;
  /** The `service` value that identifies it, when the body carries one. */
  service?: string;
  role: PacketRole;
  label: Localized;
  help?: Localized;
  /** Top-level object. For packets with records, its `data` / `result` field has `items` = the record. */
  envelope: ObjectSpec;
  /** Where the records are: `data` (pushes) or `result` (responses). Absent for bodies without records. */
  recordsField?: 'data' | 'result';
  /** The record spec (the same object as `envelope.fields[recordsField].items` or `.object`). */
  record?: ObjectSpec;
  /** `object` only for DongBoTrangThaiHoSo type 2 (dossier.md §3.5). */
  recordsShape?: 'array' | 'object';
  /** Extra constant fields that identify the body (e.g. `{ type: '2' }`). */
  discriminators?: Record<string, string>;
  provisional?: boolean;
  specRef: SpecRef;
}

/** One packet family. */
export interface KindSpec {
  id: KindId;
  label: Localized;
  description: Localized;
  /** Packets of the family; the first is the main one (its record is the kind's record). */
  packets: PacketSpec[];
  codeLists: CodeList[];
  provisional?: boolean;
  specRef: SpecRef;
}
