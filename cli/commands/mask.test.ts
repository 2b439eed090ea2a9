import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isMaskedText } from '../../shared/mask/index';
import { batchArb, survivingIdentifiers } from '../../shared/mask/testing';
import { runCli } from '../run';
import type { MaskIo } from './mask';
import { SAMPLES_DIR } from '../../tests/support/reference';

const SAMPLE = join(SAMPLES_DIR, 'dossier', '01-dongbohosomc-create-online-valid.json');

/** An in-memory world for the CLI: input files, captured output and written files. */
function world(files: Record<string, string>, dirs: string[] = []) {
  const written = new Map<string, string>();
  let stdout = '';
  let stderr = '';
  const io: MaskIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[p]);
    },
    readStdin: async () => new Uint8Array(),
    isDirectory: async (p) => dirs.includes(p),
    writeFile: async (p, text) => void written.set(p, text),
    makeDir: async (p) => void dirs.push(p),
  };
  const run = (...argv: string[]) => runCli(['mask', ...argv], io, { version: '0.1.0' });
  return { io, run, written, out: () => stdout, err: () => stderr };
}

describe('qcvn120 mask', () => {
  it('prints one masked file to stdout, formatting kept and marked', async () => {
    const text = await readFile(SAMPLE, 'utf8');
    const w = world({ 'a.json': text });
    expect(await w.run('a.json')).toBe(0);
    expect(isMaskedText(w.out())).toBe(true);
    for (const leak of ['Nguyễn Thị Minh Hằng', '002190012345', '0912345678', 'hang.ntm@example.vn']) expect(w.out()).not.toContain(leak);
    expect(w.out().split('\n').length).toBe(text.split('\n').length + 9);
    expect(w.written.size).toBe(0);
  });

  it('no id, phone or e-mail survives in any output, and one citizen gets one pseudonym across files', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, fc.boolean(), async ({ people, files }, keep) => {
        // File names carry ids too, as they do in real exports.
        const names = files.map((_, i) => `in/hoso-${people[i % people.length].cccd}-${i}.json`);
        const w = world(Object.fromEntries(names.map((n, i) => [n, JSON.stringify(files[i], null, 2)])));
        const code = await w.run(...(keep ? ['--keep-structure'] : []), '-o', 'out', ...names);
        expect(code).toBe(0);
        expect(w.written.size).toBe(files.length);
        const everything = [...w.written.entries()].map(([k, v]) => `${k}\n${v}`).join('\n') + w.out() + w.err();
        expect(survivingIdentifiers(everything, people)).toEqual([]);
        const pseudonym = new Map<string, string>();
        [...w.written.values()].forEach((text, i) => {
          const masked = JSON.parse(text).data as Record<string, string>[];
          (files[i].data as Record<string, string>[]).forEach((rec, j) => {
            const prev = pseudonym.get(rec.SoGiayToChuHoSo);
            if (prev) expect(masked[j].SoGiayToChuHoSo).toBe(prev);
            pseudonym.set(rec.SoGiayToChuHoSo, masked[j].SoGiayToChuHoSo);
            if (keep) expect(masked[j].SoGiayToChuHoSo.slice(0, 6)).toBe(rec.SoGiayToChuHoSo.slice(0, 6));
          });
        });
      }),
      { numRuns: 40 },
    );
  });

  it('exits 2 and writes nothing when a file cannot be read, naming the file', async () => {
    const w = world({ 'a.json': '{"ChuHoSo":"Lê An"}' });
    expect(await w.run('-o', 'out', 'a.json', 'missing.json')).toBe(2);
    expect(w.written.size).toBe(0);
    expect(w.err()).toContain('missing.json: không tìm thấy tệp');
  });

  it('exits 1 and writes nothing when a file is not JSON, without printing its values', async () => {
    const w = world({ 'a.json': '{"ChuHoSo":"Lê An"}', 'b.json': '{"SoDienThoai": "0912345678",\n  oops }' });
    expect(await w.run('-o', 'out', 'a.json', 'b.json')).toBe(1);
    expect(w.written.size).toBe(0);
    expect(w.err()).toContain('b.json, dòng 2');
    expect(w.err() + w.out()).not.toMatch(/0912345678|Lê An/);
  });

  it('usage errors exit 2: no file, several files without -o, unknown option', async () => {
    expect(await world({}).run()).toBe(2);
    expect(await world({ 'a.json': '{}', 'b.json': '{}' }).run('a.json', 'b.json')).toBe(2);
    const w = world({ 'a.json': '{}' });
    expect(await w.run('--bogus', 'a.json')).toBe(2);
    expect(w.err()).toContain('--bogus');
  });

  describe('on the real file system', () => {
    let dir = '';
    afterAll(async () => dir && rm(dir, { recursive: true, force: true }));
    it('writes a file for one input and a directory for several', async () => {
      dir = await mkdtemp(join(tmpdir(), 'qcvn120-mask-'));
      const text = await readFile(SAMPLE, 'utf8');
      const base = world({ [SAMPLE]: text });
      // Use the real writers: drop the injected ones.
      delete base.io.writeFile;
      delete base.io.makeDir;
      expect(await base.run('-o', join(dir, 'one.json'), SAMPLE)).toBe(0);
      expect(isMaskedText(await readFile(join(dir, 'one.json'), 'utf8'))).toBe(true);
      const two = world({ [SAMPLE]: text, 'x/001198012345.json': text });
      delete two.io.writeFile;
      delete two.io.makeDir;
      two.io.readFile = async (p) => new TextEncoder().encode(text + (p === SAMPLE ? '' : '\n'));
      expect(await two.run('-o', join(dir, 'many'), SAMPLE, 'x/001198012345.json')).toBe(0);
      const names = await readdir(join(dir, 'many'));
      expect(names).toHaveLength(2);
      expect(names.join(' ')).not.toContain('001198012345');
      expect(names).toContain('01-dongbohosomc-create-online-valid.json');
    });
  });
});
