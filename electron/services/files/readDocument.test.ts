import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDocumentFile } from './readDocument';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-read-'));
});

const packet = '{\r\n  "MaHoSo": "000.25.40.H22-250924-0001",\r\n  "ChuHoSo": "Nguyễn Thị Lan"\r\n}\r\n';

describe('reading a document', () => {
  it('decodes UTF-8 with a BOM and reports the encoding and line endings', async () => {
    const file = join(dir, 'bom.json');
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(packet, 'utf8')]));
    const opened = await readDocumentFile(file, file);
    expect(opened).toMatchObject({ name: 'bom.json', encoding: 'utf-8', bom: true, lineEnding: 'crlf' });
    expect(JSON.parse(opened.text).ChuHoSo).toBe('Nguyễn Thị Lan');
  });

  it('reads a UTF-16 LE file with its BOM', async () => {
    const file = join(dir, 'utf16.json');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(packet, 'utf16le')]));
    const opened = await readDocumentFile(file, 'utf16.json');
    expect(opened).toMatchObject({ encoding: 'utf-16le', bom: true, path: 'utf16.json' });
    expect(JSON.parse(opened.text).MaHoSo).toBe('000.25.40.H22-250924-0001');
  });

  it('refuses bytes that are not UTF-8 with a message naming the file, instead of guessing', async () => {
    const file = join(dir, 'tcvn.json');
    // "Nguyễn" as Windows-1258 bytes (ễ = ê + combining tilde).
    await writeFile(file, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x22, 0x7d]));
    await expect(readDocumentFile(file, file)).rejects.toMatchObject({ code: 'files.decode', localized: { vi: expect.stringContaining('tcvn.json'), en: expect.stringContaining('tcvn.json') } });
  });

  it('says when the path is missing or is a folder', async () => {
    await expect(readDocumentFile(join(dir, 'none.json'), 'none.json')).rejects.toMatchObject({ code: 'files.not-found' });
    await mkdir(join(dir, 'folder.json'));
    await expect(readDocumentFile(join(dir, 'folder.json'), 'folder.json')).rejects.toMatchObject({ code: 'files.not-a-file' });
  });
});
