/**
 * The sandbox started from the app: its status names the address, and the injected faults only
 * when there are some (the banner of the environments dialog shows them as they are).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnvironmentStore } from '../environments/store';
import { createSandboxControl, type SandboxControl } from './sandboxControl';

let dir: string;
let control: SandboxControl | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-sandbox-control-'));
});
afterEach(async () => {
  await control?.stop();
  control = undefined;
  await rm(dir, { recursive: true, force: true });
});

// Port 0: the system picks a free port, so the test never collides with a sandbox already running.
const environments = { get: async () => ({ baseUrl: 'http://127.0.0.1:0' }) } as unknown as EnvironmentStore;

describe('sandbox control', () => {
  it('without faults, the status carries no fault text', async () => {
    control = createSandboxControl(dir, environments);
    const status = await control.start();
    expect(status.running).toBe(true);
    expect(status.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(status.faults).toBeUndefined();
  });

  it('with faults, the status describes them', async () => {
    control = createSandboxControl(dir, environments);
    const status = await control.start({ faults: 'http500=0.2' });
    expect(status.faults).toBe('http500=0.2');
  });
});
