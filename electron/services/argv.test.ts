import { describe, expect, it } from 'vitest';
import { filesFromArgv } from './argv';
import { resolveDataDir } from './dataDir';

describe('files from the command line', () => {
  it('takes document paths, made absolute, skipping the executable, the app, options and their values', () => {
    const argv = ['/usr/bin/electron', '.', '--data-dir', '/tmp/d', 'a.json', '--inspect', '/abs/b.json', '--no-sandbox'];
    expect(filesFromArgv(argv, '/home/u', 2)).toEqual(['/home/u/a.json', '/abs/b.json']);
  });

  it('treats everything after -- as a file, even if it starts with a dash', () => {
    expect(filesFromArgv(['app', '--', '-odd.json'], '/w', 1)).toEqual(['/w/-odd.json']);
  });

  it('leaves out the app itself wherever a test driver put it among the switches', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', '/repo/dist/electron/main.mjs', '--data-dir', '/tmp/d', '/x/a.json'];
    expect(filesFromArgv(argv, '/repo', 1, ['/repo/dist/electron/main.mjs', '/repo/dist/electron'])).toEqual(['/x/a.json']);
  });

  it('finds nothing in a plain launch', () => {
    expect(filesFromArgv(['/opt/QCVN 120 Packet Studio/qcvn120'], '/', 1)).toEqual([]);
  });
});

describe('user data folder', () => {
  const base = { env: {}, home: '/home/lan' };
  it('follows each platform’s convention, under the product name', () => {
    expect(resolveDataDir({ ...base, platform: 'linux' })).toBe('/home/lan/.config/QCVN 120 Packet Studio');
    expect(resolveDataDir({ ...base, platform: 'linux', env: { XDG_CONFIG_HOME: '/x' } })).toBe('/x/QCVN 120 Packet Studio');
    expect(resolveDataDir({ ...base, platform: 'darwin' })).toBe('/home/lan/Library/Application Support/QCVN 120 Packet Studio');
    expect(resolveDataDir({ ...base, platform: 'win32', env: { APPDATA: '/appdata' } })).toBe('/appdata/QCVN 120 Packet Studio');
  });

  it('lets --data-dir win over QCVN120_DATA_DIR, which wins over the default', () => {
    expect(resolveDataDir({ ...base, platform: 'linux', env: { QCVN120_DATA_DIR: '/env' } })).toBe('/env');
    expect(resolveDataDir({ ...base, platform: 'linux', env: { QCVN120_DATA_DIR: '/env' }, explicit: '/flag' })).toBe('/flag');
  });
});
