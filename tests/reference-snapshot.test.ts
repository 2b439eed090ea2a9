/**
 * The snapshot of the reference committed with the tests must be the reference itself: when the
 * live ../shared is present, every file matches, both ways.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE_REFERENCE, SNAPSHOT_REFERENCE } from './support/reference';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

const live = existsSync(join(LIVE_REFERENCE, 'samples'));

describe('reference snapshot', () => {
  it('holds the spec and every sample with its .expect.md', () => {
    const names = files(SNAPSHOT_REFERENCE).map((f) => relative(SNAPSHOT_REFERENCE, f));
    expect(names).toContain('spec/dossier.md');
    expect(names).toContain('samples/dossier/93-invalid-cross-field.json');
    expect(names).toContain('samples/dossier/93-invalid-cross-field.expect.md');
  });

  it.runIf(live)('equals the live reference beside the repository (refresh: node scripts/sync-reference.mjs)', () => {
    for (const part of ['spec', 'samples']) {
      const a = files(join(LIVE_REFERENCE, part)).map((f) => relative(LIVE_REFERENCE, f)).sort();
      const b = files(join(SNAPSHOT_REFERENCE, part)).map((f) => relative(SNAPSHOT_REFERENCE, f)).sort();
      expect(b).toEqual(a);
      for (const f of a) expect(readFileSync(join(SNAPSHOT_REFERENCE, f)).equals(readFileSync(join(LIVE_REFERENCE, f))), f).toBe(true);
    }
  });
});
