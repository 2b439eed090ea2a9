/**
 * Removing secrets from what is stored or shown: history entries, previews, CLI output, logs.
 * `session` (dossier.md §1.4: the token travels in the body) and `password` (the login body) are
 * always removed, and so is any key the spec marks `pii: 'secret'`, wherever it appears
 * (fail-closed: a nested key with a secret's name is removed too).
 */
import { allPackets } from '../spec/registry';
import type { FieldSpec, ObjectSpec } from '../spec/types';

const ALWAYS_SECRET = ['session', 'password'];

let secretNames: Set<string> | undefined;

function collect(spec: ObjectSpec | undefined, out: Set<string>, seen: Set<ObjectSpec>): void {
  if (!spec || seen.has(spec)) return;
  seen.add(spec);
  for (const f of spec.fields as FieldSpec[]) {
    if (f.pii === 'secret') {
      out.add(f.name.toLowerCase());
      for (const a of f.aliases ?? []) out.add(a.toLowerCase());
    }
    collect(f.items, out, seen);
    collect(f.object, out, seen);
  }
}

/** Lower-case names of every key that holds a secret. */
export function secretKeyNames(): ReadonlySet<string> {
  if (!secretNames) {
    const out = new Set(ALWAYS_SECRET);
    const seen = new Set<ObjectSpec>();
    for (const p of allPackets()) {
      collect(p.envelope, out, seen);
      collect(p.record, out, seen);
    }
    secretNames = out;
  }
  return secretNames;
}

/** What `redactRequest` removed, as paths in the spec/README.md syntax. */
export interface Redacted<T> {
  value: T;
  removed: string[];
}

function walk(value: unknown, names: ReadonlySet<string>, path: string, removed: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => walk(v, names, `${path}[${i}]`, removed));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = path === '' ? k : `${path}.${k}`;
      if (names.has(k.toLowerCase())) {
        removed.push(p);
        continue;
      }
      out[k] = walk(v, names, p, removed);
    }
    return out;
  }
  return value;
}

/**
 * A copy of a request body without its secrets (`session`, `password`, every `pii: 'secret'`
 * field of the spec), and the paths that were removed. The input is not modified.
 */
export function redactRequestWithPaths<T>(body: T): Redacted<T> {
  const removed: string[] = [];
  const value = walk(body, secretKeyNames(), '', removed) as T;
  return { value, removed };
}

/** A copy of a request body without its secrets; the input is not modified. */
export function redactRequest<T>(body: T): T {
  return redactRequestWithPaths(body).value;
}
