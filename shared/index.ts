/**
 * The public API of the packet core (docs/ARCHITECTURE.md): everything the CLI, the hosts, the
 * workers and the renderer need, without Node built-ins, Electron or the DOM.
 */
import { KIND_MODULES } from './spec/registry';
import { detectPacket, type DetectOptions, type Detection } from './validate/detect';

export { validateParsedText, validateText, validateValue } from './validate/validate';
export type { DocumentForm, Repair, SyntaxProblem, ValidateOptions, ValidationReport } from './validate/report';
export type { Profile, FieldOverride, CodeListOverride } from './validate/profileTypes';
export {
  BUILTIN_PROFILES,
  BUILTIN_PROFILE_VERSION,
  LENIENT_PROFILE,
  STRICT_PROFILE,
  builtinProfile,
  loadProfile,
  profileFileSchema,
  type LoadProfileResult,
  type ProfileProblem,
} from './validate/profiles';
export { enableCodegen, codegenEnabled } from './validate/codegen';
export { checkFormat, formatInfo, normalizeFormat } from './validate/formats';
export { genericCodes } from './validate/messages';
export type { Detection, DetectOptions } from './validate/detect';

export { decodeBytes, encodeText, type DecodedText } from './parse/decode';
export { parseJson, type ParseOutcome } from './parse/json';
export { locatePaths, locatePath } from './parse/locate';

export { kinds, template, generateRecords, jsonSchemaFor, zodSchemaFor, resolvePacket, isKindId, type KindSummary } from './schema/catalog';
export type { JsonSchema, JsonSchemaOptions, SchemaForm } from './schema/jsonSchema';
export type { PacketZodSchemas, SpecMeta } from './schema/zodSchema';

export { formatPath, parsePath, countIssues, type Issue, type Severity, type TextRange, type QuickFix, type FixEdit, type PathSegment } from './issues/issue';
export { KIND_MODULES, kindModule, packetById, allPackets, packetsForService } from './spec/registry';
export type { KindId, PacketSpec, FieldSpec, ObjectSpec, KindSpec, CodeList } from './spec/types';
export type { Localized, Lang } from './i18n/localized';

/** Detects the form and packet of a parsed document (explicit kind / packet id override detection). */
export function detect(value: unknown, options: DetectOptions = {}): Detection {
  return detectPacket(value, options, KIND_MODULES);
}
