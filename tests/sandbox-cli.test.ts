/**
 * `qcvn120 sandbox` and `qcvn120 send` as a tester runs them: spawned processes, real HTTP,
 * exit codes 0 (accepted), 1 (the portal answered with an error) and 2 (transport or usage
 * error), JSON output carrying the replies, and no secret in any output.
 */
import { spawn, execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindModule } from '../shared/spec/registry';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'qcvn120.mjs');
const PASSWORD = 'Cli-S3cret-Pass';

let dir: string;
let sandbox: ChildProcessWithoutNullStreams | undefined;
let url = '';
let sandboxOut = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function qcvn120(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

const MA = '000.21.30.H22-240507-0301';

/** A port nothing listens on: bound by us a moment ago, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-cli-sandbox-'));
  const doc = kindModule('dossier').template() as Record<string, unknown>;
  (doc.data as Record<string, unknown>[])[0]!.MaHoSo = MA;
  await writeFile(join(dir, 'dossier.json'), JSON.stringify(doc, null, 2));
  sandbox = spawn(process.execPath, [bin, 'sandbox', '--port', '0', '--data-dir', join(dir, 'sandbox'), '--password', PASSWORD, '--lang', 'en'], { cwd: root });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${sandboxOut}`)), 90_000);
    sandbox!.stdout.on('data', (chunk: Buffer) => {
      sandboxOut += chunk.toString('utf8');
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(sandboxOut);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    sandbox!.stderr.on('data', (chunk: Buffer) => (sandboxOut += chunk.toString('utf8')));
    sandbox!.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${sandboxOut}`)));
  });
}, 120_000);

afterAll(async () => {
  if (sandbox && sandbox.exitCode === null) {
    const exited = new Promise((r) => sandbox!.once('exit', r));
    sandbox.kill('SIGTERM');
    await exited;
  }
  await rm(dir, { recursive: true, force: true });
});

const common = () => ['--url', url, '--username', 'sandbox', '--password', PASSWORD, '--madonvi', '000.00.01.H22'];

describe('qcvn120 sandbox', () => {
  it('prints its address and credentials on start', () => {
    expect(sandboxOut).toMatch(/Login: +POST http:\/\/127\.0\.0\.1:\d+\/XrdAdapter\/RestService\/forward\/mapi\/login/);
    expect(sandboxOut).toContain(`Credentials: sandbox / ${PASSWORD}`);
    expect(sandboxOut).toContain('Injected faults: (none)');
  });

  it('refuses a bad fault spec with exit 2, naming the item', async () => {
    const r = await qcvn120(['sandbox', '--port', '0', '--data-dir', join(dir, 'x'), '--faults', 'http500=often', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"http500=often"');
  });
});

describe('qcvn120 send', () => {
  it('exit 0 when the portal accepts; JSON carries the replies and no secret', async () => {
    const r = await qcvn120(['send', join(dir, 'dossier.json'), ...common(), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.exitCode).toBe(0);
    expect(out.outcome).toBe('success');
    expect(out.chunks[0].reply).toEqual({ error_code: '0', message: 'Thành công' });
    expect(r.stdout).not.toContain(PASSWORD);
    expect(r.stdout).not.toContain('"session"');
  });

  it('exit 1 when the portal answers with an error ("-3" for a second create), explained', async () => {
    const r = await qcvn120(['send', join(dir, 'dossier.json'), ...common(), '--update', 'false']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error_code "-3"');
    expect(r.stdout).toContain(`Mã hồ sơ ${MA} đã tồn tại trên CDVCQG`);
    expect(r.stdout).toContain('Gửi lại dạng cập nhật');
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('exit 0 for the same packet sent as an update, and with --update auto', async () => {
    expect((await qcvn120(['send', join(dir, 'dossier.json'), ...common(), '--update', 'true'])).code).toBe(0);
    const auto = await qcvn120(['send', join(dir, 'dossier.json'), ...common(), '--update', 'auto', '--lang', 'en']);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toContain('isUpdating True');
  });

  it('exit 2 on a transport fault (nothing listening), with what happened and what to do', async () => {
    const closed = `http://127.0.0.1:${await closedPort()}`;
    const r = await qcvn120(['send', join(dir, 'dossier.json'), ...common().map((a) => (a === url ? closed : a)), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Connection refused');
    expect(r.stdout).toContain('npx qcvn120 sandbox');
  });

  it('exit 2 on a wrong password, which is never echoed', async () => {
    const r = await qcvn120(['send', join(dir, 'dossier.json'), '--url', url, '--username', 'sandbox', '--password', 'Wrong-Pass-42', '--madonvi', '000.00.01.H22', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).fault.kind).toBe('login-refused');
    expect(r.stdout + r.stderr).not.toContain('Wrong-Pass-42');
  });

  it('exit 2 on usage errors: a missing option, an unreadable file', async () => {
    const missing = await qcvn120(['send', join(dir, 'dossier.json'), '--url', url, '--username', 'u', '--password', 'p', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--madonvi');
    const nofile = await qcvn120(['send', join(dir, 'nope.json'), ...common(), '--lang', 'en']);
    expect(nofile.code).toBe(2);
    expect(nofile.stderr).toContain('nope.json');
  });

  it('reads the password from QCVN120_PASSWORD when --password is not given', async () => {
    const args = common().filter((a, i, all) => a !== '--password' && all[i - 1] !== '--password');
    const r = await qcvn120(['send', join(dir, 'dossier.json'), ...args, '--update', 'true'], { QCVN120_PASSWORD: PASSWORD });
    expect(r.code).toBe(0);
  });
});
