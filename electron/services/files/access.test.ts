import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { localFileAccess, noFileAccess, workspaceFileAccess } from './access';

let root: string;
let outside: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'qcvn120-ws-'));
  outside = await mkdtemp(join(tmpdir(), 'qcvn120-out-'));
  await mkdir(join(root, 'sub'));
  await writeFile(join(root, 'sub', 'a.json'), '{}');
  await writeFile(join(outside, 'secret.json'), '{}');
});

describe('workspace file access (web host)', () => {
  it('reads files inside the workspace by relative path and names them relatively', async () => {
    const ws = await workspaceFileAccess(root);
    const real = await ws.forRead('sub/a.json');
    expect(ws.display(real)).toBe('sub/a.json');
  });

  it('refuses paths that climb out, absolute paths and links that lead out', async () => {
    const ws = await workspaceFileAccess(root);
    await expect(ws.forRead('../' + join('..', outside, 'secret.json'))).rejects.toMatchObject({ code: 'files.not-allowed' });
    await expect(ws.forRead('sub/../../x.json')).rejects.toMatchObject({ code: 'files.not-allowed' });
    await expect(ws.forRead(join(outside, 'secret.json'))).rejects.toMatchObject({ code: 'files.not-allowed' });
    await symlink(join(outside, 'secret.json'), join(root, 'link.json'));
    await expect(ws.forRead('link.json')).rejects.toMatchObject({ code: 'files.not-allowed' });
    await expect(ws.forWrite('link.json')).rejects.toMatchObject({ code: 'files.not-allowed' });
  });

  it('lets a new file be created in an existing folder, but not a hidden one', async () => {
    const ws = await workspaceFileAccess(root);
    expect(await ws.forWrite('sub/new.json')).toBe(join(ws.root, 'sub', 'new.json'));
    await expect(ws.forWrite('.bashrc')).rejects.toMatchObject({ code: 'files.not-allowed' });
    await expect(ws.forWrite('missing/new.json')).rejects.toMatchObject({ code: 'files.not-found' });
  });

  it('reports a missing file as not found, with its name', async () => {
    const ws = await workspaceFileAccess(root);
    await expect(ws.forRead('nope.json')).rejects.toMatchObject({ code: 'files.not-found', localized: { vi: expect.stringContaining('nope.json') } });
  });
});

describe('local file access (Electron)', () => {
  it('writes only files opened or chosen in a save dialog this session', async () => {
    const local = localFileAccess();
    const file = join(root, 'sub', 'a.json');
    await expect(local.forWrite(file)).rejects.toMatchObject({ code: 'files.not-allowed' });
    local.grant(await local.forRead(file));
    expect(await local.forWrite(file)).toBe(file);
    await expect(local.forRead('relative.json')).rejects.toMatchObject({ code: 'files.not-allowed' });
  });
});

describe('no file access (web host without --workspace)', () => {
  it('refuses every server-side path', async () => {
    const none = noFileAccess();
    await expect(none.forRead(join(root, 'sub', 'a.json'))).rejects.toMatchObject({ code: 'files.not-allowed' });
    await expect(none.forWrite('a.json')).rejects.toMatchObject({ code: 'files.not-allowed' });
  });
});
