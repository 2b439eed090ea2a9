#!/usr/bin/env node
// Refreshes tests/fixtures/reference from the live reference beside the repository (../shared).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const live = resolve(root, '..', 'shared');
const snapshot = join(root, 'tests', 'fixtures', 'reference');
if (!existsSync(join(live, 'samples'))) {
  console.error(`No reference at ${live}: nothing to copy.`);
  process.exit(2);
}
for (const part of ['spec', 'samples']) {
  rmSync(join(snapshot, part), { recursive: true, force: true });
  cpSync(join(live, part), join(snapshot, part), { recursive: true });
}
console.log(`Copied ${live}/{spec,samples} to ${snapshot}.`);
