/**
 * The sandbox portal's wire behaviour as raw HTTP, the way another client (or a tester with
 * curl) meets it: the dstcode header, login, malformed bodies, the lookups and pulls (TTHC,
 * Q&A, PAKN, TechID), and a corrupt state file set aside on start.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DSTCODE } from '../shared/portal/environment';
import { kindModule } from '../shared/spec/registry';
import { startSandbox, type RunningSandbox } from '../electron/services/sandbox/server';

let dir: string;
let sandbox: RunningSandbox;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-sandbox-wire-'));
});
afterEach(async () => {
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

async function post(path: string, body: unknown, headers: Record<string, string> = { dstcode: DEFAULT_DSTCODE }): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(sandbox.url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function login(): Promise<string> {
  const r = await post(sandbox.paths.login, { username: 'sandbox', password: 'sandbox' });
  expect(r.json.error_code).toBe('0');
  return r.json.session as string;
}

const data = (body: Record<string, unknown>, path = sandbox.paths.data) => post(path, body);

describe('sandbox portal on the wire', () => {
  it('answers a login with a session, and a wrong password with its own code', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const ok = await post(sandbox.paths.login, { username: 'sandbox', password: 'sandbox' });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ error_code: '0', message: 'Thành công' });
    expect(typeof ok.json.session).toBe('string');
    const bad = await post(sandbox.paths.login, { username: 'sandbox', password: 'x' });
    expect(bad.status).toBe(200);
    expect(bad.json.error_code).toBe('-6');
  });

  it('requires the dstcode header (or ?dstcode= on the login URL)', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const none = await post(sandbox.paths.login, { username: 'sandbox', password: 'sandbox' }, {});
    expect(none.status).toBe(400);
    expect(String(none.json.error)).toContain('dstcode');
    const query = await post(`${sandbox.paths.login}?dstcode=${encodeURIComponent(DEFAULT_DSTCODE)}`, { username: 'sandbox', password: 'sandbox' }, {});
    expect(query.json.error_code).toBe('0');
  });

  it('answers HTTP 200 with its own codes for a body that is not JSON, an unknown service and a bad session', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const session = await login();
    expect((await post(sandbox.paths.data, '{not json')).json.error_code).toBe('-1');
    const unknown = await data({ session, madonvi: 'x', service: 'LayDanhMucGioiTinh' });
    expect(unknown.json.error_code).toBe('-5');
    expect(String(unknown.json.message)).toContain('DongBoHoSoMC');
    const noSession = await data({ session: 'forged', madonvi: 'x', service: 'TraCuuHoSo', mahoso: 'A' });
    expect(noSession.status).toBe(200);
    expect(noSession.json.error_code).toBe('-2');
  });

  it('knows the procedures of the dossiers it received, by base code (LayThuTuc), and lists them on the share path', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const session = await login();
    const doc = kindModule('dossier').template() as Record<string, unknown>;
    const rec = (doc.data as Record<string, unknown>[])[0]!;
    const pushed = await data({ ...doc, session, data: [{ ...rec, MaTTHC: '2.002492.000.00.00.H22', TenTTHC: 'Thủ tục thử nghiệm' }] });
    expect(pushed.json).toEqual({ error_code: '0', message: 'Thành công' });
    const one = await data({ session, madonvi: 'x', service: 'LayThuTuc', maTTHC: '2.002492' });
    expect(one.json.error_code).toBe('0');
    expect(one.json.result).toEqual([expect.objectContaining({ MATTHC: '2.002492', TENTTHC: 'Thủ tục thử nghiệm' })]);
    const none = await data({ session, madonvi: 'x', service: 'LayThuTuc', maTTHC: '9.999999' });
    expect(none.json.result).toEqual([]);
    const list = await data({ session, madonvi: 'x', service: 'LayDanhSachTTHC' }, sandbox.paths.share);
    expect((list.json.result as { MATTHC: string }[]).some((r) => r.MATTHC === '2.002492')).toBe(true);
  });

  it('stores Q&A pushes and gives them back through the matching pulls', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const session = await login();
    const push = kindModule('qa').template('DongBoHoiDap') as Record<string, unknown>;
    expect((await data({ ...push, session })).json.error_code).toBe('0');
    const mine = await data({ session, madonvi: 'x', service: 'LayDanhSachHoiDapBoCoQuan' });
    expect(mine.json.result).toEqual(push.data);
    const answer = kindModule('qa').template('DongBoKetQuaHoiDapGuiTuDVCQG') as Record<string, unknown>;
    expect((await data({ ...answer, session })).json.error_code).toBe('0');
    const first = (answer.data as Record<string, unknown>[])[0]!;
    const answers = await data({ session, madonvi: 'x', service: 'LayNoiDungTraLoiTheoCauHoi', cauhoiid: String(first.HOIDAPID) });
    expect(answers.json.result).toEqual([{ TRALOIID: 1, NOIDUNGTRALOI: first.NOIDUNGTRALOI }]);
    const asked = await data({ session, madonvi: 'x', service: 'LayDanhSachHoiDapGuiTuDVCQG' });
    expect((asked.json.result as unknown[]).length).toBeGreaterThan(0);
  });

  it('serves the provisional PAKN list and accepts PAKN answers', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const session = await login();
    const list = await data({ session, madonvi: 'x', service: 'LayDanhSachPAKN' });
    expect((list.json.result as unknown[]).length).toBeGreaterThan(0);
    const answer = kindModule('feedback').template('DongBoKetQuaPAKN') as Record<string, unknown>;
    expect((await data({ ...answer, session })).json.error_code).toBe('0');
    expect(sandbox.snapshot().pushes.DongBoKetQuaPAKN).toHaveLength(1);
  });

  it('gives the same TechID for the same ID number (TraCuuTechID)', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    const session = await login();
    const ask = () => data({ session, madonvi: 'x', service: 'TraCuuTechID', provider: 'wso2is', mstorcmnd: '001203004567' }, sandbox.paths.share);
    const a = (await ask()).json.result as { TECHNICALID: string }[];
    expect(a[0]!.TECHNICALID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await ask()).json.result).toEqual(a);
  });

  it('sets a corrupt state file aside on start, says so, and starts empty', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'sandbox-state.json'), '{"version":1,"dossiers":');
    sandbox = await startSandbox({ port: 0, dataDir: dir });
    expect(sandbox.warning).toMatch(/corrupt/);
    expect(sandbox.snapshot().dossiers).toEqual({});
    expect((await readdir(dir)).some((f) => f.startsWith('sandbox-state.corrupt-'))).toBe(true);
  });
});
