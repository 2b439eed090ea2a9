/**
 * The auxiliary bodies: the login-reply rule, and the samples users meet beside the dossier
 * packets read against their packet specs (dossier.md §1.4, §1.6, §3.2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../generate/random';
import { formatPath } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import { auxiliaryModule } from './auxiliary';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = join(SAMPLES_DIR, 'dossier');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as Record<string, unknown>;
const packet = (id: string) => auxiliaryModule.spec.packets.find((p) => p.id === id)!;
const loginRule = auxiliaryModule.rules.find((r) => r.code === 'auxiliary.login-without-session')!;
const login = (envelope: Record<string, unknown>) => runRule(loginRule, { packet: packet('login.response'), envelope }).map((f) => formatPath(f.at));

describe('auxiliary.login-without-session (dossier.md §1.4 step 2)', () => {
  it('accepts the sample login response (numeric error_code 0 with a session)', () => {
    expect(login(sample('07-login-response.json'))).toEqual([]);
  });
  it('reports a success without a session, whether error_code is 0 or "0"', () => {
    expect(login({ error_code: 0, message: 'Thành công' })).toEqual(['session']);
    expect(login({ error_code: '0', message: 'Thành công', session: '' })).toEqual(['session']);
  });
  it('says nothing about a failed login without a session', () => {
    expect(login({ error_code: '-1', message: 'Sai tài khoản' })).toEqual([]);
  });
});

describe('auxiliary samples against their specs', () => {
  const keys = (id: string) => packet(id).envelope.fields.map((f) => f.name);
  it('every key of the login, reply and TraCuuHoSo samples is a known field of its packet', () => {
    const cases: [string, string][] = [
      ['06-login-request.json', 'login.request'],
      ['07-login-response.json', 'login.response'],
      ['08-response-success.json', 'reply'],
      ['09-response-duplicate-create.json', 'reply'],
      ['10-tracuuhoso-request.json', 'TraCuuHoSo.request'],
    ];
    for (const [file, id] of cases) for (const key of Object.keys(sample(file))) expect(keys(id), `${file} ${key}`).toContain(key);
  });
  it('the observed -3 reply code is in the error_code list with the advice to resend as an update', () => {
    const list = auxiliaryModule.spec.codeLists.find((c) => c.id === 'error_code')!;
    const code = String(sample('09-response-duplicate-create.json').error_code);
    expect(list.entries.find((e) => e.code === code)?.note?.en).toMatch(/update/);
  });
});

describe('auxiliary generator', () => {
  it('produces type-2 records with the only codes both implementations send (2 and 5)', () => {
    const records = auxiliaryModule.generate(200, createRandom(2));
    expect(records).toHaveLength(200);
    expect(new Set(records.map((r) => r.TrangThai))).toEqual(new Set(['2', '5']));
  });
});
