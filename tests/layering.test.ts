/**
 * The folder a file lives in decides which runtime it may use (STYLE.md "The shape of the house"):
 * shared/ → no Node, Electron or DOM; renderer/ → no Node or Electron; only the glue in electron/
 * imports 'electron'. This test is the checkable form of that rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|mts|cts)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) specs.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs;
}

const DOM_GLOBALS = /\b(window|document|navigator|localStorage|HTMLElement)\s*[.[]/;

/** Files allowed to import 'electron': the thin glue only. */
const ELECTRON_GLUE = /^electron[\\/]glue[\\/]/;

describe('layering', () => {
  it('shared/ imports neither Node built-ins, Electron, nor the DOM', () => {
    const bad: string[] = [];
    for (const f of sourceFiles(join(root, 'shared'))) {
      if (/\.test\.ts$/.test(f)) continue;
      const rel = relative(root, f);
      for (const s of importsOf(f)) {
        if (NODE_BUILTINS.has(s) || s === 'electron' || s.startsWith('electron/')) bad.push(`${rel} imports '${s}'`);
        if (s.startsWith('../') && relative(root, join(f, '..', s)).split(sep)[0] !== 'shared') bad.push(`${rel} imports '${s}' from outside shared/`);
      }
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (DOM_GLOBALS.test(code)) bad.push(`${rel} uses a DOM global`);
    }
    expect(bad, `Bad layering: shared/ may import only shared/ and pure packages. Allowed layers: shared`).toEqual([]);
  });

  it('renderer/ imports neither Node built-ins nor Electron', () => {
    const bad: string[] = [];
    for (const f of sourceFiles(join(root, 'renderer'))) {
      if (/vite\.config\.ts$/.test(f) || /\.test\.tsx?$/.test(f)) continue;
      for (const s of importsOf(f)) {
        if (NODE_BUILTINS.has(s) || s === 'electron' || s.startsWith('electron/')) bad.push(`${relative(root, f)} imports '${s}'`);
        if (s.startsWith('.') && relative(root, join(f, '..', s)).split(sep)[0] === 'electron') bad.push(`${relative(root, f)} imports main-process code '${s}'`);
      }
    }
    expect(bad, 'Bad layering: renderer/ may import renderer/, shared/ and browser packages. Allowed layers: renderer, shared').toEqual([]);
  });

  it("only the glue in electron/glue imports 'electron'", () => {
    const bad: string[] = [];
    for (const dir of ['electron', 'cli', 'shared', 'renderer']) {
      for (const f of sourceFiles(join(root, dir))) {
        const rel = relative(root, f);
        if (ELECTRON_GLUE.test(rel)) continue;
        for (const s of importsOf(f)) if (s === 'electron' || s.startsWith('electron/')) bad.push(`${rel} imports '${s}'`);
      }
    }
    expect(bad, "Bad layering: 'electron' may be imported only under electron/glue/. Services stay plain Node.").toEqual([]);
  });
});
