/**
 * Where tests find the reference material (spec/*.md and samples/): the folder named by
 * QCVN120_REFERENCE, the live ../shared beside the repository, or the snapshot kept in
 * tests/fixtures/reference so that a lone clone still runs every test.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The live reference beside the repository (may be absent). */
export const LIVE_REFERENCE = resolve(REPO_ROOT, '..', 'shared');

/** The snapshot committed with the tests. */
export const SNAPSHOT_REFERENCE = join(REPO_ROOT, 'tests', 'fixtures', 'reference');

function pick(): string {
  const env = process.env.QCVN120_REFERENCE;
  if (env) return resolve(env);
  if (existsSync(join(LIVE_REFERENCE, 'samples')) && existsSync(join(LIVE_REFERENCE, 'spec'))) return LIVE_REFERENCE;
  return SNAPSHOT_REFERENCE;
}

/** The reference folder in use. */
export const REFERENCE_DIR = pick();
/** `samples/`: one folder per kind. */
export const SAMPLES_DIR = join(REFERENCE_DIR, 'samples');
/** `spec/`: README.md, dossier.md, other-kinds.md, official-sources.md. */
export const SPEC_DIR = join(REFERENCE_DIR, 'spec');

/** A sample's path, e.g. `sample('dossier/93-invalid-cross-field.json')`. */
export function sample(relative: string): string {
  return join(SAMPLES_DIR, relative);
}
