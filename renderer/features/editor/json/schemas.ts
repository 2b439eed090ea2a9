/**
 * The packet's JSON Schema for Monaco's completion and hover (derived from the spec by
 * `jsonSchemaFor`, with the active profile and in the interface language), registered by model
 * URI — never by injecting `$schema` into the user's packet (TOOLCHAIN.md step 3).
 */
import type { Lang } from '../../../../shared/i18n/localized';
import { jsonSchemaFor } from '../../../../shared/index';
import type { Profile } from '../../../../shared/validate/profileTypes';
import type { DocumentForm } from '../../../../shared/validate/report';
import { jsonDefaults } from './monacoSetup';

interface Binding {
  packetId: string;
  form: DocumentForm;
  profile: Profile;
  lang: Lang;
}

const bindings = new Map<string, Binding>();
const cache = new Map<string, object>();

function schemaOf(b: Binding): object | undefined {
  const form = b.form === 'array' || b.form === 'record' ? b.form : 'envelope';
  const key = `${b.packetId}|${form}|${b.profile.id}@${b.profile.version}|${b.lang}`;
  let schema = cache.get(key);
  if (!schema) {
    schema = jsonSchemaFor(b.packetId, b.profile, { lang: b.lang, form }) as object | undefined;
    if (schema) cache.set(key, schema);
  }
  return schema;
}

function publish(): void {
  const schemas = [...bindings.entries()].flatMap(([uri, b]) => {
    const schema = schemaOf(b);
    return schema ? [{ uri: `qcvn120://schema/${encodeURIComponent(uri)}`, fileMatch: [uri], schema }] : [];
  });
  jsonDefaults.setDiagnosticsOptions({ ...jsonDefaults.diagnosticsOptions, validate: true, enableSchemaRequest: false, schemas });
}

/** Binds (or rebinds) the schema of a packet to a model URI; without a packet, unbinds it. */
export function bindSchema(modelUri: string, binding: Binding | undefined): void {
  const prev = bindings.get(modelUri);
  if (!binding) {
    if (prev && bindings.delete(modelUri)) publish();
    return;
  }
  if (prev && prev.packetId === binding.packetId && prev.form === binding.form && prev.profile === binding.profile && prev.lang === binding.lang) return;
  bindings.set(modelUri, binding);
  publish();
}
