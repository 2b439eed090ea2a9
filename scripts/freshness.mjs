/**
 * "Build if needed" for the launch scripts (npm run web, npm start): whether a bundle is older
 * than the sources it is made from.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of the source files under `paths` (relative to `root`). */
export function newestSource(root, paths) {
  let latest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else if (/\.(ts|tsx|mjs|json|html)$/.test(p) && !/\.test\.tsx?$/.test(p)) {
      latest = Math.max(latest, st.mtimeMs);
    }
  };
  for (const p of paths) visit(join(root, p));
  return latest;
}

/** Whether any of `outputs` is missing or older than the sources. */
export function isStale(root, outputs, sources) {
  if (outputs.some((o) => !existsSync(join(root, o)))) return true;
  const built = Math.min(...outputs.map((o) => statSync(join(root, o)).mtimeMs));
  return newestSource(root, sources) > built;
}
